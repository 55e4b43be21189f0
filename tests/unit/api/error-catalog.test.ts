import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/shared/domain';
import { AppError, ERROR_CODES, errorText } from '../../../src/shared/errors';
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
