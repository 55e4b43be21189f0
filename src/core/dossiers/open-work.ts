import type { StepStatus } from '../../shared/domain';
import { openWorkOf, type OpenWork, type OpenWorkInput } from '../../shared/protocol';
import type { CoreContext } from '../context';
import { pinnedProtocolOf } from '../protocol';
import * as repo from './repository';

/**
 * What other areas add to a dossier's open work: monitoring its open takedowns, evaluation the
 * evaluations still due and the aftercare planned. Passed in by createVangnetService, so the
 * dossiers area never imports the areas built on top of it.
 */
export interface OpenWorkSources {
  takedowns(ctx: CoreContext, dossierId: string): OpenWorkInput['takedowns'];
  evaluation(
    ctx: CoreContext,
    dossier: { id: string; otherSchoolInvolved: boolean },
    stepStatus: ReadonlyMap<string, StepStatus>,
  ): Pick<OpenWorkInput, 'evaluations' | 'aftercareCount'>;
}

/**
 * Everything still open in a dossier (the close dialog's list). The rows come from the areas
 * that own them; which of them count as open is decided by the pure `openWorkOf`, so the
 * dialog and the core's refusal can never disagree.
 */
export function openWorkFor(ctx: CoreContext, dossierId: string, sources: OpenWorkSources): OpenWork[] {
  const db = ctx.db();
  const dossier = repo.getDossierRow(db, dossierId);
  const steps = repo.listSteps(db, dossierId);
  const status = new Map(steps.map((s) => [s.stepId as string, s.status]));
  return openWorkOf({
    protocol: pinnedProtocolOf(db, dossierId),
    otherSchoolInvolved: dossier.otherSchoolInvolved,
    steps,
    takedowns: sources.takedowns(ctx, dossierId),
    ...sources.evaluation(ctx, dossier, status),
    actions: repo.listActions(db, dossierId).map((a) => ({ id: a.id, wat: a.wat, wie: a.wie, done: a.done })),
  });
}
