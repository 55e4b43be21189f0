import { describe, expect, it } from 'vitest';
import { KDF_LIMITS, raiseKdf, validKdf } from '../../../src/core/vault/kdf';
import { parseKeyFile } from '../../../src/core/vault/keyfile';

describe('Argon2id parameters from a key file or backup', () => {
  it('are capped: a tampered file cannot make unlock allocate 4 GiB or run 64 passes', () => {
    expect(validKdf({ memoryCost: 131072, timeCost: 3, parallelism: 1 })).toBe(true);
    expect(validKdf({ ...KDF_LIMITS })).toBe(true);
    expect(validKdf({ memoryCost: 4 * 1024 * 1024, timeCost: 3, parallelism: 1 })).toBe(false);
    expect(validKdf({ memoryCost: 131072, timeCost: 64, parallelism: 1 })).toBe(false);
    expect(validKdf({ memoryCost: 131072, timeCost: 3, parallelism: 16 })).toBe(false);
    const file = {
      format: 'vangnet-keys',
      version: 1,
      kdf: { algorithm: 'argon2id', memoryCost: 4 * 1024 * 1024, timeCost: 3, parallelism: 1, salt: 'AAAA' },
      slots: {
        passphrase: { iv: 'AAAA', tag: 'AAAA', wrapped: 'AAAA' },
        recovery: { iv: 'AAAA', tag: 'AAAA', wrapped: 'AAAA', salt: 'AAAA', kdf: { algorithm: 'argon2id', memoryCost: 1024, timeCost: 1, parallelism: 1 } },
      },
    };
    expect(() => parseKeyFile(JSON.stringify(file))).toThrow();
  });

  it('are raised to the default on re-wrap, never lowered, never past the caps', () => {
    expect(raiseKdf({ memoryCost: 1024, timeCost: 1, parallelism: 1 }, { memoryCost: 131072, timeCost: 3, parallelism: 1 })).toEqual({
      memoryCost: 131072,
      timeCost: 3,
      parallelism: 1,
    });
    expect(raiseKdf({ memoryCost: 262144, timeCost: 4, parallelism: 2 }, { memoryCost: 131072, timeCost: 3, parallelism: 1 })).toEqual({
      memoryCost: 262144,
      timeCost: 4,
      parallelism: 2,
    });
    expect(raiseKdf({ memoryCost: 8, timeCost: 1, parallelism: 1 }, { memoryCost: 9e9, timeCost: 99, parallelism: 99 })).toEqual(KDF_LIMITS);
  });
});
