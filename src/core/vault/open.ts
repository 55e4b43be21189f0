import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError, type ErrorCode } from '../../shared/errors';
import { registerSqlFunctions } from './sql-functions';
import { SQLITE_MAGIC } from './backup-format';
import { diskErrorCode, sqliteCode, toAppError, vaultError } from './errors';
import { fsyncDir, readHead, rmQuiet, statOrNull, writeFileAtomic } from './fsutil';
import { readKeyFile, type KeyFile } from './keyfile';
import { VaultLock } from './lock';
import { checkPassphraseStrength } from './passphrase';

/**
 * Opening a vault's files: the pre-checks that give the most useful message, the database
 * with its cipher and pragmas, and the small helpers the vault, key slots and restore share.
 */

export const DB_FILE = 'vangnet.db';
export const KEY_FILE = 'vangnet.keys.json';
/** SQLCipher 4 page size (legacy=4). Used to spot truncated files before decrypting anything. */
export const PAGE_SIZE = 4096;

/** The intent record of a restore in progress (see restore.ts and finishInterruptedRestore). */
export const RESTORE_INTENT_FILE = 'vangnet.restore-intent.json';
/** Prefix of the folders that keep a replaced vault (still encrypted) after a restore. */
export const KEPT_PREFIX = '.kept-';
/** In a kept folder: when and why it was kept. */
export const KEEP_META_FILE = 'kept.json';
/** Files that make up a vault, in the order a swap moves them. */
export const VAULT_FILES = [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, KEY_FILE] as const;
/** The verified files a restore moves in: the database first, the key file (the commit point) last. */
export const STAGED_FILES = [DB_FILE, KEY_FILE] as const;

export interface RestoreIntent {
  /** Staging folder (name inside the vault folder) holding the verified database and key file. */
  staging: string;
  /** Folder (name inside the vault folder) that receives the replaced vault's files. */
  kept: string;
}

export function writeRestoreIntent(dir: string, intent: RestoreIntent): void {
  writeFileAtomic(path.join(dir, RESTORE_INTENT_FILE), `${JSON.stringify(intent)}\n`);
}

const safeName = (n: unknown, prefix: string): n is string =>
  typeof n === 'string' && n.startsWith(prefix) && /^[.A-Za-z0-9_-]+$/.test(n) && !n.includes('..');

/**
 * Completes a restore that was interrupted (crash, power cut) between writing its intent
 * record and removing it. The staged files were fully verified before the intent was written,
 * so the swap is rolled forward: whatever of the old vault is still in place moves to the kept
 * folder, then the staged files move in. Every step is a rename that can be repeated, so a
 * crash during this recovery is recovered the same way next time. Returns true if it acted.
 * The caller must hold (or be about to take) the folder lock: nobody else may have it open.
 */
export function finishInterruptedRestore(dir: string): boolean {
  const intentFile = path.join(dir, RESTORE_INTENT_FILE);
  if (!statOrNull(intentFile)) return false;
  let intent: RestoreIntent;
  try {
    intent = JSON.parse(fs.readFileSync(intentFile, 'utf8')) as RestoreIntent;
  } catch {
    // Written atomically: an unreadable intent means it never completed, so nothing was moved.
    rmQuiet(intentFile);
    return false;
  }
  if (!safeName(intent.staging, '.restore-') || !safeName(intent.kept, KEPT_PREFIX)) {
    rmQuiet(intentFile);
    return false;
  }
  const staging = path.join(dir, intent.staging);
  const kept = path.join(dir, intent.kept);
  fs.mkdirSync(kept, { recursive: true, mode: 0o700 });
  // While the staged database has not moved in, any vault file in the folder is the old one.
  if (statOrNull(path.join(staging, DB_FILE))) {
    for (const f of VAULT_FILES) {
      if (statOrNull(path.join(dir, f))) fs.renameSync(path.join(dir, f), path.join(kept, f));
    }
    fsyncDir(kept);
  }
  for (const f of STAGED_FILES) {
    if (statOrNull(path.join(staging, f))) fs.renameSync(path.join(staging, f), path.join(dir, f));
  }
  fsyncDir(dir);
  rmQuiet(staging);
  rmQuiet(intentFile);
  fsyncDir(dir);
  return true;
}

