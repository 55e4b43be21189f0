import type { OverviewData } from '../../shared/api';
import type { DossierStatus, DossierSummary, StepState } from '../../shared/domain';
import { emptyStepRecord, nextSteps, overallProgress, overdueSteps, phaseProgress, pinnedOf, type ApplicabilityOptions, type StepId } from '../../shared/protocol';
import { getVersion } from '../protocol';
import type { CoreContext } from '../context';

/**
 * The home screen in one pass: three queries (dossiers, step states, open actions)
 * and the protocol's pure functions, so it stays fast on a vault with thousands of
 * dossiers. Other areas add their counts through the `extensions` createVangnetService
 * hands in (src/core/service.ts lists them in one place).
 */
export interface OverviewExtension {
  /** Adds to each summary and to the overview's overdue list (e.g. takedowns, aftercare). */
  apply(ctx: CoreContext, data: OverviewData, byId: Map<string, DossierSummary>): void;
}

/**
 * What the overview needs of one dossier's step states, stored in `dossier_progress` (migration
 * 0012) so a cold overview reads one small row per dossier instead of every step state. It does
 * not depend on the time: overdue steps are derived at read time from `pending`.
 */
interface StoredProgress {
  overall: { done: number; total: number };
  phases: DossierSummary['phaseProgress'];
  next: { stepId: string; title: string; phaseId: DossierSummary['phaseProgress'][number]['phaseId'] } | null;
  /** Applicable, not-done steps with a deadline, earliest first (the order overdueSteps uses). */
  pending: Array<{ stepId: string; title: string; dueAt: string; due: number; owner: string }>;
}

/** The stored summary of one dossier's states — the same functions the dossier screen uses. */
export function summariseProgress(states: readonly StepState[], opts: ApplicabilityOptions): StoredProgress {
  const next = nextSteps(states, opts, 1)[0];
  // "Overdue as of the end of time" lists every applicable open step with a deadline, in the
  // order overdueSteps sorts; the read filters it by the actual time.
  const pending = overdueSteps(states, new Date(8.64e15), opts).map((o) => ({
    stepId: o.step.id,
    title: o.step.title,
    dueAt: o.dueAt,
    due: Date.parse(o.dueAt),
    owner: states.find((s) => s.stepId === o.step.id)?.owner ?? '',
  }));
  return {
    overall: overallProgress(states, opts),
    phases: phaseProgress(states, opts).map((p) => ({ phaseId: p.phaseId, done: p.done, total: p.total })),
    next: next ? { stepId: next.id, title: next.title, phaseId: next.phaseId } : null,
    pending,
  };
}

