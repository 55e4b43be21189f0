import { z } from 'zod';
import { IdSchema } from '../domain/common';
import {
  PreventionMeasureInputSchema,
  type ImprovementPoint,
  type PreventionPlan,
} from '../domain/evaluation';
import type { SavedFile } from './evaluation';
import { NoInput, op } from './define';

/** The school-wide prevention plan ("Preventieplan"): preventive improvement points with owner, date and status. */
export const preventionOps = {
  'prevention.list': op<PreventionPlan>()(NoInput),
  /** A measure the school plans itself (not from an evaluation): it is in the plan at once. */
  'prevention.add': op<ImprovementPoint>()(z.object({ measure: PreventionMeasureInputSchema }).strict()),
  /** Owner, date, status (and wording) of a preventive point; an open proposal is thereby taken into the plan. */
  'prevention.update': op<ImprovementPoint>()(
    z.object({ pointId: IdSchema, measure: PreventionMeasureInputSchema }).strict(),
  ),
  'prevention.exportPdf': op<SavedFile>()(NoInput),
};
