import { afterEach, describe, expect, it } from 'vitest';
import { STEPS } from '../../../src/shared/protocol';
import { errorText } from '../../../src/shared/errors';
import { ERRORS_EN } from '../../../src/shared/i18n/errors.en';
import { createTestService, fixedClock, seedDossier, type TestService } from '../helpers';
import { closeReasonsFor } from '../evaluation/fixtures';

/**
 * The attack chain of issue 14, driven through `dispatch` exactly as a compromised renderer
 * could: read the dossier numbers, mark the evaluation steps n.v.t., close, then try to erase.
 * The fake platform answers every native dialog with "no" unless a test says otherwise, as a
 * user who never asked for the destruction would.
 */
const DAY = 86_400_000;

async function closeAsHostileRenderer(t: TestService, dossierId: string): Promise<string> {
  const { number } = (await t.dispatchOk('dossier.get', { dossierId })).dossier;
  for (const step of STEPS.filter((s) => s.phaseId === 'evalueer')) {
    await t.dispatchOk('step.update', {
      dossierId,
      stepId: step.id,
      patch: { status: 'nvt', nvtReason: 'Niet van toepassing hier.' },
    });
  }
  await t.dispatchOk('dossier.setStatus', { dossierId, status: 'gesloten', reason: '', closeReasons: await closeReasonsFor(t, dossierId) });
  return number;
}

const dossierCount = (t: TestService) =>
  Number(t.svc.ctx.db().prepare('SELECT count(*) FROM dossiers').pluck().get());

