import crypto from 'node:crypto';
import fs from 'node:fs';
import { deriveKey, validKdf, type KdfParams } from './kdf';
import { vaultError } from './errors';
import { writeFileAtomic } from './fsutil';

export const KEY_FILE_FORMAT = 'vangnet-keys';
export const KEY_FILE_VERSION = 1;

export interface WrappedSlot {
  iv: string;
  tag: string;
  wrapped: string;
}
export interface RecoverySlot extends WrappedSlot {
  salt: string;
  kdf: KdfParams & { algorithm: 'argon2id' };
}
export interface KeyFile {
  format: typeof KEY_FILE_FORMAT;
  version: number;
  kdf: KdfParams & { algorithm: 'argon2id'; salt: string };
  slots: { passphrase: WrappedSlot; recovery: RecoverySlot };
}

export type SlotName = 'passphrase' | 'recovery';

/** Binds each wrapped key to its slot and file version, so slots cannot be swapped. */
const aad = (slot: SlotName) => Buffer.from(`${KEY_FILE_FORMAT}/${KEY_FILE_VERSION}/${slot}`);

function wrap(dbKey: Buffer, kek: Buffer, slot: SlotName): WrappedSlot {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', kek, iv);
  c.setAAD(aad(slot));
  const wrapped = Buffer.concat([c.update(dbKey), c.final()]);
  return {
    iv: iv.toString('base64'),
    tag: c.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  };
}

/** AES-GCM unwrap; null when the tag does not verify (wrong secret or tampered slot). */
function unwrap(slotData: WrappedSlot, kek: Buffer, slot: SlotName): Buffer | null {
  try {
    const d = crypto.createDecipheriv('aes-256-gcm', kek, Buffer.from(slotData.iv, 'base64'));
    d.setAAD(aad(slot));
    d.setAuthTag(Buffer.from(slotData.tag, 'base64'));
    const key = Buffer.concat([d.update(Buffer.from(slotData.wrapped, 'base64')), d.final()]);
    return key.length === 32 ? key : null;
  } catch {
    return null;
  }
}

export async function wrapPassphraseSlot(
  dbKey: Buffer,
  passphrase: string,
  kdf: KdfParams,
): Promise<{ kdf: KeyFile['kdf']; slot: WrappedSlot }> {
  const salt = crypto.randomBytes(16);
  const kek = await deriveKey(passphrase, salt, kdf);
  try {
    return {
      kdf: { algorithm: 'argon2id', ...pickKdf(kdf), salt: salt.toString('base64') },
      slot: wrap(dbKey, kek, 'passphrase'),
    };
  } finally {
    kek.fill(0);
  }
}

export async function wrapRecoverySlot(
  dbKey: Buffer,
  recoveryKey: string,
  kdf: KdfParams,
): Promise<RecoverySlot> {
  const salt = crypto.randomBytes(16);
  const kek = await deriveKey(recoveryKey, salt, kdf);
  try {
    return {
      ...wrap(dbKey, kek, 'recovery'),
      salt: salt.toString('base64'),
      kdf: { algorithm: 'argon2id', ...pickKdf(kdf) },
    };
  } finally {
    kek.fill(0);
  }
}

export async function unwrapWithPassphrase(kf: KeyFile, passphrase: string): Promise<Buffer | null> {
  const kek = await deriveKey(passphrase, Buffer.from(kf.kdf.salt, 'base64'), kf.kdf);
  try {
    return unwrap(kf.slots.passphrase, kek, 'passphrase');
  } finally {
    kek.fill(0);
  }
}

/** `recoveryKey` must already be normalised (normalizeRecoveryKey). */
export async function unwrapWithRecoveryKey(kf: KeyFile, recoveryKey: string): Promise<Buffer | null> {
  const r = kf.slots.recovery;
  const kek = await deriveKey(recoveryKey, Buffer.from(r.salt, 'base64'), r.kdf);
  try {
    return unwrap(r, kek, 'recovery');
  } finally {
    kek.fill(0);
  }
}

function pickKdf(k: KdfParams): KdfParams {
  return { memoryCost: k.memoryCost, timeCost: k.timeCost, parallelism: k.parallelism };
}

const isB64 = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(v);
const validSlot = (s: unknown): s is WrappedSlot =>
  !!s &&
  typeof s === 'object' &&
  isB64((s as WrappedSlot).iv) &&
  isB64((s as WrappedSlot).tag) &&
  isB64((s as WrappedSlot).wrapped);

/**
 * Validates parsed JSON as a key file. Throws NOT_A_VAULT for anything that is not ours,
 * VAULT_TOO_NEW for a key file from a newer Vangnet. `notOurs` lets the backup reader
 * report BACKUP_INVALID instead.
 */
export function parseKeyFile(text: string, notOurs: () => Error = () => vaultError('NOT_A_VAULT')): KeyFile {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    throw notOurs();
  }
  if (!o || typeof o !== 'object') throw notOurs();
  const kf = o as Partial<KeyFile>;
  if (kf.format !== KEY_FILE_FORMAT) throw notOurs();
  if (typeof kf.version !== 'number' || !Number.isInteger(kf.version) || kf.version < 1) throw notOurs();
  if (kf.version > KEY_FILE_VERSION) throw vaultError('VAULT_TOO_NEW');
  const kdf = kf.kdf;
  if (!kdf || kdf.algorithm !== 'argon2id' || !validKdf(kdf) || !isB64(kdf.salt)) throw notOurs();
  const slots = kf.slots;
  if (!slots || !validSlot(slots.passphrase) || !validSlot(slots.recovery)) throw notOurs();
  const r = slots.recovery;
  if (!isB64(r.salt) || !r.kdf || r.kdf.algorithm !== 'argon2id' || !validKdf(r.kdf)) throw notOurs();
  return kf as KeyFile;
}

export function readKeyFile(file: string): KeyFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw vaultError('NOT_A_VAULT');
    throw e;
  }
  return parseKeyFile(text);
}

export function serializeKeyFile(kf: KeyFile): string {
  return `${JSON.stringify(kf, null, 2)}\n`;
}

export function writeKeyFile(file: string, kf: KeyFile): void {
  writeFileAtomic(file, serializeKeyFile(kf));
}
