import crypto from 'node:crypto';
import { hashRaw } from '@node-rs/argon2';

export interface KdfParams {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/**
 * Default Argon2id cost. Measured on the dev box (AMD EPYC, 2 cores, Node 20):
 *   64 MiB/t=3/p=1 ≈ 95 ms, 128 MiB/t=3/p=1 ≈ 200 ms warm (≈ 570 ms first call),
 *   256 MiB/t=3/p=1 ≈ 450–1100 ms.
 * A typical school laptop (Celeron/i3, slower memory) is 2–4x slower per core, so
 * 128 MiB/t=3 lands at roughly 0.5–1 s there: acceptable at unlock, expensive for a thief
 * guessing passphrases. p=1 because many school laptops have 2 weak cores and Electron
 * needs one for the UI. Re-measure with `npm run bench` (measureKdf).
 */
export const DEFAULT_KDF: Readonly<KdfParams> = Object.freeze({
  memoryCost: 131072,
  timeCost: 3,
  parallelism: 1,
});

/** argon2id in @node-rs/argon2 (a const enum there, which isolatedModules cannot import). */
const ARGON2ID = 2;

export function validKdf(k: unknown): k is KdfParams {
  if (!k || typeof k !== 'object') return false;
  const o = k as Record<string, unknown>;
  const int = (v: unknown, min: number, max: number) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  // Upper bounds stop a tampered key file or backup from making unlock hang or exhaust memory
  // on a school laptop: 1 GiB, 16 passes and 8 lanes are far above what Vangnet ever writes
  // (8x the default memory) and still finish there.
  return (
    int(o.memoryCost, 8, KDF_LIMITS.memoryCost) &&
    int(o.timeCost, 1, KDF_LIMITS.timeCost) &&
    int(o.parallelism, 1, KDF_LIMITS.parallelism)
  );
}

export const KDF_LIMITS: Readonly<KdfParams> = Object.freeze({
  memoryCost: 1024 * 1024,
  timeCost: 16,
  parallelism: 8,
});

/**
 * The cost for a slot being re-wrapped: each parameter raised to at least `target` (the
 * current default), never lowered, so old key files catch up when the passphrase changes.
 */
export function raiseKdf(current: KdfParams, target: KdfParams): KdfParams {
  return {
    memoryCost: Math.min(KDF_LIMITS.memoryCost, Math.max(current.memoryCost, target.memoryCost)),
    timeCost: Math.min(KDF_LIMITS.timeCost, Math.max(current.timeCost, target.timeCost)),
    parallelism: Math.min(KDF_LIMITS.parallelism, Math.max(current.parallelism, target.parallelism)),
  };
}

export async function deriveKey(secret: string, salt: Buffer, kdf: KdfParams): Promise<Buffer> {
  return hashRaw(secret.normalize('NFC'), {
    memoryCost: kdf.memoryCost,
    timeCost: kdf.timeCost,
    parallelism: kdf.parallelism,
    outputLen: 32,
    salt,
    algorithm: ARGON2ID as never,
  });
}

/** Milliseconds one derivation takes with these params (for the benchmark / tuning). */
export async function measureKdf(kdf: KdfParams = DEFAULT_KDF): Promise<number> {
  const start = performance.now();
  const k = await deriveKey('benchmark-passphrase', crypto.randomBytes(16), kdf);
  k.fill(0);
  return performance.now() - start;
}
