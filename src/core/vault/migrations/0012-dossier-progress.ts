import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

/**
 * A stored progress summary per dossier, so the first overview after an unlock does not have to
 * decrypt and fold every step state of every dossier (issue 18: 286 ms cold vs 60 ms warm at
 * 2,000 dossiers). The overview fills a row when it computes one; triggers delete the row in the
 * same transaction as anything it depends on changes (a step state, the pinned protocol version,
 * "andere school betrokken", the status), so a stored row is never stale, whichever code path
 * wrote — handlers, exchange imports, version moves or a future area. Protocol versions are
 * immutable, so the step titles in the summary cannot drift either. It is a cache: losing it
 * only costs time, and it cascades with its dossier (destruction leaves nothing).
 */
export const m0012DossierProgress: Migration = {
  version: 12,
  name: 'dossier-progress',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE dossier_progress (
        dossier_id TEXT PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,
        summary_json TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER dossier_progress_step_insert AFTER INSERT ON step_states
        BEGIN DELETE FROM dossier_progress WHERE dossier_id = NEW.dossier_id; END;
      CREATE TRIGGER dossier_progress_step_update AFTER UPDATE ON step_states
        BEGIN DELETE FROM dossier_progress WHERE dossier_id IN (OLD.dossier_id, NEW.dossier_id); END;
      CREATE TRIGGER dossier_progress_step_delete AFTER DELETE ON step_states
        BEGIN DELETE FROM dossier_progress WHERE dossier_id = OLD.dossier_id; END;
      CREATE TRIGGER dossier_progress_dossier_update
        AFTER UPDATE OF protocol_version, other_school, status ON dossiers
        BEGIN DELETE FROM dossier_progress WHERE dossier_id = NEW.id; END;
    `);
  },
};
