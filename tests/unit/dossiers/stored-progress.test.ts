import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STEP_STATUSES } from '../../../src/shared/domain';
import { STEPS } from '../../../src/shared/protocol';
import { closeDossier, markAndDestroy } from '../evaluation/fixtures';
import { createTestService, fixedClock, type TestService } from '../helpers';

/**
 * The overview keeps a stored progress summary per dossier (migration dossier-progress) so the
 * first overview after an unlock is fast. These tests prove it can never show something a
 * fresh computation would not: after every kind of write, the overview with stored summaries
 * equals the overview computed from the step states alone.
 */
const INTAKE = {
  title: 'Foto rondgestuurd in klassenapp',
  discoveredAt: '2026-11-28T08:30:00+01:00',
  howDiscovered: 'Melding bij de mentor',
  materialKind: 'foto' as const,
  victimName: 'Zoë Kowalczyk',
  victimClass: '3B',
  lead: 'Marieke Jansen',
  otherSchoolInvolved: false,
};

/** Small deterministic PRNG so a failure can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('stored progress summaries', () => {
  let t: TestService;
  const clock = fixedClock('2026-11-28T09:00:00.000Z');
  beforeEach(async () => {
    clock.set('2026-11-28T09:00:00.000Z');
    t = await createTestService({ clock });
  });
  afterEach(() => t.cleanup());

  const storedIds = () =>
    (t.svc.ctx.db().prepare('SELECT dossier_id FROM dossier_progress ORDER BY dossier_id').pluck().all() as string[]).sort();

  /** The overview as answered, then as computed with every stored summary thrown away. */
  async function bothWays() {
    const stored = await t.dispatchOk('overview.get', {});
    t.svc.ctx.db().exec('DELETE FROM dossier_progress');
    const fresh = await t.dispatchOk('overview.get', {});
    return { stored, fresh };
  }

  it('the first overview stores a summary per dossier; a step change drops it in the same transaction', async () => {
    const a = await t.dispatchOk('dossier.create', INTAKE);
    const b = await t.dispatchOk('dossier.create', { ...INTAKE, victimName: 'Ilse de Wit' });
    expect(storedIds()).toEqual([]);
    await t.dispatchOk('overview.get', {});
    expect(storedIds()).toEqual([a.dossierId, b.dossierId].sort());

    await t.dispatchOk('step.update', { dossierId: a.dossierId, stepId: 'check-protocol', patch: { status: 'gedaan' } });
    expect(storedIds()).toEqual([b.dossierId]);
    await t.dispatchOk('dossier.setOtherSchoolInvolved', { dossierId: b.dossierId, involved: true });
    expect(storedIds()).toEqual([]);

    // A refused write leaves the stored summary alone (the trigger runs inside the transaction).
    await t.dispatchOk('overview.get', {});
    const refused = await t.dispatch('step.update', { dossierId: a.dossierId, stepId: 'check-protocol', patch: { status: 'nvt' } });
    expect(refused.ok).toBe(false);
    expect(storedIds()).toEqual([a.dossierId, b.dossierId].sort());
  });

  it('after every kind of write, the stored overview equals a fresh computation (random sequence)', async () => {
    const rand = prng(20261201);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await t.dispatchOk('dossier.create', { ...INTAKE, otherSchoolInvolved: i === 1 })).dossierId);
    let checked = 0;
    for (let round = 0; round < 60; round++) {
      const dossierId = pick(ids);
      const step = pick(STEPS);
      const kind = Math.floor(rand() * 6);
      if (kind <= 1) {
        const status = pick(STEP_STATUSES);
        await t.dispatch('step.update', {
          dossierId,
          stepId: step.id,
          patch: status === 'nvt' ? { status, nvtReason: 'Niet aan de orde op onze school' } : { status },
        });
      } else if (kind === 2) {
        const dueAt = rand() < 0.3 ? null : new Date(clock().getTime() + (rand() - 0.5) * 10 * 86_400_000).toISOString();
        await t.dispatch('step.update', { dossierId, stepId: step.id, patch: { dueAt, owner: pick(['Marieke', 'Joost', '']) } });
      } else if (kind === 3) {
        await t.dispatch('dossier.setOtherSchoolInvolved', { dossierId, involved: rand() < 0.5 });
      } else if (kind === 4) {
        await t.dispatch('dossier.setStatus', { dossierId, status: pick(['open', 'nazorg'] as const), reason: 'Stand van zaken' });
      } else {
        // Time passes: deadlines become overdue without any write.
        clock.set(new Date(clock().getTime() + rand() * 2 * 86_400_000).toISOString());
      }
      const { stored, fresh } = await bothWays();
      expect(stored, `round ${round}`).toEqual(fresh);
      checked += 1;
    }
    expect(checked).toBe(60);
    // The sequence did exercise overdue steps and progress, not only empty dossiers.
    const last = await t.dispatchOk('overview.get', {});
    expect(last.dossiers.some((d) => d.progress.done > 0)).toBe(true);
    expect(last.overdue.some((o) => o.kind === 'stap')).toBe(true);
  });

  it('summaries survive a lock and unlock, and are removed with their dossier', async () => {
    const a = await t.dispatchOk('dossier.create', INTAKE);
    await closeDossier(t, a.dossierId);
    await t.dispatchOk('overview.get', {});
    await t.dispatchOk('vault.lock', {});
    await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
    expect(storedIds()).toEqual([a.dossierId]);
    const { stored, fresh } = await bothWays();
    expect(stored).toEqual(fresh);
    expect(stored.dossiers[0]).toMatchObject({ status: 'gesloten', nextStep: null, overdueCount: 0 });
    await t.dispatchOk('overview.get', {});
    const { dossier } = await t.dispatchOk('dossier.get', { dossierId: a.dossierId });
    await markAndDestroy(t, { dossierId: a.dossierId, confirmNumber: dossier.number, reason: 'Dubbel aangemaakt dossier' });
    expect(storedIds()).toEqual([]);
  });
});
