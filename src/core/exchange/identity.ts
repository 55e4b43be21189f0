import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { CARD_VALIDITY_YEARS, CardSchema, type Card } from '../../shared/domain/exchange';
import { AppError } from '../../shared/errors';
import type { IdentityKeys } from '../vault';

/** The prefix of a card's text form; also what a card file contains (one line). */
export const CARD_PREFIX = 'VANGNET-KAART:';
export const CARD_EXTENSION = 'vangnetkaart';

export interface OwnIdentity extends IdentityKeys {
  createdAt: string;
  /** Last valid day of this vault's card. */
  validUntil: string;
}

export function loadIdentity(db: Database.Database): OwnIdentity {
  const row = db
    .prepare(
      'SELECT age_identity, age_recipient, sign_secret, sign_public, created_at, valid_until FROM exchange_identity WHERE id = 1',
    )
    .get() as
    | {
        age_identity: string;
        age_recipient: string;
        sign_secret: string;
        sign_public: string;
        created_at: string;
        valid_until: string | null;
      }
    | undefined;
  if (!row) throw new AppError('INTERNAL', { key: 'NO_IDENTITY' });
  return {
    ageIdentity: row.age_identity,
    ageRecipient: row.age_recipient,
    signSecret: row.sign_secret,
    signPublic: row.sign_public,
    createdAt: row.created_at,
    validUntil: row.valid_until ?? validityFrom(row.created_at),
  };
}

/** The last valid day of a card made or renewed at `fromIso`. */
export function validityFrom(fromIso: string): string {
  const d = new Date(fromIso);
  d.setUTCFullYear(d.getUTCFullYear() + CARD_VALIDITY_YEARS);
  return d.toISOString().slice(0, 10);
}

export function renewIdentity(db: Database.Database, validUntil: string): void {
  db.prepare('UPDATE exchange_identity SET valid_until = ? WHERE id = 1').run(validUntil);
}

/**
 * Six groups of five digits over both public keys (SHA-256), like Signal's safety numbers:
 * easy to read aloud over the phone, and a match proves both keys are the ones on the card.
 */
export function fingerprint(ageRecipient: string, signPublic: string): string {
  const digest = createHash('sha256').update(`vangnet-kaart-v1\n${ageRecipient}\n${signPublic}`).digest();
  const groups: string[] = [];
  for (let i = 0; i < 6; i++) groups.push(String(digest.readUInt32BE(i * 4) % 100_000).padStart(5, '0'));
  return groups.join(' ');
}

export function cardText(card: Card): string {
  return CARD_PREFIX + Buffer.from(JSON.stringify(card), 'utf8').toString('base64url');
}

/** Parses a pasted card or the content of a card file; a clear Dutch message when it is not one. */
export function parseCard(input: string): Card {
  const text = input.replace(/\s+/g, '');
  if (!text.startsWith(CARD_PREFIX)) {
    throw new AppError('VALIDATION', { key: 'NOT_A_CARD', params: { prefix: CARD_PREFIX }, field: 'text' });
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text.slice(CARD_PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw new AppError('VALIDATION', { key: 'CARD_DAMAGED', field: 'text' });
  }
  const parsed = CardSchema.safeParse(json);
  if (!parsed.success) {
    const msg = parsed.error.issues[0]?.message;
    // The card schema's own Dutch sentence where it has one (shown as is), else the catalog's.
    throw new AppError(
      'VALIDATION',
      msg && !/^(Invalid|Expected)/.test(msg) ? { text: msg, field: 'text' } : { key: 'CARD_INVALID', field: 'text' },
    );
  }
  return parsed.data;
}

function signKey(id: IdentityKeys) {
  return createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', d: id.signSecret, x: id.signPublic },
    format: 'jwk',
  });
}

export function signBytes(id: IdentityKeys, data: Uint8Array): string {
  return sign(null, data, signKey(id)).toString('base64url');
}

export function verifyBytes(signPublic: string, data: Uint8Array, signature: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: signPublic }, format: 'jwk' });
    return verify(null, data, key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
