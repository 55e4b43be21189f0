import { createHash, randomInt } from 'node:crypto';
import { Decrypter, Encrypter } from 'age-encryption';
import { AppError } from '../../shared/errors';
import { PACKAGE_FORMAT, PACKAGE_VERSION, PackageDocumentSchema, type PackageDocument } from './document';
import { signBytes, verifyBytes } from './identity';
import type { IdentityKeys } from '../vault';

/**
 * A package on disk is one age file (age-encryption.org/v1). Its plaintext, which exists only in
 * memory, is a small JSON envelope: the signer's public key, the document as a string and an
 * Ed25519 signature over it. Signing inside the encryption hides who sent it from anyone who
 * finds the file; binding the recipients into the signed document stops a recipient from
 * passing it on as if it had been sent to someone else.
 */
const ENVELOPE = 'vangnet-pakket';
const SIGN_CONTEXT = 'vangnet-pakket-v1\n';
const AGE_MAGIC = 'age-encryption.org/v1\n';
/** scrypt work factor for one-time passphrases: the passphrase itself carries ~100 bits. */
const SCRYPT_LOG_N = 15;
/** Packages larger than this are refused before decrypting (a dossier is a few MB at most). */
export const MAX_PACKAGE_BYTES = 64 * 1024 * 1024;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** 20 characters from an unambiguous alphabet (no 0/o, 1/l/i), in groups of four: ~100 bits. */
export function newOneTimePassphrase(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 4, 8, 12, 16].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

export async function sealPackage(
  me: IdentityKeys,
  doc: PackageDocument,
  to: { recipients: string[] } | { passphrase: string },
): Promise<Uint8Array> {
  const body = JSON.stringify(doc);
  const signature = signBytes(me, Buffer.from(SIGN_CONTEXT + body, 'utf8'));
  const envelope = JSON.stringify({
    format: ENVELOPE,
    v: PACKAGE_VERSION,
    signer: me.signPublic,
    body,
    signature,
  });
  const e = new Encrypter();
  if ('passphrase' in to) {
    e.setScryptWorkFactor(SCRYPT_LOG_N);
    e.setPassphrase(to.passphrase);
  } else {
    for (const r of to.recipients) e.addRecipient(r);
  }
  return e.encrypt(envelope);
}

function headerOf(bytes: Uint8Array): string {
  return Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4096))).toString('latin1');
}

/** True when the package is sealed with a passphrase (age scrypt stanza) instead of to keys. */
export function needsPassphrase(bytes: Uint8Array): boolean {
  return /\n-> scrypt /.test(headerOf(bytes));
}

export interface OpenedPackage {
  doc: PackageDocument;
  signer: string;
}

const notAPackage = () => new AppError('IMPORT_ERROR', { key: 'NOT_A_PACKAGE' });

/**
 * Decrypts and checks a package in memory: the age layer (damage, wrong recipient, wrong
 * passphrase), then the signature, then the version, then the document. Every refusal is a
 * Dutch sentence that says what to do.
 */
export async function openPackage(
  bytes: Uint8Array,
  key: { identity: string } | { passphrase: string },
): Promise<OpenedPackage> {
  if (bytes.length > MAX_PACKAGE_BYTES) {
    throw new AppError('IMPORT_ERROR', { key: 'PACKAGE_TOO_BIG' });
  }
  if (!headerOf(bytes).startsWith(AGE_MAGIC)) throw notAPackage();
  const d = new Decrypter();
  if ('passphrase' in key) d.addPassphrase(key.passphrase);
  else d.addIdentity(key.identity);
  let plain: string;
  try {
    plain = await d.decrypt(bytes, 'text');
  } catch (err) {
    const msg = (err as Error)?.message ?? '';
    if ('passphrase' in key && /no identity matched/.test(msg)) {
      throw new AppError('IMPORT_ERROR', { key: 'PACKAGE_WRONG_PASSPHRASE', field: 'passphrase' });
    }
    if (/no identity matched/.test(msg)) {
      throw new AppError('IMPORT_ERROR', { key: 'PACKAGE_NOT_FOR_YOU' });
    }
    throw new AppError('IMPORT_ERROR', { key: 'PACKAGE_DAMAGED' });
  }
  let envelope: { format?: unknown; v?: unknown; signer?: unknown; body?: unknown; signature?: unknown };
  try {
    envelope = JSON.parse(plain) as typeof envelope;
  } catch {
    throw notAPackage();
  }
  if (
    envelope.format !== ENVELOPE ||
    typeof envelope.body !== 'string' ||
    typeof envelope.signer !== 'string' ||
    typeof envelope.signature !== 'string'
  ) {
    throw notAPackage();
  }
  if (!verifyBytes(envelope.signer, Buffer.from(SIGN_CONTEXT + envelope.body, 'utf8'), envelope.signature)) {
    throw new AppError('IMPORT_ERROR', { key: 'PACKAGE_BAD_SIGNATURE' });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(envelope.body);
  } catch {
    throw notAPackage();
  }
  const v = (raw as { v?: unknown } | null)?.v;
  if (
    (typeof envelope.v === 'number' && envelope.v > PACKAGE_VERSION) ||
    (typeof v === 'number' && v > PACKAGE_VERSION)
  ) {
    throw new AppError('IMPORT_ERROR', { key: 'PACKAGE_TOO_NEW' });
  }
  const parsed = PackageDocumentSchema.safeParse(raw);
  if (!parsed.success || parsed.data.format !== PACKAGE_FORMAT) {
    throw new AppError('IMPORT_ERROR', { key: 'PACKAGE_CONTENT_INVALID' });
  }
  if (parsed.data.sender.signPublic !== envelope.signer) {
    throw new AppError('IMPORT_ERROR', { key: 'PACKAGE_SENDER_MISMATCH' });
  }
  return { doc: parsed.data, signer: envelope.signer };
}
