import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError, type ErrorCode } from '../../shared/errors';
import { registerSqlFunctions } from './sql-functions';
import { appendAudit, verifyAuditChain, type AuditVerification } from './audit';
import {
  SQLITE_MAGIC,
  decodeBackup,
  encodeBackup,
  openManifest,
  sealManifest,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
} from './backup-format';
import { diskErrorCode, sqliteCode, toAppError, vaultError } from './errors';
import { fsyncDir, readHead, rmQuiet, statOrNull, writeFileAtomic } from './fsutil';
import { DEFAULT_KDF, validKdf, type KdfParams } from './kdf';
import {
  KEY_FILE_FORMAT,
  KEY_FILE_VERSION,
  readKeyFile,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  wrapPassphraseSlot,
  wrapRecoverySlot,
  writeKeyFile,
  type KeyFile,
} from './keyfile';
import { VaultLock } from './lock';
import { latestVersion, runMigrations, userVersion } from './migrate';
import { checkPassphraseStrength } from './passphrase';
import { generateRecoveryKey, normalizeRecoveryKey } from './recovery';

export const DB_FILE = 'vangnet.db';
export const KEY_FILE = 'vangnet.keys.json';
/** SQLCipher 4 page size (legacy=4). Used to spot truncated files before decrypting anything. */
export const PAGE_SIZE = 4096;

export type BackupInfo =
  | { ok: true; createdAt: string; formatVersion: number; sizeBytes: number }
  | { ok: false; code: ErrorCode; message: string };

export type RestoreSecret = { passphrase: string } | { recoveryKey: string; newPassphrase: string };

/**
 * Runtime options. `nativeBinding`: path to a better-sqlite3-multiple-ciphers .node built for
 * the current runtime (Electron's ABI differs from Node's); passed through to the library.
 */
export interface OpenOptions {
  nativeBinding?: string;
}

const HEX = Buffer.from('0123456789abcdef', 'latin1');

/**
 * Builds `x'<hex>'` (SQLCipher raw-key syntax: the key is used as is, no PBKDF2) in a Buffer,
 * not a JS string, so it can be zero-filled right after use.
 */
