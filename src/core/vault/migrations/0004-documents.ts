import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

/**
 * Documents: the school's edited letter templates, the communication statement (one
 * draft per dossier plus every published version, which never changes afterwards) and a
 * record of each generated document. The PDF bytes themselves are not kept: a document is
 * only ever written where the user chose, or handed to the print dialog.
 */
export const m0004Documents: Migration = {
  version: 4,
  name: 'documents',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE document_templates (
        id TEXT PRIMARY KEY,
        subject TEXT NOT NULL,
        salutation TEXT NOT NULL,
        body TEXT NOT NULL,
        closing TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE statement_drafts (
        dossier_id TEXT PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,
        wat_speelt TEXT NOT NULL,
        wat_doet TEXT NOT NULL,
        contactpersoon TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE statement_versions (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        wat_speelt TEXT NOT NULL,
        wat_doet TEXT NOT NULL,
        contactpersoon TEXT NOT NULL,
        published_at TEXT NOT NULL,
        published_by TEXT NOT NULL,
        UNIQUE (dossier_id, version)
      ) STRICT;

      -- A published statement may have been sent to parents or put online: keep it as it was.
      CREATE TRIGGER statement_versions_no_update BEFORE UPDATE ON statement_versions
      BEGIN
        SELECT RAISE(ABORT, 'published statement versions cannot be changed');
      END;

      CREATE TABLE generated_documents (
        id TEXT PRIMARY KEY,
        dossier_id TEXT REFERENCES dossiers(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        audience TEXT NOT NULL CHECK (audience IN ('individual','group')),
        recipient_label TEXT NOT NULL,
        pages INTEGER NOT NULL,
        delivery TEXT NOT NULL CHECK (delivery IN ('opgeslagen','afgedrukt')),
        file_name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX generated_documents_dossier ON generated_documents(dossier_id, created_at);
      CREATE INDEX generated_documents_hash ON generated_documents(content_hash);
    `);
  },
};
