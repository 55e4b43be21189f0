import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

/**
 * Whom a generated document concerns: the persons of its dossier it is addressed to or names
 * (a JSON array of person ids). The inzage export (AVG art. 15(1)(c)) lists a document as a
 * recipient of someone's data only when it concerns that person; before, every letter of the
 * dossier was listed (the letter to the perpetrator's parents in the victim's export). Rows made
 * before this migration keep NULL: not known, so the export still lists them, saying so.
 */
export const m0017DocumentConcerns: Migration = {
  version: 17,
  name: 'document-concerns',
  up(db: Database.Database) {
    db.exec('ALTER TABLE generated_documents ADD COLUMN concerns_json TEXT');
  },
};
