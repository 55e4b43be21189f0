import { z } from 'zod';
import type { RetentionDueItem } from '../domain/evaluation';
import {
  ActionItemInputSchema,
  ConversationInputSchema,
  DOSSIER_STATUSES,
  DossierFactsSchema,
  IdSchema,
  IsoDateTimeSchema,
  LIMITS,
  MATERIAL_KINDS,
  PersonInputSchema,
  STEP_STATUSES,
  longText,
  mediumText,
  requiredShortText,
  requiredText,
  shortText,
  type ActionItem,
  type ChronologyEntry,
  type Conversation,
  type DossierDetail,
  type DossierStatus,
  type DossierSummary,
  type Person,
  type StepState,
} from '../domain';
import { NoInput, op } from './define';
import { DossierStepIdSchema, StepRecordPatchSchema } from '../protocol/records';
import type { OpenWork } from '../protocol/close';
import { OPEN_WORK_CATEGORIES } from '../protocol/events';

export const CloseReasonsSchema = z
  .object(Object.fromEntries(OPEN_WORK_CATEGORIES.map((c) => [c, mediumText('Reden').optional()])) as {
    [K in (typeof OPEN_WORK_CATEGORIES)[number]]: z.ZodOptional<ReturnType<typeof mediumText>>;
  })
  .strict();
import type { SchoolProfile } from '../domain/school';
import { SchoolProfileSchema } from '../domain/school';

export interface SearchHit {
  dossierId: string;
  dossierNumber: string;
  dossierTitle: string;
  /** Where the hit is: dossier facts, a person, a note, the logbook, a conversation, … */
  source: 'dossier' | 'persoon' | 'stap' | 'logboek' | 'gesprek' | 'actie' | 'monitoring';
  /** Short excerpt with the match marked by « and ». */
  snippet: string;
}

export interface OverviewData {
  dossiers: DossierSummary[];
  /** Action items and steps past their due date, across open dossiers. */
  overdue: Array<{
    dossierId: string;
    dossierNumber: string;
    kind: 'actie' | 'stap' | 'takedown' | 'monitoring' | 'nazorg';
    title: string;
    dueAt: string;
    owner: string;
  }>;
  upcomingAftercare: Array<{ dossierId: string; dossierNumber: string; personLabel: string; dueAt: string }>;
  /**
   * Closed dossiers past their retention date (AVG) and dossiers marked "te vernietigen".
   * Filled by the evaluation module.
   */
  retentionDue?: RetentionDueItem[];
  openTakedowns: number;
  counts: Record<DossierStatus, number>;
}

const dossierId = z.object({ dossierId: IdSchema }).strict();

export const IntakeSchema = z
  .object({
    title: requiredShortText('Korte omschrijving'),
    discoveredAt: IsoDateTimeSchema,
    howDiscovered: mediumText('Hoe het aan het licht kwam'),
    materialKind: z.enum(MATERIAL_KINDS, { error: 'Kies het soort beeldmateriaal.' }),
    victimName: shortText('Naam slachtoffer'),
    victimClass: shortText('Klas slachtoffer'),
    lead: requiredShortText('Regiehouder'),
    otherSchoolInvolved: z.boolean(),
  })
  .strict();
export type Intake = z.infer<typeof IntakeSchema>;

export const StepPatchSchema = z
  .object({
    status: z.enum(STEP_STATUSES, { error: 'Ongeldige status.' }).optional(),
    nvtReason: mediumText('Reden niet van toepassing').optional(),
    owner: shortText('Wie').optional(),
    dueAt: IsoDateTimeSchema.nullable().optional(),
    notes: longText('Notities').optional(),
    /** The step's typed tool record; the core checks that `tool` is the step's tool. */
    data: StepRecordPatchSchema.optional(),
    /** Why a status the work proposed ("afgeleid van …") is changed by hand; required then. */
    statusReason: mediumText('Reden voor de andere status').optional(),
  })
  .strict();
export type StepPatch = z.infer<typeof StepPatchSchema>;

export const dossierOps = {
  'overview.get': op<OverviewData>()(
    z.object({ status: z.enum(DOSSIER_STATUSES).nullable().optional() }).strict(),
  ),
  'dossier.search': op<SearchHit[]>()(
    z
      .object({
        query: z
          .string()
          .trim()
          .min(2, { error: 'Typ minstens twee tekens om te zoeken.' })
          .max(200, { error: 'Zoekopdracht is te lang.' }),
      })
      .strict(),
  ),
  'dossier.create': op<{ dossierId: string }>()(IntakeSchema),
  'dossier.get': op<DossierDetail>()(dossierId),
  'dossier.updateFacts': op<DossierDetail>()(
    z.object({ dossierId: IdSchema, facts: DossierFactsSchema.partial().strict() }).strict(),
  ),
  'dossier.setStatus': op<DossierDetail>()(
    z
      .object({
        dossierId: IdSchema,
        status: z.enum(DOSSIER_STATUSES, { error: 'Ongeldige status.' }),
        reason: mediumText('Toelichting'),
        /**
         * Closing with open work: a reason per category the close dialog listed
         * (`dossier.openWork`); the core refuses a close without them.
         */
        closeReasons: CloseReasonsSchema.optional(),
      })
      .strict(),
  ),
  /** Everything still open in a dossier, per category (the close dialog's list; canClose checks it). */
  'dossier.openWork': op<OpenWork[]>()(dossierId),
  'dossier.setOtherSchoolInvolved': op<DossierDetail>()(
    z.object({ dossierId: IdSchema, involved: z.boolean() }).strict(),
  ),
  'person.add': op<Person>()(z.object({ dossierId: IdSchema, person: PersonInputSchema.strict() }).strict()),
  'person.update': op<Person>()(z.object({ personId: IdSchema, person: PersonInputSchema.strict() }).strict()),
  'step.update': op<StepState>()(
    z
      .object({ dossierId: IdSchema, stepId: DossierStepIdSchema, patch: StepPatchSchema })
      .strict(),
  ),
  'action.add': op<ActionItem>()(
    z.object({ dossierId: IdSchema, action: ActionItemInputSchema.strict() }).strict(),
  ),
  'action.update': op<ActionItem>()(
    z.object({ actionId: IdSchema, action: ActionItemInputSchema.strict() }).strict(),
  ),
  'action.setDone': op<ActionItem>()(z.object({ actionId: IdSchema, done: z.boolean() }).strict()),
  'chronology.add': op<ChronologyEntry>()(
    z
      .object({
        dossierId: IdSchema,
        occurredAt: IsoDateTimeSchema.nullable(),
        text: requiredText('Tekst', LIMITS.longText),
      })
      .strict(),
  ),
  'chronology.correct': op<ChronologyEntry>()(
    z
      .object({
        dossierId: IdSchema,
        correctsId: IdSchema,
        text: requiredText('Correctie', LIMITS.longText),
      })
      .strict(),
  ),
  'conversation.add': op<Conversation>()(
    z.object({ dossierId: IdSchema, conversation: ConversationInputSchema.strict() }).strict(),
  ),
  'conversation.update': op<Conversation>()(
    z.object({ conversationId: IdSchema, conversation: ConversationInputSchema.strict() }).strict(),
  ),
  'school.get': op<SchoolProfile>()(NoInput),
  'school.update': op<SchoolProfile>()(SchoolProfileSchema.strict()),
} as const;