function rawKeySpec(key: Buffer): Buffer {
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

function assertStrong(passphrase: string): void {
  const s = checkPassphraseStrength(passphrase);
  if (!s.ok) throw new AppError('WEAK_PASSPHRASE', s.message, { score: s.score, hints: s.hints });
}

/**
 * Opens and configures the encrypted database. Cipher: SQLCipher 4 format (`cipher=sqlcipher`,
 * `legacy=4`) rather than the library default (ChaCha20), so a vault can be opened with stock
 * SQLCipher tools in an emergency. `corrupt` decides which code a damaged file gets.
 */
function openDatabase(
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

function mapOpenError(e: unknown, corrupt: ErrorCode): AppError {
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
function precheck(dir: string): KeyFile {
  const st = statOrNull(dir);
  if (!st) throw vaultError('VAULT_NOT_FOUND');
  if (!st.isDirectory()) throw vaultError('NOT_A_VAULT');
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

function tableCounts(db: Database.Database): Record<string, number> {
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

function getMeta(db: Database.Database, key: string): string | undefined {
  return db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
}

/** Temp key files and restore staging folders left by a crash; safe to drop while we hold the lock. */
function removeLeftovers(dir: string): void {
  try {
    for (const f of fs.readdirSync(dir)) {
      if (f.startsWith(`.${KEY_FILE}.tmp-`) || f.startsWith('.restore-')) rmQuiet(path.join(dir, f));
    }
  } catch {
    /* cosmetic only */
  }
}

/**
 * mkdir -p for the vault folder. Node's recursive mkdir reports ENOENT, not EROFS/EACCES, when an
 * existing ancestor is not writable; report the real reason so the user hears "read-only".
 */
function mkdirVault(dir: string): void {
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

function removeVaultFiles(dir: string): void {
  for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, KEY_FILE]) rmQuiet(path.join(dir, f));
}

export class Vault {
  readonly dir: string;
  userName: string;
  #db: Database.Database | null;
  /** The only copy of the database key. Zero-filled on close. */
  readonly #key: Buffer;
  readonly #lock: VaultLock;
  readonly #now: () => Date;

  private constructor(dir: string, db: Database.Database, key: Buffer, lock: VaultLock, now: () => Date) {
    this.dir = dir;
    this.#db = db;
    this.#key = key;
    this.#lock = lock;
    this.#now = now;
    this.userName = getMeta(db, 'user_name') ?? '';
  }

  /** For core repositories only. Throws VAULT_LOCKED after close(). */
  get db(): Database.Database {
    if (!this.#db) throw vaultError('VAULT_LOCKED');
    return this.#db;
  }

  get isOpen(): boolean {
    return this.#db !== null;
  }

  static exists(dir: string): boolean {
    try {
      return (
        !!statOrNull(path.join(dir, DB_FILE))?.isFile() && !!statOrNull(path.join(dir, KEY_FILE))?.isFile()
      );
    } catch {
      return false;
    }
  }

  static async create(
    dir: string,
    opts: { passphrase: string; userName: string; kdf?: KdfParams; now?: () => Date } & OpenOptions,
  ): Promise<{ vault: Vault; recoveryKey: string }> {
    assertStrong(opts.passphrase);
    const userName = opts.userName.trim();
    if (!userName || userName.length > 200) throw vaultError('VALIDATION', 'NAME_REQUIRED');
    const kdf = opts.kdf ?? DEFAULT_KDF;
    if (!validKdf(kdf)) throw new Error('Invalid KDF parameters');
    const now = opts.now ?? (() => new Date());
    const dbPath = path.join(dir, DB_FILE);

    try {
      const st = statOrNull(dir);
      if (st && !st.isDirectory()) throw vaultError('NOT_A_VAULT');
      for (const f of [DB_FILE, KEY_FILE])
        if (statOrNull(path.join(dir, f))) throw vaultError('VAULT_EXISTS');
      mkdirVault(dir);
    } catch (e) {
      throw toAppError(e);
    }

    const lock = VaultLock.acquireMapped(dir);
    const key = crypto.randomBytes(32);
    let db: Database.Database | null = null;
    let created = false;
    try {
      const recoveryKey = generateRecoveryKey();
      const [pp, recovery] = await Promise.all([
        wrapPassphraseSlot(key, opts.passphrase, kdf),
        wrapRecoverySlot(key, normalizeRecoveryKey(recoveryKey) ?? recoveryKey, kdf),
      ]);
      const keyFile: KeyFile = {
        format: KEY_FILE_FORMAT,
        version: KEY_FILE_VERSION,
        kdf: pp.kdf,
        slots: { passphrase: pp.slot, recovery },
      };
      created = true;
      db = openDatabase(dbPath, key, {
        create: true,
        corrupt: 'VAULT_CORRUPT',
        nativeBinding: opts.nativeBinding,
      });
      runMigrations(db);
      const d = db;
      d.transaction(() => {
        const put = d.prepare('INSERT INTO meta(key, value) VALUES (?, ?)');
        put.run('user_name', userName);
        put.run('created_at', now().toISOString());
        put.run('vault_id', crypto.randomUUID());
        appendAudit(d, {
          at: now().toISOString(),
          actor: userName,
          action: 'vault_created',
          dossierId: null,
          details: 'Kluis aangemaakt.',
        });
      })();
      // The key file is written last: it is the commit point that makes this folder a vault.
      writeKeyFile(path.join(dir, KEY_FILE), keyFile);
      const vault = new Vault(dir, db, key, lock, now);
      return { vault, recoveryKey };
    } catch (e) {
      try {
        db?.close();
      } catch {
        /* already failing */
      }
      if (created) removeVaultFiles(dir);
      key.fill(0);
      lock.release();
      throw toAppError(e);
    }
  }

  static async unlock(dir: string, passphrase: string, opts: OpenOptions = {}): Promise<Vault> {
    const kf = wrapErrors(() => precheck(dir));
    if (wrapErrors(() => VaultLock.isHeldByOther(dir))) throw vaultError('VAULT_IN_USE');
    // Wrong passphrase is decided here, by the GCM tag, before the database is touched.
    const key = await unwrapWithPassphrase(kf, passphrase);
    if (!key) throw vaultError('WRONG_PASSPHRASE');
    const vault = Vault.#openWithKey(dir, key, opts);
    try {
      vault.audit('vault_unlocked', null, 'Kluis ontgrendeld met wachtwoordzin.');
    } catch (e) {
      // E.g. a full disk: without this the half-opened vault would keep its lock (VAULT_IN_USE on retry).
      vault.close();
      throw toAppError(e);
    }
    return vault;
  }

  /** Unlocks with the printed recovery key and immediately sets a new passphrase. */
  static async unlockWithRecoveryKey(
    dir: string,
    recoveryKey: string,
    newPassphrase: string,
    opts: OpenOptions = {},
  ): Promise<Vault> {
    assertStrong(newPassphrase);
    const kf = wrapErrors(() => precheck(dir));
    const normalized = normalizeRecoveryKey(recoveryKey);
    if (!normalized) throw vaultError('WRONG_RECOVERY_KEY');
    if (wrapErrors(() => VaultLock.isHeldByOther(dir))) throw vaultError('VAULT_IN_USE');
    const key = await unwrapWithRecoveryKey(kf, normalized);
    if (!key) throw vaultError('WRONG_RECOVERY_KEY');
    const vault = Vault.#openWithKey(dir, key, opts);
    try {
      await vault.#rewrapPassphrase(newPassphrase);
      vault.audit(
        'vault_recovered',
        null,
        'Kluis ontgrendeld met herstelsleutel; nieuwe wachtwoordzin ingesteld.',
      );
      return vault;
    } catch (e) {
      vault.close();
      throw toAppError(e);
    }
  }

  static async changePassphrase(
    dir: string,
    oldPassphrase: string,
    newPassphrase: string,
    opts: OpenOptions = {},
  ): Promise<void> {
    assertStrong(newPassphrase);
    const kf = wrapErrors(() => precheck(dir));
    if (wrapErrors(() => VaultLock.isHeldByOther(dir))) throw vaultError('VAULT_IN_USE');
    const key = await unwrapWithPassphrase(kf, oldPassphrase);
    if (!key) throw vaultError('WRONG_PASSPHRASE');
    const vault = Vault.#openWithKey(dir, key, opts);
    try {
      await vault.#rewrapPassphrase(newPassphrase);
      vault.audit('passphrase_changed', null, 'Wachtwoordzin gewijzigd.');
    } finally {
      vault.close();
    }
  }

  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    this.#assertOpen();
    assertStrong(newPassphrase);
    const kf = wrapErrors(() => readKeyFile(path.join(this.dir, KEY_FILE)));
    const key = await unwrapWithPassphrase(kf, oldPassphrase);
    if (!key) throw vaultError('WRONG_PASSPHRASE');
    const same = key.length === this.#key.length && crypto.timingSafeEqual(key, this.#key);
    key.fill(0);
    // The key file on disk must belong to this database; otherwise rewrapping would lock the user out.
    if (!same) throw vaultError('VAULT_CORRUPT');
    await this.#rewrapPassphrase(newPassphrase);
    if (this.isOpen) this.audit('passphrase_changed', null, 'Wachtwoordzin gewijzigd.');
  }

  /** Re-wraps the database key under a new passphrase (fresh salt, same KDF cost); no DB rewrite. */
  async #rewrapPassphrase(newPassphrase: string): Promise<void> {
    this.#assertOpen();
    // Work on a copy: an auto-lock during the (slow) KDF zero-fills #key.
    const key = Buffer.from(this.#key);
    try {
      const file = path.join(this.dir, KEY_FILE);
      const kf = wrapErrors(() => readKeyFile(file));
      const { kdf, slot } = await wrapPassphraseSlot(key, newPassphrase, kf.kdf);
      const next: KeyFile = { ...kf, kdf, slots: { ...kf.slots, passphrase: slot } };
      wrapErrors(() => writeKeyFile(file, next));
    } finally {
      key.fill(0);
    }
  }

  /** Opens the database with an already verified key. Takes ownership of `key` (zeroed on failure). */
  static #openWithKey(dir: string, key: Buffer, opts: OpenOptions, heldLock?: VaultLock): Vault {
    let lock: VaultLock | undefined = heldLock;
    let db: Database.Database | null = null;
    try {
      lock ??= VaultLock.acquireMapped(dir);
      removeLeftovers(dir);
      db = openDatabase(path.join(dir, DB_FILE), key, {
        create: false,
        corrupt: 'VAULT_TRUNCATED',
        nativeBinding: opts.nativeBinding,
      });
      const d = db;
      wrapErrors(() => runMigrations(d), 'VAULT_TRUNCATED');
      return new Vault(dir, db, key, lock, () => new Date());
    } catch (e) {
      try {
        db?.close();
      } catch {
        /* already failing */
      }
      key.fill(0);
      if (!heldLock) lock?.release();
      throw toAppError(e);
    }
  }

  audit(action: string, dossierId: string | null, details: string, actor?: string): void {
    appendAudit(this.db, {
      at: this.#now().toISOString(),
      actor: actor ?? this.userName,
      action,
      dossierId,
      details,
    });
  }

  /** Changes the name recorded as actor in the audit log (stored in meta, audited). */
  setUserName(name: string): void {
    const next = name.trim();
    if (!next || next.length > 200) throw vaultError('VALIDATION', 'NAME_REQUIRED');
    const prev = this.userName;
    if (next === prev) return;
    this.transaction(() => {
      this.db
        .prepare(
          "INSERT INTO meta(key, value) VALUES ('user_name', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        )
        .run(next);
      this.audit('user_name_changed', null, `Naam gewijzigd van "${prev}" naar "${next}".`, next);
    });
    this.userName = next;
  }

  /** Verifies the audit hash chain of this vault. */
  verifyAudit(): AuditVerification {
    return verifyAuditChain(this.db);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /**
   * Writes a single-file encrypted backup. The database bytes are copied as they are on disk
   * (already encrypted) after a full WAL checkpoint, so no plaintext page is ever produced —
   * unlike db.backup()/serialize(), which would go through the decrypting pager.
   */
  async backupTo(file: string): Promise<void> {
    const db = this.db;
    try {
      const counts = tableCounts(db);
      const cp = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (cp[0]?.busy) throw vaultError('VAULT_IN_USE');
      // Synchronous from checkpoint to read: no write can slip in between on this connection.
      const dbBytes = fs.readFileSync(path.join(this.dir, DB_FILE));
      // The sealed digest covers every page, also free ones that integrity_check never reads,
      // and cannot be recomputed without the key (the outer checksum can).
      const manifest = sealManifest(this.#key, {
        vaultId: getMeta(db, 'vault_id') ?? '',
        userVersion: userVersion(db),
        counts,
        dbSha256: crypto.createHash('sha256').update(dbBytes).digest('hex'),
      });
      const keys = readKeyFile(path.join(this.dir, KEY_FILE));
      if (dbBytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) throw vaultError('INTERNAL');
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: this.#now().toISOString(),
        dbLength: dbBytes.length,
        keys,
        manifest,
      };
      writeFileAtomic(path.resolve(file), encodeBackup(header, dbBytes));
    } catch (e) {
      throw toAppError(e);
    }
    this.audit('backup_created', null, `Back-up gemaakt: ${path.basename(file)}.`);
  }

  /** Header facts only (no secrets, nothing decrypted). Also verifies the checksum. */
  static inspectBackup(file: string): BackupInfo {
    try {
      const { header, size } = decodeBackup(file, PAGE_SIZE);
      return { ok: true, createdAt: header.createdAt, formatVersion: header.version, sizeBytes: size };
    } catch (e) {
      const err = toAppError(e);
      return { ok: false, code: err.code, message: err.message };
    }
  }

  /**
   * Restores a backup into `dir` (existing vault or empty/missing folder). Everything is
   * validated in a staging folder first (checksum, key unwrap, integrity_check, row counts);
   * only then are the files swapped. The old vault is kept as *.before-restore-<time> until
   * the restored vault has opened, then removed; on failure it is put back.
   */
  static async restoreFrom(
    backupFile: string,
    dir: string,
    secret: RestoreSecret,
    opts: OpenOptions = {},
  ): Promise<Vault> {
    const { header, dbBytes } = wrapErrors(() => decodeBackup(backupFile, PAGE_SIZE));
    const viaRecovery = 'recoveryKey' in secret;
    if (viaRecovery) assertStrong(secret.newPassphrase);
    const st = wrapErrors(() => statOrNull(dir));
    if (st && !st.isDirectory()) throw vaultError('NOT_A_VAULT');
    if (st && wrapErrors(() => VaultLock.isHeldByOther(dir))) throw vaultError('VAULT_IN_USE');

    let key: Buffer | null;
    if (viaRecovery) {
      const normalized = normalizeRecoveryKey(secret.recoveryKey);
      if (!normalized) throw vaultError('WRONG_RECOVERY_KEY');
      key = await unwrapWithRecoveryKey(header.keys, normalized);
      if (!key) throw vaultError('WRONG_RECOVERY_KEY');
    } else {
      key = await unwrapWithPassphrase(header.keys, secret.passphrase);
      if (!key) throw vaultError('WRONG_PASSPHRASE');
    }
    const manifest = openManifest(key, header.manifest);
    if (
      !manifest ||
      (manifest.dbSha256 !== undefined &&
        manifest.dbSha256 !== crypto.createHash('sha256').update(dbBytes).digest('hex'))
    ) {
      key.fill(0);
      throw vaultError('BACKUP_INVALID');
    }

    let lock: VaultLock | undefined;
    let staging: string | undefined;
    try {
      mkdirVault(dir);
      lock = VaultLock.acquireMapped(dir);
      staging = path.join(dir, `.restore-${crypto.randomBytes(6).toString('hex')}`);
      fs.mkdirSync(staging, { mode: 0o700 });
      const stagedDb = path.join(staging, DB_FILE);
      writeFileAtomic(stagedDb, dbBytes);

      // Verify the copy before it goes anywhere near the live vault.
      const db = openDatabase(stagedDb, key, {
        create: false,
        corrupt: 'BACKUP_INVALID',
        nativeBinding: opts.nativeBinding,
      });
      try {
        const integrity = wrapErrors(() => db.pragma('integrity_check', { simple: true }), 'BACKUP_INVALID');
        if (integrity !== 'ok') throw vaultError('BACKUP_INVALID');
        const uv = userVersion(db);
        if (uv > latestVersion()) throw vaultError('VAULT_TOO_NEW', 'VAULT_TOO_NEW_BACKUP');
        if (uv !== manifest.userVersion) throw vaultError('BACKUP_INVALID');
        const counts = tableCounts(db);
        const expected = manifest.counts;
        const same =
          Object.keys(counts).length === Object.keys(expected).length &&
          Object.entries(expected).every(([t, n]) => counts[t] === n);
        if (!same) throw vaultError('BACKUP_INVALID');
      } finally {
        db.close();
      }

      let keys = header.keys;
      if (viaRecovery) {
        const { kdf, slot } = await wrapPassphraseSlot(key, secret.newPassphrase, header.keys.kdf);
        keys = { ...header.keys, kdf, slots: { ...header.keys.slots, passphrase: slot } };
      }
      writeKeyFile(path.join(staging, KEY_FILE), keys);

      // Swap: move the old files aside, move the verified ones in.
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const aside: [string, string][] = [];
      for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, KEY_FILE]) {
        const from = path.join(dir, f);
        if (statOrNull(from)) {
          const to = path.join(dir, `${f}.before-restore-${stamp}`);
          fs.renameSync(from, to);
          aside.push([to, from]);
        }
      }
      let vault: Vault;
      try {
        fs.renameSync(stagedDb, path.join(dir, DB_FILE));
        fs.renameSync(path.join(staging, KEY_FILE), path.join(dir, KEY_FILE));
        fsyncDir(dir);
        vault = Vault.#openWithKey(dir, Buffer.from(key), opts, lock);
      } catch (e) {
        removeVaultFiles(dir);
        for (const [to, from] of aside) fs.renameSync(to, from);
        fsyncDir(dir);
        throw e;
      }
      for (const [to] of aside) rmQuiet(to);
      rmQuiet(staging);
      staging = undefined;
      lock = undefined; // now owned by the vault
      vault.audit(
        'backup_restored',
        null,
        `Back-up teruggezet (gemaakt op ${header.createdAt})${viaRecovery ? ' met herstelsleutel; nieuwe wachtwoordzin ingesteld' : ''}.`,
      );
      return vault;
    } catch (e) {
      if (staging) rmQuiet(staging);
      lock?.release();
      throw toAppError(e);
    } finally {
      key.fill(0);
    }
  }

  /** Locks the vault: closes the database, zero-fills the key, releases the folder lock. */
  close(): void {
    const db = this.#db;
    if (!db) return;
    this.#db = null;
    try {
      db.close();
    } finally {
      this.#key.fill(0);
      this.#lock.release();
    }
  }

  #assertOpen(): void {
    if (!this.#db) throw vaultError('VAULT_LOCKED');
  }
}

/** Runs fn, translating disk/SQLite failures; `corrupt` is the code for SQLITE_CORRUPT/NOTADB. */
function wrapErrors<T>(fn: () => T, corrupt?: ErrorCode): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (corrupt && sqliteCode(e)) throw mapOpenError(e, corrupt);
    if (diskErrorCode(e)) throw toAppError(e);
    throw toAppError(e);
  }
}
