import { z } from 'zod';
import {
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  longText,
  mediumText,
  requiredShortText,
  requiredText,
  shortText,
} from './common';
import type { Dossier } from './dossier';

/**
 * Evaluation, aftercare, lessons learned and retention: the end of the protocol card
 * ("Output is input voor het protocol & preventiemaatregelen!").
 */

export const EVALUATION_AUDIENCES = ['slachtoffer', 'ouders', 'docenten', 'school-dader', 'zat'] as const;
export type EvaluationAudience = (typeof EVALUATION_AUDIENCES)[number];

export interface EvaluationQuestion {
  /** Stable within its audience; key in Evaluation.answers. */
  id: string;
  label: string;
  help?: string;
}

export interface EvaluationAudienceDef {
  id: EvaluationAudience;
  label: string;
  /** The card step this evaluation belongs to. */
  stepId: string;
  /** Only when the perpetrator attends another school. */
  onlyWithOtherSchool: boolean;
  intro: string;
  questions: readonly EvaluationQuestion[];
}

/** The card's questions per audience, worded for the conversation itself. */
export const EVALUATION_AUDIENCE_DEFS: readonly EvaluationAudienceDef[] = [
  {
    id: 'slachtoffer',
    label: 'Slachtoffer',
    stepId: 'evaluatie-betrokkenen',
    onlyWithOtherSchool: false,
    intro: 'Vraag rustig hoe de leerling de aanpak heeft ervaren. Laat de leerling zelf kiezen wie erbij is.',
    questions: [
      { id: 'ervaring', label: 'Hoe heb je de aanpak van school ervaren?' },
      { id: 'hielp', label: 'Wat hielp je het meest?' },
      { id: 'beter', label: 'Wat had beter gekund?' },
      { id: 'nu', label: 'Hoe gaat het nu? Heb je nog iets nodig?' },
    ],
  },
  {
    id: 'ouders',
    label: 'Ouders / verzorgers',
    stepId: 'evaluatie-betrokkenen',
    onlyWithOtherSchool: false,
    intro: 'Vraag de ouders hoe zij de aanpak en de communicatie van school hebben ervaren.',
    questions: [
      { id: 'ervaring', label: 'Hoe hebben jullie de aanpak en de communicatie van school ervaren?' },
      { id: 'hielp', label: 'Wat hielp jullie en jullie kind?' },
      { id: 'beter', label: 'Wat had beter gekund?' },
      { id: 'preventie', label: 'Welke preventiemaatregelen zouden volgens jullie helpen?' },
    ],
  },
  {
    id: 'docenten',
    label: 'Docenten en mentor',
    stepId: 'evaluatie-betrokkenen',
    onlyWithOtherSchool: false,
    intro: 'Bespreek met de betrokken docenten en de mentor hoe de aanpak in en rond de klas verliep.',
    questions: [
      { id: 'klas', label: 'Hoe verliep de aanpak in de klas?' },
      { id: 'toegerust', label: 'Voelden jullie je voldoende toegerust? Wat ontbrak?' },
      { id: 'beter', label: 'Wat had beter gekund?' },
      {
        id: 'preventie',
        label: 'Welke preventiemaatregelen zijn nodig?',
        help: 'Bijvoorbeeld lessen over relaties, seksualiteit, weerbaarheid en digitaal burgerschap.',
      },
    ],
  },
  {
    id: 'school-dader',
    label: 'School van de dader',
    stepId: 'terugkoppeling-school-dader',
    onlyWithOtherSchool: true,
    intro:
      'Vraag de school van de dader hoe zij de situatie hebben afgehandeld en hoe de samenwerking verliep.',
    questions: [
      { id: 'afhandeling', label: 'Hoe heeft uw school de situatie afgehandeld?' },
      { id: 'samenwerking', label: 'Hoe verliep de samenwerking tussen onze scholen?' },
      { id: 'beter', label: 'Wat kan beter in de samenwerking?' },
    ],
  },
  {
    id: 'zat',
    label: 'ZAT-overleg',
    stepId: 'evaluatie-zat',
    onlyWithOtherSchool: false,
    intro: 'Evalueer het proces met alle professionele betrokkenen: vertrouwenspersoon, politie, jeugdhulp.',
    questions: [
      { id: 'ging-goed', label: 'Wat ging goed?' },
      { id: 'kon-beter', label: 'Wat kon beter?' },
      { id: 'samenwerking', label: 'Hoe verliepen samenwerking, snelheid en communicatie?' },
      { id: 'protocol', label: 'Hoe werkte het protocol? Wat ontbreekt erin?' },
    ],
  },
];

