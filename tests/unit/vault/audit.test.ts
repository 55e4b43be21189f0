import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, appendAudit, runMigrations, verifyAuditChain } from '../../../src/core/vault';
import { rmDir, tmpDir } from './helpers';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = tmpDir();
  db = new Database(path.join(dir, 'a.db'));
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${crypto.randomBytes(32).toString('hex')}'"`);
  runMigrations(db, MIGRATIONS);
  for (let i = 1; i <= 5; i++) {
    appendAudit(db, {
      at: `2026-11-28T09:0${i}:00+01:00`,
      actor: 'Mevr. Jansen',
      action: i % 2 ? 'dossier_updated' : 'entry_added',
      dossierId: i === 3 ? null : '6f1c2a9e-0000-4000-8000-00000000000' + i,
      details: `Wijziging ${i}`,
    });
  }
});
afterEach(() => {
  db.close();
  rmDir(dir);
});

describe('audit hash chain', () => {
  it('verifies an intact chain and keeps head/count in meta', () => {
    expect(verifyAuditChain(db)).toEqual({ ok: true, count: 5 });
    const meta = Object.fromEntries(
      db
        .prepare('SELECT key, value FROM meta')
        .all()
        .map((r) => {
          const row = r as { key: string; value: string };
          return [row.key, row.value];
        }),
    );
    expect(meta.audit_count).toBe('5');
    expect(meta.audit_head).toBe(db.prepare('SELECT hash FROM audit_log WHERE seq = 5').pluck().get());
  });

  it('detects an altered record', () => {
    db.prepare("UPDATE audit_log SET details = 'iets anders' WHERE seq = 3").run();
    const r = verifyAuditChain(db);
    expect(r).toMatchObject({ ok: false, brokenAtSeq: 3 });
    if (!r.ok) expect(r.reason).toMatch(/gewijzigd/);
  });

  it('detects a deleted middle record', () => {
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    const r = verifyAuditChain(db);
    expect(r).toMatchObject({ ok: false, brokenAtSeq: 2 });
    if (!r.ok) expect(r.reason).toMatch(/ontbreekt/);
  });

  it('detects a deleted last record (via the head/count kept in meta)', () => {
    db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
    const r = verifyAuditChain(db);
    expect(r).toMatchObject({ ok: false, brokenAtSeq: 5 });
    if (!r.ok) expect(r.reason).toMatch(/laatste logboekregel/);
  });

  it('detects reordered records (contents swapped between positions)', () => {
    const rows = db.prepare('SELECT * FROM audit_log WHERE seq IN (2, 4) ORDER BY seq').all() as Record<
      string,
      unknown
    >[];
    const upd = db.prepare(
      'UPDATE audit_log SET at = ?, action = ?, dossier_id = ?, details = ?, prev_hash = ?, hash = ? WHERE seq = ?',
    );
    const [a, b] = rows as [Record<string, unknown>, Record<string, unknown>];
    db.transaction(() => {
      upd.run(b.at, b.action, b.dossier_id, b.details, b.prev_hash, b.hash, 2);
      upd.run(a.at, a.action, a.dossier_id, a.details, a.prev_hash, a.hash, 4);
    })();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAtSeq: 2 });
  });

  it('detects a record rewritten with a recomputed own hash (the next link breaks)', () => {
    const r2 = db.prepare('SELECT prev_hash FROM audit_log WHERE seq = 2').pluck().get() as string;
    const fake = {
      at: '2026-11-28T09:02:00+01:00',
      actor: 'X',
      action: 'entry_added',
      dossierId: null,
      details: 'vervalst',
    };
    const h = crypto
      .createHash('sha256')
      .update(r2)
      .update(
        JSON.stringify([
          ['seq', 2],
          ['at', fake.at],
          ['actor', fake.actor],
          ['action', fake.action],
          ['dossierId', null],
          ['details', fake.details],
        ]),
      )
      .digest('hex');
    db.prepare('UPDATE audit_log SET actor = ?, details = ?, dossier_id = NULL, hash = ? WHERE seq = 2').run(
      fake.actor,
      fake.details,
      h,
    );
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });

  it('appendAudit joins the caller transaction and rolls back with it', () => {
    expect(() =>
      db.transaction(() => {
        appendAudit(db, { at: 'nu', actor: 'a', action: 'x', dossierId: null, details: 'd' });
        throw new Error('boom');
      })(),
    ).toThrow('boom');
    expect(verifyAuditChain(db)).toEqual({ ok: true, count: 5 });
  });
});
