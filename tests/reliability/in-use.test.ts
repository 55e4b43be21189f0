import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/core/vault';
import {
  createTestService,
  seedDossier,
  snapshotFiles,
  expectSameFiles,
  type TestService,
} from '../unit/helpers';
import { Child } from './fixtures/child';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function lockedVault(): Promise<TestService> {
  const t = await createTestService();
  cleanups.push(() => t.cleanup());
  await seedDossier(t);
  await t.dispatchOk('vault.lock', {});
  return t;
}

describe('vault in use by another instance', () => {
  it('a second process gets VAULT_IN_USE in Dutch, nothing is changed, and it works once the other closes', async () => {
    const t = await lockedVault();
    const other = new Child(['hold', t.dirs.root, t.passphrase]);
    cleanups.push(() => other.kill());
    await other.waitFor((l) => l === 'READY');

    const before = snapshotFiles(t.dirs.vault);
    const r = await t.dispatch('vault.unlock', { passphrase: t.passphrase });
    expect(r).toMatchObject({ ok: false, error: { code: 'VAULT_IN_USE' } });
    if (!r.ok) {
      expect(r.error.message).toMatch(/al geopend/);
      expect(r.error.message).toMatch(/probeer het opnieuw/i);
    }
    // Also for the other ways in: recovery key and restore.
    const rec = await t.dispatch('vault.unlockWithRecoveryKey', {
      recoveryKey: t.recoveryKey,
      newPassphrase: 'nieuwe zin voor de kluis 2026',
    });
    expect(rec).toMatchObject({ ok: false, error: { code: 'VAULT_IN_USE' } });
    const status = await t.dispatchOk('vault.status', {});
    expect(status.state).toBe('locked');
    // WAL/SHM of the other process may move; the vault's own files and key file must not.
    const after = snapshotFiles(t.dirs.vault);
    for (const f of ['vangnet.keys.json', LOCK_FILE]) {
      expect(after.get(f)?.bytes.equals(before.get(f)!.bytes), f).toBe(true);
    }

    // The other instance is closed the hard way (crash): its stale lock is taken over.
    await other.kill();
    expect(fs.existsSync(path.join(t.dirs.vault, LOCK_FILE))).toBe(true);
    expect((await t.dispatchOk('vault.unlock', { passphrase: t.passphrase })).state).toBe('unlocked');
  });

  it('a second instance in the same process is refused too, with the first one unaffected', async () => {
    const t = await lockedVault();
    await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
    const second = await createTestService({ dirs: t.dirs, create: false });
    const r = await second.dispatch('vault.unlock', { passphrase: t.passphrase });
    expect(r).toMatchObject({ ok: false, error: { code: 'VAULT_IN_USE' } });
    // The first still works.
    const overview = await t.dispatchOk('overview.get', {});
    expect(overview.dossiers.length).toBe(1);
    await t.dispatchOk('vault.lock', {});
    expect((await second.dispatchOk('vault.unlock', { passphrase: t.passphrase })).state).toBe('unlocked');
    second.svc.lock();
  });

  it('a wrong passphrase attempt never touches the vault files', async () => {
    const t = await lockedVault();
    const before = snapshotFiles(t.dirs.vault);
    const r = await t.dispatch('vault.unlock', { passphrase: 'dit is niet de goede zin' });
    expect(r).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expectSameFiles(before, snapshotFiles(t.dirs.vault));
  });
});
