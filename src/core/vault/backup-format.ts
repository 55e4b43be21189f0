import crypto from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { parseKeyFile, type KeyFile } from './keyfile';
import { vaultError } from './errors';

/**
 * Backup file layout (one file, everything but the header encrypted):
 *   "VANGNET-BACKUP\n"
 *   <sha256 hex of everything after this line>"\n"   — any flipped or missing byte is caught
 *   <header JSON>"\n"                                  — key file (wrapped keys only) + sealed manifest
 *   <encrypted database bytes>                         — the SQLCipher file as on disk
 * The manifest (table counts, vault id, schema version) is sealed with the database key,
 * so the readable header shows nothing about the dossiers.
 */
export const BACKUP_MAGIC = Buffer.from('VANGNET-BACKUP\n', 'utf8');
export const BACKUP_FORMAT = 'vangnet-backup';
/** 2: manifest sealed with an HKDF sub-key and carrying the creation time. 1 is still read. */
export const BACKUP_VERSION = 2;
export const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface Sealed {
  iv: string;
  tag: string;
  data: string;
}
export interface BackupManifest {
  vaultId: string;
  userVersion: number;
  counts: Record<string, number>;
  /** SHA-256 (hex) of the encrypted database bytes; absent in backups made before it was added. */
  dbSha256?: string;
  /** Sealed copy of the header's createdAt (version 2); must match it. */
  createdAt?: string;
}
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  dbLength: number;
  keys: KeyFile;
  manifest: Sealed;
}

const manifestAad = (version: number) => Buffer.from(`vangnet-backup/${version}/manifest`);

/**
 * The manifest key. Version 1 used the database key itself, so one key served two ciphers
 * (SQLCipher and AES-GCM); from version 2 the manifest has its own key, derived with HKDF.
 */
export function manifestKey(dbKey: Buffer, version: number): Buffer {
  if (version < 2) return Buffer.from(dbKey);
  return Buffer.from(crypto.hkdfSync('sha256', dbKey, Buffer.alloc(0), 'vangnet/backup-manifest/v2', 32));
}

export function sealManifest(dbKey: Buffer, m: BackupManifest, version = BACKUP_VERSION): Sealed {
  const iv = crypto.randomBytes(12);
  const key = manifestKey(dbKey, version);
  try {
    const c = crypto.createCipheriv('aes-256-gcm', key, iv);
    c.setAAD(manifestAad(version));
    const data = Buffer.concat([c.update(JSON.stringify(m), 'utf8'), c.final()]);
    return { iv: iv.toString('base64'), tag: c.getAuthTag().toString('base64'), data: data.toString('base64') };
  } finally {
    key.fill(0);
  }
}

/**
 * Opens the manifest of a backup with header `header`. Null when the key is wrong, anything
 * was changed, or (version 2) the readable creation time differs from the sealed one.
 */
export function openManifest(dbKey: Buffer, header: Pick<BackupHeader, 'manifest' | 'version' | 'createdAt'>): BackupManifest | null {
  const s = header.manifest;
  const key = manifestKey(dbKey, header.version);
  try {
    const d = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(s.iv, 'base64'));
    d.setAAD(manifestAad(header.version));
    d.setAuthTag(Buffer.from(s.tag, 'base64'));
    const text = Buffer.concat([d.update(Buffer.from(s.data, 'base64')), d.final()]).toString('utf8');
    const m = JSON.parse(text) as BackupManifest;
    if (
      typeof m.vaultId !== 'string' ||
      typeof m.userVersion !== 'number' ||
      !m.counts ||
      typeof m.counts !== 'object'
    )
      return null;
    if (header.version >= 2 && m.createdAt !== header.createdAt) return null;
    return m;
  } catch {
    return null;
  } finally {
    key.fill(0);
  }
}

export function encodeBackup(header: BackupHeader, dbBytes: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), dbBytes]);
  const sum = crypto.createHash('sha256').update(body).digest('hex');
  return Buffer.concat([BACKUP_MAGIC, Buffer.from(`${sum}\n`, 'latin1'), body]);
}

const invalid = () => vaultError('BACKUP_INVALID');

/** Reads and fully validates the container (not the keys). Throws BACKUP_INVALID on any damage. */
export function decodeBackup(
  file: string,
  pageSize: number,
): { header: BackupHeader; dbBytes: Buffer; size: number } {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') throw vaultError('BACKUP_INVALID', 'BACKUP_NOT_FOUND');
    throw e;
  }
  if (buf.length < BACKUP_MAGIC.length + 65 || !buf.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC))
    throw invalid();
  const sumStart = BACKUP_MAGIC.length;
  const sum = buf.subarray(sumStart, sumStart + 64).toString('latin1');
  if (!/^[0-9a-f]{64}$/.test(sum) || buf[sumStart + 64] !== 0x0a) throw invalid();
  const body = buf.subarray(sumStart + 65);
  const actual = crypto.createHash('sha256').update(body).digest();
  if (!crypto.timingSafeEqual(actual, Buffer.from(sum, 'hex'))) throw invalid();
  const nl = body.indexOf(0x0a);
  if (nl < 0) throw invalid();
  let header: BackupHeader;
  try {
    header = JSON.parse(body.subarray(0, nl).toString('utf8')) as BackupHeader;
  } catch {
    throw invalid();
  }
  if (!header || header.format !== BACKUP_FORMAT || !Number.isInteger(header.version)) throw invalid();
  if (header.version > BACKUP_VERSION) throw vaultError('VAULT_TOO_NEW', 'VAULT_TOO_NEW_BACKUP');
  try {
    header.keys = parseKeyFile(JSON.stringify(header.keys), invalid);
  } catch (e) {
    if (e instanceof AppError && e.code === 'VAULT_TOO_NEW')
      throw vaultError('VAULT_TOO_NEW', 'VAULT_TOO_NEW_BACKUP');
    throw e;
  }
  const m = header.manifest;
  if (!m || typeof m.iv !== 'string' || typeof m.tag !== 'string' || typeof m.data !== 'string')
    throw invalid();
  if (typeof header.createdAt !== 'string') throw invalid();
  const dbBytes = body.subarray(nl + 1);
  if (dbBytes.length !== header.dbLength || dbBytes.length < pageSize || dbBytes.length % pageSize !== 0)
    throw invalid();
  // Defence in depth: never accept (or later write into a vault) an unencrypted database.
  if (dbBytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) throw invalid();
  return { header, dbBytes, size: buf.length };
}
