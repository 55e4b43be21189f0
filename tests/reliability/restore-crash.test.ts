import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Vault } from '../../src/core/vault';
import { listKeptCopies } from '../../src/core/vault/restore';
import { createTestService, makeTestDirs, seedDossier, TEST_KDF, type TestDirs } from '../unit/helpers';

/**
 * A restore killed (SIGKILL, like a power cut) at every step of its file swap: the next open
 * finds either the old vault untouched (killed before the intent record was written) or the
 * restored one with the replaced vault kept beside it (rolled forward), never a broken folder.
 */
const CHILD = path.join(import.meta.dirname, 'fixtures', 'restore-child.ts');
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

function runChild(dir: string, backup: string, passphrase: string, killAt: number): Promise<{ lines: string[]; stderr: string; signal: string | null }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, backup, passphrase, String(killAt)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: path.resolve(import.meta.dirname, '../..'),
    });
    let out = '';
    let stderr = '';
    proc.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    proc.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    proc.on('exit', (_code, signal) => resolve({ lines: out.split('\n').filter(Boolean), stderr, signal }));
  });
}

/** A vault with 2 dossiers and a backup taken when it had 1. */
async function setup(): Promise<{ dirs: TestDirs; backup: string; passphrase: string }> {
  const dirs = makeTestDirs('vangnet-restore-crash-');
  roots.push(dirs.root);
  const t = await createTestService({ dirs });
  await seedDossier(t, { tag: 'rc01' });
  const backup = path.join(dirs.out, 'kluis.vangnetbackup');
  t.platform.nextSavePath = backup;
  await t.dispatchOk('vault.backup', {});
  await seedDossier(t, { tag: 'rc02' });
  t.svc.lock();
  return { dirs, backup, passphrase: t.passphrase };
}

async function dossiers(dir: string, passphrase: string): Promise<{ count: number; auditOk: boolean }> {
  const v = await Vault.unlock(dir, passphrase, { kdf: TEST_KDF });
  try {
    expect(v.db.pragma('integrity_check', { simple: true })).toBe('ok');
    return { count: Number(v.db.prepare('SELECT count(*) FROM dossiers').pluck().get()), auditOk: v.verifyAudit().ok };
  } finally {
    v.close();
  }
}

describe('restore killed at every step of the swap', () => {
  it('always reopens as the old vault or the restored one, never broken or empty', async () => {
    // A run to the end names the steps.
    const probe = await setup();
    const full = await runChild(probe.dirs.vault, probe.backup, probe.passphrase, 1_000);
    expect(full.stderr).toBe('');
    const steps = full.lines.filter((l) => l.startsWith('step ')).map((l) => l.split(' ')[2]!);
    expect(steps).toEqual(expect.arrayContaining(['begin', 'intent', `kept:vangnet.db`, `in:vangnet.db`, `in:vangnet.keys.json`, 'done']));
    expect((await dossiers(probe.dirs.vault, probe.passphrase)).count).toBe(1);
    const intentAt = steps.indexOf('intent');

    for (let k = 0; k < steps.length; k++) {
      const { dirs, backup, passphrase } = await setup();
      const r = await runChild(dirs.vault, backup, passphrase, k);
      expect(r.signal, `killed at ${steps[k]}`).toBe('SIGKILL');
      const rolledForward = k >= intentAt;
      // The folder is a vault again (also for the status screen: never the first-run screen).
      expect(Vault.exists(dirs.vault), steps[k]).toBe(true);
      const now = await dossiers(dirs.vault, passphrase);
      expect(now.auditOk, steps[k]).toBe(true);
      expect(now.count, `killed after ${steps[k]}`).toBe(rolledForward ? 1 : 2);
      const kept = listKeptCopies(dirs.vault);
      if (rolledForward) {
        // The present was kept, encrypted, with both dossiers and its full audit chain.
        expect(kept, steps[k]).toHaveLength(1);
        const keptDir = path.join(dirs.vault, `.kept-${kept[0]!.id}`);
        const probeDir = path.join(dirs.out, `kept-open-${k}`);
        fs.mkdirSync(probeDir);
        for (const f of fs.readdirSync(keptDir)) fs.copyFileSync(path.join(keptDir, f), path.join(probeDir, f));
        const old = await dossiers(probeDir, passphrase);
        expect(old).toEqual({ count: 2, auditOk: true });
      } else {
        expect(kept, steps[k]).toEqual([]);
      }
      // Nothing half-done is left behind.
      const leftovers = fs.readdirSync(dirs.vault).filter((f) => f.startsWith('.restore-') || f.includes('restore-intent'));
      expect(leftovers, steps[k]).toEqual([]);
    }
  }, 600_000);
});
