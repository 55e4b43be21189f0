import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  ActionItem,
  ActionItemInput,
  ChronologyEntry,
  ChronologyKind,
  Conversation,
  ConversationInput,
  Dossier,
  DossierFacts,
  Person,
  PersonInput,
  StepState,
  StepStatus,
} from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { emptyStepRecord, type DossierEvent, type StepId } from '../../shared/protocol';
import {
  toAction,
  toChronology,
  toConversation,
  toDossier,
  toPerson,
  toStep,
  type ActionRow,
  type ChronologyRow,
  type ConversationRow,
  type DossierRow,
  type PersonRow,
  type StepRow,
} from './rows';

/**
 * Data access for dossiers. Plain functions over a connection: no business rules
 * here (those live in handlers), no audit (the caller's transaction writes it).
 */

export function getDossierRow(db: Database.Database, id: string): Dossier {
  const row = db.prepare('SELECT * FROM dossiers WHERE id = ?').get(id) as DossierRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { key: 'DOSSIER_NOT_FOUND' });
  return toDossier(row);
}

export function listDossierRows(db: Database.Database, status: string | null): Dossier[] {
  const rows = (
    status
      ? db.prepare('SELECT * FROM dossiers WHERE status = ? ORDER BY discovered_at DESC').all(status)
      : db.prepare('SELECT * FROM dossiers ORDER BY discovered_at DESC').all()
  ) as DossierRow[];
  return rows.map(toDossier);
}

/** Next case number for the year of `at`: 2026-001, 2026-002, … */
export function nextDossierNumber(db: Database.Database, at: Date): string {
  const year = String(at.getFullYear());
  const row = db
    // Numeric, not text order: 2026-1000 comes after 2026-999.
    .prepare('SELECT MAX(CAST(substr(number, 6) AS INTEGER)) AS last FROM dossiers WHERE number LIKE ?')
    .get(`${year}-%`) as { last: number | null };
  const last = row.last ?? 0;
  return `${year}-${String(last + 1).padStart(3, '0')}`;
}

export function insertDossier(
  db: Database.Database,
  d: Omit<Dossier, 'closedAt'> & { closedAt?: string | null },
): void {
  db.prepare(
    `INSERT INTO dossiers (id, number, title, discovered_at, how_discovered, material_kind, voluntariness,
       spread_json, status, lead, victim_needs, summary, other_school, created_at, updated_at, closed_at)
     VALUES (@id, @number, @title, @discoveredAt, @howDiscovered, @materialKind, @voluntariness,
       @spread, @status, @lead, @victimNeeds, @summary, @otherSchool, @createdAt, @updatedAt, @closedAt)`,
  ).run({
    ...d,
    spread: JSON.stringify(d.spread),
    otherSchool: d.otherSchoolInvolved ? 1 : 0,
    closedAt: d.closedAt ?? null,
  });
}

export function updateDossierFacts(db: Database.Database, id: string, facts: Partial<DossierFacts>, at: string): void {
  const current = getDossierRow(db, id);
  const next = { ...current, ...facts };
  db.prepare(
    `UPDATE dossiers SET title=@title, discovered_at=@discoveredAt, how_discovered=@howDiscovered,
       material_kind=@materialKind, voluntariness=@voluntariness, spread_json=@spread, lead=@lead,
       victim_needs=@victimNeeds, summary=@summary, updated_at=@at WHERE id=@id`,
  ).run({ ...next, spread: JSON.stringify(next.spread), at, id });
}

export function setDossierStatus(
  db: Database.Database,
  id: string,
  status: Dossier['status'],
  at: string,
): void {
  db.prepare(
    'UPDATE dossiers SET status=?, closed_at=?, updated_at=? WHERE id=?',
  ).run(status, status === 'gesloten' ? at : null, at, id);
}

export function setOtherSchool(db: Database.Database, id: string, involved: boolean, at: string): void {
  db.prepare('UPDATE dossiers SET other_school=?, updated_at=? WHERE id=?').run(involved ? 1 : 0, at, id);
}

export function touchDossier(db: Database.Database, id: string, at: string): void {
  db.prepare('UPDATE dossiers SET updated_at=? WHERE id=?').run(at, id);
}

