import type { preventionOps } from '../../shared/api/prevention';
import {
  PREVENTION_STATUSES,
  PREVENTION_STATUS_LABELS,
  type ImprovementPoint,
  type PreventionPlan,
  type PreventionStatus,
} from '../../shared/domain/evaluation';
import { AppError } from '../../shared/errors';
import type { Handlers } from '../api';
import type { CoreContext } from '../context';
import { readSchoolProfile } from '../school-profile';
import type { EvaluationContributions, PlainDocument } from './document';
import { assertNoNames, dateLong, saveDocument } from './handlers';
import * as repo from './repository';

/**
 * The school-wide prevention plan: the card's "Output is input voor het protocol &
 * preventiemaatregelen!" made concrete. Preventive improvement points (from evaluations or
 * added by the school) get an owner, a date and a status; the plan is a PDF for the school's
 * safety plan and counts in the yearly statistics. No dossier data: points never carry names.
 */

type PreventionOpName = keyof typeof preventionOps;

const ADOPT_NOTE = 'Opgenomen in het preventieplan.';

export function preventionPlan(points: ImprovementPoint[]): PreventionPlan {
  const counts = Object.fromEntries(PREVENTION_STATUSES.map((s) => [s, 0])) as Record<PreventionStatus, number>;
  for (const p of points) counts[p.planStatus] += 1;
  return { measures: points, counts };
}

const STATUS_ORDER: readonly PreventionStatus[] = ['bezig', 'gepland', 'uitgevoerd', 'vervallen'];

export function preventionDocument(plan: PreventionPlan, now: Date, school: string): PlainDocument {
  const total = plan.measures.length;
  return {
    title: 'Preventieplan',
    subtitle: `${school ? `${school}. ` : ''}Preventiemaatregelen tegen het rondsturen van naaktfoto's en seksfilmpjes (lessen, ouderavonden, mentorprogramma…), voor het veiligheidsplan van de school. Opgesteld op ${dateLong(
      now.toISOString(),
    )}. ${total === 1 ? '1 maatregel' : `${total} maatregelen`}. Dit plan bevat geen namen van leerlingen.`,
    footer: 'Preventieplan',
    sections: STATUS_ORDER.map((s) => ({
      heading: `${PREVENTION_STATUS_LABELS[s]} (${plan.counts[s]})`,
      empty: 'Geen maatregelen.',
      blocks: plan.measures
        .filter((p) => p.planStatus === s)
        .map((p) => ({
          paragraphs: [p.text],
          fields: [
            ['Eigenaar', p.owner] as [string, string],
            ['Datum', p.planDate ? dateLong(`${p.planDate}T12:00:00.000Z`) : 'nog te plannen'] as [string, string],
            [
              'Herkomst',
              p.dossierNumber || p.audience || p.dossierId
                ? `Uit de evaluatie van een incident (vastgelegd op ${dateLong(p.createdAt)})`
                : `Door de school toegevoegd op ${dateLong(p.createdAt)}`,
            ] as [string, string],
          ],
        })),
    })),
  };
}

export function preventionHandlers(
  ctx: CoreContext,
  contributions: EvaluationContributions,
): Handlers<PreventionOpName> {
  const preventive = (pointId: string) => {
    const point = repo.getImprovement(ctx.db(), pointId);
    if (point.area !== 'preventie') throw new AppError('VALIDATION', { key: 'PREVENTION_NOT_PREVENTIVE' });
    if (point.status === 'afgewezen') throw new AppError('VALIDATION', { key: 'PREVENTION_REJECTED' });
    return point;
  };

  return {
    'prevention.list': () => preventionPlan(repo.listPreventionMeasures(ctx.db())),

    'prevention.add': ({ measure }) => {
      assertNoNames(ctx, { text: measure.text, owner: measure.owner });
      const id = ctx.newId();
      ctx.write('prevention.add', null, `Preventiemaatregel toegevoegd (${measure.planStatus})`, (db) =>
        repo.insertPreventionMeasure(db, { ...measure, id, at: ctx.nowIso(), note: ADOPT_NOTE }),
      );
      return repo.getImprovement(ctx.db(), id);
    },

    'prevention.update': ({ pointId, measure }) => {
      const current = preventive(pointId);
      assertNoNames(ctx, { text: measure.text, owner: measure.owner });
      const what = [
        current.status === 'open' ? 'opgenomen in het plan' : '',
        current.planStatus !== measure.planStatus ? `${current.planStatus} -> ${measure.planStatus}` : '',
        current.planDate !== measure.planDate ? `datum ${measure.planDate ?? 'geen'}` : '',
      ].filter(Boolean);
      ctx.write(
        'prevention.update',
        current.dossierId,
        `Preventiemaatregel bijgewerkt${what.length ? ` (${what.join(', ')})` : ''}`,
        (db) => repo.planPreventionMeasure(db, pointId, measure, ctx.nowIso(), ADOPT_NOTE),
      );
      return repo.getImprovement(ctx.db(), pointId);
    },

    'prevention.exportPdf': async () => {
      const plan = preventionPlan(repo.listPreventionMeasures(ctx.db()));
      const doc = preventionDocument(plan, ctx.now(), readSchoolProfile(ctx).name);
      return saveDocument(
        ctx,
        contributions,
        doc,
        { kind: 'prevention-plan', recipientLabel: 'Schoolleiding (veiligheidsplan)' },
        { title: 'PREVENTION_PDF_TITLE', name: 'PREVENTION_PDF_NAME' },
        { action: 'prevention.export', details: `Preventieplan als PDF opgeslagen (${plan.measures.length})` },
      );
    },
  };
}
