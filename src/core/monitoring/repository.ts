import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  MonitoringEntry,
  MonitoringEntryInput,
  MonitoringFilters,
  MonitoringStats,
  SocialPlatform,
  Takedown,
  TakedownEvent,
  TakedownEventKind,
  TakedownInput,
  TakedownStatus,
} from '../../shared/domain';
import { OPEN_TAKEDOWN_STATUSES, PLATFORMS } from '../../shared/domain';
import { AppError } from '../../shared/errors';

/**
 * Every time in these tables is stored as UTC ISO 8601 with milliseconds
 * ('2026-11-28T08:15:00.000Z'), whatever offset the caller sent: the same instant, but
 * text comparison is then time comparison, so range filters can use the indexes.
 */
export function toUtcIso(iso: string): string {
  return new Date(iso).toISOString();
}
export function toUtcIsoOrNull(iso: string | null): string | null {
  return iso === null ? null : toUtcIso(iso);
}

/**
 * Data access for the monitoring log and takedowns. Plain functions over a connection:
 * rules live in the handlers, the audit record in the caller's transaction.
 */

interface EntryRow {
  id: string;
  dossier_id: string;
  dossier_number: string;
  root_id: string;
  version: number;
  seen_at: string;
  seen_by: string;
  platform: MonitoringEntry['platform'];
  location: string;
  description: string;
  reach: MonitoringEntry['reach'];
  tone: MonitoringEntry['tone'];
  risk: MonitoringEntry['risk'];
  action: MonitoringEntry['action'];
  action_note: string;
  follow_up_at: string | null;
  status: MonitoringEntry['status'];
  recorded_at: string;
  author: string;
  corrects_id: string | null;
  correction_reason: string;
  superseded_by_id: string | null;
}

function toEntry(r: EntryRow): MonitoringEntry {
  return {
    id: r.id,
    dossierId: r.dossier_id,
    dossierNumber: r.dossier_number,
    rootId: r.root_id,
    version: r.version,
    seenAt: r.seen_at,
    seenBy: r.seen_by,
    platform: r.platform,
    location: r.location,
    description: r.description,
    reach: r.reach,
    tone: r.tone,
    risk: r.risk,
    action: r.action,
    actionNote: r.action_note,
    followUpAt: r.follow_up_at,
    status: r.status,
    recordedAt: r.recorded_at,
    author: r.author,
    correctsId: r.corrects_id,
    correctionReason: r.correction_reason,
    supersededById: r.superseded_by_id,
  };
}

const ENTRY_COLUMNS = `e.*, d.number AS dossier_number,
  (SELECT c.id FROM monitoring_entries c WHERE c.corrects_id = e.id) AS superseded_by_id`;

export function getEntry(db: Database.Database, id: string): MonitoringEntry {
  const row = db
    .prepare(`SELECT ${ENTRY_COLUMNS} FROM monitoring_entries e JOIN dossiers d ON d.id = e.dossier_id WHERE e.id = ?`)
    .get(id) as EntryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { key: 'MONITORING_ENTRY_NOT_FOUND' });
  return toEntry(row);
}

export function entryHistory(db: Database.Database, rootId: string): MonitoringEntry[] {
  const rows = db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} FROM monitoring_entries e JOIN dossiers d ON d.id = e.dossier_id
        WHERE e.root_id = ? ORDER BY e.version`,
    )
    .all(rootId) as EntryRow[];
  return rows.map(toEntry);
}

export interface NewEntry extends MonitoringEntryInput {
  id: string;
  dossierId: string;
  rootId: string;
  version: number;
  recordedAt: string;
  author: string;
  correctsId: string | null;
  correctionReason: string;
}

export function insertEntry(db: Database.Database, e: NewEntry): void {
  db.prepare(
    `INSERT INTO monitoring_entries (id, dossier_id, root_id, version, seen_at, seen_by, platform, location,
       description, reach, tone, risk, action, action_note, follow_up_at, status, recorded_at, author,
       corrects_id, correction_reason)
     VALUES (@id, @dossierId, @rootId, @version, @seenAt, @seenBy, @platform, @location,
       @description, @reach, @tone, @risk, @action, @actionNote, @followUpAt, @status, @recordedAt, @author,
       @correctsId, @correctionReason)`,
  ).run(e);
}

/**
 * WHERE clause for "current versions matching the filters". Every value is a bound
 * parameter; only the fixed column names and placeholders are put into the SQL.
 */
function filterSql(dossierId: string | null, f: MonitoringFilters): { where: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (dossierId) {
    parts.push('c.dossier_id = ?');
    params.push(dossierId);
  }
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    parts.push(`c.${column} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  };
  inList('platform', f.platforms);
  inList('tone', f.tones);
  inList('risk', f.risks);
  inList('status', f.statuses);
  // Times are stored as UTC ISO strings (see toUtcIso), so text order is time order and the index applies.
  if (f.from) {
    parts.push('c.seen_at >= ?');
    params.push(toUtcIso(f.from));
  }
  if (f.to) {
    parts.push('c.seen_at <= ?');
    params.push(toUtcIso(f.to));
  }
  return { where: parts.length ? parts.join(' AND ') : '1', params };
}

