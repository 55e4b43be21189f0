import { PLATFORM_LABELS, TAKEDOWN_CHANNEL_LABELS } from '../../shared/domain';
import type { OverviewExtension } from '../dossiers';
import { openTakedownSummary, overdueEntries } from './repository';

const MAX_TITLE = 90;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_TITLE ? `${oneLine.slice(0, MAX_TITLE - 1)}…` : oneLine;
}

/**
 * Puts takedowns on the home screen: the number of open requests per dossier and in
 * total, and every follow-up date that has passed (takedowns and monitoring entries),
 * for dossiers that are not closed.
 */
export const monitoringOverviewExtension: OverviewExtension = {
  apply(ctx, data, byId) {
    const db = ctx.db();
    const nowIso = ctx.nowIso();
    const { openPerDossier, overdue } = openTakedownSummary(db, nowIso);

    let total = 0;
    for (const [dossierId, n] of openPerDossier) {
      const summary = byId.get(dossierId);
      if (!summary) continue;
      summary.openTakedowns = n;
      total += n;
    }
    data.openTakedowns = total;

    for (const t of overdue) {
      const summary = byId.get(t.dossierId);
      if (!summary || summary.status === 'gesloten') continue;
      summary.overdueCount += 1;
      data.overdue.push({
        dossierId: t.dossierId,
        dossierNumber: summary.number,
        kind: 'takedown',
        title: shorten(`Verwijderverzoek opvolgen: ${TAKEDOWN_CHANNEL_LABELS[t.channel]}, ${PLATFORM_LABELS[t.platform]}`),
        dueAt: t.followUpAt,
        owner: t.createdBy,
      });
    }

    for (const e of overdueEntries(db, nowIso)) {
      const summary = byId.get(e.dossierId);
      if (!summary || summary.status === 'gesloten') continue;
      summary.overdueCount += 1;
      data.overdue.push({
        dossierId: e.dossierId,
        dossierNumber: summary.number,
        kind: 'monitoring',
        title: shorten(`Monitoring opvolgen (${PLATFORM_LABELS[e.platform]}): ${e.description}`),
        dueAt: e.followUpAt,
        owner: e.seenBy,
      });
    }
  },
};
