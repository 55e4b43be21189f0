import type Database from 'better-sqlite3-multiple-ciphers';
import { foldText } from '../../shared/text/fold';

/**
 * SQL functions our schema relies on (the search triggers call vg_fold). Registered on
 * every connection before migrations run; deterministic so SQLite may use them in triggers.
 */
export function registerSqlFunctions(db: Database.Database): void {
  db.function('vg_fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldText(value) : value === null || value === undefined ? '' : foldText(String(value)),
  );
}
