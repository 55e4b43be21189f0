import crypto from 'node:crypto';

/** Crockford base32: no I, L, O, U, so it survives being read aloud or written down. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 8;
const GROUP_LEN = 4;
/** 8 groups of 4 chars x 5 bits = 160 bits of randomness. */
const RECOVERY_BYTES = 20;

export function generateRecoveryKey(): string {
  const bytes = crypto.randomBytes(RECOVERY_BYTES);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  bytes.fill(0);
  return formatRecoveryKey(out);
}

function formatRecoveryKey(compact: string): string {
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i++) groups.push(compact.slice(i * GROUP_LEN, (i + 1) * GROUP_LEN));
  return groups.join('-');
}

/**
 * Canonical form of what the user typed: case-insensitive, spaces and dashes ignored,
 * O→0 and I/L→1 (Crockford's confusables). Returns null if it cannot be a recovery key.
 */
export function normalizeRecoveryKey(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-_.–—]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== GROUPS * GROUP_LEN) return null;
  for (const ch of compact) if (!ALPHABET.includes(ch)) return null;
  return formatRecoveryKey(compact);
}
