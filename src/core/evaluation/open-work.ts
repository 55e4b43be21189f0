import { EVALUATION_AUDIENCE_DEFS } from '../../shared/domain/evaluation';
import type { OpenWorkSources } from '../dossiers';
import * as repo from './repository';

/** Evaluation's part of a dossier's open work: the evaluations that apply and the aftercare planned. */
export const evaluationOpenWork: OpenWorkSources['evaluation'] = (ctx, dossier, stepStatus) => {
  const db = ctx.db();
  const done = new Map(repo.listEvaluations(db, dossier.id).map((e) => [e.audience, e.completed]));
  return {
    evaluations: EVALUATION_AUDIENCE_DEFS.filter((d) => !d.onlyWithOtherSchool || dossier.otherSchoolInvolved)
      // An evaluation whose step the team marked "niet van toepassing" is not open work.
      .filter((d) => stepStatus.get(d.stepId) !== 'nvt')
      .map((d) => ({ audience: d.id, label: d.label, completed: done.get(d.id) ?? false })),
    aftercareCount: repo.listAftercare(db, dossier.id).length,
  };
};