export function audienceDef(id: EvaluationAudience): EvaluationAudienceDef {
  const def = EVALUATION_AUDIENCE_DEFS.find((d) => d.id === id);
  if (!def) throw new Error(`unknown audience ${id}`);
  return def;
}

export const EvaluationFormSchema = z
  .object({
    heldAt: IsoDateTimeSchema.nullable(),
    heldBy: shortText('Gevoerd door'),
    participants: mediumText('Aanwezig'),
    /** Question id -> answer. Unknown question ids are refused by the core. */
    answers: z.record(z.string().max(40), mediumText('Antwoord')),
    notes: longText('Overige opmerkingen'),
    prevention: mediumText('Afgesproken preventiemaatregelen'),
    completed: z.boolean(),
  })
  .strict();
export type EvaluationForm = z.infer<typeof EvaluationFormSchema>;

export interface Evaluation extends EvaluationForm {
  /** Null while nothing has been saved for this audience yet. */
  id: string | null;
  dossierId: string;
  audience: EvaluationAudience;
  updatedAt: string | null;
}

export const AftercareMomentInputSchema = z
  .object({
    /** The person the moment is for, when they are registered in the dossier. */
    personId: IdSchema.nullable(),
    /** For whom, e.g. "Slachtoffer" or "Ouders van het slachtoffer". */
    label: requiredShortText('Voor wie'),
    dueAt: IsoDateTimeSchema,
    /** Who checks in. */
    who: shortText('Wie neemt contact op'),
  })
  .strict();
export type AftercareMomentInput = z.infer<typeof AftercareMomentInputSchema>;

export interface AftercareMoment extends AftercareMomentInput {
  id: string;
  dossierId: string;
  done: boolean;
  doneAt: string | null;
  /** "Hoe gaat het nu?" */
  outcome: string;
  /** "Hebben ze nog wat nodig?" */
  needs: string;
  createdAt: string;
  updatedAt: string;
}

export const IMPROVEMENT_AREAS = ['protocol', 'preventie', 'samenwerking', 'communicatie'] as const;
export type ImprovementArea = (typeof IMPROVEMENT_AREAS)[number];
export const IMPROVEMENT_AREA_LABELS: Record<ImprovementArea, string> = {
  protocol: 'Protocol en handelingsplan',
  preventie: 'Preventie',
  samenwerking: 'Samenwerking en rollen',
  communicatie: 'Communicatie',
};

export const IMPROVEMENT_STATUSES = ['open', 'overgenomen', 'afgewezen'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];
export const IMPROVEMENT_STATUS_LABELS: Record<ImprovementStatus, string> = {
  open: 'Open',
  overgenomen: 'Overgenomen',
  afgewezen: 'Afgewezen',
};

export const ImprovementInputSchema = z
  .object({
    area: z.enum(IMPROVEMENT_AREAS, { error: 'Kies waar het verbeterpunt over gaat.' }),
    text: requiredText('Verbeterpunt', 2_000),
    /** Who carries it through (a role or staff member). */
    owner: shortText('Wie voert het door'),
  })
  .strict();
export type ImprovementInput = z.infer<typeof ImprovementInputSchema>;

/** A school-level lesson. Survives destruction of its dossier (the link is cleared then). */
export interface ImprovementPoint extends ImprovementInput {
  id: string;
  dossierId: string | null;
  /** The dossier's number while it exists; null for school-wide points or after destruction. */
  dossierNumber: string | null;
  audience: EvaluationAudience | null;
  status: ImprovementStatus;
  decisionNote: string;
  decidedAt: string | null;
  /** The school protocol version this point was worked into ("verwerkt in protocol versie N"). */
  protocolVersion: number | null;
  /** Prevention plan (area "preventie" only): the planned date, e.g. of the parent evening. */
  planDate: string | null;
  /** Prevention plan (area "preventie" only): how far the measure is. */
  planStatus: PreventionStatus;
  createdAt: string;
  updatedAt: string;
}

