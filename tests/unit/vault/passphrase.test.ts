import { describe, expect, it } from 'vitest';
import {
  checkPassphraseStrength,
  normalizeRecoveryKey,
  toVaultAppError,
  DEFAULT_KDF,
  measureKdf,
} from '../../../src/core/vault';
import { TINY_KDF } from './helpers';

describe('checkPassphraseStrength', () => {
  it.each([
    ['kort', /te kort/],
    ['aaaaaaaaaaaaaaaa', /hetzelfde teken/],
    ['123456789012345', /cijfers/],
    ['abcdefghijklmnop', /reeks/],
    ['qwertyuiopasdf', /reeks|veelgebruikt/],
    ['wachtwoord2024!', /veelgebruikt/],
    ['Vangnet12345678', /veelgebruikt/],
    ['WelkomWelkom123', /veelgebruikt/],
    ['school-school-2026', /veelgebruikt/],
    ['abcabcabcabcabc', /reeks of herhaling/],
  ])('rejects %s', (p, why) => {
    const r = checkPassphraseStrength(p);
    expect(r.ok).toBe(false);
    expect(r.score).toBeLessThan(2);
    expect(r.message).toMatch(why);
    expect(r.message).toMatch(/gestolen/); // explains why it matters
    expect(r.hints.length).toBeGreaterThan(0);
  });

  it.each(['paarse fietsbel onder de regenboog', 'Kr@nt-Tafel-92-wolk', 'mijn kat eet graag spruitjes'])(
    'accepts %s',
    (p) => {
      const r = checkPassphraseStrength(p);
      expect(r.ok).toBe(true);
      expect(r.score).toBeGreaterThanOrEqual(2);
    },
  );

  it('gives long multi-word phrases the top score', () => {
    expect(checkPassphraseStrength('paarse fietsbel onder de regenboog').score).toBe(4);
  });
});

describe('recovery key normalisation', () => {
  it('accepts case, spaces, dashes and O/0, I/L/1 confusion', () => {
    expect(normalizeRecoveryKey('abcd efgh jkmn pqrs tvwx yz01 2345 6789')).toBe(
      'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789',
    );
    expect(normalizeRecoveryKey('ABCD-EFGH-JKMN-PQRS-TVWX-YZOI-2345-6789')).toBe(
      'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789',
    );
    expect(normalizeRecoveryKey('ABCD-EFGH-JKMN-PQRS-TVWX-YZOL-2345-6789')).toBe(
      'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789',
    );
    expect(normalizeRecoveryKey('ABCD-EFGH')).toBeNull();
    expect(normalizeRecoveryKey('UUUU-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789')).toBeNull();
  });
});

describe('error translation', () => {
  it('maps disk errors to DISK_FULL / READ_ONLY with Dutch text', () => {
    const err = (code: string) => Object.assign(new Error('x'), { code });
    expect(toVaultAppError(err('ENOSPC')).code).toBe('DISK_FULL');
    expect(toVaultAppError(err('SQLITE_FULL')).code).toBe('DISK_FULL');
    for (const c of ['EACCES', 'EROFS', 'EPERM', 'SQLITE_READONLY'])
      expect(toVaultAppError(err(c)).code).toBe('READ_ONLY');
    expect(toVaultAppError(err('ENOSPC')).message).toMatch(/schijf is vol/);
    expect(toVaultAppError(new Error('boom')).code).toBe('INTERNAL');
  });
});

describe('KDF', () => {
  it('has sane defaults and a measuring helper', async () => {
    expect(DEFAULT_KDF.memoryCost).toBeGreaterThanOrEqual(65536);
    expect(DEFAULT_KDF.timeCost).toBeGreaterThanOrEqual(2);
    const ms = await measureKdf(TINY_KDF);
    expect(ms).toBeGreaterThan(0);
  });
});
