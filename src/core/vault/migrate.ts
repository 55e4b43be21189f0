import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './migrations/types';
import { systemClock } from './clock';
import { MIGRATIONS } from './migrations';
import { vaultError } from './errors';

/** Throws if versions are not positive and strictly increasing (a programming error). */
export function assertMigrationOrder(migrations: readonly Migration[]): void {
  let prev = 0;
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version <= prev) {
      throw new Error(`Migration list is not strictly increasing at ${m.version} (${m.name}) after ${prev}`);
    }
    prev = m.version;
  }
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

export function userVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Applies every migration newer than PRAGMA user_version, each in its own transaction that
 * also bumps user_version, so a crash leaves the database at a clean step. Refuses a
 * database from a newer Vangnet (VAULT_TOO_NEW) before changing anything.
 */
export function runMigrations(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => Date = systemClock,
): number[] {
  assertMigrationOrder(migrations);
  const current = userVersion(db);
  if (current > latestVersion(migrations)) throw vaultError('VAULT_TOO_NEW');
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db, { now });
      // user_version lives in the page-1 header, so it commits or rolls back with the migration.
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