/** Removes every kept copy of a replaced vault; returns how many there were. */
export function removeKeptCopies(dir: string): number {
  let n = 0;
  try {
    for (const f of fs.readdirSync(dir)) {
      if (f.startsWith(KEPT_PREFIX)) {
        rmQuiet(path.join(dir, f));
        n += 1;
      }
    }
  } catch {
    /* nothing to remove */
  }
  return n;
}

const HEX = Buffer.from('0123456789abcdef', 'latin1');

/**
 * Builds `x'<hex>'` (SQLCipher raw-key syntax: the key is used as is, no PBKDF2) in a Buffer,
 * not a JS string, so it can be zero-filled right after use.
 */
export function rawKeySpec(key: Buffer): Buffer {
  const spec = Buffer.alloc(3 + key.length * 2);
  spec[0] = 0x78; // x
  spec[1] = 0x27; // '
  for (let i = 0; i < key.length; i++) {
    const b = key[i] ?? 0;
    spec[2 + i * 2] = HEX[b >> 4] ?? 0;
    spec[3 + i * 2] = HEX[b & 15] ?? 0;
  }
  spec[spec.length - 1] = 0x27;
  return spec;
}

export function assertStrong(passphrase: string): void {
  const s = checkPassphraseStrength(passphrase);
  if (!s.ok) throw new AppError('WEAK_PASSPHRASE', s.message, { score: s.score, hints: s.hints });
}

/**
 * Opens and configures the encrypted database. Cipher: SQLCipher 4 format (`cipher=sqlcipher`,
 * `legacy=4`) rather than the library default (ChaCha20), so a vault can be opened with stock
 * SQLCipher tools in an emergency. `corrupt` decides which code a damaged file gets.
 */
export function openDatabase(
  file: string,
  key: Buffer,
  opts: { create: boolean; corrupt: ErrorCode; nativeBinding?: string | undefined },
): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file, {
      fileMustExist: !opts.create,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
  } catch (e) {
    throw mapOpenError(e, opts.corrupt);
  }
  try {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    const spec = rawKeySpec(key);
    try {
      db.key(spec);
    } finally {
      spec.fill(0);
    }
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (e) {
      // The key itself was verified by the GCM unwrap, so an unreadable page 1 means damage.
      const c = sqliteCode(e);
      if (c === 'SQLITE_NOTADB')
        throw vaultError(opts.corrupt === 'VAULT_TRUNCATED' ? 'VAULT_CORRUPT' : opts.corrupt);
      throw e;
    }
    // temp_store: temp tables/indices would otherwise be written to disk unencrypted.
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // mmap would bypass the codec's page handling; keep it off.
    db.pragma('mmap_size = 0');
    // 32 MiB of decrypted pages in memory (the default is 2 MiB): school-wide lists and the
    // overview revisit the same pages, and every cache miss costs a decryption.
    db.pragma('cache_size = -32768');
    registerSqlFunctions(db);
    return db;
  } catch (e) {
    try {
      db.close();
    } catch {
      /* already failing */
    }
    throw mapOpenError(e, opts.corrupt);
  }
}

export function mapOpenError(e: unknown, corrupt: ErrorCode): AppError {
  if (e instanceof AppError) return e;
  const c = sqliteCode(e);
  if (c?.startsWith('SQLITE_CORRUPT')) return vaultError(corrupt);
  if (c === 'SQLITE_NOTADB') return vaultError(corrupt === 'VAULT_TRUNCATED' ? 'VAULT_CORRUPT' : corrupt);
  if (c?.startsWith('SQLITE_BUSY') || c?.startsWith('SQLITE_LOCKED')) return vaultError('VAULT_IN_USE');
  if (c?.startsWith('SQLITE_CANTOPEN') || c?.startsWith('SQLITE_PERM')) return vaultError('READ_ONLY');
  return toAppError(e);
}

