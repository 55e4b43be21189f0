import { z } from 'zod';
import {
  IdSchema,
  IsoDateTimeSchema,
  mediumText,
  requiredShortText,
  requiredText,
  shortText,
} from '../domain/common';
import {
  AftercareMomentInputSchema,
  EVALUATION_AUDIENCES,
  EvaluationFormSchema,
  IMPROVEMENT_STATUSES,
  ImprovementInputSchema,
  DESTRUCTION_GRACE_DAYS_MAX,
  DESTRUCTION_GRACE_DAYS_MIN,
  RETENTION_MONTHS_MAX,
  RETENTION_MONTHS_MIN,
  type AftercareMoment,
  type AnnualStats,
  type DestructionMark,
  type Evaluation,
  type ImprovementPoint,
  type RetentionDueItem,
  type RetentionPolicy,
  type SubjectAccessReview,
  type SubjectMatch,
} from '../domain/evaluation';
import { NoInput, op } from './define';

export * from '../domain/evaluation';

const subjectPersonIds = z
  .array(IdSchema)
  .min(1, { error: 'Kies minstens één persoon.' })
  .max(50, { error: 'Te veel personen tegelijk.' });

/** Everything the "Evaluatie & nazorg" tab of one dossier shows. */
export interface EvaluationView {
  /** One per applicable audience, in card order; unsaved ones have id null. */
  evaluations: Evaluation[];
  aftercare: AftercareMoment[];
  improvementPoints: ImprovementPoint[];
  retention: {
    closedAt: string | null;
    retentionUntil: string | null;
    months: number;
    /** Set while the dossier is marked "te vernietigen". */
    mark: DestructionMark | null;
  };
}

/** A saved file; `sha256` of the written bytes where Vangnet registers the file (school-level PDFs). */
export type SavedFile = { file: string; sha256?: string } | { cancelled: true };

const audience = z.enum(EVALUATION_AUDIENCES, { error: 'Kies met wie de evaluatie is.' });

