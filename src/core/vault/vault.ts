import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { type ErrorCode } from '../../shared/errors';
import { appendAudit, verifyAuditChain, type AuditVerification } from './audit';
import {
  SQLITE_MAGIC,
  decodeBackup,
  encodeBackup,
  sealManifest,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
} from './backup-format';
import { toAppError, vaultError } from './errors';
import { statOrNull, writeFileAtomic } from './fsutil';
import { DEFAULT_KDF, raiseKdf, validKdf, type KdfParams } from './kdf';
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
import { systemClock } from './clock';
import { VaultLock } from './lock';
import { runMigrations, userVersion } from './migrate';
import {
  DB_FILE,
  KEY_FILE,
  PAGE_SIZE,
  RESTORE_INTENT_FILE,
  assertStrong,
  finishInterruptedRestore,
  getMeta,
  mkdirVault,
  openDatabase,
  precheck,
  removeKeptCopies,
  removeLeftovers,
  removeVaultFiles,
  tableCounts,
  wrapErrors,
} from './open';
import { generateRecoveryKey, normalizeRecoveryKey } from './recovery';

export { DB_FILE, KEY_FILE, PAGE_SIZE } from './open';

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
  /** The app's clock: every audit time of this vault comes from it (tests inject a fixed one). */
  now?: () => Date;
  /** Argon2id cost a re-wrapped slot is raised to at least (default DEFAULT_KDF). */
  kdf?: KdfParams;
}

export class Vault {
  readonly dir: string;
  userName: string;
  #db: Database.Database | null;
  /** The only copy of the database key. Zero-filled on close. */
  readonly #key: Buffer;
  readonly #lock: VaultLock;
  readonly #now: () => Date;
  readonly #kdf: KdfParams;

