import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Vault } from '../../../src/core/vault';
import { PASS, TINY_KDF, rmDir, tmpDir } from './helpers';

const CORE_SRC = path.resolve(__dirname, '../../../src/core');
/** The only places that may read the system time: the two default clocks and the demo's own default. */
const DEFAULT_CLOCKS = new Set(['vault/clock.ts', 'context.ts', 'demo/scenario.ts']);

let dir = '';
afterEach(() => rmDir(dir));

describe('the core has one injected clock', () => {
  it('no Date.now() or new Date() in src/core except the default clocks', () => {
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (
          e.name.endsWith('.ts') &&
          !DEFAULT_CLOCKS.has(path.relative(CORE_SRC, p).split(path.sep).join('/'))
        ) {
          fs.readFileSync(p, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (/Date\.now\(\)|new Date\(\s*\)/.test(line))
                offenders.push(`${path.relative(CORE_SRC, p)}:${i + 1}`);
            });
        }
      }
    };
    walk(CORE_SRC);
    expect(offenders).toEqual([]);
  });

  it('every time a new vault writes comes from the injected clock, migrations included', async () => {
    dir = tmpDir();
    const at = new Date('2031-02-03T04:05:06.000Z');
    const { vault } = await Vault.create(dir, {
      passphrase: PASS,
      userName: 'Test',
      kdf: TINY_KDF,
      now: () => at,
    });
    try {
      const stamps = [
        vault.db.prepare("SELECT value FROM meta WHERE key = 'created_at'").pluck().get(),
        vault.db.prepare('SELECT created_at FROM exchange_identity').pluck().get(),
        vault.db.prepare('SELECT established_at FROM protocol_versions WHERE version = 1').pluck().get(),
        ...vault.db.prepare('SELECT at FROM audit_log').pluck().all(),
      ];
      expect(stamps.length).toBeGreaterThan(3);
      for (const s of stamps) expect(s).toBe(at.toISOString());
    } finally {
      vault.close();
    }
  });
});
