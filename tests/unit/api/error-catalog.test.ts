import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/shared/domain';
import i18next from 'i18next';
import { AppError, ERROR_CODES, errorText, joinPhrases, phraseValues } from '../../../src/shared/errors';
import { ERRORS_EN } from '../../../src/shared/i18n/errors.en';
import { ERRORS_NL, type ErrorKey } from '../../../src/shared/i18n/errors.nl';
import { createTestService, type TestService } from '../helpers';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('error catalogs (src/shared/i18n/errors.{nl,en}.ts)', () => {
  it('every error code has a Dutch and an English sentence', () => {
    for (const code of ERROR_CODES) {
      expect(ERRORS_NL[code], code).toMatch(/\S/);
      expect(ERRORS_EN[code], code).toMatch(/\S/);
    }
  });

  it('both languages have exactly the same keys and the same placeholders per key', () => {
    expect(Object.keys(ERRORS_EN).sort()).toEqual(Object.keys(ERRORS_NL).sort());
    for (const key of Object.keys(ERRORS_NL) as ErrorKey[]) {
      expect(placeholders(ERRORS_EN[key]), key).toEqual(placeholders(ERRORS_NL[key]));
      expect(ERRORS_EN[key], key).not.toBe(ERRORS_NL[key]);
    }
  });

  it('an AppError carries code, key and parameters, and its Dutch sentence as message', () => {
    const err = new AppError('NOT_FOUND', { key: 'UNKNOWN_STEP', params: { step: 'x-y' } });
    expect(err.toPayload()).toEqual({
      code: 'NOT_FOUND',
      key: 'UNKNOWN_STEP',
      params: { step: 'x-y' },
      message: 'Onbekende stap in het stappenplan: x-y.',
    });
    expect(errorText('UNKNOWN_STEP', { step: 'x-y' }, ERRORS_EN)).toBe('Unknown step in the protocol: x-y.');
    // The code's own sentence by default; an older call with a literal sentence has no key.
    expect(new AppError('DISK_FULL').toPayload()).toMatchObject({
      key: 'DISK_FULL',
      message: ERRORS_NL.DISK_FULL,
    });
    expect(new AppError('CONFLICT', 'Eigen zin.').toPayload()).toEqual({
      code: 'CONFLICT',
      message: 'Eigen zin.',
    });
  });
});

describe('listed parameters: phrases, said in the reader\'s language', () => {
  // What is still open, as the core passes it: catalog keys with counts, no Dutch text.
  const params = {
    number: '2026-003',
    until: '2031-08-01',
    open: [{ key: 'DESTROY_OPEN_TAKEDOWNS', params: { n: 2 } }, { key: 'DESTROY_OPEN_POLICE' }, { key: 'DESTROY_OPEN_AFTERCARE_ONE' }],
  } as const;

  it('the core keeps the Dutch sentence as message; the payload carries the phrases, not their text', () => {
    const err = new AppError('FORBIDDEN', { key: 'DESTROY_OPEN_WORK', params });
    expect(err.message).toBe(
      'Dossier 2026-003 kan niet vóór het einde van de bewaartermijn (2031-08-01) worden vernietigd: 2 verwijderverzoeken lopen nog; het contact met de politie is nog niet afgerond; 1 nazorgmoment staat nog open. Rond dat eerst af.',
    );
    // Over IPC as JSON, unchanged.
    expect(JSON.parse(JSON.stringify(err.toPayload())).params).toEqual(params);
  });

  it('English says every phrase in English, in the core and the way the renderer does (i18next, errors namespace)', async () => {
    const english =
      'Case file 2026-003 cannot be destroyed before the end of the retention period (2031-08-01): 2 takedown requests are still in progress; the contact with the police is not finished yet; 1 aftercare moment is still open. Finish that first.';
    expect(errorText('DESTROY_OPEN_WORK', params, ERRORS_EN)).toBe(english);
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { errors: ERRORS_EN } }, interpolation: { escapeValue: false } });
    const say = (key: string, values: Record<string, string | number>) => i18n.t(`errors:${key}`, values);
    expect(i18n.t('errors:DESTROY_OPEN_WORK', phraseValues(params, say))).toBe(english);
  });

  it('a phrase may hold a list itself (a held-back row and why); whole sentences follow each other, other items take "; "', () => {
    const why = { key: 'MAIL_MERGE_HELD_CHILD', params: { child: 'Zeynep Yilmaz', role: [{ key: 'INVOLVED_SLACHTOFFER' }], person: 'Zeynep Yılmaz' } } as const;
    const rows = [{ key: 'MAIL_MERGE_HELD_ROW', params: { line: 3, why: [why] } }] as const;
    expect(errorText('MAIL_MERGE_HELD_BACK', { rows }, ERRORS_EN)).toContain(
      'line 3 (Zeynep Yilmaz is the victim in this case file (Zeynep Yılmaz).)',
    );
    expect(joinPhrases(['Een zin.', 'Nog een zin?', 'een deel', 'nog een deel'])).toBe('Een zin. Nog een zin? een deel; nog een deel');
  });
});

describe('errors over the dispatcher', () => {
  let t: TestService;
  beforeEach(async () => {
    t = await createTestService();
  });
  afterEach(() => t.cleanup());

  it('a validation error keeps which field was wrong and its limit', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', {
      title: 'x',
      discoveredAt: '2026-11-28T08:00:00Z',
      howDiscovered: '',
      materialKind: 'foto',
      victimName: '',
      victimClass: '',
      lead: 'A',
      otherSchoolInvolved: false,
    });
    const r = await t.dispatch('chronology.add', {
      dossierId,
      occurredAt: null,
      text: 'a'.repeat(LIMITS.longText + 1),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({
      code: 'VALIDATION',
      field: 'text',
      params: { maximum: LIMITS.longText },
    });
    expect(r.error.message).toMatch(/te lang/);

    const unknown = await t.svc.dispatch('step.update', {
      dossierId,
      stepId: 'check-protocol',
      patch: { evil: 1 },
    });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(unknown.error).toMatchObject({
        code: 'VALIDATION',
        key: 'VALIDATION_UNKNOWN_FIELDS_AT',
        field: 'patch',
      });
      expect(unknown.error.message).toBe('De invoer bevat onbekende velden (veld: patch).');
    }
  });

  it('a missing dossier is NOT_FOUND with its own sentence in both languages', async () => {
    const r = await t.dispatch('dossier.get', { dossierId: '00000000-0000-4000-8000-000000000000' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'DOSSIER_NOT_FOUND' } });
    if (!r.ok) expect(r.error.message).toBe(ERRORS_NL.DOSSIER_NOT_FOUND);
  });

  it('storage failures have one sentence each: the disk-full text of the dispatcher is the vault one', async () => {
    const { toErrorPayload } = await import('../../../src/core/api/dispatcher');
    const { toVaultAppError } = await import('../../../src/core/vault');
    const enospc = Object.assign(new Error('x'), { code: 'ENOSPC' });
    expect(toErrorPayload(enospc).message).toBe(toVaultAppError(enospc).message);
    expect(toErrorPayload(Object.assign(new Error('x'), { code: 'SQLITE_FULL' }))).toMatchObject({
      code: 'DISK_FULL',
      key: 'DISK_FULL',
    });
  });
});