describe('a compromised renderer can at most mark a dossier, never erase it', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('stops the 2-dossiers-to-0 chain at "te vernietigen", visible on the overview and reversible', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z');
    t = await createTestService({ clock });
    const a = await seedDossier(t, { tag: 'ha11' });
    const b = await seedDossier(t, { tag: 'hb22' });
    const numbers: string[] = [];
    for (const d of [a, b]) {
      const number = await closeAsHostileRenderer(t, d.dossierId);
      numbers.push(number);
      // Early: a 10-character reason is all it takes to mark...
      const marked = await t.dispatchOk('retention.mark', {
        dossierId: d.dossierId,
        confirmNumber: number,
        reason: 'Verzoek tot verwijdering',
      });
      expect(marked.mark).toMatchObject({ early: true, dueAt: '2026-12-08T09:00:00.000Z' });
      // ...but erasing before the grace period needs main's dialog, which the user refuses.
      const erased = await t.dispatchOk('retention.destroy', { dossierId: d.dossierId });
      expect(erased).toEqual({ cancelled: true });
      expect(t.platform.confirms.at(-1)).toMatchObject({ confirmLabel: 'Vernietigen' });
      expect(t.platform.confirms.at(-1)?.message).toContain(number);
    }
    expect(dossierCount(t)).toBe(2);

    // Shortening the grace period to one day also goes through main's dialog: refused.
    expect(await t.dispatchOk('retention.setGrace', { days: 1 })).toEqual({ cancelled: true });
    expect((await t.dispatchOk('retention.get', {})).graceDays).toBe(7);
    // Lengthening it is harmless and needs no dialog.
    const confirmsBefore = t.platform.confirms.length;
    expect(await t.dispatchOk('retention.setGrace', { days: 14 })).toMatchObject({ graceDays: 14 });
    expect(t.platform.confirms.length).toBe(confirmsBefore);

    // Both marks are on the overview, with the day erasure becomes possible.
    const overview = await t.dispatchOk('overview.get', {});
    expect(overview.retentionDue?.map((d) => [d.number, d.mark?.dueAt])).toEqual([
      [numbers[0], '2026-12-08T09:00:00.000Z'],
      [numbers[1], '2026-12-08T09:00:00.000Z'],
    ]);
    // The user sees them and lifts one; it can no longer be erased at all.
    await t.dispatchOk('retention.unmark', { dossierId: a.dossierId });
    clock.advance(30 * DAY);
    const unmarked = await t.dispatch('retention.destroy', { dossierId: a.dossierId });
    expect(unmarked.ok).toBe(false);
    if (!unmarked.ok) expect(unmarked.error.code).toBe('FORBIDDEN');
    expect(dossierCount(t)).toBe(2);

    // The mark that stood unnoticed for the whole grace period is executed without a dialog.
    const dialogs = t.platform.confirms.length;
    expect(await t.dispatchOk('retention.destroy', { dossierId: b.dossierId })).toEqual({ destroyed: numbers[1] });
    expect(t.platform.confirms.length).toBe(dialogs);
    expect(dossierCount(t)).toBe(1);

    const actions = t.svc.ctx
      .db()
      .prepare("SELECT action FROM audit_log WHERE action LIKE 'dossier.%destroy' OR action = 'retention.grace' ORDER BY seq")
      .pluck()
      .all();
    expect(actions).toEqual([
      'dossier.mark-destroy',
      'dossier.mark-destroy',
      'retention.grace',
      'dossier.unmark-destroy',
      'dossier.destroy',
    ]);
    expect((await t.dispatchOk('vault.verifyAudit', {})).ok).toBe(true);
  });

  it('cannot erase an unmarked dossier, even with a yes in the dialog, nor mark one twice', async () => {
    t = await createTestService();
    const a = await seedDossier(t, { tag: 'hc33' });
    const number = await closeAsHostileRenderer(t, a.dossierId);
    t.platform.nextConfirm = true; // even a "yes" cannot skip the mark
    const r = await t.dispatch('retention.destroy', { dossierId: a.dossierId });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('niet gemarkeerd');
    expect(t.platform.confirms).toHaveLength(0);
    await t.dispatchOk('retention.mark', { dossierId: a.dossierId, confirmNumber: number, reason: 'Verzoek tot verwijdering' });
    const again = await t.dispatch('retention.mark', { dossierId: a.dossierId, confirmNumber: number, reason: 'Verzoek tot verwijdering' });
    expect(again.ok).toBe(false);
    expect(dossierCount(t)).toBe(1);
  });

  it('refuses early destruction while takedowns, police contact or aftercare are open', async () => {
    t = await createTestService();
    const s = await seedDossier(t, { tag: 'hd44' });
    const td = await t.dispatchOk('takedown.add', {
      dossierId: s.dossierId,
      takedown: {
        entryId: null,
        platform: 'instagram',
        location: '@account_hd44',
        channel: 'platform',
        requestedAt: null,
        reference: '',
        status: 'aangevraagd',
        followUpAt: null,
        notes: '',
      },
    });
    await t.dispatchOk('step.update', { dossierId: s.dossierId, stepId: 'politie-advies', patch: { status: 'bezig' } });
    const moment = await t.dispatchOk('aftercare.add', {
      dossierId: s.dossierId,
      moment: { personId: s.personIds[0]!, label: 'Gesprek na zes weken', dueAt: '2027-01-15T09:00:00.000Z', who: 'Mentor' },
    });
    const number = await closeAsHostileRenderer(t, s.dossierId);
    const input = { dossierId: s.dossierId, confirmNumber: number, reason: 'Verzoek tot verwijdering' };

    const blocked = await t.dispatch('retention.mark', input);
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) {
      expect(blocked.error.code).toBe('FORBIDDEN');
      expect(blocked.error.message).toContain('1 verwijderverzoek loopt nog');
      expect(blocked.error.message).toContain('politie');
      expect(blocked.error.message).toContain('1 nazorgmoment staat nog open');
      // The open work as phrases (no Dutch made in the core), so English reads English.
      expect(blocked.error.params?.open).toEqual([
        { key: 'DESTROY_OPEN_TAKEDOWNS_ONE' },
        { key: 'DESTROY_OPEN_POLICE' },
        { key: 'DESTROY_OPEN_AFTERCARE_ONE' },
      ]);
      expect(errorText(blocked.error.key!, blocked.error.params, ERRORS_EN)).toContain(
        ': 1 takedown request is still in progress; the contact with the police is not finished yet; 1 aftercare moment is still open. Finish that first.',
      );
    }

    await t.dispatchOk('dossier.setStatus', { dossierId: s.dossierId, status: 'open', reason: 'Verwijderverzoek afronden.' });
    await t.dispatchOk('takedown.update', { takedownId: td.id, patch: { status: 'verwijderd' }, note: 'Bevestigd door het platform.' });
    await t.dispatchOk('aftercare.complete', { momentId: moment.id, outcome: 'Gaat goed.', needs: '' });
    await t.dispatchOk('dossier.setStatus', { dossierId: s.dossierId, status: 'gesloten', reason: '', closeReasons: await closeReasonsFor(t, s.dossierId) });
    const stillPolice = await t.dispatch('retention.mark', input);
    expect(stillPolice.ok).toBe(false);
    if (!stillPolice.ok) expect(stillPolice.error.message).not.toContain('verwijderverzoek');
  });
});
