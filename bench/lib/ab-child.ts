/**
 * One side of `npm run bench:ab` (bench/ab.ts). The parent copies this file into a worktree of
 * the base commit too, so the SAME measuring code drives both versions of src/core; it therefore
 * only uses what both share: createVangnetService, the dispatch contract and bench/lib/dataset.
 *
 *   seed  <root> <dossiers>   create a vault under <root>, seed it, print the dataset as JSON
 *   serve <root>              unlock the vault (migrating it if it is older) and answer rounds:
 *                             each stdin line "round" runs every operation and prints one JSON line
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';
import { headlessPlatform } from '../../src/core/platform';
import { createVangnetService } from '../../src/core/service';
import { SettingsStore } from '../../src/core/settings';
import { seedDataset, type Dataset } from './dataset';

const PASSPHRASE = 'wolkenkrabber paddenstoel trompet 71';
const NOW = new Date('2026-11-28T12:00:00.000Z');

const [mode, root, arg] = process.argv.slice(2);
if (!mode || !root) throw new Error('usage: ab-child seed|serve <root> [dossiers]');

const svc = createVangnetService({
  platform: headlessPlatform,
  settings: new SettingsStore(path.join(root, 'appdata'), path.join(root, 'vault')),
  // The KDF is not what is compared; a light one keeps the cold-overview rounds short.
  kdf: { memoryCost: 8192, timeCost: 1, parallelism: 1 },
  clock: () => NOW,
});

// The dispatch contract differs in detail between versions; the child only needs its envelope.
type Dispatch = (
  op: string,
  input: unknown,
) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
const dispatch = svc.dispatch as unknown as Dispatch;
async function call(op: string, input: unknown): Promise<unknown> {
  const r = await dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error?.code}`);
  return r.value;
}

/** One sample: wall and CPU (user + system) of this process, in ms. */
async function sample(fn: () => Promise<unknown>): Promise<[number, number]> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [wall, (c.user + c.system) / 1000];
}

async function seed(dossiers: number): Promise<void> {
  fs.mkdirSync(path.join(root!, 'appdata'), { recursive: true });
  await call('vault.create', { userName: 'Bench Zorgcoördinator', passphrase: PASSPHRASE });
  const data = seedDataset(svc.ctx.db(), { dossiers, chronology: dossiers * 90, monitoring: dossiers * 10 });
  svc.ctx.db().pragma('wal_checkpoint(TRUNCATE)');
  await call('vault.lock', {});
  process.stdout.write(`${JSON.stringify(data)}\n`);
}

async function serve(): Promise<void> {
  const data = JSON.parse(fs.readFileSync(path.join(root!, 'dataset.json'), 'utf8')) as Dataset;
  await call('vault.unlock', { passphrase: PASSPHRASE });
  const openIds = data.dossierIds.slice(0, Math.ceil(data.dossierIds.length * 0.1));
  const t = data.searchTerms;
  let written = 0;
  const ops: [string, number, (i: number) => Promise<unknown>][] = [
    ['overview.get', 6, () => call('overview.get', {})],
    ['overview.get (open)', 6, () => call('overview.get', { status: 'open' })],
    ['dossier.get', 12, (i) => call('dossier.get', { dossierId: openIds[i % openIds.length] })],
    ['dossier.search (common word)', 4, () => call('dossier.search', { query: t.common })],
    ['dossier.search (rare word)', 4, () => call('dossier.search', { query: t.rare })],
    ['dossier.search (name)', 4, () => call('dossier.search', { query: t.name })],
    [
      'chronology.add (write path)',
      12,
      () =>
        call('chronology.add', {
          dossierId: openIds[0],
          occurredAt: null,
          text: `Regel ${written++} via de service`,
        }),
    ],
  ];
  // Warm-up, unmeasured: the first calls compile and fill caches in both versions alike.
  for (const [, , fn] of ops) await fn(0);
  const lines = readline.createInterface({ input: process.stdin });
  process.stdout.write('ready\n');
  for await (const line of lines) {
    if (line !== 'round') break;
    const out: Record<string, [number, number][]> = {};
    for (const [name, runs, fn] of ops) {
      out[name] = [];
      for (let i = 0; i < runs; i++) out[name].push(await sample(() => fn(i)));
    }
    // Cold overview: the first one after an unlock (the lock drops every cache of the vault).
    await call('vault.lock', {});
    await call('vault.unlock', { passphrase: PASSPHRASE });
    out['overview.get (first after unlock)'] = [await sample(() => call('overview.get', {}))];
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  await call('vault.lock', {});
}

if (mode === 'seed') await seed(Number(arg ?? 2000));
else await serve();
