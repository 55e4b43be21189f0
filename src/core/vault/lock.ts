import fs from 'node:fs';
import path from 'node:path';
import { toAppError, vaultError } from './errors';
import { statOrNull } from './fsutil';

export const LOCK_FILE = 'vangnet.lock';
/** An empty lock file younger than this may still be being written by its owner. */
const FRESH_EMPTY_LOCK_MS = 5_000;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else — still alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockIsStale(file: string): boolean {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw e;
  }
  const pid = Number.parseInt(text.trim().split(/\s+/)[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) {
    const st = statOrNull(file);
    return !st || Date.now() - st.mtimeMs > FRESH_EMPTY_LOCK_MS;
  }
  // Our own pid counts as alive: a second open in the same process is also "in use".
  return !pidAlive(pid);
}

const PENDING_PREFIX = `.${LOCK_FILE}.`;

/**
 * Creates the lock file with our pid already in it. The content is written to a private
 * file first and then hard-linked into place (link() fails with EEXIST, so this is as
 * exclusive as O_EXCL), so a process killed halfway never leaves an empty lock behind that
 * would look like "in use". File systems without hard links (FAT on a USB stick) fall back
 * to O_EXCL + write, where a brief empty lock is possible and handled by lockIsStale.
 */
function createLockFile(dir: string, file: string): void {
  const pending = path.join(dir, `${PENDING_PREFIX}${process.pid}.${Math.random().toString(36).slice(2)}`);
  try {
    fs.writeFileSync(pending, `${process.pid}\n`, { mode: 0o600, flush: true });
  } catch (e) {
    fs.rmSync(pending, { force: true });
    throw e;
  }
  try {
    fs.linkSync(pending, file);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw e;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e;
  } finally {
    fs.rmSync(pending, { force: true });
  }
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, `${process.pid}\n`);
    fs.fsyncSync(fd);
  } catch (w) {
    // E.g. a full disk: an empty lock file left behind would read as "in use" on retry.
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw w;
  }
  fs.closeSync(fd);
}

/** Pending lock files of processes that died between writing and linking them. */
function removeDeadPendingLocks(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(PENDING_PREFIX)) continue;
    const pid = Number.parseInt(name.slice(PENDING_PREFIX.length), 10);
    if (Number.isInteger(pid) && pid > 0 && !pidAlive(pid)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * Exclusive per-folder lock: `vangnet.lock` created with O_EXCL holding our pid. A lock left by
 * a crashed process (pid no longer running) is removed and taken over. Limitation: a pid on
 * another machine (shared network folder) cannot be checked; we then treat it as in use.
 */
export class VaultLock {
  private constructor(
    readonly file: string,
    private held: boolean,
  ) {}

  static acquire(dir: string): VaultLock {
    const file = path.join(dir, LOCK_FILE);
    removeDeadPendingLocks(dir);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        createLockFile(dir, file);
        return new VaultLock(file, true);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        if (!lockIsStale(file)) throw vaultError('VAULT_IN_USE');
        try {
          fs.unlinkSync(file);
        } catch (u) {
          if ((u as NodeJS.ErrnoException).code !== 'ENOENT') throw u;
        }
      }
    }
    throw vaultError('VAULT_IN_USE');
  }

  /** acquire() with fs errors turned into user-facing codes (READ_ONLY, DISK_FULL). */
  static acquireMapped(dir: string): VaultLock {
    try {
      return VaultLock.acquire(dir);
    } catch (e) {
      throw toAppError(e);
    }
  }

  /** Read-only check used before expensive work; acquire() is the real guard. */
  static isHeldByOther(dir: string): boolean {
    const file = path.join(dir, LOCK_FILE);
    return statOrNull(file) !== null && !lockIsStale(file);
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    try {
      const text = fs.readFileSync(this.file, 'utf8');
      // Only remove the lock if it is still ours.
      if (Number.parseInt(text, 10) === process.pid) fs.unlinkSync(this.file);
    } catch {
      /* already gone */
    }
  }
}
