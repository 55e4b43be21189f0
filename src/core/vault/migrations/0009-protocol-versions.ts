import type Database from 'better-sqlite3-multiple-ciphers';
import { BUILTIN_CARD_REVISION, builtInDefinition } from '../../../shared/protocol';
import type { Migration, MigrationContext } from './types';

/**
 * The school's own protocol. Versions are immutable rows (triggers refuse UPDATE and DELETE),
 * so what a dossier followed can always be shown as it was. Version 1 is the built-in card as
 * this app knows it; every existing dossier followed it, hence the column default.
 * Improvement points record the version they were worked into, and preventive points get a
 * plan date and plan status for the school-wide prevention plan.
 */
export const m0009ProtocolVersions: Migration = {
  version: 9,
  name: 'protocol-versions',
  up(db: Database.Database, ctx: MigrationContext) {
    db.exec(`
      CREATE TABLE protocol_versions (
        version INTEGER PRIMARY KEY CHECK (version >= 1),
        established_at TEXT NOT NULL,
        established_by TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('kaart','school','import')),
        card_revision TEXT NOT NULL,
        imported_from_json TEXT,
        definition_json TEXT NOT NULL,
        changes_json TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE TRIGGER protocol_versions_immutable BEFORE UPDATE ON protocol_versions
        BEGIN SELECT RAISE(ABORT, 'protocol versions are immutable'); END;
      CREATE TRIGGER protocol_versions_kept BEFORE DELETE ON protocol_versions
        BEGIN SELECT RAISE(ABORT, 'protocol versions are kept'); END;

      -- A revised built-in card the school has looked at (and what it took over).
      CREATE TABLE protocol_base_reviews (
        card_revision TEXT PRIMARY KEY,
        reviewed_at TEXT NOT NULL,
        reviewed_by TEXT NOT NULL,
        definition_json TEXT NOT NULL,
        adopted_into INTEGER
      ) STRICT;

      ALTER TABLE dossiers ADD COLUMN protocol_version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE improvement_points ADD COLUMN protocol_version INTEGER;
      ALTER TABLE improvement_points ADD COLUMN plan_date TEXT;
      ALTER TABLE improvement_points ADD COLUMN plan_status TEXT NOT NULL DEFAULT 'gepland'
        CHECK (plan_status IN ('gepland','bezig','uitgevoerd','vervallen'));
    `);
    const definition = builtInDefinition();
    const now = ctx.now().toISOString();
    db.prepare(
      `INSERT INTO protocol_versions (version, established_at, established_by, origin, card_revision, definition_json)
       VALUES (1, ?, 'Vangnet', 'kaart', ?, ?)`,
    ).run(now, BUILTIN_CARD_REVISION, JSON.stringify(definition));
    db.prepare(
      `INSERT INTO protocol_base_reviews (card_revision, reviewed_at, reviewed_by, definition_json, adopted_into)
       VALUES (?, ?, 'Vangnet', ?, 1)`,
    ).run(BUILTIN_CARD_REVISION, now, JSON.stringify(definition));
  },
};
