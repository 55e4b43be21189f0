import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

/**
 * Letters written for their reader. A letter to a parent never quotes the internal
 * conversation notes: each conversation gets its own, explicitly written part "voor de
 * brief" (what we discussed, what we agreed, in words for the parent). And a salutation
 * is made from name parts, not from the full name ("Beste mevrouw Yılmaz-Öztürk,").
 * Both hang off the record they belong to and go when it goes.
 */
export const m0011LetterParts: Migration = {
  version: 11,
  name: 'letter-parts',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE conversation_letter_parts (
        conversation_id TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        discussed TEXT NOT NULL,
        agreed TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conversation_letter_parts_dossier ON conversation_letter_parts(dossier_id);

      CREATE TABLE person_name_parts (
        person_id TEXT PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        salutation TEXT NOT NULL CHECK (salutation IN ('', 'mevrouw', 'heer')),
        initials TEXT NOT NULL,
        infix TEXT NOT NULL,
        surname TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX person_name_parts_dossier ON person_name_parts(dossier_id);
    `);
  },
};
