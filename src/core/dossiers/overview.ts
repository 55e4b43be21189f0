import type { OverviewData } from '../../shared/api';
import type { DossierStatus, DossierSummary, StepState } from '../../shared/domain';
import { nextSteps, overallProgress, overdueSteps, phaseProgress, pinnedOf } from '../../shared/protocol';
import { getVersion } from '../protocol/repository';
import type { CoreContext } from '../context';
import { listDossierRows } from './repository';

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

interface CachedProgress {
  updatedAt: string;
  overall: { done: number; total: number };
  phases: DossierSummary['phaseProgress'];
}
/** Per open connection (a new one per unlock, so locking drops it). */
const CLOSED_PROGRESS = new WeakMap<object, Map<string, CachedProgress>>();

export function buildOverview(
  ctx: CoreContext,
  status: DossierStatus | null,
  extensions: readonly OverviewExtension[],
): OverviewData {
  const db = ctx.db();
  const now = ctx.now();
  const nowIso = now.toISOString();
  const all = listDossierRows(db, null);

  // Closed dossiers' steps cannot change (assertWritable), so their progress is computed once
  // per unlocked vault and reused while their updatedAt stays the same.
  let closedCache = CLOSED_PROGRESS.get(db);
  if (!closedCache) {
    closedCache = new Map();
    CLOSED_PROGRESS.set(db, closedCache);
  }
  const needSteps = all
    .filter((d) => !status || d.status === status)
    .filter((d) => d.status !== 'gesloten' || closedCache.get(d.id)?.updatedAt !== d.updatedAt)
    .map((d) => d.id);

  // One JSON array per dossier instead of one row object per step: the overview reads every
  // step of every dossier, and materialising ~70,000 rows was most of its time.
  const statesByDossier = new Map<string, StepState[]>();
  const grouped = db
    .prepare(
      `SELECT s.dossier_id, json_group_array(json_array(s.step_id, s.status, s.due_at, s.owner))
         FROM step_states s
        WHERE s.dossier_id IN (SELECT value FROM json_each(?))
        GROUP BY s.dossier_id`,
    )
    .raw()
    .all(JSON.stringify(needSteps)) as Array<[string, string]>;
  for (const [dossierId, json] of grouped) {
    const rows = JSON.parse(json) as Array<[string, StepState['status'], string | null, string]>;
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
        data: {},
        updatedAt: null,
      })),
    );
  }

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

  // Each dossier's progress is measured against the protocol version it follows.
  const versionOf = new Map(
    (db.prepare('SELECT id, protocol_version FROM dossiers').raw().all() as Array<[string, number]>).map(([id, v]) => [id, v]),
  );
  const protocolOf = (dossierId: string) => pinnedOf(getVersion(db, versionOf.get(dossierId) ?? 1));

  const counts: Record<DossierStatus, number> = { open: 0, nazorg: 0, gesloten: 0 };
  const data: OverviewData = { dossiers: [], overdue: [], upcomingAftercare: [], openTakedowns: 0, counts };
  const byId = new Map<string, DossierSummary>();
  const numberOf = new Map<string, string>();

  for (const d of all) {
    counts[d.status] += 1;
    numberOf.set(d.id, d.number);
    if (status && d.status !== status) continue;
    const states = statesByDossier.get(d.id) ?? [];
    const opts = { otherSchoolInvolved: d.otherSchoolInvolved, protocol: protocolOf(d.id) };
    const cached = d.status === 'gesloten' ? closedCache.get(d.id) : undefined;
    const progress =
      cached && cached.updatedAt === d.updatedAt
        ? cached
        : {
            updatedAt: d.updatedAt,
            overall: overallProgress(states, opts),
            phases: phaseProgress(states, opts).map((p) => ({ phaseId: p.phaseId, done: p.done, total: p.total })),
          };
    if (d.status === 'gesloten') closedCache.set(d.id, progress);
    const overall = progress.overall;
    const next = d.status === 'gesloten' ? undefined : nextSteps(states, opts, 1)[0];
    const overdue = d.status === 'gesloten' ? [] : overdueSteps(states, now, opts);
    for (const o of overdue) {
      data.overdue.push({
        dossierId: d.id,
        dossierNumber: d.number,
        kind: 'stap',
        title: o.step.title,
        dueAt: o.dueAt,
        owner: states.find((s) => s.stepId === o.step.id)?.owner ?? '',
      });
    }
    const summary: DossierSummary = {
      id: d.id,
      number: d.number,
      title: d.title,
      status: d.status,
      lead: d.lead,
      discoveredAt: d.discoveredAt,
      updatedAt: d.updatedAt,
      progress: { done: overall.done, total: overall.total },
      phaseProgress: progress.phases,
      nextStep: next ? { stepId: next.id, title: next.title, phaseId: next.phaseId } : null,
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
