import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

/**
 * Verifiable documents: the SHA-256 of the exact bytes of every file Vangnet wrote (or handed
 * to the printer) for a generated document. One register row may have several files: a mail
 * merge writes one PDF to print plus, on request, one file per parent. "Document controleren"
 * hashes a file the user picks and looks it up here; the same hash is in the audit chain.
 *
 * `generated_documents.content_hash` (a hash of the internal document model, printed on the
 * old overview) proved nothing about a file and is no longer written or read; older rows keep
 * their value, new rows store ''.
 */
export const m0016DocumentFileHashes: Migration = {
  version: 16,
  name: 'document-file-hashes',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE generated_document_files (
        document_id TEXT NOT NULL REFERENCES generated_documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq >= 0),
        file_name TEXT NOT NULL,
        byte_size INTEGER NOT NULL CHECK (byte_size >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        PRIMARY KEY (document_id, seq)
      ) STRICT;
      CREATE INDEX generated_document_files_sha256 ON generated_document_files(sha256);
    `);
  },
};