/**
 * The school-wide prevention plan: improvement points of the area "preventie" (lessons,
 * parent evenings, mentor programme…) that were not rejected, each with an owner, a date
 * and where it stands.
 */
export const PREVENTION_STATUSES = ['gepland', 'bezig', 'uitgevoerd', 'vervallen'] as const;
export type PreventionStatus = (typeof PREVENTION_STATUSES)[number];
export const PREVENTION_STATUS_LABELS: Record<PreventionStatus, string> = {
  gepland: 'Gepland',
  bezig: 'Bezig',
  uitgevoerd: 'Uitgevoerd',
  vervallen: 'Vervallen',
};

/** Plan dates a school can sensibly schedule: this decade, give or take. */
export const PLAN_DATE_MIN = '2000-01-01';
export const PLAN_DATE_MAX = '2100-12-31';

export const PreventionMeasureInputSchema = z
  .object({
    /** The measure itself, e.g. "Lessen over relaties en digitaal burgerschap in leerjaar 3". */
    text: requiredText('Maatregel', 2_000),
    /** Who sees to it (a role or staff member). */
    owner: requiredShortText('Eigenaar'),
    planDate: IsoDateSchema.refine((d) => d >= PLAN_DATE_MIN && d <= PLAN_DATE_MAX, {
      error: 'Kies een datum tussen 2000 en 2100.',
    }).nullable(),
    planStatus: z.enum(PREVENTION_STATUSES, { error: 'Kies hoe ver de maatregel is.' }),
  })
  .strict();
export type PreventionMeasureInput = z.infer<typeof PreventionMeasureInputSchema>;

export interface PreventionPlan {
  /** Planned measures by date (undated last); proposals still waiting for a decision included. */
  measures: ImprovementPoint[];
  counts: Record<PreventionStatus, number>;
}

/** Retention (AVG): how long a closed dossier is kept; recorded in the processing register. */
export const DEFAULT_RETENTION_MONTHS = 24;
export const RETENTION_MONTHS_MIN = 1;
export const RETENTION_MONTHS_MAX = 240;

/** Days a dossier marked "te vernietigen" waits before it may be erased without a dialog. */
export const DEFAULT_DESTRUCTION_GRACE_DAYS = 7;
export const DESTRUCTION_GRACE_DAYS_MIN = 1;
export const DESTRUCTION_GRACE_DAYS_MAX = 90;

