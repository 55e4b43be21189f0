import { PLATFORM_LABELS } from '../../shared/domain';
import { EVALUATION_AUDIENCE_DEFS } from '../../shared/domain/evaluation';
import { openWorkOf, type OpenWork } from '../../shared/protocol';
import type { CoreContext } from '../context';
import * as evaluations from '../evaluation/repository';
import * as monitoring from '../monitoring/repository';
import { pinnedProtocolOf } from '../protocol/service';
import * as repo from './repository';

/**
 * Everything still open in a dossier (the close dialog's list). The rows come from the areas
 * that own them; which of them count as open is decided by the pure `openWorkOf`, so the
 * dialog and the core's refusal can never disagree.
 */
export function openWorkFor(ctx: CoreContext, dossierId: string): OpenWork[] {
  const db = ctx.db();
  const dossier = repo.getDossierRow(db, dossierId);
  const steps = repo.listSteps(db, dossierId);
  const status = new Map(steps.map((s) => [s.stepId, s.status]));
  const done = new Map(evaluations.listEvaluations(db, dossierId).map((e) => [e.audience, e.completed]));
  return openWorkOf({
    protocol: pinnedProtocolOf(db, dossierId),
    otherSchoolInvolved: dossier.otherSchoolInvolved,
    steps,
    takedowns: monitoring
      .listTakedowns(db, dossierId, true, ctx.now())
      .map((t) => ({ id: t.id, platformLabel: `${PLATFORM_LABELS[t.platform]}${t.location ? ` (${t.location})` : ''}`, open: true })),
    evaluations: EVALUATION_AUDIENCE_DEFS.filter((d) => !d.onlyWithOtherSchool || dossier.otherSchoolInvolved)
      // An evaluation whose step the team marked "niet van toepassing" is not open work.
      .filter((d) => status.get(d.stepId as never) !== 'nvt')
      .map((d) => ({ audience: d.id, label: d.label, completed: done.get(d.id) ?? false })),
    aftercareCount: evaluations.listAftercare(db, dossierId).length,
    actions: repo.listActions(db, dossierId).map((a) => ({ id: a.id, wat: a.wat, wie: a.wie, done: a.done })),
  });
}
