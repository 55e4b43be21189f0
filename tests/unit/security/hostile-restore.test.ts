import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestService, fixedClock, makeTestDirs, seedDossier, type TestService } from '../helpers';

/**
 * Restore and recovery-key rotation driven through `dispatch` as a compromised renderer would.
 * The fake platform answers main's dialogs "no" unless a test sets `nextConfirm`.
 */
const OTHER_PASS = 'andere kluis regenboog vlinderdas 42';
const NEW_PASS = 'nieuwe wachtwoordzin kastanje molen 88';

const dossierCount = (t: TestService) =>
  Number(t.svc.ctx.db().prepare('SELECT count(*) FROM dossiers').pluck().get());

function vaultFolder(t: TestService): string[] {
  return fs.readdirSync(t.dirs.vault).sort();
}

async function backup(t: TestService, name: string): Promise<string> {
  const file = path.join(t.dirs.out, name);
  t.platform.nextSavePath = file;
  await t.dispatchOk('vault.backup', {});
  return file;
}

describe('restore never loses the present', () => {
  const open: TestService[] = [];
  afterEach(() => {
    for (const t of open.splice(0)) t.cleanup();
  });

  it('a page cannot replace the vault: without the current passphrase, with a wrong one, or without a yes in main\'s dialog', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z');
    const t = await createTestService({ clock });
    open.push(t);
    await seedDossier(t, { tag: 'hr01' });
    const file = await backup(t, 'oud.vangnetbackup');
    clock.advance(86_400_000);
    await seedDossier(t, { tag: 'hr02' });
    const before = vaultFolder(t);

    // Locked or not: without the current vault's passphrase, refused before any dialog.
    for (const state of ['locked', 'unlocked'] as const) {
      if (state === 'locked') await t.dispatchOk('vault.lock', {});
      else await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
      t.platform.nextOpenPath = file;
      const bare = await t.dispatch('vault.restore', { passphrase: t.passphrase });
      expect(bare.ok, state).toBe(false);
      if (!bare.ok) expect(bare.error.message).toContain('wachtwoordzin van de huidige kluis');
      expect(t.platform.calls.filter((c) => c.method === 'chooseOpenFile')).toHaveLength(0);
    }
    // With a wrong one: refused, nothing staged.
    t.platform.nextOpenPath = file;
    const wrong = await t.dispatch('vault.restore', { passphrase: t.passphrase, currentPassphrase: 'geraden wachtwoordzin hier 123' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.code).toBe('WRONG_PASSPHRASE');

    // Everything right, but the user answers "Annuleren" in main's dialog.
    t.platform.nextOpenPath = file;
    const refused = await t.dispatchOk('vault.restore', { passphrase: t.passphrase, currentPassphrase: t.passphrase });
    expect(refused).toEqual({ cancelled: true });
    const asked = t.platform.confirms.at(-1)!;
    expect(asked.confirmLabel).toBe('Terugzetten');
    expect(asked.message).toContain('1 december 2026');
    expect(asked.detail).toMatch(/\(\d+ regels in het auditlogboek\)/);
    expect(asked.detail).toContain('bewaart hem versleuteld als kopie');

    expect(dossierCount(t)).toBe(2);
    expect(vaultFolder(t).filter((f) => !f.startsWith('vangnet.db-'))).toEqual(before.filter((f) => !f.startsWith('vangnet.db-')));
    expect(await t.dispatchOk('vault.status', {})).toMatchObject({ state: 'unlocked' });
  });

  it('an older backup comes back without its old passphrase; the present is kept with its audit tail and a way back', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z');
    const t = await createTestService({ clock });
    open.push(t);
    await seedDossier(t, { tag: 'hr11' });
    // The backup holds the audit records up to here (its own "backup_created" comes after it).
    const auditAtBackup = Number(t.svc.ctx.db().prepare('SELECT max(seq) FROM audit_log').pluck().get());
    const file = await backup(t, 'oud.vangnetbackup');
    // The old passphrase leaks; the user changes it and keeps working.
    clock.advance(3_600_000);
    await t.dispatchOk('vault.changePassphrase', { oldPassphrase: t.passphrase, newPassphrase: NEW_PASS });
    await seedDossier(t, { tag: 'hr12' });
    const auditNow = Number(t.svc.ctx.db().prepare('SELECT max(seq) FROM audit_log').pluck().get());

    t.platform.nextOpenPath = file;
    t.platform.nextConfirm = true;
    const restored = await t.dispatchOk('vault.restore', { passphrase: t.passphrase, currentPassphrase: NEW_PASS });
    expect(restored).toMatchObject({ state: 'unlocked' });
    expect(t.platform.confirms.at(-1)?.detail).toContain(`(${auditNow - auditAtBackup} regels in het auditlogboek)`);
    expect(dossierCount(t)).toBe(1);
    const restoreAudit = t.svc.ctx
      .db()
      .prepare("SELECT details FROM audit_log WHERE action = 'backup_restored'")
      .pluck()
      .get() as string;
    expect(restoreAudit).toContain(`${auditNow - auditAtBackup} auditregels van na dat moment`);

    // The leaked passphrase of the backup does not open the restored vault; today's does.
    await t.dispatchOk('vault.lock', {});
    const leaked = await t.dispatch('vault.unlock', { passphrase: t.passphrase });
    expect(leaked.ok).toBe(false);
    await t.dispatchOk('vault.unlock', { passphrase: NEW_PASS });

    // The replaced vault is listed with what it has that this one lacks…
    const kept = await t.dispatchOk('vault.keptCopies', {});
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ lostAuditRecords: auditNow - auditAtBackup });
    expect(kept[0]!.replacedBy).toContain('back-up van');
    // …and the way back needs the passphrase and main's dialog too.
    const noDialog = await t.dispatchOk('vault.returnToKept', { id: kept[0]!.id, passphrase: NEW_PASS, currentPassphrase: NEW_PASS });
    expect(noDialog).toEqual({ cancelled: true });
    t.platform.nextConfirm = true;
    await t.dispatchOk('vault.returnToKept', { id: kept[0]!.id, passphrase: NEW_PASS, currentPassphrase: NEW_PASS });
    expect(dossierCount(t)).toBe(2);
    // The audit tail written after the backup is back, and the chain verifies.
    expect(Number(t.svc.ctx.db().prepare('SELECT count(*) FROM audit_log WHERE seq > ? AND seq <= ?').pluck().get(auditAtBackup, auditNow))).toBe(auditNow - auditAtBackup);
    expect((await t.dispatchOk('vault.verifyAudit', {})).ok).toBe(true);

    // Going back kept the restored vault in turn; the next successful backup removes kept copies.
    expect(await t.dispatchOk('vault.keptCopies', {})).toHaveLength(1);
    await backup(t, 'nieuw.vangnetbackup');
    expect(await t.dispatchOk('vault.keptCopies', {})).toEqual([]);
    expect(fs.readdirSync(t.dirs.vault).filter((f) => f.startsWith('.kept-'))).toEqual([]);
  });

  it('a backup of another vault needs its passphrase and "Vervang deze kluis"', async () => {
    const t = await createTestService();
    open.push(t);
    await seedDossier(t, { tag: 'hr21' });
    const other = await createTestService({ dirs: makeTestDirs(), passphrase: OTHER_PASS });
    open.push(other);
    await seedDossier(other, { tag: 'hr22' });
    await seedDossier(other, { tag: 'hr23' });
    const file = await backup(other, 'andere.vangnetbackup');

    t.platform.nextOpenPath = file;
    const withOurs = await t.dispatch('vault.restore', { passphrase: t.passphrase, currentPassphrase: t.passphrase });
    expect(withOurs.ok).toBe(false);
    if (!withOurs.ok) expect(withOurs.error.code).toBe('WRONG_PASSPHRASE');

    t.platform.nextOpenPath = file;
    expect(await t.dispatchOk('vault.restore', { passphrase: OTHER_PASS, currentPassphrase: t.passphrase })).toEqual({
      cancelled: true,
    });
    expect(t.platform.confirms.at(-1)).toMatchObject({ confirmLabel: 'Vervang deze kluis' });
    expect(t.platform.confirms.at(-1)?.message).toContain('andere kluis');
    expect(dossierCount(t)).toBe(1);

    t.platform.nextOpenPath = file;
    t.platform.nextConfirm = true;
    await t.dispatchOk('vault.restore', { passphrase: OTHER_PASS, currentPassphrase: t.passphrase });
    expect(dossierCount(t)).toBe(2);
    // The other vault's passphrase opens it; ours is kept with the replaced vault.
    await t.dispatchOk('vault.lock', {});
    await t.dispatchOk('vault.unlock', { passphrase: OTHER_PASS });
    expect(await t.dispatchOk('vault.keptCopies', {})).toHaveLength(1);
  });
});