export interface RetentionPolicy {
  months: number;
  /** Grace period between marking a dossier "te vernietigen" and erasing it. */
  graceDays: number;
  justification: string;
  /** False while the school has not set its own policy (the default applies). */
  isDefault: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** A dossier marked "te vernietigen": reversible until it is erased. */
export interface DestructionMark {
  markedAt: string;
  markedBy: string;
  /** From this moment the dossier may be erased without a further confirmation. */
  dueAt: string;
  /** Marked before its retention period ended (a reason was given). */
  early: boolean;
  reason: string;
}

export interface RetentionDueItem {
  dossierId: string;
  number: string;
  closedAt: string;
  retentionUntil: string;
  /** Set once the dossier is marked "te vernietigen". */
  mark: DestructionMark | null;
}

/** Anonymous statistics for the annual safety report: counts only, never names or numbers. */
export interface AnnualStats {
  generatedAt: string;
  total: number;
  perYear: Array<{ year: number; count: number }>;
  byMaterial: Array<{ kind: string; label: string; count: number }>;
  byStatus: Array<{ status: string; label: string; count: number }>;
  timeToFirstAction: {
    /** Dossiers with a recorded first action. */
    measured: number;
    medianHours: number | null;
    buckets: Array<{ label: string; count: number }>;
  };
  takedowns: { available: boolean; requested: number; removed: number; successRate: number | null };
  /** Known platforms by name; anything else is grouped as "Overig" so free text cannot leak. */
  platforms: Array<{ platform: string; count: number }>;
  improvements: Record<ImprovementStatus, number>;
  /**
   * The prevention plan's measures in scope (dated in the year, or undated and recorded in it;
   * all of them without a year), by status.
   */
  prevention: Record<PreventionStatus, number>;
}

export interface SubjectMatch {
  personId: string;
  dossierId: string;
  dossierNumber: string;
  name: string;
  role: string;
  className: string;
}

/** What the coordinator sees before saving an inzage export: its size and whose names are made unreadable. */
export interface SubjectAccessReview {
  dossierCount: number;
  /** Records (blocks) the export holds. */
  records: number;
  /** Other pupils and parents named in those records; their names become "[naam verwijderd]". */
  thirdParties: Array<{ name: string; role: string; dossierNumber: string }>;
  /**
   * The parents of the chosen persons, who may be the ones asking: chosen as requester, her own
   * name stays readable (it is not a third party's to her).
   */
  parents: Array<{ personId: string; name: string; childName: string; dossierNumber: string }>;
}

/**
 * The evaluation report's first page: what happened (the intake facts), the key decisions with
 * their dates (from the typed police record and the logbook's typed events) and the outcome.
 * Dates are ISO; the document formats them in Dutch local time.
 */
export interface ReportSummary {
  facts: Pick<
    Dossier,
    'discoveredAt' | 'howDiscovered' | 'materialKind' | 'voluntariness' | 'spread' | 'otherSchoolInvolved' | 'status' | 'closedAt'
  >;
  /** Oldest first; `at` null when the record has no date (e.g. a police decision without one). */
  decisions: Array<{ at: string | null; text: string }>;
  /**
   * The letters made for the dossier (saved or printed), oldest first: a few each on a line with
   * its date, many in one sentence per kind with the period in it (`at` null). Not decisions:
   * the summary lists them on their own.
   */
  letters: Array<{ at: string | null; text: string }>;
  takedowns: Array<{ platform: string; requestedAt: string; status: string; settledAt: string | null }>;
  evaluationsCompleted: string[];
  aftercare: { planned: number; done: number };
  improvementPoints: number;
}

/** Plain model of the evaluation report, for the documents renderer. */
export interface EvaluationReportData {
  dossier: {
    number: string;
    title: string;
    status: string;
    lead: string;
    discoveredAt: string;
    closedAt: string | null;
  };
  evaluations: Array<{
    audience: EvaluationAudience;
    audienceLabel: string;
    heldAt: string | null;
    heldBy: string;
    participants: string;
    completed: boolean;
    answers: Array<{ question: string; answer: string }>;
    notes: string;
    prevention: string;
  }>;
  /** Agreed preventive measures across all evaluations, in audience order. */
  preventiveMeasures: Array<{ audienceLabel: string; text: string }>;
  improvementPoints: Array<{
    area: string;
    text: string;
    owner: string;
    status: string;
    decisionNote: string;
  }>;
  aftercare: Array<{
    label: string;
    dueAt: string;
    who: string;
    done: boolean;
    doneAt: string | null;
    outcome: string;
    needs: string;
  }>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Default aftercare proposal: one moment per person after 1 week, 6 weeks and 3 months. */
export function proposeAftercareMoments(
  fromIso: string,
  targets: ReadonlyArray<{ personId: string | null; label: string }>,
  who: string,
  offsetsDays: readonly number[],
): AftercareMomentInput[] {
  const from = Date.parse(fromIso);
  const out: AftercareMomentInput[] = [];
  for (const target of targets) {
    for (const days of offsetsDays) {
      out.push({
        personId: target.personId,
        label: target.label,
        dueAt: new Date(from + days * DAY_MS).toISOString(),
        who,
      });
    }
  }
  return out;
}

/** Closing date plus the retention period, in whole calendar months. */
export function retentionUntil(closedAtIso: string, months: number): string {
  const d = new Date(closedAtIso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.toISOString();
}
