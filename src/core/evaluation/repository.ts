import type Database from 'better-sqlite3-multiple-ciphers';
import {
  DEFAULT_DESTRUCTION_GRACE_DAYS,
  DEFAULT_RETENTION_MONTHS,
  DESTRUCTION_GRACE_DAYS_MAX,
  DESTRUCTION_GRACE_DAYS_MIN,
  EVALUATION_AUDIENCES,
  type AftercareMoment,
  type AftercareMomentInput,
  type Evaluation,
  type EvaluationAudience,
  type EvaluationForm,
  type ImprovementArea,
  type ImprovementInput,
  type ImprovementPoint,
  type ImprovementStatus,
  type PreventionMeasureInput,
  type PreventionStatus,
  type RetentionPolicy,
} from '../../shared/domain/evaluation';
import { AppError } from '../../shared/errors';

/** Data access for evaluation, aftercare, improvement points and retention. No rules, no audit. */

interface EvaluationRow {
  id: string;
  dossier_id: string;
  audience: EvaluationAudience;
  held_at: string | null;
  held_by: string;
  participants: string;
  answers_json: string;
  notes: string;
  prevention: string;
  completed: number;
  created_at: string;
  updated_at: string;
}

function parseAnswers(json: string): Record<string, string> {
  try {
    const v = JSON.parse(json) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    return Object.fromEntries(Object.entries(v).filter(([, a]) => typeof a === 'string')) as Record<
      string,
      string
    >;
  } catch {
    return {};
  }
}

function toEvaluation(r: EvaluationRow): Evaluation {
  return {
    id: r.id,
    dossierId: r.dossier_id,
    audience: r.audience,
    heldAt: r.held_at,
    heldBy: r.held_by,
    participants: r.participants,
    answers: parseAnswers(r.answers_json),
    notes: r.notes,
    prevention: r.prevention,
    completed: r.completed === 1,
    updatedAt: r.updated_at,
  };
}

export function emptyEvaluation(dossierId: string, audience: EvaluationAudience): Evaluation {
  return {
    id: null,
    dossierId,
    audience,
    heldAt: null,
    heldBy: '',
    participants: '',
    answers: {},
    notes: '',
    prevention: '',
    completed: false,
    updatedAt: null,
  };
}

export function listEvaluations(db: Database.Database, dossierId: string): Evaluation[] {
  const rows = db.prepare('SELECT * FROM evaluations WHERE dossier_id = ?').all(dossierId) as EvaluationRow[];
  return rows
    .map(toEvaluation)
    .sort((a, b) => EVALUATION_AUDIENCES.indexOf(a.audience) - EVALUATION_AUDIENCES.indexOf(b.audience));
}

export function getEvaluation(
  db: Database.Database,
  dossierId: string,
  audience: EvaluationAudience,
): Evaluation | null {
  const row = db
    .prepare('SELECT * FROM evaluations WHERE dossier_id = ? AND audience = ?')
    .get(dossierId, audience) as EvaluationRow | undefined;
  return row ? toEvaluation(row) : null;
}

export function upsertEvaluation(
  db: Database.Database,
  e: { id: string; dossierId: string; audience: EvaluationAudience; form: EvaluationForm; at: string },
): void {
  db.prepare(
    `INSERT INTO evaluations (id, dossier_id, audience, held_at, held_by, participants, answers_json, notes, prevention,
       completed, created_at, updated_at)
     VALUES (@id, @dossierId, @audience, @heldAt, @heldBy, @participants, @answers, @notes, @prevention, @completed, @at, @at)
     ON CONFLICT(dossier_id, audience) DO UPDATE SET held_at = excluded.held_at, held_by = excluded.held_by,
       participants = excluded.participants, answers_json = excluded.answers_json, notes = excluded.notes,
       prevention = excluded.prevention, completed = excluded.completed, updated_at = excluded.updated_at`,
  ).run({
    id: e.id,
    dossierId: e.dossierId,
    audience: e.audience,
    heldAt: e.form.heldAt,
    heldBy: e.form.heldBy,
    participants: e.form.participants,
    answers: JSON.stringify(e.form.answers),
    notes: e.form.notes,
    prevention: e.form.prevention,
    completed: e.form.completed ? 1 : 0,
    at: e.at,
  });
}

interface AftercareRow {
  id: string;
  dossier_id: string;
  person_id: string | null;
  label: string;
  due_at: string;
  who: string;
  done: number;
  done_at: string | null;
  outcome: string;
  needs: string;
  created_at: string;
  updated_at: string;
}

