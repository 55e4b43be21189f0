import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/shared/domain';
import { createTestService, seedDossier, type TestService } from '../helpers';

/**
 * Text limits are part of the contract: a logbook line may be long (LIMITS.longText), an action
 * description medium. Regression: `requiredShortText(l).max(n)` silently kept the 200-character
 * short-text limit, so any logbook line over 200 characters was refused.
 */
describe('documented text limits hold exactly', () => {
  let t: TestService;
  let dossierId: string;
  beforeAll(async () => {
    t = await createTestService();
    ({ dossierId } = await seedDossier(t));
  });
  afterAll(() => t?.cleanup());

  it('chronology.add accepts up to LIMITS.longText characters and refuses one more', async () => {
    const ok = await t.dispatch('chronology.add', {
      dossierId,
      occurredAt: null,
      text: 'a'.repeat(LIMITS.longText),
    });
    expect(ok.ok).toBe(true);
    const tooLong = await t.dispatch('chronology.add', {
      dossierId,
      occurredAt: null,
      text: 'a'.repeat(LIMITS.longText + 1),
    });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!tooLong.ok) expect(tooLong.error.message).toMatch(/te lang/);
  });

  it('chronology.correct accepts long corrections', async () => {
    const entry = await t.dispatchOk('chronology.add', {
      dossierId,
      occurredAt: null,
      text: 'Eerste versie',
    });
    const r = await t.dispatch('chronology.correct', {
      dossierId,
      correctsId: entry.id,
      text: 'b'.repeat(5_000),
    });
    expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
  });

  it('action.add accepts a description up to LIMITS.mediumText', async () => {
    const action = {
      stepId: null,
      wie: 'Mentor',
      wat: 'c'.repeat(LIMITS.mediumText),
      wanneer: null,
      waar: '',
      hoe: '',
    };
    expect((await t.dispatch('action.add', { dossierId, action })).ok).toBe(true);
    const r = await t.dispatch('action.add', {
      dossierId,
      action: { ...action, wat: 'c'.repeat(LIMITS.mediumText + 1) },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('improvement.add accepts a point of up to 2,000 characters', async () => {
    const point = { area: 'protocol' as const, text: 'd'.repeat(2_000), owner: '' };
    const ok = await t.dispatch('improvement.add', { dossierId, audience: null, point });
    expect(ok.ok, JSON.stringify(!ok.ok && ok.error)).toBe(true);
    const tooLong = await t.dispatch('improvement.add', {
      dossierId,
      audience: null,
      point: { ...point, text: 'd'.repeat(2_001) },
    });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('aftercare.complete accepts an outcome of up to 2,000 characters', async () => {
    const moment = await t.dispatchOk('aftercare.add', {
      dossierId,
      moment: { personId: null, label: 'Slachtoffer', dueAt: '2026-12-05T09:00:00+01:00', who: 'Mentor' },
    });
    const r = await t.dispatch('aftercare.complete', {
      momentId: moment.id,
      outcome: 'e'.repeat(2_000),
      needs: '',
    });
    expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
  });

  it('required texts stay required after trimming', async () => {
    const r = await t.dispatch('chronology.add', { dossierId, occurredAt: null, text: '   ' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
