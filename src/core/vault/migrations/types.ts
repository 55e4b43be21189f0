import type Database from 'better-sqlite3-multiple-ciphers';

/** What a migration may use besides the database: the vault's one clock (OpenOptions.now). */
export interface MigrationContext {
  now: () => Date;
}

export interface Migration {
  /** Becomes PRAGMA user_version once applied. Strictly increasing in MIGRATIONS. */
  version: number;
  name: string;
  /** Runs inside a transaction; do not BEGIN/COMMIT here. */
  up(db: Database.Database, ctx: MigrationContext): void;
}