export const evaluationOps = {
  'evaluation.get': op<EvaluationView>()(z.object({ dossierId: IdSchema }).strict()),
  'evaluation.save': op<Evaluation>()(
    z.object({ dossierId: IdSchema, audience, form: EvaluationFormSchema }).strict(),
  ),

  'aftercare.planDefaults': op<AftercareMoment[]>()(
    z
      .object({
        dossierId: IdSchema,
        from: IsoDateTimeSchema,
        who: shortText('Wie neemt contact op'),
        targets: z
          .array(z.object({ personId: IdSchema.nullable(), label: requiredShortText('Voor wie') }).strict())
          .min(1, { error: 'Kies voor wie je nazorg wilt plannen.' })
          .max(50, { error: 'Te veel personen tegelijk.' }),
      })
      .strict(),
  ),
  'aftercare.add': op<AftercareMoment>()(
    z.object({ dossierId: IdSchema, moment: AftercareMomentInputSchema }).strict(),
  ),
  'aftercare.update': op<AftercareMoment>()(
    z.object({ momentId: IdSchema, moment: AftercareMomentInputSchema }).strict(),
  ),
  'aftercare.complete': op<AftercareMoment>()(
    z
      .object({
        momentId: IdSchema,
        outcome: requiredText('Hoe gaat het nu', 2_000),
        needs: mediumText('Wat is er nog nodig'),
      })
      .strict(),
  ),
  'aftercare.reopen': op<AftercareMoment>()(z.object({ momentId: IdSchema }).strict()),
  'aftercare.remove': op<{ removed: true }>()(z.object({ momentId: IdSchema }).strict()),

  'improvement.add': op<ImprovementPoint>()(
    z
      .object({
        dossierId: IdSchema.nullable(),
        audience: audience.nullable(),
        point: ImprovementInputSchema,
      })
      .strict(),
  ),
  'improvement.update': op<ImprovementPoint>()(
    z.object({ pointId: IdSchema, point: ImprovementInputSchema }).strict(),
  ),
  'improvement.decide': op<ImprovementPoint>()(
    z
      .object({
        pointId: IdSchema,
        status: z.enum(IMPROVEMENT_STATUSES, { error: 'Ongeldige status.' }),
        note: mediumText('Toelichting'),
      })
      .strict(),
  ),
  'improvement.list': op<ImprovementPoint[]>()(
    z.object({ status: z.enum(IMPROVEMENT_STATUSES).nullable().optional() }).strict(),
  ),
  'improvement.exportPdf': op<SavedFile>()(
    z.object({ status: z.enum(IMPROVEMENT_STATUSES).nullable().optional() }).strict(),
  ),

  'stats.get': op<AnnualStats>()(
    z.object({ year: z.number().int().min(2000).max(2100).nullable().optional() }).strict(),
  ),

  'retention.get': op<RetentionPolicy>()(NoInput),
  'retention.update': op<RetentionPolicy>()(
    z
      .object({
        months: z
          .number({ error: 'Bewaartermijn: getal verwacht.' })
          .int({ error: 'Bewaartermijn: hele maanden.' })
          .min(RETENTION_MONTHS_MIN, { error: `De bewaartermijn is minimaal ${RETENTION_MONTHS_MIN} maand.` })
          .max(RETENTION_MONTHS_MAX, {
            error: `De bewaartermijn is maximaal ${RETENTION_MONTHS_MAX} maanden.`,
          }),
        justification: z
          .string({ error: 'Onderbouwing: tekst verwacht.' })
          .trim()
          .min(20, {
            error: 'Geef een onderbouwing van minstens 20 tekens; die hoort in het verwerkingsregister.',
          })
          .max(2_000, { error: 'Onderbouwing is te lang (maximaal 2000 tekens).' }),
      })
      .strict(),
  ),
  'retention.due': op<RetentionDueItem[]>()(NoInput),
  /** Sets the grace period between marking and erasing; shortening it needs a dialog of main. */
  'retention.setGrace': op<RetentionPolicy | { cancelled: true }>()(
    z
      .object({
        days: z
          .number({ error: 'Wachttijd: getal verwacht.' })
          .int({ error: 'Wachttijd: hele dagen.' })
          .min(DESTRUCTION_GRACE_DAYS_MIN, { error: `De wachttijd is minimaal ${DESTRUCTION_GRACE_DAYS_MIN} dag.` })
          .max(DESTRUCTION_GRACE_DAYS_MAX, { error: `De wachttijd is maximaal ${DESTRUCTION_GRACE_DAYS_MAX} dagen.` }),
      })
      .strict(),
  ),
  /**
   * Stage one: marks a closed dossier "te vernietigen". Reversible; nothing is erased. The
   * dossier number typed by the user confirms the choice.
   */
  'retention.mark': op<RetentionDueItem>()(
    z
      .object({
        dossierId: IdSchema,
        /** The dossier number, typed by the user as confirmation. */
        confirmNumber: z.string().trim().max(40, { error: 'Dossiernummer is te lang.' }),
        /** Required when the retention period has not yet passed (e.g. a request for erasure). */
        reason: mediumText('Reden'),
      })
      .strict(),
  ),
  /** Lifts a mark: the dossier is kept. */
  'retention.unmark': op<{ kept: string }>()(z.object({ dossierId: IdSchema }).strict()),
  /**
   * Stage two: erases a marked dossier. Before the grace period has passed, the main process
   * asks the user in a native dialog; a refusal answers `{ cancelled: true }`.
   */
  'retention.destroy': op<{ destroyed: string } | { cancelled: true }>()(
    z.object({ dossierId: IdSchema }).strict(),
  ),

  'subjectAccess.search': op<SubjectMatch[]>()(
    z
      .object({
        name: z
          .string()
          .trim()
          .min(2, { error: 'Typ minstens twee tekens van de naam.' })
          .max(200, { error: 'Naam is te lang.' }),
      })
      .strict(),
  ),
  /** What the export will hold, for the review before saving (nothing is written). */
  /**
   * `requesterPersonId`: a parent of a chosen person who asks for the data herself (AVG art. 15
   * through the parent); her own name then stays readable. Absent: the person asks themselves.
   */
  'subjectAccess.review': op<SubjectAccessReview>()(
    z.object({ personIds: subjectPersonIds, requesterPersonId: IdSchema.optional() }).strict(),
  ),
  /**
   * Saves the export. `thirdPartyReviewed`: the coordinator confirms having reviewed other
   * people's data in it (AVG art. 15(4)); the core refuses the export without it.
   */
  'subjectAccess.exportPdf': op<SavedFile>()(
    z
      .object({ personIds: subjectPersonIds, requesterPersonId: IdSchema.optional(), thirdPartyReviewed: z.boolean().default(false) })
      .strict(),
  ),
} as const;