describe('recovery key rotation and passphrase cost', () => {
  const open: TestService[] = [];
  afterEach(() => {
    for (const t of open.splice(0)) t.cleanup();
  });

  it('shows a new key once after the passphrase; the old key stops working and the new one works', async () => {
    const t = await createTestService();
    open.push(t);
    const oldKey = t.recoveryKey;
    const wrong = await t.dispatch('vault.rotateRecoveryKey', { passphrase: 'niet de wachtwoordzin van mij' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.code).toBe('WRONG_PASSPHRASE');

    const { recoveryKey } = await t.dispatchOk('vault.rotateRecoveryKey', { passphrase: t.passphrase });
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(recoveryKey).not.toBe(oldKey);
    const keyFile = fs.readFileSync(path.join(t.dirs.vault, 'vangnet.keys.json'), 'utf8');
    expect(keyFile).not.toContain(recoveryKey);
    expect(keyFile).not.toContain(recoveryKey.replace(/-/g, ''));

    await t.dispatchOk('vault.lock', {});
    const old = await t.dispatch('vault.unlockWithRecoveryKey', { recoveryKey: oldKey, newPassphrase: NEW_PASS });
    expect(old.ok).toBe(false);
    if (!old.ok) expect(old.error.code).toBe('WRONG_RECOVERY_KEY');
    await t.dispatchOk('vault.unlockWithRecoveryKey', { recoveryKey, newPassphrase: NEW_PASS });
    const actions = t.svc.ctx.db().prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all();
    expect(actions).toContain('recovery_key_rotated');
  });

  it('a passphrase change raises the Argon2 cost of an older key file to the current default', async () => {
    const dirs = makeTestDirs();
    const weak = await createTestService({ dirs, kdf: { memoryCost: 1024, timeCost: 1, parallelism: 1 } });
    weak.svc.lock();
    const t = await createTestService({ dirs, create: false, kdf: { memoryCost: 2048, timeCost: 2, parallelism: 1 } });
    open.push(t);
    const read = () => JSON.parse(fs.readFileSync(path.join(dirs.vault, 'vangnet.keys.json'), 'utf8'));
    await t.dispatchOk('vault.unlock', { passphrase: weak.passphrase });
    expect(read().kdf).toMatchObject({ memoryCost: 1024, timeCost: 1 });
    await t.dispatchOk('vault.changePassphrase', { oldPassphrase: weak.passphrase, newPassphrase: NEW_PASS });
    expect(read().kdf).toMatchObject({ memoryCost: 2048, timeCost: 2, parallelism: 1 });
    await t.dispatchOk('vault.lock', {});
    await t.dispatchOk('vault.unlock', { passphrase: NEW_PASS });
  });
});