  private constructor(dir: string, db: Database.Database, key: Buffer, lock: VaultLock, opts: OpenOptions) {
    this.dir = dir;
    this.#db = db;
    this.#key = key;
    this.#lock = lock;
    this.#now = opts.now ?? systemClock;
    this.#kdf = opts.kdf ?? DEFAULT_KDF;
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

  /** The vault's id (meta), used to tell a backup of this vault from one of another. */
  get vaultId(): string {
    return getMeta(this.db, 'vault_id') ?? '';
  }

  static exists(dir: string): boolean {
    try {
      // A restore interrupted mid-swap is completed first, so the folder never looks empty.
      if (statOrNull(path.join(dir, RESTORE_INTENT_FILE)) && !VaultLock.isHeldByOther(dir)) {
        finishInterruptedRestore(dir);
      }
      return (
        !!statOrNull(path.join(dir, DB_FILE))?.isFile() && !!statOrNull(path.join(dir, KEY_FILE))?.isFile()
      );
    } catch {
      return false;
    }
  }

  static async create(
    dir: string,
    opts: { passphrase: string; userName: string } & OpenOptions,
  ): Promise<{ vault: Vault; recoveryKey: string }> {
    assertStrong(opts.passphrase);
    const userName = opts.userName.trim();
    if (!userName || userName.length > 200) throw vaultError('VALIDATION', 'NAME_REQUIRED');
    const kdf = opts.kdf ?? DEFAULT_KDF;
    if (!validKdf(kdf)) throw new Error('Invalid KDF parameters');
    const now = opts.now ?? systemClock;
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
      runMigrations(db, undefined, now);
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
      const vault = new Vault(dir, db, key, lock, { ...opts, now });
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
    const vault = openVaultWithKey(dir, key, opts);
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
    const vault = openVaultWithKey(dir, key, opts);
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

  /**
   * Verifies `passphrase` against the key file on disk and that it opens *this* database:
   * the proof a page cannot forge for decisions that cannot be undone.
   */
  async verifyPassphrase(passphrase: string): Promise<void> {
    this.#assertOpen();
    const kf = wrapErrors(() => readKeyFile(path.join(this.dir, KEY_FILE)));
    const key = await unwrapWithPassphrase(kf, passphrase);
    if (!key) throw vaultError('WRONG_PASSPHRASE');
    const same = key.length === this.#key.length && crypto.timingSafeEqual(key, this.#key);
    key.fill(0);
    // The key file on disk must belong to this database; otherwise rewrapping would lock the user out.
    if (!same) throw vaultError('VAULT_CORRUPT');
  }

  /**
   * The one way to change the passphrase: proves the old one, then re-wraps the key under the
   * new one with a fresh salt and the KDF cost raised to at least the current default.
   */
  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    this.#assertOpen();
    assertStrong(newPassphrase);
    await this.verifyPassphrase(oldPassphrase);
    await this.#rewrapPassphrase(newPassphrase);
    if (this.isOpen) this.audit('passphrase_changed', null, 'Wachtwoordzin gewijzigd.');
  }

  /**
   * Replaces the recovery key: proves the passphrase, wraps the database key under a new
   * random recovery key and writes the key file atomically, so the old key stops working at
   * that moment. Returns the new key; it is shown once and never stored in plain.
   */
  async rotateRecoveryKey(passphrase: string): Promise<string> {
    this.#assertOpen();
    await this.verifyPassphrase(passphrase);
    const key = Buffer.from(this.#key);
    const recoveryKey = generateRecoveryKey();
    try {
      const file = path.join(this.dir, KEY_FILE);
      const kf = wrapErrors(() => readKeyFile(file));
      const slot = await wrapRecoverySlot(
        key,
        normalizeRecoveryKey(recoveryKey) ?? recoveryKey,
        raiseKdf(kf.slots.recovery.kdf, this.#kdf),
      );
      wrapErrors(() => writeKeyFile(file, { ...kf, slots: { ...kf.slots, recovery: slot } }));
    } finally {
      key.fill(0);
    }
    if (this.isOpen) this.audit('recovery_key_rotated', null, 'Nieuwe herstelsleutel gemaakt; de vorige werkt niet meer.');
    return recoveryKey;
  }

  /** Re-wraps the database key under a new passphrase (fresh salt, cost raised to the default); no DB rewrite. */
  async #rewrapPassphrase(newPassphrase: string): Promise<void> {
    this.#assertOpen();
    // Work on a copy: an auto-lock during the (slow) KDF zero-fills #key.
    const key = Buffer.from(this.#key);
    try {
      const file = path.join(this.dir, KEY_FILE);
      const kf = wrapErrors(() => readKeyFile(file));
      const { kdf, slot } = await wrapPassphraseSlot(key, newPassphrase, raiseKdf(kf.kdf, this.#kdf));
      const next: KeyFile = { ...kf, kdf, slots: { ...kf.slots, passphrase: slot } };
      wrapErrors(() => writeKeyFile(file, next));
    } finally {
      key.fill(0);
    }
  }

  /** Opens the database with an already verified key. Internal: see openVaultWithKey. */
  static _openWithKey(dir: string, key: Buffer, opts: OpenOptions, heldLock?: VaultLock): Vault {
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
      wrapErrors(() => runMigrations(d, undefined, opts.now ?? systemClock), 'VAULT_TRUNCATED');
      return new Vault(dir, db, key, lock, opts);
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

  /** A copy of the database key for code in this folder that must seal or compare with it. */
  _keyCopy(): Buffer {
    this.#assertOpen();
    return Buffer.from(this.#key);
  }

  now(): Date {
    return this.#now();
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
   * unlike db.backup()/serialize(), which would go through the decrypting pager. Once the
   * backup is written, copies kept from an earlier restore are no longer needed and removed.
   */
  async backupTo(file: string): Promise<void> {
    const db = this.db;
    try {
      const counts = tableCounts(db);
      const cp = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (cp[0]?.busy) throw vaultError('VAULT_IN_USE');
      // Synchronous from checkpoint to read: no write can slip in between on this connection.
      const dbBytes = fs.readFileSync(path.join(this.dir, DB_FILE));
      const createdAt = this.#now().toISOString();
      // The sealed digest covers every page, also free ones that integrity_check never reads,
      // and cannot be recomputed without the key (the outer checksum can). The creation time
      // is sealed too, so the date shown before restoring cannot be moved.
      const manifest = sealManifest(this.#key, {
        vaultId: getMeta(db, 'vault_id') ?? '',
        userVersion: userVersion(db),
        counts,
        dbSha256: crypto.createHash('sha256').update(dbBytes).digest('hex'),
        createdAt,
      });
      const keys = readKeyFile(path.join(this.dir, KEY_FILE));
      if (dbBytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) throw vaultError('INTERNAL');
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt,
        dbLength: dbBytes.length,
        keys,
        manifest,
      };
      writeFileAtomic(path.resolve(file), encodeBackup(header, dbBytes));
    } catch (e) {
      throw toAppError(e);
    }
    this.audit('backup_created', null, `Back-up gemaakt: ${path.basename(file)}.`);
    const removed = removeKeptCopies(this.dir);
    if (removed > 0) {
      this.audit('kept_copy_removed', null, `Na de nieuwe back-up ${removed === 1 ? 'is de bewaarde kopie' : `zijn ${removed} bewaarde kopieën`} van voor het terugzetten verwijderd.`);
    }
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

/**
 * Opens the database with an already verified key. Takes ownership of `key` (zeroed on
 * failure). For the vault folder's own modules (restore) only.
 */
export function openVaultWithKey(dir: string, key: Buffer, opts: OpenOptions, heldLock?: VaultLock): Vault {
  return Vault._openWithKey(dir, key, opts, heldLock);
}

