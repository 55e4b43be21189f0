import { retentionUntil, type RetentionDueItem } from '../../shared/domain/evaluation';
import type { CoreContext } from '../context';
import type { OverviewExtension } from '../dossiers';
import { readRetentionPolicy } from './repository';

/** Aftercare moments due within this many days show on the overview as "binnenkort". */
export const UPCOMING_AFTERCARE_DAYS = 14;

/**
 * Overview reminders: every aftercare moment that is not done stays visible (upcoming, or
 * overdue with kind 'nazorg') until it is marked done, and closed dossiers past their
 * retention date are listed for destruction.
 */
export const evaluationOverview: OverviewExtension = {
  apply(ctx: CoreContext, data, byId) {
    const db = ctx.db();
    const now = ctx.now();
    const nowIso = now.toISOString();
    const horizon = new Date(now.getTime() + UPCOMING_AFTERCARE_DAYS * 86_400_000).toISOString();
    const open = db
      .prepare(
        `SELECT a.dossier_id AS dossierId, d.number AS number, a.label AS label, a.due_at AS dueAt, a.who AS who
           FROM aftercare_moments a JOIN dossiers d ON d.id = a.dossier_id
          WHERE a.done = 0 ORDER BY a.due_at`,
      )
      .all() as Array<{ dossierId: string; number: string; label: string; dueAt: string; who: string }>;
    for (const m of open) {
      const summary = byId.get(m.dossierId);
      if (!summary) continue;
      if (!summary.nextAftercareAt || m.dueAt < summary.nextAftercareAt) summary.nextAftercareAt = m.dueAt;
      if (m.dueAt < nowIso) {
        summary.overdueCount += 1;
        data.overdue.push({
          dossierId: m.dossierId,
          dossierNumber: m.number,
          kind: 'nazorg',
          title: `Nazorg: ${m.label}`,
          dueAt: m.dueAt,
          owner: m.who,
        });
      } else if (m.dueAt <= horizon) {
        data.upcomingAftercare.push({
          dossierId: m.dossierId,
          dossierNumber: m.number,
          personLabel: m.label,
          dueAt: m.dueAt,
        });
      }
    }
    data.upcomingAftercare.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    data.retentionDue = listRetentionDue(ctx);
  },
};

/**
 * Closed dossiers whose retention period has passed, and every dossier marked "te vernietigen"
 * (also an early mark), oldest first.
 */
export function listRetentionDue(ctx: CoreContext): RetentionDueItem[] {
  const db = ctx.db();
  const { months } = readRetentionPolicy(db);
  const nowIso = ctx.nowIso();
  const closed = db
    .prepare(
      `SELECT d.id, d.number, d.closed_at, m.marked_at, m.marked_by, m.due_at, m.early, m.reason
         FROM dossiers d LEFT JOIN destruction_marks m ON m.dossier_id = d.id
        WHERE d.status = 'gesloten' AND d.closed_at IS NOT NULL ORDER BY d.closed_at`,
    )
    .all() as Array<{
    id: string;
    number: string;
    closed_at: string;
    marked_at: string | null;
    marked_by: string | null;
    due_at: string | null;
    early: number | null;
    reason: string | null;
  }>;
  return closed
    .map((d) => ({
      dossierId: d.id,
      number: d.number,
      closedAt: d.closed_at,
      retentionUntil: retentionUntil(d.closed_at, months),
      mark:
        d.marked_at !== null
          ? {
              markedAt: d.marked_at,
              markedBy: d.marked_by ?? '',
              dueAt: d.due_at ?? '',
              early: d.early === 1,
              reason: d.reason ?? '',
            }
          : null,
    }))
    .filter((d) => d.mark !== null || d.retentionUntil <= nowIso);
}

