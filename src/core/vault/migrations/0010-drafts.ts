import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

/**
 * Unsaved form input (drafts), kept inside the encrypted vault so a lock (idle, Ctrl+L, OS lock,
 * suspend) never loses typed text and nothing typed ever lands on disk in plaintext. One row per
 * dossier + form; dossier_id is NULL for forms outside a dossier (intake, school profile). Rows
 * cascade with their dossier, and retention destruction finds the dossier_id column itself.
 */
export const m0010Drafts: Migration = {
  version: 10,
  name: 'drafts',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        dossier_id TEXT REFERENCES dossiers(id) ON DELETE CASCADE,
        form_key TEXT NOT NULL,
        data_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX drafts_scope_form ON drafts(ifnull(dossier_id, ''), form_key);
    `);
  },
};