// --- persons ---------------------------------------------------------------

export function listPersons(db: Database.Database, dossierId: string): Person[] {
  return (
    db.prepare('SELECT * FROM persons WHERE dossier_id = ? ORDER BY created_at, rowid').all(dossierId) as PersonRow[]
  ).map(toPerson);
}

export function getPerson(db: Database.Database, id: string): Person {
  const row = db.prepare('SELECT * FROM persons WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { key: 'PERSON_NOT_FOUND' });
  return toPerson(row);
}

export function upsertPerson(
  db: Database.Database,
  p: PersonInput & { id: string; dossierId: string; createdAt: string; updatedAt: string },
): void {
  db.prepare(
    `INSERT INTO persons (id, dossier_id, role, name, class_name, school, phone, email, address, related_person_id,
       language, interpreter_needed, sensitivities, notes, created_at, updated_at)
     VALUES (@id, @dossierId, @role, @name, @className, @school, @phone, @email, @address, @relatedPersonId,
       @language, @interpreter, @sensitivities, @notes, @createdAt, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET role=excluded.role, name=excluded.name, class_name=excluded.class_name,
       school=excluded.school, phone=excluded.phone, email=excluded.email, address=excluded.address,
       related_person_id=excluded.related_person_id, language=excluded.language,
       interpreter_needed=excluded.interpreter_needed, sensitivities=excluded.sensitivities,
       notes=excluded.notes, updated_at=excluded.updated_at`,
  ).run({ ...p, interpreter: p.interpreterNeeded ? 1 : 0 });
}

// --- steps -----------------------------------------------------------------

export function listSteps(db: Database.Database, dossierId: string): StepState[] {
  return (db.prepare('SELECT * FROM step_states WHERE dossier_id = ?').all(dossierId) as StepRow[]).map(toStep);
}

export function getStepState(db: Database.Database, dossierId: string, stepId: string): StepState | null {
  const row = db
    .prepare('SELECT * FROM step_states WHERE dossier_id = ? AND step_id = ?')
    .get(dossierId, stepId) as StepRow | undefined;
  return row ? toStep(row) : null;
}

export function upsertStep(db: Database.Database, s: StepState & { updatedAt: string }): void {
  db.prepare(
    `INSERT INTO step_states (dossier_id, step_id, status, nvt_reason, owner, due_at, notes, data_json, updated_at, derived_from)
     VALUES (@dossierId, @stepId, @status, @nvtReason, @owner, @dueAt, @notes, @data, @updatedAt, @derivedFrom)
     ON CONFLICT(dossier_id, step_id) DO UPDATE SET status=excluded.status, nvt_reason=excluded.nvt_reason,
       owner=excluded.owner, due_at=excluded.due_at, notes=excluded.notes, data_json=excluded.data_json,
       updated_at=excluded.updated_at, derived_from=excluded.derived_from`,
  ).run({ ...s, data: JSON.stringify(s.data), derivedFrom: s.derivedFrom ?? null });
}

/** The work moved a step's status (src/core/dossiers/write.ts): status and "afgeleid van" only. */
export function setDerivedStatus(
  db: Database.Database,
  dossierId: string,
  stepId: StepId,
  status: StepStatus,
  derivedFrom: string,
  at: string,
): void {
  db.prepare(
    `INSERT INTO step_states (dossier_id, step_id, status, data_json, updated_at, derived_from)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(dossier_id, step_id) DO UPDATE SET status=excluded.status, updated_at=excluded.updated_at,
       derived_from=excluded.derived_from`,
  ).run(dossierId, stepId, status, JSON.stringify(emptyStepRecord(stepId)), at, derivedFrom);
}

// --- actions ---------------------------------------------------------------

export function listActions(db: Database.Database, dossierId: string): ActionItem[] {
  return (
    db.prepare('SELECT * FROM actions WHERE dossier_id = ? ORDER BY done, wanneer IS NULL, wanneer, created_at').all(dossierId) as ActionRow[]
  ).map(toAction);
}

export function getAction(db: Database.Database, id: string): ActionItem {
  const row = db.prepare('SELECT * FROM actions WHERE id = ?').get(id) as ActionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { key: 'ACTION_NOT_FOUND' });
  return toAction(row);
}

