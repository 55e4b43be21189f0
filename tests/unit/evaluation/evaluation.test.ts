import { afterEach, describe, expect, it } from 'vitest';
import { loadEvaluationReportData } from '../../../src/core/evaluation/report';
import { createTestService, fixedClock, seedDossier, type TestService } from '../helpers';
import { closeDossier, emptyForm } from './fixtures';

describe('evaluation forms', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('lists one form per applicable audience, saves answers and feeds the report model', async () => {
    t = await createTestService({ clock: fixedClock('2026-12-10T10:00:00.000Z') });
    const { dossierId } = await seedDossier(t);

    const view = await t.dispatchOk('evaluation.get', { dossierId });
    // No other school involved: its feedback form is not offered.
    expect(view.evaluations.map((e) => e.audience)).toEqual(['slachtoffer', 'ouders', 'docenten', 'zat']);
    expect(view.evaluations.every((e) => e.id === null)).toBe(true);

    const saved = await t.dispatchOk('evaluation.save', {
      dossierId,
      audience: 'zat',
      form: {
        ...emptyForm,
        heldAt: '2026-12-09T14:00:00+01:00',
        heldBy: 'Zorgcoördinator',
        participants: 'Vertrouwenspersoon, wijkagent, jeugdarts',
        answers: {
          'ging-goed': 'Snelle eerste reactie binnen het uur.',
          'kon-beter': 'Contactgegevens politie waren verouderd.',
        },
        prevention: 'Lessenserie digitaal burgerschap in leerjaar 2.',
        completed: true,
      },
    });
    expect(saved.id).not.toBeNull();
    expect(saved.completed).toBe(true);

    // Saving again updates the same row (one form per audience).
    await t.dispatchOk('evaluation.save', {
      dossierId,
      audience: 'zat',
      form: {
        ...emptyForm,
        answers: { 'ging-goed': 'Snelle eerste reactie.' },
        prevention: 'Lessenserie digitaal burgerschap.',
        completed: true,
      },
    });
    const after = await t.dispatchOk('evaluation.get', { dossierId });
    const zat = after.evaluations.find((e) => e.audience === 'zat');
    expect(zat?.id).toBe(saved.id);
    expect(zat?.answers).toEqual({ 'ging-goed': 'Snelle eerste reactie.' });

    // Completing writes one logbook line (not a second one on re-save).
    const detail = await t.dispatchOk('dossier.get', { dossierId });
    expect(detail.chronology.filter((c) => c.text === 'Evaluatie afgerond: ZAT-overleg.')).toHaveLength(1);

    const report = loadEvaluationReportData(t.svc.ctx.db(), dossierId);
    expect(report.dossier.number).toMatch(/^2026-\d{3}$/);
    expect(report.evaluations).toHaveLength(1);
    expect(report.evaluations[0]?.answers[0]).toEqual({
      question: 'Wat ging goed?',
      answer: 'Snelle eerste reactie.',
    });
    expect(report.evaluations[0]?.answers[1]).toEqual({ question: 'Wat kon beter?', answer: '' });
    expect(report.preventiveMeasures).toEqual([
      { audienceLabel: 'ZAT-overleg', text: 'Lessenserie digitaal burgerschap.' },
    ]);
  });

  it('refuses unknown questions, the other-school form without another school, and edits on a closed dossier', async () => {
    t = await createTestService();
    const { dossierId } = await seedDossier(t);
    const unknown = await t.dispatch('evaluation.save', {
      dossierId,
      audience: 'slachtoffer',
      form: { ...emptyForm, answers: { verzonnen: 'x' } },
    });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('VALIDATION');

    const otherSchool = await t.dispatch('evaluation.save', {
      dossierId,
      audience: 'school-dader',
      form: emptyForm,
    });
    expect(otherSchool.ok).toBe(false);
    if (!otherSchool.ok) expect(otherSchool.error.message).toContain('geen andere school');

    await t.dispatchOk('dossier.setOtherSchoolInvolved', { dossierId, involved: true });
    const view = await t.dispatchOk('evaluation.get', { dossierId });
    expect(view.evaluations.map((e) => e.audience)).toContain('school-dader');
    await t.dispatchOk('evaluation.save', {
      dossierId,
      audience: 'school-dader',
      form: { ...emptyForm, answers: { samenwerking: 'Goed, dezelfde lijn richting ouders.' } },
    });
    await t.dispatchOk('dossier.setOtherSchoolInvolved', { dossierId, involved: false });

    await closeDossier(t, dossierId);
    const closed = await t.dispatch('evaluation.save', {
      dossierId,
      audience: 'slachtoffer',
      form: emptyForm,
    });
    expect(closed.ok).toBe(false);
    if (!closed.ok) expect(closed.error.code).toBe('FORBIDDEN');
    // A saved other-school evaluation stays visible even after "no other school" was recorded.
    const again = await t.dispatchOk('evaluation.get', { dossierId });
    expect(again.evaluations.map((e) => e.audience)).toContain('school-dader');
    expect(again.retention.closedAt).not.toBeNull();
    expect(again.retention.months).toBe(24);
  });

  it('rejects oversized and extra input at the boundary', async () => {
    t = await createTestService();
    const { dossierId } = await seedDossier(t);
    const tooLong = await t.dispatch('evaluation.save', {
      dossierId,
      audience: 'ouders',
      form: { ...emptyForm, prevention: 'x'.repeat(2001) },
    });
    expect(tooLong.ok).toBe(false);
    const extra = await t.dispatch('evaluation.save', {
      dossierId,
      audience: 'ouders',
      form: { ...emptyForm, extra: 1 } as typeof emptyForm,
    });
    expect(extra.ok).toBe(false);
  });
});