function toAftercare(r: AftercareRow): AftercareMoment {
  return {
    id: r.id,
    dossierId: r.dossier_id,
    personId: r.person_id,
    label: r.label,
    dueAt: r.due_at,
    who: r.who,
    done: r.done === 1,
    doneAt: r.done_at,
    outcome: r.outcome,
    needs: r.needs,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function listAftercare(db: Database.Database, dossierId: string): AftercareMoment[] {
  return (
    db
      .prepare('SELECT * FROM aftercare_moments WHERE dossier_id = ? ORDER BY due_at, label')
      .all(dossierId) as AftercareRow[]
  ).map(toAftercare);
}

export function getAftercare(db: Database.Database, id: string): AftercareMoment {
  const row = db.prepare('SELECT * FROM aftercare_moments WHERE id = ?').get(id) as AftercareRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { key: 'AFTERCARE_NOT_FOUND' });
  return toAftercare(row);
}

export function insertAftercare(
  db: Database.Database,
  m: AftercareMomentInput & { id: string; dossierId: string; at: string },
): void {
  db.prepare(
    `INSERT INTO aftercare_moments (id, dossier_id, person_id, label, due_at, who, created_at, updated_at)
     VALUES (@id, @dossierId, @personId, @label, @dueAt, @who, @at, @at)`,
  ).run(m);
}

export function updateAftercare(
  db: Database.Database,
  id: string,
  m: AftercareMomentInput,
  at: string,
): void {
  db.prepare(
    'UPDATE aftercare_moments SET person_id = @personId, label = @label, due_at = @dueAt, who = @who, updated_at = @at WHERE id = @id',
  ).run({ ...m, id, at });
}

export function setAftercareDone(
  db: Database.Database,
  id: string,
  done: { outcome: string; needs: string; at: string } | null,
  at: string,
): void {
  if (done) {
    db.prepare(
      'UPDATE aftercare_moments SET done = 1, done_at = ?, outcome = ?, needs = ?, updated_at = ? WHERE id = ?',
    ).run(done.at, done.outcome, done.needs, at, id);
  } else {
    db.prepare('UPDATE aftercare_moments SET done = 0, done_at = NULL, updated_at = ? WHERE id = ?').run(
      at,
      id,
    );
  }
}

export function deleteAftercare(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM aftercare_moments WHERE id = ?').run(id);
}

interface ImprovementRow {
  id: string;
  dossier_id: string | null;
  dossier_number: string | null;
  audience: EvaluationAudience | null;
  area: ImprovementArea;
  text: string;
  owner: string;
  status: ImprovementStatus;
  decision_note: string;
  decided_at: string | null;
  protocol_version: number | null;
  plan_date: string | null;
  plan_status: PreventionStatus;
  created_at: string;
  updated_at: string;
}

function toImprovement(r: ImprovementRow): ImprovementPoint {
  return {
    id: r.id,
    dossierId: r.dossier_id,
    dossierNumber: r.dossier_number,
    audience: r.audience,
    area: r.area,
    text: r.text,
    owner: r.owner,
    status: r.status,
    decisionNote: r.decision_note,
    decidedAt: r.decided_at,
    protocolVersion: r.protocol_version ?? null,
    planDate: r.plan_date ?? null,
    planStatus: r.plan_status ?? 'gepland',
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const IMPROVEMENT_SELECT = `SELECT p.*, d.number AS dossier_number
  FROM improvement_points p LEFT JOIN dossiers d ON d.id = p.dossier_id`;

export function listImprovements(
  db: Database.Database,
  filter: { dossierId?: string; status?: ImprovementStatus | null } = {},
): ImprovementPoint[] {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.dossierId) {
    where.push('p.dossier_id = ?');
    params.push(filter.dossierId);
  }
  if (filter.status) {
    where.push('p.status = ?');
    params.push(filter.status);
  }
  const sql = `${IMPROVEMENT_SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY p.created_at, p.id`;
  return (db.prepare(sql).all(...params) as ImprovementRow[]).map(toImprovement);
}

export function getImprovement(db: Database.Database, id: string): ImprovementPoint {
  const row = db.prepare(`${IMPROVEMENT_SELECT} WHERE p.id = ?`).get(id) as ImprovementRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { key: 'IMPROVEMENT_NOT_FOUND' });
  return toImprovement(row);
}

export function insertImprovement(
  db: Database.Database,
  p: ImprovementInput & {
    id: string;
    dossierId: string | null;
    audience: EvaluationAudience | null;
    at: string;
  },
): void {
  db.prepare(
    `INSERT INTO improvement_points (id, dossier_id, audience, area, text, owner, created_at, updated_at)
     VALUES (@id, @dossierId, @audience, @area, @text, @owner, @at, @at)`,
  ).run(p);
}

export function updateImprovement(db: Database.Database, id: string, p: ImprovementInput, at: string): void {
  db.prepare(
    'UPDATE improvement_points SET area = @area, text = @text, owner = @owner, updated_at = @at WHERE id = @id',
  ).run({
    ...p,
    id,
    at,
  });
}

/**
 * The prevention plan: preventive points that were not rejected, dated ones first by date.
 * (Undated measures are still to be scheduled, so they come last.)
 */
export function listPreventionMeasures(db: Database.Database): ImprovementPoint[] {
  return (
    db
      .prepare(
        `${IMPROVEMENT_SELECT} WHERE p.area = 'preventie' AND p.status <> 'afgewezen'
          ORDER BY p.plan_date IS NULL, p.plan_date, p.created_at, p.id`,
      )
      .all() as ImprovementRow[]
  ).map(toImprovement);
}

export function insertPreventionMeasure(
  db: Database.Database,
  m: PreventionMeasureInput & { id: string; at: string; note: string },
): void {
  db.prepare(
    `INSERT INTO improvement_points (id, dossier_id, audience, area, text, owner, status, decision_note, decided_at,
       plan_date, plan_status, created_at, updated_at)
     VALUES (@id, NULL, NULL, 'preventie', @text, @owner, 'overgenomen', @note, @at, @planDate, @planStatus, @at, @at)`,
  ).run(m);
}

/** Plans a preventive point; a proposal that was still open is thereby taken into the plan. */
export function planPreventionMeasure(
  db: Database.Database,
  id: string,
  m: PreventionMeasureInput,
  at: string,
  adoptNote: string,
): void {
  db.prepare(
    `UPDATE improvement_points SET text = @text, owner = @owner, plan_date = @planDate, plan_status = @planStatus,
       decision_note = CASE WHEN status = 'open' THEN @adoptNote ELSE decision_note END,
       decided_at = CASE WHEN status = 'open' THEN @at ELSE decided_at END,
       status = CASE WHEN status = 'open' THEN 'overgenomen' ELSE status END,
       updated_at = @at
     WHERE id = @id`,
  ).run({ ...m, id, at, adoptNote });
}

export function decideImprovement(
  db: Database.Database,
  id: string,
  status: ImprovementStatus,
  note: string,
  at: string,
): void {
  db.prepare(
    'UPDATE improvement_points SET status = ?, decision_note = ?, decided_at = ?, updated_at = ? WHERE id = ?',
  ).run(status, note, status === 'open' ? null : at, at, id);
}

export const DEFAULT_RETENTION_JUSTIFICATION =
  'Standaard van Vangnet: het dossier wordt twee jaar na sluiting vernietigd. Stel de termijn van de school vast en leg die vast in het verwerkingsregister.';

export const GRACE_META_KEY = 'destruction_grace_days';

/** The school's grace period between marking a dossier and erasing it, in days. */
export function readGraceDays(db: Database.Database): number {
  const raw = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(GRACE_META_KEY) as string | undefined;
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(n) && n >= DESTRUCTION_GRACE_DAYS_MIN && n <= DESTRUCTION_GRACE_DAYS_MAX
    ? n
    : DEFAULT_DESTRUCTION_GRACE_DAYS;
}

export function readRetentionPolicy(db: Database.Database): RetentionPolicy {
  const row = db
    .prepare('SELECT months, justification, updated_at, updated_by FROM retention_policy WHERE id = 1')
    .get() as { months: number; justification: string; updated_at: string; updated_by: string } | undefined;
  if (!row) {
    return {
      months: DEFAULT_RETENTION_MONTHS,
      graceDays: readGraceDays(db),
      justification: DEFAULT_RETENTION_JUSTIFICATION,
      isDefault: true,
      updatedAt: null,
      updatedBy: null,
    };
  }
  return {
    months: row.months,
    graceDays: readGraceDays(db),
    justification: row.justification,
    isDefault: false,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function writeRetentionPolicy(
  db: Database.Database,
  p: { months: number; justification: string; at: string; by: string },
): void {
  db.prepare(
    `INSERT INTO retention_policy (id, months, justification, updated_at, updated_by) VALUES (1, @months, @justification, @at, @by)
     ON CONFLICT(id) DO UPDATE SET months = excluded.months, justification = excluded.justification,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(p);
}

/** True when a table of that name exists (tables of other migrations may be absent). */
export function hasTable(db: Database.Database, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}
