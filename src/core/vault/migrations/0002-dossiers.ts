import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

/**
 * The dossier model. Chronology rows are court-safe: triggers refuse UPDATE and
 * DELETE unless the dossier is being destroyed under the retention policy (a row in
 * `destruction_in_progress`, written and removed in the same transaction).
 */
export const m0002Dossiers: Migration = {
  version: 2,
  name: 'dossiers',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE dossiers (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        discovered_at TEXT NOT NULL,
        how_discovered TEXT NOT NULL DEFAULT '',
        material_kind TEXT NOT NULL,
        voluntariness TEXT NOT NULL DEFAULT 'onbekend',
        spread_json TEXT NOT NULL DEFAULT '{"pupils":null,"groups":null,"platforms":[]}',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','nazorg','gesloten')),
        lead TEXT NOT NULL,
        victim_needs TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        other_school INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        closed_at TEXT
      ) STRICT;
      CREATE INDEX dossiers_status ON dossiers(status, updated_at);

      CREATE TABLE persons (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        name TEXT NOT NULL,
        class_name TEXT NOT NULL DEFAULT '',
        school TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        related_person_id TEXT REFERENCES persons(id) ON DELETE SET NULL,
        language TEXT NOT NULL DEFAULT '',
        interpreter_needed INTEGER NOT NULL DEFAULT 0,
        sensitivities TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX persons_dossier ON persons(dossier_id);

      CREATE TABLE step_states (
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        step_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open','bezig','gedaan','nvt')),
        nvt_reason TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due_at TEXT,
        notes TEXT NOT NULL DEFAULT '',
        data_json TEXT NOT NULL DEFAULT '{}',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (dossier_id, step_id)
      ) STRICT;

      CREATE TABLE actions (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        step_id TEXT,
        wie TEXT NOT NULL,
        wat TEXT NOT NULL,
        wanneer TEXT,
        waar TEXT NOT NULL DEFAULT '',
        hoe TEXT NOT NULL DEFAULT '',
        done INTEGER NOT NULL DEFAULT 0,
        done_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX actions_dossier ON actions(dossier_id);
      CREATE INDEX actions_open_due ON actions(done, wanneer);

      CREATE TABLE chronology (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        occurred_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        author TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('notitie','status','correctie','systeem')),
        text TEXT NOT NULL,
        corrects_id TEXT REFERENCES chronology(id),
        UNIQUE (dossier_id, seq)
      ) STRICT;

      CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        step_id TEXT,
        with_whom TEXT NOT NULL,
        person_ids_json TEXT NOT NULL DEFAULT '[]',
        held_at TEXT NOT NULL,
        held_by TEXT NOT NULL,
        location TEXT NOT NULL DEFAULT '',
        preparation_json TEXT NOT NULL DEFAULT '{}',
        summary TEXT NOT NULL DEFAULT '',
        agreements TEXT NOT NULL DEFAULT '',
        follow_up TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conversations_dossier ON conversations(dossier_id);

      CREATE TABLE school_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data_json TEXT NOT NULL
      ) STRICT;

      CREATE TABLE destruction_in_progress (
        dossier_id TEXT PRIMARY KEY
      ) STRICT;

      CREATE TRIGGER chronology_no_update BEFORE UPDATE ON chronology
      BEGIN
        SELECT RAISE(ABORT, 'court-safe: chronology entries cannot be changed');
      END;
      CREATE TRIGGER chronology_no_delete BEFORE DELETE ON chronology
      WHEN NOT EXISTS (SELECT 1 FROM destruction_in_progress WHERE dossier_id = OLD.dossier_id)
      BEGIN
        SELECT RAISE(ABORT, 'court-safe: chronology entries cannot be deleted');
      END;
    `);
  },
};
