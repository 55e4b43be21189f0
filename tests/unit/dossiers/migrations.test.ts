import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from '../../../src/core/vault';
import { registerSqlFunctions } from '../../../src/core/vault/sql-functions';

/** Each migration is applied on top of the ones before it, in a plain in-memory database. */
function upTo(version: number): Database.Database {
  const db = new Database(':memory:');
  registerSqlFunctions(db);
  db.pragma('foreign_keys = ON');
  runMigrations(db, MIGRATIONS.filter((m) => m.version <= version));
  return db;
}

function isStrict(db: Database.Database, table: string): boolean {
  const row = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string } | undefined;
  return /\)\s*STRICT\s*$/i.test(row?.sql ?? '');
}

describe('migration 0002: dossiers', () => {
  it('creates STRICT tables with cascading foreign keys', () => {
    const db = upTo(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    for (const t of ['dossiers', 'persons', 'step_states', 'actions', 'chronology', 'conversations', 'school_profile', 'destruction_in_progress']) {
      expect(isStrict(db, t), t).toBe(true);
    }
    db.prepare(
      "INSERT INTO dossiers (id, number, title, discovered_at, material_kind, lead, created_at, updated_at) VALUES ('d1','2026-001','t','2026-01-01T00:00:00Z','foto','l','x','x')",
    ).run();
    db.prepare(
      "INSERT INTO persons (id, dossier_id, role, name, created_at, updated_at) VALUES ('p1','d1','slachtoffer','n','x','x')",
    ).run();
    expect(() =>
      db.prepare("INSERT INTO persons (id, dossier_id, role, name, created_at, updated_at) VALUES ('p2','nope','x','n','x','x')").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE dossiers SET status = 'kwijt' WHERE id = 'd1'").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM dossiers WHERE id = ?').run('d1');
    expect(db.prepare('SELECT count(*) AS n FROM persons').get()).toEqual({ n: 0 });
  });

  it('chronology deletes only under a destruction marker', () => {
    const db = upTo(2);
    db.prepare(
      "INSERT INTO dossiers (id, number, title, discovered_at, material_kind, lead, created_at, updated_at) VALUES ('d1','2026-001','t','2026-01-01T00:00:00Z','foto','l','x','x')",
    ).run();
    db.prepare(
      "INSERT INTO chronology (id, dossier_id, seq, occurred_at, recorded_at, author, kind, text) VALUES ('c1','d1',1,'x','x','a','notitie','tekst')",
    ).run();
    expect(() => db.prepare("DELETE FROM dossiers WHERE id = 'd1'").run()).toThrow(/court-safe/);
    db.transaction(() => {
      db.prepare("INSERT INTO destruction_in_progress VALUES ('d1')").run();
      db.prepare("DELETE FROM dossiers WHERE id = 'd1'").run();
      db.prepare("DELETE FROM destruction_in_progress WHERE dossier_id = 'd1'").run();
    })();
    expect(db.prepare('SELECT count(*) AS n FROM chronology').get()).toEqual({ n: 0 });
  });
});

describe('migration 0003: search', () => {
  it('indexes dossier text through triggers and forgets deleted rows', () => {
    const db = upTo(3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.prepare(
      "INSERT INTO dossiers (id, number, title, discovered_at, material_kind, lead, created_at, updated_at) VALUES ('d1','2026-001','Foto klas','2026-01-01T00:00:00Z','foto','Jansen','x','x')",
    ).run();
    db.prepare("INSERT INTO persons (id, dossier_id, role, name, created_at, updated_at) VALUES ('p1','d1','slachtoffer','Łucja Wiśniewska','x','x')").run();
    const find = (q: string) => db.prepare('SELECT source FROM search_index WHERE search_index MATCH ?').all(q);
    expect(find('"lucja"')).toEqual([{ source: 'persoon' }]);
    db.prepare("UPDATE persons SET name = 'Anna' WHERE id = 'p1'").run();
    expect(find('"lucja"')).toEqual([]);
    expect(find('"anna"')).toEqual([{ source: 'persoon' }]);
    // The raw text is kept as typed for snippets; only one index row per person.
    expect(db.prepare("SELECT raw FROM search_index WHERE source = 'persoon'").all()).toEqual([{ raw: 'Anna    ' }]);
    db.prepare("DELETE FROM dossiers WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM search_index').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM search_map').get()).toEqual({ n: 0 });
  });
});
