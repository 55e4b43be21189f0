import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

/**
 * Two-stage destruction: a dossier is first marked "te vernietigen" (reversible, shown on the
 * overview) and only erased after the grace period or an explicit confirmation in a dialog of
 * the main process. The mark is dossier content: it cascades with the dossier and is erased
 * with it. The grace period itself lives in `meta` (`destruction_grace_days`).
 */
export const m0008DestructionMarks: Migration = {
  version: 8,
  name: 'destruction-marks',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE destruction_marks (
        dossier_id TEXT PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,
        marked_at TEXT NOT NULL,
        marked_by TEXT NOT NULL,
        due_at TEXT NOT NULL,
        early INTEGER NOT NULL CHECK (early IN (0, 1)),
        reason TEXT NOT NULL DEFAULT ''
      ) STRICT;
    `);
  },
};
