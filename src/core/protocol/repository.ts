import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/errors';
import {
  ProtocolDefinitionSchema,
  type ProtocolChange,
  type ProtocolDefinition,
  type ProtocolOrigin,
  type ProtocolVersion,
  type ProtocolVersionSummary,
} from '../../shared/protocol';

interface VersionRow {
  version: number;
  established_at: string;
  established_by: string;
  origin: ProtocolOrigin;
  card_revision: string;
  imported_from_json: string | null;
  definition_json: string;
  changes_json: string;
}

function toSummary(r: VersionRow): ProtocolVersionSummary {
  return {
    version: r.version,
    establishedAt: r.established_at,
    establishedBy: r.established_by,
    origin: r.origin,
    cardRevision: r.card_revision,
    importedFrom: r.imported_from_json ? (JSON.parse(r.imported_from_json) as ProtocolVersionSummary['importedFrom']) : null,
    changes: JSON.parse(r.changes_json) as ProtocolChange[],
  };
}

// Versions never change once stored, so a parsed copy per connection and version is kept.
const CACHE = new WeakMap<Database.Database, Map<number, ProtocolVersion>>();

function parseRow(r: VersionRow): ProtocolVersion {
  // Stored definitions went through the schema on the way in; parsing again guards against a
  // damaged row rather than trusting it into the step screens.
  const parsed = ProtocolDefinitionSchema.safeParse(JSON.parse(r.definition_json));
  if (!parsed.success) {
    throw new AppError('INTERNAL', { key: 'PROTOCOL_VERSION_DAMAGED', params: { version: r.version } });
  }
  return { ...toSummary(r), definition: parsed.data };
}

export function getVersion(db: Database.Database, version: number): ProtocolVersion {
  let perDb = CACHE.get(db);
  if (!perDb) {
    perDb = new Map();
    CACHE.set(db, perDb);
  }
  const cached = perDb.get(version);
  if (cached) return cached;
  const row = db.prepare('SELECT * FROM protocol_versions WHERE version = ?').get(version) as VersionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { key: 'PROTOCOL_VERSION_NOT_FOUND', params: { version } });
  const parsed = parseRow(row);
  perDb.set(version, parsed);
  return parsed;
}

export function currentVersionNumber(db: Database.Database): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM protocol_versions').get() as { v: number | null };
  if (row.v === null) throw new AppError('INTERNAL', { key: 'PROTOCOL_MISSING' });
  return row.v;
}

export function listVersions(db: Database.Database): Array<ProtocolVersionSummary & { dossierCount: number }> {
  const rows = db.prepare('SELECT * FROM protocol_versions ORDER BY version DESC').all() as VersionRow[];
  const counts = new Map(
    (db.prepare('SELECT protocol_version AS v, COUNT(*) AS n FROM dossiers GROUP BY protocol_version').all() as Array<{
      v: number;
      n: number;
    }>).map((r) => [r.v, r.n]),
  );
  return rows.map((r) => ({ ...toSummary(r), dossierCount: counts.get(r.version) ?? 0 }));
}

export function insertVersion(
  db: Database.Database,
  v: {
    version: number;
    establishedAt: string;
    establishedBy: string;
    origin: ProtocolOrigin;
    cardRevision: string;
    importedFrom: ProtocolVersionSummary['importedFrom'];
    definition: ProtocolDefinition;
    changes: ProtocolChange[];
  },
): void {
  db.prepare(
    `INSERT INTO protocol_versions (version, established_at, established_by, origin, card_revision, imported_from_json, definition_json, changes_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    v.version,
    v.establishedAt,
    v.establishedBy,
    v.origin,
    v.cardRevision,
    v.importedFrom ? JSON.stringify(v.importedFrom) : null,
    JSON.stringify(v.definition),
    JSON.stringify(v.changes),
  );
}

export function dossierVersion(db: Database.Database, dossierId: string): number {
  const row = db.prepare('SELECT protocol_version AS v FROM dossiers WHERE id = ?').get(dossierId) as { v: number } | undefined;
  if (!row) throw new AppError('NOT_FOUND', { key: 'DOSSIER_NOT_FOUND' });
  return row.v;
}

export function setDossierVersion(db: Database.Database, dossierId: string, version: number, at: string): void {
  db.prepare('UPDATE dossiers SET protocol_version = ?, updated_at = ? WHERE id = ?').run(version, at, dossierId);
}

/** The base card revision the school last reviewed, with the definition it saw then. */
export function lastReviewedBase(db: Database.Database): { cardRevision: string; definition: ProtocolDefinition } {
  const row = db
    .prepare('SELECT card_revision, definition_json FROM protocol_base_reviews ORDER BY rowid DESC LIMIT 1')
    .get() as { card_revision: string; definition_json: string };
  return { cardRevision: row.card_revision, definition: ProtocolDefinitionSchema.parse(JSON.parse(row.definition_json)) };
}

export function recordBaseReview(
  db: Database.Database,
  r: { cardRevision: string; at: string; by: string; definition: ProtocolDefinition; adoptedInto: number | null },
): void {
  db.prepare(
    `INSERT INTO protocol_base_reviews (card_revision, reviewed_at, reviewed_by, definition_json, adopted_into)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(card_revision) DO UPDATE SET reviewed_at = excluded.reviewed_at, reviewed_by = excluded.reviewed_by,
       definition_json = excluded.definition_json, adopted_into = excluded.adopted_into`,
  ).run(r.cardRevision, r.at, r.by, JSON.stringify(r.definition), r.adoptedInto);
}

export function markPointsProcessed(db: Database.Database, ids: readonly string[], version: number, at: string): void {
  const stmt = db.prepare(
    `UPDATE improvement_points SET status = 'overgenomen', protocol_version = ?, decided_at = COALESCE(decided_at, ?),
       decision_note = CASE WHEN decision_note = '' THEN ? ELSE decision_note END, updated_at = ? WHERE id = ?`,
  );
  for (const id of ids) stmt.run(version, at, `Verwerkt in protocol versie ${version}.`, at, id);
}
