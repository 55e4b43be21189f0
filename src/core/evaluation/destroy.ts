import type Database from 'better-sqlite3-multiple-ciphers';
import {
  retentionUntil,
  type DestructionMark,
  type RetentionDueItem,
} from '../../shared/domain/evaluation';
import { OPEN_TAKEDOWN_STATUSES } from '../../shared/domain/monitoring';
import { AppError, type ErrorPhrase } from '../../shared/errors';
import type { CoreContext } from '../context';
import { getDossierRow } from '../dossiers';
import { findPersonName, personNames, redactNames } from './names';
import { GRACE_META_KEY, hasTable, readGraceDays, readRetentionPolicy } from './repository';

/**
 * Destruction of a dossier under the retention policy (AVG), in two stages (mark, then erase;
 * see markForDestruction and destroyMarkedDossier). Erasing removes every row of the
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

const DAY_MS = 86_400_000;
export function readMark(db: Database.Database, dossierId: string): DestructionMark | null {
  const row = db
    .prepare('SELECT marked_at, marked_by, due_at, early, reason FROM destruction_marks WHERE dossier_id = ?')
    .get(dossierId) as
    | { marked_at: string; marked_by: string; due_at: string; early: number; reason: string }
    | undefined;
  return row
    ? { markedAt: row.marked_at, markedBy: row.marked_by, dueAt: row.due_at, early: row.early === 1, reason: row.reason }
    : null;
}

/**
 * Work that must be finished before a dossier may be erased early: material that may still be
 * online, police involvement in progress, and aftercare that has not happened. Each entry is
 * a catalog phrase with its count, said in the reader's language by the refusal message.
 */
export function openWorkBlockingEarlyErasure(db: Database.Database, dossierId: string): ErrorPhrase[] {
  const open: ErrorPhrase[] = [];
  const count = (sql: string, ...args: unknown[]) => Number(db.prepare(sql).pluck().get(...args));
  if (hasTable(db, 'takedowns')) {
    const n = count(
      `SELECT count(*) FROM takedowns WHERE dossier_id = ? AND status IN (${OPEN_TAKEDOWN_STATUSES.map(() => '?').join(',')})`,
      dossierId,
      ...OPEN_TAKEDOWN_STATUSES,
    );
    if (n > 0) open.push(n === 1 ? { key: 'DESTROY_OPEN_TAKEDOWNS_ONE' } : { key: 'DESTROY_OPEN_TAKEDOWNS', params: { n } });
  }
  const police = count(
    `SELECT count(*) FROM step_states WHERE dossier_id = ? AND step_id IN (${POLICE_STEPS.map(() => '?').join(',')}) AND status = 'bezig'`,
    dossierId,
    ...POLICE_STEPS,
  );
  if (police > 0) open.push({ key: 'DESTROY_OPEN_POLICE' });
  if (hasTable(db, 'aftercare_moments')) {
    const n = count('SELECT count(*) FROM aftercare_moments WHERE dossier_id = ? AND done = 0', dossierId);
    if (n > 0) open.push(n === 1 ? { key: 'DESTROY_OPEN_AFTERCARE_ONE' } : { key: 'DESTROY_OPEN_AFTERCARE', params: { n } });
  }
  return open;
}

/** Steps of the protocol card in which the police are involved. */
const POLICE_STEPS = ['politie-advies', 'melding-aangifte'];

function assertClosed(dossier: { status: string; closedAt: string | null }): asserts dossier is { status: string; closedAt: string } {
  if (dossier.status !== 'gesloten' || !dossier.closedAt) {
    throw new AppError('FORBIDDEN', { key: 'DESTROY_ONLY_CLOSED' });
  }
}

function assertNoOpenWork(db: Database.Database, dossierId: string, number: string, until: string): void {
  const open = openWorkBlockingEarlyErasure(db, dossierId);
  if (open.length > 0) {
    throw new AppError('FORBIDDEN', {
      key: 'DESTROY_OPEN_WORK',
      params: { number, until: until.slice(0, 10), open },
    });
  }
}

/**
 * Stage one: marks a closed dossier "te vernietigen". Nothing is erased; the mark is visible
 * on the overview and can be lifted until the dossier is erased. This is all a page (even a
 * compromised one) can do on its own.
 */