export function listEntries(
  db: Database.Database,
  dossierId: string | null,
  filters: MonitoringFilters,
  limit: number,
  offset: number,
): { entries: MonitoringEntry[]; total: number } {
  const { where, params } = filterSql(dossierId, filters);
  const total = (
    db.prepare(`SELECT count(*) AS n FROM monitoring_current c WHERE ${where}`).get(...params) as { n: number }
  ).n;
  const rows = db
    .prepare(
      `SELECT e.*, d.number AS dossier_number, NULL AS superseded_by_id
         FROM (SELECT c.entry_id, c.seen_at FROM monitoring_current c WHERE ${where}
                ORDER BY c.seen_at DESC, c.root_id DESC LIMIT ? OFFSET ?) page
         JOIN monitoring_entries e ON e.id = page.entry_id
         JOIN dossiers d ON d.id = e.dossier_id
        ORDER BY page.seen_at DESC, e.root_id DESC`,
    )
    .all(...params, limit, offset) as EntryRow[];
  return { entries: rows.map(toEntry), total };
}

export function entryStats(
  db: Database.Database,
  dossierId: string | null,
  filters: MonitoringFilters,
  utcOffsetMinutes: number,
): MonitoringStats {
  const { where, params } = filterSql(dossierId, filters);
  const modifier = `${utcOffsetMinutes >= 0 ? '+' : ''}${utcOffsetMinutes} minutes`;
  const rows = db
    .prepare(
      `SELECT date(c.seen_at, ?) AS day, c.platform AS platform, count(*) AS n
         FROM monitoring_current c WHERE ${where}
        GROUP BY day, platform ORDER BY day`,
    )
    .all(modifier, ...params) as Array<{ day: string; platform: SocialPlatform; n: number }>;
  const days: MonitoringStats['days'] = [];
  const seen = new Set<SocialPlatform>();
  let total = 0;
  for (const r of rows) {
    let last = days.at(-1);
    if (!last || last.day !== r.day) {
      last = { day: r.day, total: 0, counts: {} };
      days.push(last);
    }
    last.counts[r.platform] = r.n;
    last.total += r.n;
    total += r.n;
    seen.add(r.platform);
  }
  return { platforms: PLATFORMS.filter((p) => seen.has(p)), days, total };
}

/** Current entries whose follow-up date has passed and which are not yet handled. */
export function overdueEntries(
  db: Database.Database,
  nowIso: string,
): Array<{ dossierId: string; description: string; platform: SocialPlatform; followUpAt: string; seenBy: string }> {
  return db
    .prepare(
      `SELECT e.dossier_id AS dossierId, e.description AS description, e.platform AS platform,
              e.follow_up_at AS followUpAt, e.seen_by AS seenBy
         FROM monitoring_current c JOIN monitoring_entries e ON e.id = c.entry_id
        WHERE c.follow_up_at IS NOT NULL AND c.follow_up_at < ? AND c.status <> 'afgehandeld'
        ORDER BY c.follow_up_at`,
    )
    .all(toUtcIso(nowIso)) as Array<{ dossierId: string; description: string; platform: SocialPlatform; followUpAt: string; seenBy: string }>;
}

// --- takedowns ---------------------------------------------------------------

interface TakedownRow {
  id: string;
  dossier_id: string;
  dossier_number: string;
  entry_id: string | null;
  platform: SocialPlatform;
  location: string;
  channel: Takedown['channel'];
  requested_at: string | null;
  reference: string;
  status: TakedownStatus;
  follow_up_at: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
  created_by: string;
}

interface EventRow {
  id: string;
  takedown_id: string;
  at: string;
  actor: string;
  kind: TakedownEventKind;
  status: TakedownStatus;
  follow_up_at: string | null;
  note: string;
}

export function isOpenTakedown(status: TakedownStatus): boolean {
  return OPEN_TAKEDOWN_STATUSES.includes(status);
}

function isOverdue(followUpAt: string | null, status: TakedownStatus, now: Date): boolean {
  return followUpAt !== null && isOpenTakedown(status) && Date.parse(followUpAt) < now.getTime();
}

