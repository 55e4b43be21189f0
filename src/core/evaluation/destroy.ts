import type Database from 'better-sqlite3-multiple-ciphers';
import { retentionUntil } from '../../shared/domain/evaluation';
import { AppError } from '../../shared/errors';
import type { CoreContext } from '../context';
import { getDossierRow } from '../dossiers/repository';
import { findPersonName, personNames, redactNames } from './names';
import { readRetentionPolicy } from './repository';

/**
 * Destruction of a dossier under the retention policy (AVG). Removes every row of the
 * dossier in one transaction, leaving one audit record ("dossier <number> destroyed, when,
 * by whom"), then VACUUMs and truncates the WAL so no deleted text lingers in free pages
 * (secure_delete is on, so freed cells are zeroed too).
 */

/** Tables whose rows are not dossier content, or are handled on their own below. */
const KEEP = new Set(['audit_log', 'destruction_in_progress', 'dossiers', 'improvement_points', 'meta']);

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface TableInfo {
  name: string;
  virtual: boolean;
  sql: string;
}

/**
 * Every (table, column) that holds a dossier id: columns named dossier_id and foreign keys to
 * dossiers(id), found from the schema so tables of later migrations are included automatically.
 */
export function dossierReferences(db: Database.Database): Array<{ table: string; column: string }> {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as Array<{ name: string; sql: string | null }>;
  const infos: TableInfo[] = tables.map((t) => ({
    name: t.name,
    sql: t.sql ?? '',
    virtual: /^CREATE VIRTUAL TABLE/i.test(t.sql ?? ''),
  }));
  const virtualNames = infos.filter((t) => t.virtual).map((t) => t.name);
  // FTS5 shadow tables (<name>_data, _idx, _content, …) are maintained by their virtual table.
  const isShadow = (n: string) => virtualNames.some((v) => n.startsWith(`${v}_`));
  const refs: Array<{ table: string; column: string }> = [];
  for (const t of infos) {
    if (KEEP.has(t.name) || isShadow(t.name)) continue;
    const cols = new Set<string>();
    for (const c of db.prepare(`PRAGMA table_info(${q(t.name)})`).all() as Array<{ name: string }>) {
      if (c.name === 'dossier_id') cols.add(c.name);
    }
    if (!t.virtual) {
      for (const fk of db.prepare(`PRAGMA foreign_key_list(${q(t.name)})`).all() as Array<{
        table: string;
        from: string;
      }>) {
        if (fk.table === 'dossiers') cols.add(fk.from);
      }
    }
    for (const column of cols) refs.push({ table: t.name, column });
  }
  return refs;
}

function fts5Tables(db: Database.Database): string[] {
  return db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'",
    )
    .pluck()
    .all() as string[];
}

export function destroyDossier(
  ctx: CoreContext,
  input: { dossierId: string; confirmNumber: string; reason: string },
): { destroyed: string } {
  const db = ctx.db();
  const dossier = getDossierRow(db, input.dossierId);
  if (input.confirmNumber.trim() !== dossier.number) {
    throw new AppError(
      'VALIDATION',
      `Typ het dossiernummer ${dossier.number} precies over om te bevestigen dat dit dossier vernietigd mag worden.`,
    );
  }
  if (dossier.status !== 'gesloten' || !dossier.closedAt) {
    throw new AppError(
      'FORBIDDEN',
      'Alleen een gesloten dossier kan worden vernietigd. Sluit het dossier eerst af.',
    );
  }
  const { months } = readRetentionPolicy(db);
  const until = retentionUntil(dossier.closedAt, months);
  const early = until > ctx.nowIso();
  const reason = input.reason.trim();
  if (early && reason.length < 10) {
    throw new AppError(
      'VALIDATION',
      `De bewaartermijn van dit dossier loopt nog tot ${until.slice(0, 10)}. Geef een reden om het nu al te vernietigen, bijvoorbeeld een verzoek tot verwijdering.`,
    );
  }
  const names = personNames(db, dossier.id);
  if (reason && findPersonName(reason, names)) {
    throw new AppError(
      'VALIDATION',
      'De reden blijft in het logboek staan nadat het dossier is vernietigd. Noem daarin geen namen van betrokkenen.',
    );
  }

  const details = `Dossier ${dossier.number} vernietigd (gesloten op ${dossier.closedAt.slice(0, 10)}, bewaartermijn ${months} maanden${
    early ? `, vervroegd: ${reason}` : `, verlopen op ${until.slice(0, 10)}`
  }).`;

  ctx.write('dossier.destroy', dossier.id, details, (tx) => {
    // Checked at commit: rows of later migrations may reference each other in any order.
    tx.pragma('defer_foreign_keys = ON');
    tx.prepare('INSERT INTO destruction_in_progress (dossier_id) VALUES (?)').run(dossier.id);

    // Lessons stay with the school, without the dossier link and without any name of its persons.
    const points = tx
      .prepare('SELECT id, text, owner FROM improvement_points WHERE dossier_id = ?')
      .all(dossier.id) as Array<{
      id: string;
      text: string;
      owner: string;
    }>;
    for (const p of points) {
      const text = redactNames(p.text, names);
      const owner = redactNames(p.owner, names);
      if (text !== p.text || owner !== p.owner) {
        tx.prepare('UPDATE improvement_points SET text = ?, owner = ? WHERE id = ?').run(text, owner, p.id);
      }
    }
    tx.prepare('UPDATE improvement_points SET dossier_id = NULL, audience = NULL WHERE dossier_id = ?').run(
      dossier.id,
    );

    for (const ref of dossierReferences(tx)) {
      tx.prepare(`DELETE FROM ${q(ref.table)} WHERE ${q(ref.column)} = ?`).run(dossier.id);
    }
    tx.prepare('DELETE FROM dossiers WHERE id = ?').run(dossier.id);
    // FTS5 keeps deleted terms in older index segments until they are merged.
    for (const fts of fts5Tables(tx))
      tx.prepare(`INSERT INTO ${q(fts)}(${q(fts)}) VALUES ('optimize')`).run();
    tx.prepare('DELETE FROM destruction_in_progress WHERE dossier_id = ?').run(dossier.id);
  });

  // Outside the transaction: rewrite the file so no freed page keeps old content, then empty the
  // WAL. The destruction itself is committed already, and secure_delete has zeroed the freed
  // cells and pages; a VACUUM that fails (e.g. no room for the rewrite) only leaves the file
  // larger than needed, so it must not turn a completed destruction into an error.
  try {
    db.exec('VACUUM');
  } catch {
    /* see above */
  }
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    /* the next checkpoint empties the WAL */
  }
  return { destroyed: dossier.number };
}
