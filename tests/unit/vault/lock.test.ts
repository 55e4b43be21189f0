import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { LOCK_FILE, VaultLock } from '../../../src/core/vault/lock';
import { Vault } from '../../../src/core/vault';
import { PASS, TINY_KDF, rmDir, tmpDir } from './helpers';

let dir: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = tmpDir();
  fs.mkdirSync(dir, { recursive: true });
});
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  rmDir(dir);
});

/** Another process holding the lock (node + tsx in one process, so SIGKILL kills the holder). */
async function holder(): Promise<{ child: ChildProcess; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'lock-holder.ts'), dir], {
    cwd: path.resolve(__dirname, '../../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise((r) => child.once('exit', r));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', () => reject(new Error(`holder exited early: ${stderr}`)));
  });
  return { child, exited };
}

const inUse = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('VAULT_IN_USE');
    return;
  }
  throw new Error('expected VAULT_IN_USE');
};

describe('folder lock held by the OS (SQLite exclusive lock on vangnet.lock)', () => {
  it('a second holder in this process is refused until the first releases', () => {
    const a = VaultLock.acquire(dir);
    expect(VaultLock.isHeldByOther(dir)).toBe(true);
    inUse(() => VaultLock.acquire(dir));
    // The refused attempt and the probes did not loosen the first lock.
    inUse(() => VaultLock.acquire(dir));
    a.release();
    expect(VaultLock.isHeldByOther(dir)).toBe(false);
    // The file stays (deleting a lock file others may be opening would split the lock).
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    VaultLock.acquire(dir).release();
  });

  it('another process holding it means "in use"; once that process is killed the lock is free at once', async () => {
    const { child, exited } = await holder();
    expect(VaultLock.isHeldByOther(dir)).toBe(true);
    inUse(() => VaultLock.acquire(dir));
    child.kill('SIGKILL');
    await exited;
    // No stale-lock heuristics, no waiting: the kernel dropped the dead process's lock.
    expect(VaultLock.isHeldByOther(dir)).toBe(false);
    const mine = VaultLock.acquire(dir);
    // And now the other way round: a new process is refused while we hold it.
    const probe = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', `import('./src/core/vault/lock.ts').then(m => { try { m.VaultLock.acquire(${JSON.stringify(dir)}); console.log('taken'); } catch (e) { console.log(e.code); } })`],
      { cwd: path.resolve(__dirname, '../../..'), encoding: 'utf8' },
    );
    expect(probe.stdout.trim()).toBe('VAULT_IN_USE');
    mine.release();
  });

  it('a pid file of a live process (the old lock, or pid reuse) does not block', async () => {
    // What the pid lock got wrong: a recycled pid read as "in use". Content means nothing now.
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${process.ppid}\n`);
    const lock = VaultLock.acquire(dir);
    expect(VaultLock.isHeldByOther(dir)).toBe(true);
    lock.release();
  });

  it('a vault opened in another process is refused with VAULT_IN_USE, and opens after that process is killed', async () => {
    const { vault } = await Vault.create(dir, { passphrase: PASS, userName: 'Test', kdf: TINY_KDF });
    vault.close();
    const { child, exited } = await holder();
    await expect(Vault.unlock(dir, PASS)).rejects.toMatchObject({ code: 'VAULT_IN_USE' });
    child.kill('SIGKILL');
    await exited;
    const v = await Vault.unlock(dir, PASS);
    v.close();
  });
});