export function listTakedowns(
  db: Database.Database,
  dossierId: string | null,
  openOnly: boolean,
  now: Date,
): Takedown[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (dossierId) {
    where.push('t.dossier_id = ?');
    params.push(dossierId);
  }
  if (openOnly) {
    where.push(`t.status IN (${OPEN_TAKEDOWN_STATUSES.map(() => '?').join(',')})`);
    params.push(...OPEN_TAKEDOWN_STATUSES);
  }
  const rows = db
    .prepare(
      `SELECT t.*, d.number AS dossier_number FROM takedowns t JOIN dossiers d ON d.id = t.dossier_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY t.created_at DESC, t.rowid DESC`,
    )
    .all(...params) as TakedownRow[];
  if (rows.length === 0) return [];
  const events = new Map<string, TakedownEvent[]>();
  const eventStmt = db.prepare('SELECT * FROM takedown_events WHERE takedown_id = ? ORDER BY at, rowid');
  for (const r of rows) events.set(r.id, (eventStmt.all(r.id) as EventRow[]).map(toEvent));
  return rows.map((r) => toTakedown(r, events.get(r.id) ?? [], now));
}

export function getTakedown(db: Database.Database, id: string, now: Date): Takedown {
  const row = db
    .prepare('SELECT t.*, d.number AS dossier_number FROM takedowns t JOIN dossiers d ON d.id = t.dossier_id WHERE t.id = ?')
    .get(id) as TakedownRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { key: 'TAKEDOWN_NOT_FOUND' });
  const events = (
    db.prepare('SELECT * FROM takedown_events WHERE takedown_id = ? ORDER BY at, rowid').all(id) as EventRow[]
  ).map(toEvent);
  return toTakedown(row, events, now);
}

function toEvent(r: EventRow): TakedownEvent {
  return {
    id: r.id,
    takedownId: r.takedown_id,
    at: r.at,
    actor: r.actor,
    kind: r.kind,
    status: r.status,
    followUpAt: r.follow_up_at,
    note: r.note,
  };
}

function toTakedown(r: TakedownRow, events: TakedownEvent[], now: Date): Takedown {
  return {
    id: r.id,
    dossierId: r.dossier_id,
    dossierNumber: r.dossier_number,
    entryId: r.entry_id,
    platform: r.platform,
    location: r.location,
    channel: r.channel,
    requestedAt: r.requested_at,
    reference: r.reference,
    status: r.status,
    followUpAt: r.follow_up_at,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
    overdue: isOverdue(r.follow_up_at, r.status, now),
    events,
  };
}

export function insertTakedown(
  db: Database.Database,
  t: TakedownInput & { id: string; dossierId: string; at: string; actor: string },
): void {
  db.prepare(
    `INSERT INTO takedowns (id, dossier_id, entry_id, platform, location, channel, requested_at, reference,
       status, follow_up_at, notes, created_at, updated_at, created_by)
     VALUES (@id, @dossierId, @entryId, @platform, @location, @channel, @requestedAt, @reference,
       @status, @followUpAt, @notes, @at, @at, @actor)`,
  ).run(t);
}

export function updateTakedown(db: Database.Database, id: string, next: TakedownInput, at: string): void {
  db.prepare(
    `UPDATE takedowns SET channel=@channel, requested_at=@requestedAt, reference=@reference, status=@status,
       follow_up_at=@followUpAt, notes=@notes, updated_at=@at WHERE id=@id`,
  ).run({ ...next, at, id });
}

export function insertTakedownEvent(db: Database.Database, e: Omit<TakedownEvent, never> & { dossierId: string }): void {
  db.prepare(
    `INSERT INTO takedown_events (id, takedown_id, dossier_id, at, actor, kind, status, follow_up_at, note)
     VALUES (@id, @takedownId, @dossierId, @at, @actor, @kind, @status, @followUpAt, @note)`,
  ).run(e);
}

/** Open takedowns per dossier, and those whose follow-up date has passed. */
export function openTakedownSummary(
  db: Database.Database,
  nowIso: string,
): {
  openPerDossier: Map<string, number>;
  overdue: Array<{ dossierId: string; channel: Takedown['channel']; platform: SocialPlatform; location: string; followUpAt: string; createdBy: string }>;
} {
  const statuses = OPEN_TAKEDOWN_STATUSES.map(() => '?').join(',');
  const openPerDossier = new Map<string, number>();
  for (const r of db
    .prepare(`SELECT dossier_id AS dossierId, count(*) AS n FROM takedowns WHERE status IN (${statuses}) GROUP BY dossier_id`)
    .all(...OPEN_TAKEDOWN_STATUSES) as Array<{ dossierId: string; n: number }>) {
    openPerDossier.set(r.dossierId, r.n);
  }
  const overdue = db
    .prepare(
      `SELECT dossier_id AS dossierId, channel, platform, location, follow_up_at AS followUpAt, created_by AS createdBy
         FROM takedowns
        WHERE status IN (${statuses}) AND follow_up_at IS NOT NULL AND follow_up_at < ?
        ORDER BY follow_up_at`,
    )
    .all(...OPEN_TAKEDOWN_STATUSES, toUtcIso(nowIso)) as ReturnType<typeof openTakedownSummary>['overdue'];
  return { openPerDossier, overdue };
}