export function markForDestruction(
  ctx: CoreContext,
  input: { dossierId: string; confirmNumber: string; reason: string },
): RetentionDueItem {
  const db = ctx.db();
  const dossier = getDossierRow(db, input.dossierId);
  if (input.confirmNumber.trim() !== dossier.number) {
    throw new AppError('VALIDATION', {
      key: 'DESTROY_CONFIRM_NUMBER',
      params: { number: dossier.number },
      field: 'confirmNumber',
    });
  }
  assertClosed(dossier);
  if (readMark(db, dossier.id)) {
    throw new AppError('CONFLICT', { key: 'DESTROY_ALREADY_MARKED', params: { number: dossier.number } });
  }
  const { months } = readRetentionPolicy(db);
  const until = retentionUntil(dossier.closedAt, months);
  const nowIso = ctx.nowIso();
  const early = until > nowIso;
  const reason = input.reason.trim();
  if (early && reason.length < 10) {
    throw new AppError('VALIDATION', {
      key: 'DESTROY_EARLY_NEEDS_REASON',
      params: { until: until.slice(0, 10) },
      field: 'reason',
    });
  }
  if (early) assertNoOpenWork(db, dossier.id, dossier.number, until);
  const names = personNames(db, dossier.id);
  if (reason && findPersonName(reason, names)) {
    throw new AppError('VALIDATION', { key: 'DESTROY_REASON_HAS_NAME', field: 'reason' });
  }
  const dueAt = new Date(ctx.now().getTime() + readGraceDays(db) * DAY_MS).toISOString();
  ctx.write(
    'dossier.mark-destroy',
    dossier.id,
    `Dossier ${dossier.number} gemarkeerd: te vernietigen vanaf ${dueAt.slice(0, 10)}${early ? ` (vervroegd: ${reason})` : ''}.`,
    (tx) => {
      tx.prepare(
        'INSERT INTO destruction_marks (dossier_id, marked_at, marked_by, due_at, early, reason) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(dossier.id, nowIso, ctx.actor(), dueAt, early ? 1 : 0, early ? reason : '');
    },
  );
  return {
    dossierId: dossier.id,
    number: dossier.number,
    closedAt: dossier.closedAt,
    retentionUntil: until,
    mark: readMark(db, dossier.id),
  };
}

/** Lifts a mark: the dossier is kept (and may be marked again later). */
export function unmarkDestruction(ctx: CoreContext, input: { dossierId: string }): { kept: string } {
  const db = ctx.db();
  const dossier = getDossierRow(db, input.dossierId);
  if (!readMark(db, dossier.id)) {
    throw new AppError('NOT_FOUND', { key: 'DESTROY_NOT_MARKED', params: { number: dossier.number } });
  }
  ctx.write('dossier.unmark-destroy', dossier.id, `Markering "te vernietigen" van dossier ${dossier.number} opgeheven.`, (tx) => {
    tx.prepare('DELETE FROM destruction_marks WHERE dossier_id = ?').run(dossier.id);
  });
  return { kept: dossier.number };
}

/**
 * Shortens or lengthens the grace period for marks made from now on. Shortening needs the
 * user's confirmation in a dialog of the main process: a page that could set it to one day
 * would otherwise shrink the window in which a mark can be noticed and lifted.
 */
export async function setGraceDays(
  ctx: CoreContext,
  days: number,
): Promise<{ graceDays: number } | { cancelled: true }> {
  const current = readGraceDays(ctx.db());
  if (days === current) return { graceDays: current };
  if (days < current) {
    const ok = await ctx.platform.confirm({
      title: ctx.dialogText('GRACE_SHORTEN_TITLE'),
      message: ctx.dialogText(days === 1 ? 'GRACE_SHORTEN_TO_ONE_DAY' : 'GRACE_SHORTEN', { from: current, to: days }),
      detail: ctx.dialogText('GRACE_SHORTEN_DETAIL'),
      confirmLabel: ctx.dialogText('GRACE_SHORTEN_CONFIRM'),
    });
    if (!ok) return { cancelled: true };
  }
  ctx.write('retention.grace', null, `Wachttijd voor vernietigen: ${current} -> ${days} dagen.`, (tx) => {
    tx.prepare(
      'INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(GRACE_META_KEY, String(days));
  });
  return { graceDays: days };
}

const dateNl = (iso: string) =>
  new Date(iso).toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });

/**
 * Stage two: erases a marked dossier. After the grace period this needs nothing more: the mark
 * stood on the overview all that time. Before it, the main process asks the user in a native
 * dialog naming the dossier number; a page cannot answer that dialog.
 */
export async function destroyMarkedDossier(
  ctx: CoreContext,
  input: { dossierId: string },
): Promise<{ destroyed: string } | { cancelled: true }> {
  const before = getDossierRow(ctx.db(), input.dossierId);
  const mark = readMark(ctx.db(), before.id);
  if (!mark) {
    throw new AppError('FORBIDDEN', { key: 'DESTROY_MARK_REQUIRED', params: { number: before.number } });
  }
  let confirmed = false;
  if (ctx.nowIso() < mark.dueAt) {
    confirmed = await ctx.platform.confirm({
      title: ctx.dialogText('DESTROY_TITLE'),
      message: ctx.dialogText('DESTROY_MESSAGE', { number: before.number }),
      detail: ctx.dialogText('DESTROY_DETAIL', {
        markedAt: dateNl(mark.markedAt),
        markedBy: mark.markedBy,
        dueAt: dateNl(mark.dueAt),
      }),
      confirmLabel: ctx.dialogText('DESTROY_CONFIRM'),
    });
    if (!confirmed) return { cancelled: true };
  }
  // Checked again after the (slow, asynchronous) dialog: the state may have changed meanwhile.
  const db = ctx.db();
  const dossier = getDossierRow(db, input.dossierId);
  assertClosed(dossier);
  const current = readMark(db, dossier.id);
  if (!current || current.markedAt !== mark.markedAt) {
    throw new AppError('CONFLICT', { key: 'DESTROY_MARK_CHANGED', params: { number: dossier.number } });
  }
  const { months } = readRetentionPolicy(db);
  const until = retentionUntil(dossier.closedAt, months);
  const early = until > ctx.nowIso();
  if (early) assertNoOpenWork(db, dossier.id, dossier.number, until);
  const names = personNames(db, dossier.id);

  const details = `Dossier ${dossier.number} vernietigd (gesloten op ${dossier.closedAt.slice(0, 10)}, bewaartermijn ${months} maanden${
    early ? `, vervroegd: ${current.reason}` : `, verlopen op ${until.slice(0, 10)}`
  }; gemarkeerd op ${current.markedAt.slice(0, 10)} door ${current.markedBy}, ${
    confirmed ? 'bevestigd in het venster van Vangnet' : 'na de wachttijd'
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
