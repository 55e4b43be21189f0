import crypto from 'node:crypto';
import path from 'node:path';
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations, latestVersion, type Migration } from '../../../src/core/vault';
import { expectCode, rmDir, tmpDir } from './helpers';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = tmpDir();
  db = new Database(path.join(dir, 'm.db'));
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${crypto.randomBytes(32).toString('hex')}'"`);
});
afterEach(() => {
  db.close();
  rmDir(dir);
});

const m = (version: number, sql: string, log: number[] = []): Migration => ({
  version,
  name: `m${version}`,
  up(d) {
    log.push(version);
    d.exec(sql);
  },
});

describe('migration runner', () => {
  it('applies pending migrations in order and sets user_version', () => {
    const log: number[] = [];
    const list = [
      m(1, 'CREATE TABLE a(x INTEGER) STRICT', log),
      m(2, 'CREATE TABLE b(x INTEGER) STRICT', log),
    ];
    expect(runMigrations(db, list)).toEqual([1, 2]);
    expect(log).toEqual([1, 2]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    // Idempotent: nothing to do the second time; a new one is applied on its own.
    expect(runMigrations(db, list)).toEqual([]);
    expect(runMigrations(db, [...list, m(3, 'CREATE TABLE c(x INTEGER) STRICT', log)])).toEqual([3]);
    expect(log).toEqual([1, 2, 3]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('refuses a list that is not strictly increasing', () => {
    expect(() => runMigrations(db, [m(1, ''), m(1, '')])).toThrow(/strictly increasing/);
    expect(() => runMigrations(db, [m(2, ''), m(1, '')])).toThrow(/strictly increasing/);
    expect(() => runMigrations(db, [m(0, '')])).toThrow(/strictly increasing/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
  });

  it('rolls a failing migration back completely, including user_version', () => {
    const list = [
      m(1, 'CREATE TABLE a(x INTEGER) STRICT'),
      m(2, 'CREATE TABLE b(x INTEGER) STRICT; SELECT * FROM nope'),
    ];
    expect(() => runMigrations(db, list)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'b'").pluck().get()).toBe(0);
  });

  it('refuses a database from a newer version (VAULT_TOO_NEW) without changes', async () => {
    db.pragma('user_version = 42');
    await expectCode(() => runMigrations(db, [m(1, 'CREATE TABLE a(x INTEGER) STRICT')]), 'VAULT_TOO_NEW');
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'a'").pluck().get()).toBe(0);
  });

  it('the real MIGRATIONS list is strictly increasing, named NNNN-kebab-name files', () => {
    const versions = MIGRATIONS.map((x) => x.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(latestVersion()).toBe(versions.at(-1));
    const files = fs
      .readdirSync(path.resolve(__dirname, '../../../src/core/vault/migrations'))
      .filter((f) => /^\d{4}-/.test(f));
    for (const mig of MIGRATIONS) {
      const prefix = String(mig.version).padStart(4, '0');
      expect(
        files.some((f) => f === `${prefix}-${mig.name}.ts`),
        `${prefix}-${mig.name}.ts`,
      ).toBe(true);
    }
  });
});

describe('migration 0001 meta-and-audit', () => {
  it('creates STRICT meta and audit_log tables', () => {
    runMigrations(
      db,
      MIGRATIONS.filter((x) => x.version === 1),
    );
    const tables = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        { name: 'meta', strict: 1 },
        { name: 'audit_log', strict: 1 },
      ]),
    );
    const cols = db
      .prepare('SELECT name, type, "notnull" AS nn, pk FROM pragma_table_info(?)')
      .all('audit_log');
    expect(cols).toEqual([
      { name: 'seq', type: 'INTEGER', nn: 0, pk: 1 },
      { name: 'at', type: 'TEXT', nn: 1, pk: 0 },
      { name: 'actor', type: 'TEXT', nn: 1, pk: 0 },
      { name: 'action', type: 'TEXT', nn: 1, pk: 0 },
      { name: 'dossier_id', type: 'TEXT', nn: 0, pk: 0 },
      { name: 'details', type: 'TEXT', nn: 1, pk: 0 },
      { name: 'prev_hash', type: 'TEXT', nn: 1, pk: 0 },
      { name: 'hash', type: 'TEXT', nn: 1, pk: 0 },
    ]);
    // STRICT really is enforced.
    expect(() =>
      db.prepare('INSERT INTO meta(key, value) VALUES (?, ?)').run('k', Buffer.from('x')),
    ).toThrow();
    expect(() => db.prepare('INSERT INTO meta(key, value) VALUES (?, NULL)').run('k')).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });
});
