import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

/**
 * Evaluation forms per audience, aftercare moments, school-level improvement points and the
 * retention policy. Improvement points are lessons for the school, not dossier content: they
 * keep existing (dossier_id set to NULL) when their dossier is destroyed, and the core refuses
 * names of persons in them.
 */
export const m0006Evaluation: Migration = {
  version: 6,
  name: 'evaluation',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE evaluations (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        audience TEXT NOT NULL CHECK (audience IN ('slachtoffer','ouders','docenten','school-dader','zat')),
        held_at TEXT,
        held_by TEXT NOT NULL DEFAULT '',
        participants TEXT NOT NULL DEFAULT '',
        answers_json TEXT NOT NULL DEFAULT '{}',
        notes TEXT NOT NULL DEFAULT '',
        prevention TEXT NOT NULL DEFAULT '',
        completed INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (dossier_id, audience)
      ) STRICT;

      CREATE TABLE aftercare_moments (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        person_id TEXT REFERENCES persons(id) ON DELETE SET NULL,
        label TEXT NOT NULL,
        due_at TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        done INTEGER NOT NULL DEFAULT 0,
        done_at TEXT,
        outcome TEXT NOT NULL DEFAULT '',
        needs TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX aftercare_dossier ON aftercare_moments(dossier_id, due_at);
      CREATE INDEX aftercare_open_due ON aftercare_moments(done, due_at);

      CREATE TABLE improvement_points (
        id TEXT PRIMARY KEY,
        dossier_id TEXT REFERENCES dossiers(id) ON DELETE SET NULL,
        audience TEXT CHECK (audience IS NULL OR audience IN ('slachtoffer','ouders','docenten','school-dader','zat')),
        area TEXT NOT NULL CHECK (area IN ('protocol','preventie','samenwerking','communicatie')),
        text TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','overgenomen','afgewezen')),
        decision_note TEXT NOT NULL DEFAULT '',
        decided_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX improvement_points_status ON improvement_points(status, created_at);
      CREATE INDEX improvement_points_dossier ON improvement_points(dossier_id);

      CREATE TABLE retention_policy (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 240),
        justification TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
    `);
  },
};
