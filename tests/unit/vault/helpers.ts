import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import type { KdfParams } from '../../../src/core/vault';

/** Tiny Argon2 cost so the suite stays fast; production uses DEFAULT_KDF. */
export const TINY_KDF: KdfParams = { memoryCost: 1024, timeCost: 1, parallelism: 1 };
export const PASS = 'paarse fietsbel onder de regenboog';
export const PASS2 = 'groene lantaarn naast koffiemolen';
export const PASS3 = 'zeven blauwe kamelen op zolder';

export function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-'));
}

export function rmDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Every file under dir with its bytes and mtime, to prove "nothing changed". */
export function snapshot(dir: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  const out = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), { bytes: fs.readFileSync(p), mtimeMs: fs.statSync(p).mtimeMs });
    }
  };
  walk(dir);
  return out;
}

export function expectUnchanged(
  before: ReturnType<typeof snapshot>,
  after: ReturnType<typeof snapshot>,
): void {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [k, v] of before) {
    const a = after.get(k);
    expect(a, k).toBeDefined();
    expect(a!.bytes.equals(v.bytes), `${k} bytes`).toBe(true);
    expect(a!.mtimeMs, `${k} mtime`).toBe(v.mtimeMs);
  }
}

export async function expectCode(p: Promise<unknown> | (() => unknown), code: string): Promise<AppError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
    // Dutch, calm, no stack-trace jargon.
    expect((e as AppError).message).not.toMatch(/SQLITE|Error:|undefined|ENOENT/);
    return e as AppError;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out;
}
