import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { sqliteCode, toAppError, vaultError } from './errors';
import { statOrNull } from './fsutil';

/**
 * The folder lock: "this vault is open in a Vangnet" is a lock the operating system holds, not
 * a file that says so. `vangnet.lock` is a small plain SQLite database without any data (no `.db` name: it holds nothing);
 * the process that has the vault open holds it in EXCLUSIVE locking mode. SQLite takes that as
 * an fcntl() lock (Linux, macOS) or LockFileEx() (Windows), and the kernel drops it when the
 * process ends in any way — quit, crash, kill -9, power cut. So a dead holder never leaves a
 * false "in use", and a reused pid cannot fake one (the pid file this replaces could do both).
 *
 * Rules that keep it a lock:
 * - The file is never deleted: a process opening it while another deletes and re-creates it
 *   would lock a different inode, and two instances would each hold "the" lock.
 * - Nothing in this process may open and close the lock file through `fs` while the lock is
 *   held: POSIX drops a process's fcntl locks on a file when ANY of its descriptors of that
 *   file closes. SQLite guards its own descriptors; ours it cannot.
 * - A second open in the same process is refused too (SQLite tracks locks per inode in-process).
 * - On a network share the lock is only as good as the share's locking (SMB: yes; some NFS
 *   setups: no) — see docs/security.md.
 */
export const LOCK_FILE = 'vangnet.lock';

/** The better-sqlite3 build the process uses (Electron's own in development). */
let processBinding: string | undefined;
export function setLockNativeBinding(nativeBinding: string | undefined): void {
  processBinding = nativeBinding;
}

function openLockDb(file: string, probe: boolean): Database.Database {
  return new Database(file, {
    // Never wait: a held lock is an answer ("in use"), not something to queue for.
    timeout: 0,
    ...(probe ? { readonly: true, fileMustExist: true } : {}),
    ...(processBinding ? { nativeBinding: processBinding } : {}),
  });
}

const isBusy = (e: unknown): boolean => {
  const c = sqliteCode(e);
  return !!c && (c.startsWith('SQLITE_BUSY') || c.startsWith('SQLITE_LOCKED'));
};
const notALockDb = (e: unknown): boolean => {
  const c = sqliteCode(e);
  return c === 'SQLITE_NOTADB' || c === 'SQLITE_CORRUPT';
};

function closeQuietly(db: Database.Database | null | undefined): void {
  try {
    db?.close();
  } catch {
    /* already failing */
  }
}

function take(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = openLockDb(file, false);
    // Journal in memory: nothing is ever written, and in EXCLUSIVE mode SQLite would otherwise keep a
    // vangnet.lock-journal file beside it.
    db.pragma('journal_mode = MEMORY');
    db.pragma('locking_mode = EXCLUSIVE');
    // In EXCLUSIVE locking mode the lock a write transaction takes is kept after COMMIT, until
    // close() (or the process's end).
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return db;
  } catch (e) {
    closeQuietly(db);
    throw e;
  }
}

export class VaultLock {
  private constructor(
    readonly file: string,
    private db: Database.Database | null,
  ) {}

  static acquire(dir: string): VaultLock {
    const file = path.join(dir, LOCK_FILE);
    try {
      return new VaultLock(file, take(file));
    } catch (e) {
      if (isBusy(e)) throw vaultError('VAULT_IN_USE');
      if (!notALockDb(e)) throw e;
    }
    // Damaged or foreign content: nobody can hold a lock through a file SQLite cannot read
    // (their attempt fails the same way), so it is replaced by a fresh one.
    fs.rmSync(file, { force: true });
    try {
      return new VaultLock(file, take(file));
    } catch (e) {
      if (isBusy(e)) throw vaultError('VAULT_IN_USE');
      throw e;
    }
  }

  /** acquire() with fs errors turned into user-facing codes (READ_ONLY, DISK_FULL). */
  static acquireMapped(dir: string): VaultLock {
    try {
      return VaultLock.acquire(dir);
    } catch (e) {
      throw toAppError(e);
    }
  }

  /**
   * Whether another holder (another process, or another open in this one) has the folder.
   * A read-only probe: a shared lock is refused while someone holds the exclusive one.
   * Used before expensive work; acquire() is the real guard.
   */
  static isHeldByOther(dir: string): boolean {
    const file = path.join(dir, LOCK_FILE);
    if (!statOrNull(file)) return false;
    let db: Database.Database | undefined;
    try {
      db = openLockDb(file, true);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return false;
    } catch (e) {
      if (isBusy(e)) return true;
      if (notALockDb(e)) return false;
      throw e;
    } finally {
      closeQuietly(db);
    }
  }

  get held(): boolean {
    return this.db !== null;
  }

  /** Gives the lock back to the OS. The file stays (see above). */
  release(): void {
    const db = this.db;
    this.db = null;
    closeQuietly(db);
  }
}