export function insertAction(
  db: Database.Database,
  a: ActionItemInput & { id: string; dossierId: string; createdAt: string },
): void {
  db.prepare(
    `INSERT INTO actions (id, dossier_id, step_id, wie, wat, wanneer, waar, hoe, done, done_at, created_at)
     VALUES (@id, @dossierId, @stepId, @wie, @wat, @wanneer, @waar, @hoe, 0, NULL, @createdAt)`,
  ).run(a);
}

export function updateAction(db: Database.Database, id: string, a: ActionItemInput): void {
  db.prepare(
    'UPDATE actions SET step_id=@stepId, wie=@wie, wat=@wat, wanneer=@wanneer, waar=@waar, hoe=@hoe WHERE id=@id',
  ).run({ ...a, id });
}

export function setActionDone(db: Database.Database, id: string, done: boolean, at: string): void {
  db.prepare('UPDATE actions SET done=?, done_at=? WHERE id=?').run(done ? 1 : 0, done ? at : null, id);
}

// --- chronology --------------------------------------------------------------

export function listChronology(db: Database.Database, dossierId: string): ChronologyEntry[] {
  return (
    db.prepare('SELECT * FROM chronology WHERE dossier_id = ? ORDER BY seq').all(dossierId) as ChronologyRow[]
  ).map(toChronology);
}

export function getChronologyEntry(db: Database.Database, id: string): ChronologyEntry {
  const row = db.prepare('SELECT * FROM chronology WHERE id = ?').get(id) as ChronologyRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { key: 'LOGBOOK_ENTRY_NOT_FOUND' });
  return toChronology(row);
}

export function appendChronology(
  db: Database.Database,
  e: {
    id: string;
    dossierId: string;
    occurredAt: string;
    recordedAt: string;
    author: string;
    kind: ChronologyKind;
    text: string;
    correctsId: string | null;
    /** The typed act (writeDossier validates it); null or absent for notes. */
    event?: DossierEvent | null;
  },
): ChronologyEntry {
  const { next } = db
    .prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM chronology WHERE dossier_id = ?')
    .get(e.dossierId) as { next: number };
  const event = e.event ?? null;
  db.prepare(
    `INSERT INTO chronology (id, dossier_id, seq, occurred_at, recorded_at, author, kind, text, corrects_id, event_json)
     VALUES (@id, @dossierId, @seq, @occurredAt, @recordedAt, @author, @kind, @text, @correctsId, @eventJson)`,
  ).run({ ...e, seq: next, eventJson: event ? JSON.stringify(event) : null });
  return { ...e, seq: next, event };
}

// --- conversations -----------------------------------------------------------

export function listConversations(db: Database.Database, dossierId: string): Conversation[] {
  return (
    db.prepare('SELECT * FROM conversations WHERE dossier_id = ? ORDER BY held_at').all(dossierId) as ConversationRow[]
  ).map(toConversation);
}

export function getConversation(db: Database.Database, id: string): Conversation {
  const row = db.prepare('SELECT * FROM conversations WHERE id = ?').get(id) as ConversationRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { key: 'CONVERSATION_NOT_FOUND' });
  return toConversation(row);
}

export function upsertConversation(
  db: Database.Database,
  c: ConversationInput & { id: string; dossierId: string; createdAt: string; updatedAt: string },
): void {
  db.prepare(
    `INSERT INTO conversations (id, dossier_id, step_id, with_whom, person_ids_json, held_at, held_by, location,
       preparation_json, summary, agreements, follow_up, created_at, updated_at)
     VALUES (@id, @dossierId, @stepId, @withWhom, @personIds, @heldAt, @heldBy, @location, @preparation,
       @summary, @agreements, @followUp, @createdAt, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET step_id=excluded.step_id, with_whom=excluded.with_whom,
       person_ids_json=excluded.person_ids_json, held_at=excluded.held_at, held_by=excluded.held_by,
       location=excluded.location, preparation_json=excluded.preparation_json, summary=excluded.summary,
       agreements=excluded.agreements, follow_up=excluded.follow_up, updated_at=excluded.updated_at`,
  ).run({ ...c, personIds: JSON.stringify(c.personIds), preparation: JSON.stringify(c.preparation) });
}