/**
 * Read-only checks before any key derivation, in the order that gives the most useful message.
 * Returns the parsed key file. Never changes a file.
 */
export function precheck(dir: string): KeyFile {
  const st = statOrNull(dir);
  if (!st) throw vaultError('VAULT_NOT_FOUND');
  if (!st.isDirectory()) throw vaultError('NOT_A_VAULT');
  if (!VaultLock.isHeldByOther(dir)) finishInterruptedRestore(dir);
  const dbPath = path.join(dir, DB_FILE);
  const dbSt = statOrNull(dbPath);
  const kfSt = statOrNull(path.join(dir, KEY_FILE));
  if (!dbSt && !kfSt) throw vaultError('VAULT_NOT_FOUND');
  if (dbSt && !dbSt.isFile()) throw vaultError('NOT_A_VAULT');
  if (
    dbSt &&
    dbSt.size >= SQLITE_MAGIC.length &&
    readHead(dbPath, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)
  ) {
    throw vaultError('NOT_A_VAULT', 'NOT_A_VAULT_PLAIN');
  }
  const kf = readKeyFile(path.join(dir, KEY_FILE));
  if (!dbSt) throw vaultError('VAULT_CORRUPT');
  const walSize = statOrNull(`${dbPath}-wal`)?.size ?? 0;
  if (dbSt.size % PAGE_SIZE !== 0 || (dbSt.size < PAGE_SIZE && walSize === 0))
    throw vaultError('VAULT_TRUNCATED');
  return kf;
}

export function tableCounts(db: Database.Database): Record<string, number> {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const n of names) {
    counts[n] = Number(
      db
        .prepare(`SELECT count(*) FROM "${n.replace(/"/g, '""')}"`)
        .pluck()
        .get(),
    );
  }
  return counts;
}

export function getMeta(db: Database.Database, key: string): string | undefined {
  return db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
}

/** Temp key files and restore staging folders left by a crash; safe to drop while we hold the lock. */
export function removeLeftovers(dir: string): void {
  // A staging folder named by an intent record is not a leftover: finish that restore first.
  finishInterruptedRestore(dir);
  try {
    for (const f of fs.readdirSync(dir)) {
      if (f.startsWith(`.${KEY_FILE}.tmp-`) || f.startsWith('.restore-')) rmQuiet(path.join(dir, f));
      // A kept folder without a database was made by a restore that stopped before its intent.
      else if (f.startsWith(KEPT_PREFIX) && !statOrNull(path.join(dir, f, DB_FILE))) rmQuiet(path.join(dir, f));
    }
  } catch {
    /* cosmetic only */
  }
}

/**
 * mkdir -p for the vault folder. Node's recursive mkdir reports ENOENT, not EROFS/EACCES, when an
 * existing ancestor is not writable; report the real reason so the user hears "read-only".
 */
export function mkdirVault(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    let existing = path.dirname(path.resolve(dir));
    while (!statOrNull(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
    fs.accessSync(existing, fs.constants.W_OK);
    throw e;
  }
}

export function removeVaultFiles(dir: string): void {
  for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, KEY_FILE]) rmQuiet(path.join(dir, f));
}

/** Runs fn, translating disk/SQLite failures; `corrupt` is the code for SQLITE_CORRUPT/NOTADB. */
export function wrapErrors<T>(fn: () => T, corrupt?: ErrorCode): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (corrupt && sqliteCode(e)) throw mapOpenError(e, corrupt);
    if (diskErrorCode(e)) throw toAppError(e);
    throw toAppError(e);
  }
}
