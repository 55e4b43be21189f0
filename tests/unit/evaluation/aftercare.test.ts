import { afterEach, describe, expect, it } from 'vitest';
import { AFTERCARE_DEFAULT_OFFSETS_DAYS } from '../../../src/shared/protocol';
import { createTestService, fixedClock, seedDossier, type TestService } from '../helpers';
import { closeDossier } from './fixtures';

const DAY = 86_400_000;

describe('aftercare (nazorg)', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('plans the default moments per person and keeps reminding on the overview until done', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z');
    t = await createTestService({ clock });
    const { dossierId, personIds } = await seedDossier(t);
    const detail = await t.dispatchOk('dossier.get', { dossierId });
    const victim = detail.persons.find((p) => p.role === 'slachtoffer');
    expect(victim).toBeDefined();

    const planned = await t.dispatchOk('aftercare.planDefaults', {
      dossierId,
      from: '2026-12-01T09:00:00.000Z',
      who: 'Mentor',
      targets: [
        { personId: victim!.id, label: 'Slachtoffer' },
        { personId: personIds[0]!, label: 'Dader' },
      ],
    });
    expect(AFTERCARE_DEFAULT_OFFSETS_DAYS).toEqual([7, 42, 90]);
    expect(planned).toHaveLength(6);
    const victimDue = planned
      .filter((m) => m.personId === victim!.id)
      .map((m) => m.dueAt)
      .sort();
    expect(victimDue).toEqual([
      '2026-12-08T09:00:00.000Z',
      '2027-01-12T09:00:00.000Z',
      '2027-03-01T09:00:00.000Z',
    ]);

    let overview = await t.dispatchOk('overview.get', {});
    let summary = overview.dossiers.find((d) => d.id === dossierId);
    expect(summary?.nextAftercareAt).toBe('2026-12-08T09:00:00.000Z');
    // Within 14 days: both one-week moments are "binnenkort".
    expect(overview.upcomingAftercare.map((u) => u.personLabel).sort()).toEqual(['Dader', 'Slachtoffer']);
    expect(overview.overdue.filter((o) => o.kind === 'nazorg')).toHaveLength(0);

    // Ten days later the one-week moments are overdue, owned by who checks in.
    clock.advance(10 * DAY);
    overview = await t.dispatchOk('overview.get', {});
    const overdue = overview.overdue.filter((o) => o.kind === 'nazorg');
    expect(overdue.map((o) => o.title).sort()).toEqual(['Nazorg: Dader', 'Nazorg: Slachtoffer']);
    expect(overdue.every((o) => o.owner === 'Mentor')).toBe(true);
    summary = overview.dossiers.find((d) => d.id === dossierId);
    expect(summary?.overdueCount).toBeGreaterThanOrEqual(2);

    // Done (with the card's two questions answered) removes the reminder; the rest stays planned.
    const first = planned.find((m) => m.personId === victim!.id && m.dueAt === '2026-12-08T09:00:00.000Z')!;
    const done = await t.dispatchOk('aftercare.complete', {
      momentId: first.id,
      outcome: 'Gaat beter, slaapt weer goed.',
      needs: 'Wil graag nog een keer met de vertrouwenspersoon praten.',
    });
    expect(done.done).toBe(true);
    expect(done.doneAt).toBe(clock().toISOString());
    overview = await t.dispatchOk('overview.get', {});
    expect(overview.overdue.filter((o) => o.kind === 'nazorg').map((o) => o.title)).toEqual([
      'Nazorg: Dader',
    ]);

    // A done moment is kept: it cannot be deleted, only reopened.
    const removeDone = await t.dispatch('aftercare.remove', { momentId: first.id });
    expect(removeDone.ok).toBe(false);
    const reopened = await t.dispatchOk('aftercare.reopen', { momentId: first.id });
    expect(reopened.done).toBe(false);
    expect(reopened.outcome).toBe('Gaat beter, slaapt weer goed.');

    const log = await t.dispatchOk('dossier.get', { dossierId });
    expect(log.chronology.some((c) => c.text.startsWith('Nazorgmoment afgerond (Slachtoffer)'))).toBe(true);
  });

  it('stays writable on a closed dossier and refuses persons of another dossier', async () => {
    t = await createTestService({ clock: fixedClock('2026-12-01T09:00:00.000Z') });
    const a = await seedDossier(t);
    const b = await seedDossier(t);
    await closeDossier(t, a.dossierId);

    const added = await t.dispatchOk('aftercare.add', {
      dossierId: a.dossierId,
      moment: {
        personId: null,
        label: 'Ouders van het slachtoffer',
        dueAt: '2027-01-15T10:00:00.000Z',
        who: 'Zorgcoördinator',
      },
    });
    expect(added.label).toBe('Ouders van het slachtoffer');
    const updated = await t.dispatchOk('aftercare.update', {
      momentId: added.id,
      moment: { personId: null, label: 'Ouders', dueAt: '2027-01-20T10:00:00.000Z', who: 'Mentor' },
    });
    expect(updated.dueAt).toBe('2027-01-20T10:00:00.000Z');
    // Closed dossiers still show their next aftercare moment on the overview.
    const overview = await t.dispatchOk('overview.get', {});
    expect(overview.dossiers.find((d) => d.id === a.dossierId)?.nextAftercareAt).toBe(
      '2027-01-20T10:00:00.000Z',
    );

    const foreign = await t.dispatch('aftercare.add', {
      dossierId: a.dossierId,
      moment: { personId: b.personIds[0]!, label: 'X', dueAt: '2027-01-15T10:00:00.000Z', who: '' },
    });
    expect(foreign.ok).toBe(false);
    if (!foreign.ok) expect(foreign.error.code).toBe('VALIDATION');

    const removed = await t.dispatchOk('aftercare.remove', { momentId: added.id });
    expect(removed.removed).toBe(true);
    const view = await t.dispatchOk('evaluation.get', { dossierId: a.dossierId });
    expect(view.aftercare).toHaveLength(0);

    const empty = await t.dispatch('aftercare.complete', { momentId: added.id, outcome: '', needs: '' });
    expect(empty.ok).toBe(false);
  });
});
