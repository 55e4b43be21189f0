import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ActionItem, ChronologyEntry, Conversation, Person, StepState } from '../../shared/domain';
import type {
  PackageAction,
  PackageChronology,
  PackageConversation,
  PackageMonitoring,
  PackagePerson,
  PackageStep,
} from './document';

/**
 * The package form of each record (what travels, without vault-local fields like seq or
 * dossierId) and its stable key. Both sides hash the same form, so "unchanged", "changed
 * since the last exchange" and "conflict" mean the same thing in both vaults.
 */
export const keyOf = {
  facts: () => 'facts',
  person: (p: { id: string }) => `person:${p.id}`,
  step: (s: { stepId: string }) => `step:${s.stepId}`,
  action: (a: { id: string }) => `action:${a.id}`,
  conversation: (c: { id: string }) => `conversation:${c.id}`,
  log: (e: { id: string }) => `log:${e.id}`,
  monitoring: (m: { id: string }) => `monitoring:${m.id}`,
};

/** Canonical JSON (sorted keys) so the same record always hashes the same. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

export function recordHash(v: unknown): string {
  return createHash('sha256').update(canonical(v)).digest('hex').slice(0, 32);
}

export function toPackagePerson(p: Person): PackagePerson {
  const { dossierId: _d, ...rest } = p;
  return rest;
}

export function toPackageStep(s: StepState): PackageStep {
  return {
    stepId: s.stepId,
    status: s.status,
    nvtReason: s.nvtReason,
    owner: s.owner,
    dueAt: s.dueAt,
    notes: s.notes,
    data: s.data,
    updatedAt: s.updatedAt,
  };
}

export function toPackageAction(a: ActionItem): PackageAction {
  const { dossierId: _d, ...rest } = a;
  return rest;
}

export function toPackageConversation(c: Conversation): PackageConversation {
  const { dossierId: _d, ...rest } = c;
  return rest;
}

export function toPackageChronology(e: ChronologyEntry): PackageChronology {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    recordedAt: e.recordedAt,
    author: e.author,
    kind: e.kind,
    text: e.text,
    correctsId: e.correctsId,
    event: e.event,
  };
}

interface MonitoringRow {
  id: string;
  root_id: string;
  version: number;
  seen_at: string;
  seen_by: string;
  platform: string;
  location: string;
  description: string;
  reach: string;
  tone: string;
  risk: string;
  action: string;
  action_note: string;
  follow_up_at: string | null;
  status: string;
  recorded_at: string;
  author: string;
  corrects_id: string | null;
  correction_reason: string;
}

/** Every monitoring entry of a dossier, all versions (the log is court-safe: nothing is dropped). */
export function listMonitoring(db: Database.Database, dossierId: string): PackageMonitoring[] {
  const rows = db
    .prepare('SELECT * FROM monitoring_entries WHERE dossier_id = ? ORDER BY recorded_at, version')
    .all(dossierId) as MonitoringRow[];
  return rows.map((r) => ({
    id: r.id,
    rootId: r.root_id,
    version: r.version,
    seenAt: r.seen_at,
    seenBy: r.seen_by,
    platform: r.platform as PackageMonitoring['platform'],
    location: r.location,
    description: r.description,
    reach: r.reach as PackageMonitoring['reach'],
    tone: r.tone as PackageMonitoring['tone'],
    risk: r.risk as PackageMonitoring['risk'],
    action: r.action as PackageMonitoring['action'],
    actionNote: r.action_note,
    followUpAt: r.follow_up_at,
    status: r.status as PackageMonitoring['status'],
    recordedAt: r.recorded_at,
    author: r.author,
    correctsId: r.corrects_id,
    correctionReason: r.correction_reason,
  }));
}

export function insertMonitoring(db: Database.Database, dossierId: string, m: PackageMonitoring): void {
  db.prepare(
    `INSERT INTO monitoring_entries (id, dossier_id, root_id, version, seen_at, seen_by, platform, location, description,
       reach, tone, risk, action, action_note, follow_up_at, status, recorded_at, author, corrects_id, correction_reason)
     VALUES (@id, @dossierId, @rootId, @version, @seenAt, @seenBy, @platform, @location, @description, @reach, @tone,
       @risk, @action, @actionNote, @followUpAt, @status, @recordedAt, @author, @correctsId, @correctionReason)`,
  ).run({ ...m, dossierId });
}

export function upsertActionRecord(db: Database.Database, dossierId: string, a: PackageAction): void {
  db.prepare(
    `INSERT INTO actions (id, dossier_id, step_id, wie, wat, wanneer, waar, hoe, done, done_at, created_at)
     VALUES (@id, @dossierId, @stepId, @wie, @wat, @wanneer, @waar, @hoe, @done, @doneAt, @createdAt)
     ON CONFLICT(id) DO UPDATE SET step_id=excluded.step_id, wie=excluded.wie, wat=excluded.wat, wanneer=excluded.wanneer,
       waar=excluded.waar, hoe=excluded.hoe, done=excluded.done, done_at=excluded.done_at`,
  ).run({ ...a, dossierId, done: a.done ? 1 : 0 });
}

/** An action has no "updated at"; its latest known moment is when it was done, else created. */
export function actionUpdatedAt(a: PackageAction): string {
  return a.doneAt ?? a.createdAt;
}