export function buildOverview(
  ctx: CoreContext,
  status: DossierStatus | null,
  extensions: readonly OverviewExtension[],
): OverviewData {
  const db = ctx.db();
  const now = ctx.now();
  const nowIso = now.toISOString();
  const nowMs = now.getTime();
  // Only the columns the home screen shows: the long texts (summary, needs) of thousands of
  // dossiers would be decrypted and copied for nothing.
  const all = db
    .prepare(
      `SELECT id, number, title, status, lead, discovered_at AS discoveredAt, updated_at AS updatedAt
         FROM dossiers ORDER BY discovered_at DESC`,
    )
    .all() as Array<Pick<DossierSummary, 'id' | 'number' | 'title' | 'status' | 'lead' | 'discoveredAt' | 'updatedAt'>>;
  const wanted = all.filter((d) => !status || d.status === status);

  const stored = new Map<string, StoredProgress>();
  for (const [dossierId, json] of db
    .prepare('SELECT dossier_id, summary_json FROM dossier_progress WHERE dossier_id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(wanted.map((d) => d.id))) as Array<[string, string]>) {
    stored.set(dossierId, JSON.parse(json) as StoredProgress);
  }
  const needSteps = wanted.filter((d) => !stored.has(d.id)).map((d) => d.id);
  if (needSteps.length > 0) computeAndStore(ctx, needSteps, stored);
  const overdueActions = db
    .prepare(
      `SELECT a.dossier_id AS dossierId, a.wat AS title, a.wanneer AS dueAt, a.wie AS owner
         FROM actions a JOIN dossiers d ON d.id = a.dossier_id
        WHERE a.done = 0 AND a.wanneer IS NOT NULL AND a.wanneer < ? AND d.status <> 'gesloten'
        ORDER BY a.wanneer`,
    )
    .all(nowIso) as Array<{ dossierId: string; title: string; dueAt: string; owner: string }>;
  const overdueActionCount = new Map<string, number>();
  for (const a of overdueActions) overdueActionCount.set(a.dossierId, (overdueActionCount.get(a.dossierId) ?? 0) + 1);

  const counts: Record<DossierStatus, number> = { open: 0, nazorg: 0, gesloten: 0 };
  const data: OverviewData = { dossiers: [], overdue: [], upcomingAftercare: [], openTakedowns: 0, counts };
  const byId = new Map<string, DossierSummary>();
  const numberOf = new Map<string, string>();

  for (const d of all) {
    counts[d.status] += 1;
    numberOf.set(d.id, d.number);
    if (status && d.status !== status) continue;
    const progress = stored.get(d.id)!;
    const closed = d.status === 'gesloten';
    const next = closed ? null : progress.next;
    const overdue = closed ? [] : progress.pending.filter((p) => p.due < nowMs);
    for (const o of overdue) {
      data.overdue.push({ dossierId: d.id, dossierNumber: d.number, kind: 'stap', title: o.title, dueAt: o.dueAt, owner: o.owner });
    }
    const summary: DossierSummary = {
      id: d.id,
      number: d.number,
      title: d.title,
      status: d.status,
      lead: d.lead,
      discoveredAt: d.discoveredAt,
      updatedAt: d.updatedAt,
      progress: { done: progress.overall.done, total: progress.overall.total },
      phaseProgress: progress.phases,
      nextStep: next,
      overdueCount: overdue.length + (overdueActionCount.get(d.id) ?? 0),
      nextAftercareAt: null,
      openTakedowns: 0,
    };
    data.dossiers.push(summary);
    byId.set(d.id, summary);
  }
  for (const a of overdueActions) {
    if (!byId.has(a.dossierId)) continue;
    data.overdue.push({ dossierId: a.dossierId, dossierNumber: numberOf.get(a.dossierId) ?? '', kind: 'actie', title: a.title, dueAt: a.dueAt, owner: a.owner });
  }
  for (const ext of extensions) ext.apply(ctx, data, byId);
  data.overdue.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return data;
}

/**
 * Reads the step states of the dossiers without a stored summary, folds them against the protocol
 * version each follows and stores the result. Storing is best effort: on a read-only or full disk
 * the overview is still answered, only not remembered.
 */
function computeAndStore(ctx: CoreContext, dossierIds: readonly string[], into: Map<string, StoredProgress>): void {
  const db = ctx.db();
  // One JSON array per dossier instead of one row object per step: materialising ~70,000 rows
  // was most of the overview's time before summaries were stored.
  const statesByDossier = new Map<string, StepState[]>();
  const grouped = db
    .prepare(
      `SELECT s.dossier_id, json_group_array(json_array(s.step_id, s.status, s.due_at, s.owner))
         FROM step_states s
        WHERE s.dossier_id IN (SELECT value FROM json_each(?))
        GROUP BY s.dossier_id`,
    )
    .raw()
    .all(JSON.stringify(dossierIds)) as Array<[string, string]>;
  for (const [dossierId, json] of grouped) {
    const rows = JSON.parse(json) as Array<[StepId, StepState['status'], string | null, string]>;
    statesByDossier.set(
      dossierId,
      rows.map(([stepId, st, dueAt, owner]) => ({
        dossierId,
        stepId,
        status: st,
        nvtReason: '',
        owner,
        dueAt,
        notes: '',
        data: emptyStepRecord(stepId),
        updatedAt: null,
      })),
    );
  }
  const settings = new Map(
    (
      db
        .prepare('SELECT id, protocol_version, other_school FROM dossiers WHERE id IN (SELECT value FROM json_each(?))')
        .raw()
        .all(JSON.stringify(dossierIds)) as Array<[string, number, number]>
    ).map(([id, version, otherSchool]) => [id, { version, otherSchool: otherSchool === 1 }]),
  );
  const rows: Array<[string, string]> = [];
  for (const id of dossierIds) {
    const s = settings.get(id);
    const opts: ApplicabilityOptions = {
      otherSchoolInvolved: s?.otherSchool ?? false,
      protocol: pinnedOf(getVersion(db, s?.version ?? 1)),
    };
    const summary = summariseProgress(statesByDossier.get(id) ?? [], opts);
    into.set(id, summary);
    rows.push([id, JSON.stringify(summary)]);
  }
  try {
    const insert = db.prepare('INSERT OR REPLACE INTO dossier_progress (dossier_id, summary_json) VALUES (?, ?)');
    db.transaction(() => {
      for (const [id, json] of rows) insert.run(id, json);
    })();
  } catch {
    // A cache: a read-only or full disk must not turn the home screen into an error.
  }
}
