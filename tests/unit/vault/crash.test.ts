import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { Vault, VaultLock } from '../../../src/core/vault';
import { PASS, PASS2, TINY_KDF, rmDir, tmpDir } from './helpers';

let dir: string;
beforeEach(() => {
  dir = tmpDir();
});
afterEach(() => rmDir(dir));

// One process (node + tsx loader), so SIGKILL really kills the writer mid-flight.
const tsx = path.resolve(__dirname, '../../../node_modules/tsx');

async function killMidway(delayMs: number, current: string, other: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'change-child.ts'), dir, current, other],
    {
      cwd: path.resolve(__dirname, '../../..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('error', reject);
    child.once('exit', () => reject(new Error('child exited early')));
  });
  await new Promise((r) => setTimeout(r, delayMs));
  expect(child.exitCode, 'child must still be running when killed').toBeNull();
  child.kill('SIGKILL');
  await exited;
}

async function unlocksWithOneOf(...passphrases: string[]): Promise<string> {
  for (const p of passphrases) {
    try {
      const v = await Vault.unlock(dir, p);
      v.close();
      return p;
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'WRONG_PASSPHRASE') throw e;
    }
  }
  throw new Error('neither passphrase works');
}

describe('passphrase change killed midway', () => {
  it.skipIf(process.platform === 'win32' || !fs.existsSync(tsx))(
    'always leaves the old or the new passphrase working (and the dead lock is taken over)',
    async () => {
      const { vault } = await Vault.create(dir, { passphrase: PASS, userName: 'Test', kdf: TINY_KDF });
      vault.close();
      let current = PASS;
      for (const delay of [5, 17, 31, 53, 80]) {
        await killMidway(delay, current, current === PASS ? PASS2 : PASS);
        current = await unlocksWithOneOf(PASS, PASS2);
      }
      // No temp files left; the lock file stays by design, but no dead process holds it.
      expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-') || f.startsWith('.vangnet.lock.'))).toEqual([]);
      expect(VaultLock.isHeldByOther(dir)).toBe(false);
    },
  );
});
