import type { Migration } from './types';

/** Vault metadata (user_name, created_at, vault_id, audit head/count) and the hash-chained audit log. */
export const migration0001: Migration = {
  version: 1,
  name: 'meta-and-audit',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        seq        INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,
        actor      TEXT NOT NULL,
        action     TEXT NOT NULL,
        dossier_id TEXT,
        details    TEXT NOT NULL,
        prev_hash  TEXT NOT NULL,
        hash       TEXT NOT NULL
      ) STRICT;

      CREATE INDEX audit_log_dossier ON audit_log(dossier_id);
    `);
  },
};
