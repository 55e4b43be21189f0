import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API, OP_NAMES } from '../../../src/shared/api';
import { createTestService, tableCounts, type TestService } from '../helpers';

describe('dispatcher', () => {
  let t: TestService;
  beforeEach(async () => {
    t = await createTestService();
  });
  afterEach(() => t.cleanup());

  it('rejects unknown operations, including prototype names, with an envelope', async () => {
    for (const op of ['dossier.delete', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 42, null, undefined]) {
      const r = await t.svc.dispatch(op, {});
      expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_OPERATION', key: 'UNKNOWN_OPERATION', message: 'Onbekende opdracht.' } });
    }
  });

  it('rejects invalid input with a Dutch message before anything is written', async () => {
    const before = tableCounts(t.svc.ctx.db());
    const cases: Array<[string, unknown]> = [
      ['dossier.create', { title: '' }],
      ['dossier.create', { title: 'x', discoveredAt: 'gisteren', howDiscovered: '', materialKind: 'foto', victimName: '', victimClass: '', lead: 'A', otherSchoolInvolved: false }],
      ['dossier.create', 'not an object'],
      ['chronology.add', { dossierId: 'x', occurredAt: null, text: 'a' }],
      ['chronology.add', { dossierId: '00000000-0000-0000-0000-000000000000', occurredAt: null, text: 'a'.repeat(60_000) }],
      ['step.update', { dossierId: '00000000-0000-0000-0000-000000000000', stepId: 'check-protocol', patch: { status: 'klaar' } }],
      ['step.update', { dossierId: '00000000-0000-0000-0000-000000000000', stepId: 'check-protocol', patch: { evil: 1 } }],
      ['vault.unlock', { passphrase: 'x', extra: true }],
    ];
    for (const [op, input] of cases) {
      const r = await t.svc.dispatch(op, input);
      expect(r.ok, `${op} ${JSON.stringify(input).slice(0, 80)}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        // Dutch, not zod's English defaults.
        expect(r.error.message).not.toMatch(/^(Invalid|Expected|Required)/);
      }
    }
    expect(tableCounts(t.svc.ctx.db())).toEqual(before);
  });

  // Step data is a typed record per tool now (issue 12): nesting and unknown keys are refused.
  it('bounds deeply nested step data', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', {
      title: 'x', discoveredAt: '2026-11-28T08:00:00Z', howDiscovered: '', materialKind: 'foto', victimName: '', victimClass: '', lead: 'A', otherSchoolInvolved: false,
    });
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 50; i++) deep = { nested: deep };
    const r = await t.dispatch('step.update', { dossierId, stepId: 'check-protocol', patch: { data: { tool: 'protocol-check', gaps: deep } as never } });
    expect(r.ok).toBe(false);
    const unknownKey = await t.dispatch('step.update', { dossierId, stepId: 'check-protocol', patch: { data: { tool: 'protocol-check', a: { b: ['c'] } } as never } });
    expect(unknownKey.ok).toBe(false);
    const typed = await t.dispatch('step.update', { dossierId, stepId: 'check-protocol', patch: { data: { tool: 'protocol-check', gaps: 'Geen termijn voor de klassenbrief.' } } });
    expect(typed.ok).toBe(true);
  });

  it('refuses dossier operations while locked', async () => {
    await t.dispatchOk('vault.lock', {});
    const r = await t.svc.dispatch('overview.get', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect((await t.dispatchOk('vault.status', {})).state).toBe('locked');
  });

  it('every operation has a strict object (or union) input schema', () => {
    for (const op of OP_NAMES) {
      const schema = API[op].input;
      // A stray extra key must never be accepted silently.
      const r = schema.safeParse({ __unexpected__: 1 });
      expect(r.success, op).toBe(false);
    }
  });
});

describe('session', () => {
  let t: TestService;
  beforeEach(async () => {
    t = await createTestService();
  });
  afterEach(() => t.cleanup());

  it('counts wrong passphrases, resets on success, never locks out', async () => {
    await t.dispatchOk('vault.lock', {});
    for (let i = 1; i <= 3; i++) {
      const r = await t.dispatch('vault.unlock', { passphrase: `fout ${i}` });
      expect(r).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
      expect((await t.dispatchOk('vault.status', {})).failedAttempts).toBe(i);
    }
    const s = await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
    expect(s).toMatchObject({ state: 'unlocked', failedAttempts: 0, userName: 'Marieke de Zorgcoördinator' });
  });

  it('settings: idle lock bounds and user name', async () => {
    expect((await t.dispatchOk('settings.get', {})).idleLockMinutes).toBe(5);
    const r = await t.dispatch('settings.update', { idleLockMinutes: 600 });
    expect(r.ok).toBe(false);
    const s = await t.dispatchOk('settings.update', { idleLockMinutes: 10, userName: 'Fatima Bouzid' });
    expect(s).toMatchObject({ idleLockMinutes: 10, userName: 'Fatima Bouzid' });
    expect((await t.dispatchOk('vault.status', {})).userName).toBe('Fatima Bouzid');
  });

  it('payload budget: a call carrying more than 1 MB in total is refused before any schema or write', async () => {
    const before = tableCounts(t.svc.ctx.db());
    const { dossierId } = await t.dispatchOk('dossier.create', {
      title: 'Budget', discoveredAt: '2026-11-28T08:00:00Z', howDiscovered: '', materialKind: 'foto', victimName: '', victimClass: '', lead: 'A', otherSchoolInvolved: false,
    });
    // 20 MB spread over many fields of one step.update: each field alone may be within its limit.
    const data: Record<string, string> = {};
    for (let i = 0; i < 400; i++) data[`veld${i}`] = 'x'.repeat(50_000);
    const r = await t.svc.dispatch('step.update', { dossierId, stepId: 'check-protocol', patch: { data } });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) expect(r.error.message).toContain('te groot');
    const wide = await t.svc.dispatch('dossier.create', { title: 'x', list: Array.from({ length: 60_000 }, () => 1) });
    expect(wide).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // A normal large input (a 49 000-character logbook text) still passes the budget.
    expect((await t.svc.dispatch('chronology.add', { dossierId, occurredAt: null, text: 'woord '.repeat(8_000) })).ok).toBe(true);
    expect(Object.keys(tableCounts(t.svc.ctx.db()))).toEqual(Object.keys(before));
  });

  it('backup and restore through the platform dialogs; cancel is not an error', async () => {
    expect(await t.dispatchOk('vault.backup', {})).toEqual({ cancelled: true });
    const file = `${t.dirs.out}/backup.vangnetbackup`;
    t.platform.nextSavePath = file;
    expect(await t.dispatchOk('vault.backup', {})).toEqual({ file });
    const { dossierId } = await t.dispatchOk('dossier.create', {
      title: 'Na de back-up', discoveredAt: '2026-11-28T08:00:00Z', howDiscovered: '', materialKind: 'foto', victimName: '', victimClass: '', lead: 'A', otherSchoolInvolved: false,
    });
    t.platform.nextOpenPath = file;
    // Replacing the vault: its passphrase, and "Terugzetten" in main's dialog (answered no first).
    expect(await t.dispatchOk('vault.restore', { passphrase: t.passphrase, currentPassphrase: t.passphrase })).toEqual({ cancelled: true });
    t.platform.nextOpenPath = file;
    t.platform.nextConfirm = true;
    const restored = await t.dispatchOk('vault.restore', { passphrase: t.passphrase, currentPassphrase: t.passphrase });
    expect(restored).toMatchObject({ state: 'unlocked' });
    const gone = await t.dispatch('dossier.get', { dossierId });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
