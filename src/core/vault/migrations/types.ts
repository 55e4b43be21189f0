import type Database from 'better-sqlite3-multiple-ciphers';

export interface Migration {
  /** Becomes PRAGMA user_version once applied. Strictly increasing in MIGRATIONS. */
  version: number;
  name: string;
  /** Runs inside a transaction; do not BEGIN/COMMIT here. */
  up(db: Database.Database): void;
}
