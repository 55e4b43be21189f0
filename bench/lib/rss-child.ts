/**
 * Memory of a process that holds the vault open, measured in a fresh process so seeding and
 * the plain comparison database of the benchmark do not count: unlock (production KDF), then
 * what a user does first (overview, a few dossiers, a search), then process.memoryUsage().
 *
 *   tsx bench/lib/rss-child.ts <vaultDir> <appDataDir>   (passphrase in BENCH_PASSPHRASE)
 *
 * Prints one JSON line. Electron's main process adds its own runtime on top (see report).
 */
import { headlessPlatform } from '../../src/core/platform';
import { createVangnetService } from '../../src/core/service';
import { SettingsStore } from '../../src/core/settings';
import type { OpInput, OpName, OpOutput } from '../../src/shared/api';

const [vaultDir, appData] = process.argv.slice(2);
const MB = 1024 * 1024;

async function main(): Promise<void> {
  if (!vaultDir || !appData) throw new Error('usage: rss-child.ts <vaultDir> <appDataDir>');
  const baselineRss = process.memoryUsage().rss;
  const svc = createVangnetService({ platform: headlessPlatform, settings: new SettingsStore(appData, vaultDir) });
  const call = async <K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> => {
    const r = await svc.dispatch(op, input);
    if (!r.ok) throw new Error(`${op}: ${r.error.code}`);
    return r.value as OpOutput<K>;
  };
  await call('vault.unlock', { passphrase: process.env.BENCH_PASSPHRASE ?? '' });
  const afterUnlock = process.memoryUsage().rss;
  const overview = await call('overview.get', {});
  for (const d of overview.dossiers.slice(0, 20)) await call('dossier.get', { dossierId: d.id });
  await call('dossier.search', { query: 'groepsapp' });
  await call('overview.get', {});
  global.gc?.();
  const m = process.memoryUsage();
  const out = {
    baselineRssMB: Math.round(baselineRss / MB),
    afterUnlockRssMB: Math.round(afterUnlock / MB),
    rssMB: Math.round(m.rss / MB),
    heapUsedMB: Math.round(m.heapUsed / MB),
    externalMB: Math.round(m.external / MB),
    /** Peak resident set (includes the KDF's 128 MiB working memory during unlock). */
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    dossiers: overview.dossiers.length,
  };
  svc.lock();
  console.log(JSON.stringify(out));
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
