import { z } from 'zod';
import { IsoDateSchema, LIMITS, UtcDateTimeSchema, longText, mediumText, shortText } from '../domain/common';
import { MEDIA_PLAN_QUESTIONS, STEPS } from './card';
import { isStepId, type StepId } from './step-ids';
import { TOOL_KINDS, type ToolKind } from './types';

/**
 * The typed record behind every step's tool ("what happened", not "which buttons were pressed").
 * One strict zod schema per tool kind, discriminated by `tool`; the contract (`step.update`)
 * accepts only these and the core refuses a record whose `tool` is not the step's tool.
 *
 * Every field has a default, so `{ tool: 'police-advice' }` is a valid, empty record and a tool
 * may send only what it knows; what is stored (and read back) is always complete.
 * Times are normalised to UTC on the way in (see UtcDateTimeSchema); empty means null.
 */

const text = (label: string) => shortText(label).default('');
const long = (label: string) => longText(label).default('');
const when = UtcDateTimeSchema.nullable().default(null);
const day = IsoDateSchema.nullable().default(null);
/** Sub-point id -> ticked. Every step's panel shows the card's sub-points as checkboxes. */
const checked = z.record(z.string().max(80), z.boolean()).default({});

const base = <K extends ToolKind, S extends z.ZodRawShape>(tool: K, shape: S) =>
  z.object({ tool: z.literal(tool), checked, ...shape }).strict();

export const REPORT_DECISION_IDS = ['geen-melding', 'melding', 'aangifte'] as const;

/** "Advies bij de politie": who was consulted, when, and the advice. The first half of the police record. */
export const PoliceConsultationSchema = base('police-advice', {
  officer: text('Contactpersoon politie'),
  contactedAt: when,
  advice: long('Advies van de politie'),
});

/** "Besluit tot melding of aangifte": the second half of the police record. */
export const ReportDecisionSchema = base('report-decision', {
  decision: z
    .enum(REPORT_DECISION_IDS, { error: 'Kies melding, aangifte of geen van beide.' })
    .nullable()
    .default(null),
  reasons: long('Afwegingen'),
  reference: text('Registratienummer'),
  decidedAt: when,
  decidedBy: text('Besloten door'),
});

export const ExtentRecordSchema = base('extent', {});
export const RestPeriodSchema = base('rest-period', {
  from: day,
  to: day,
  arrangements: long('Afspraken'),
});
export const ClassSessionSchema = base('class-session', {
  classes: text('Klas(sen)'),
  heldAt: when,
  ledBy: text('Geleid door'),
  insight: long('Inzicht en reflectie'),
  supportAgreements: long('Afspraken over steun'),
  message: long('Boodschap'),
});
export const MediaPlanSchema = base('media-plan', {
  spokesperson: text('Woordvoerder'),
  deputy: text('Vervanger'),
  /** MEDIA_PLAN_QUESTIONS id -> answer. */
  answers: z.record(z.string().max(80), mediumText('Antwoord')).default({}),
});

/** Tools whose work lives elsewhere (conversations, documents, monitoring, evaluation): only sub-points. */
const plain = <K extends ToolKind>(tool: K) => base(tool, {});

export const TOOL_RECORD_SCHEMAS = {
  'victim-support': plain('victim-support'),
  extent: ExtentRecordSchema,
  'protocol-check': base('protocol-check', { gaps: long('Hiaten in het protocol') }),
  confidant: base('confidant', {
    name: text('Vertrouwenspersoon'),
    informedAt: when,
    role: long('Rol'),
  }),
  'police-advice': PoliceConsultationSchema,
  'action-plan': plain('action-plan'),
  conversation: plain('conversation'),
  'parent-help': base('parent-help', {
    /** Help resource name (school profile) -> offered. */
    offered: z.record(z.string().max(LIMITS.shortText), z.boolean()).default({}),
    otherHelp: long('Andere hulp'),
    callBackAt: when,
  }),
  perpetrator: base('perpetrator', { forwardedTo: long('Doorgestuurd naar') }),
  'school-contact': base('school-contact', {
    school: text('School'),
    contact: text('Contactpersoon'),
    contactedAt: when,
    agreements: long('Afspraken'),
  }),
  'report-decision': ReportDecisionSchema,
  takedown: plain('takedown'),
  'rest-period': RestPeriodSchema,
  decision: base('decision', {
    /** One message (boodschap-leerlingen). */
    choice: z.string().max(80).nullable().default(null),
    /** A combination of interventions (alternatieve-interventies). */
    choices: z.array(z.string().max(80)).max(20).default([]),
    reasons: long('Afwegingen'),
  }),
  statement: plain('statement'),
  'teacher-guidance': plain('teacher-guidance'),
  'class-session': ClassSessionSchema,
  buddies: plain('buddies'),
  letter: plain('letter'),
  monitoring: plain('monitoring'),
  'media-plan': MediaPlanSchema,
  evaluation: base('evaluation', {
    /** Sub-point id -> answer (the report's fallback when no structured evaluation exists). */
    answers: z.record(z.string().max(80), mediumText('Antwoord')).default({}),
  }),
  aftercare: plain('aftercare'),
  'protocol-update': plain('protocol-update'),
  checklist: plain('checklist'),
} as const satisfies { [K in ToolKind]: z.ZodObject<{ tool: z.ZodLiteral<K> } & z.ZodRawShape> };

type Schemas = typeof TOOL_RECORD_SCHEMAS;
/** The stored (complete) record of a tool. */
export type ToolRecord<K extends ToolKind = ToolKind> = { [T in K]: z.output<Schemas[T]> }[K];
/** What a tool may send: fields with a default may be left out. */
export type ToolRecordInput<K extends ToolKind = ToolKind> = { [T in K]: z.input<Schemas[T]> }[K];

/** Any tool's complete record, discriminated by `tool`. */
export const StepRecordSchema = z.discriminatedUnion(
  'tool',
  TOOL_KINDS.map((k) => TOOL_RECORD_SCHEMAS[k]) as unknown as [
    Schemas[ToolKind],
    ...Array<Schemas[ToolKind]>,
  ],
  { error: 'Onbekend soort stapgegevens.' },
);

/** A change to a tool's record: `tool` plus only the fields that change (the rest stays as stored). */
export type ToolRecordPatch<K extends ToolKind = ToolKind> = {
  [T in K]: { tool: T } & Partial<Omit<ToolRecord<T>, 'tool'>>;
}[K];

/** Same fields and checks as the record, without defaults, so a missing field means "unchanged". */
function patchSchemaOf(schema: z.ZodObject): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.def.innerType as z.ZodType) : (field as z.ZodType);
    shape[key] = key === 'tool' ? inner : inner.optional();
  }
  return z.object(shape).strict();
}

/** What `step.update` accepts as `patch.data`: a typed, strict change to one tool's record. */
export const StepRecordPatchSchema = z.discriminatedUnion(
  'tool',
  TOOL_KINDS.map((k) => patchSchemaOf(TOOL_RECORD_SCHEMAS[k])) as unknown as [z.ZodObject, ...z.ZodObject[]],
  { error: 'Onbekend soort stapgegevens.' },
) as unknown as z.ZodType<ToolRecordPatch, ToolRecordPatch>;

/** The empty record of a tool (every field at its default). */
export function emptyToolRecord<K extends ToolKind>(tool: K): ToolRecord<K> {
  return TOOL_RECORD_SCHEMAS[tool].parse({ tool }) as ToolRecord<K>;
}

/**
 * Reads a stored record for a tool. Stored data is validated on write and migrated (typed-step-records), so a
 * mismatch means a newer app wrote it or the step moved to another tool (school protocol version):
 * then the fields that still fit are kept and the rest fall back to their defaults.
 */
export function readToolRecord<K extends ToolKind>(tool: K, raw: unknown): ToolRecord<K> {
  const schema = TOOL_RECORD_SCHEMAS[tool];
  const input =
    raw && typeof raw === 'object' && !Array.isArray(raw)
      ? { ...(raw as Record<string, unknown>), tool }
      : { tool };
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data as ToolRecord<K>;
  const keep: Record<string, unknown> = { tool };
  for (const [key, field] of Object.entries(schema.shape)) {
    if (key === 'tool' || !(key in input)) continue;
    const one = (field as z.ZodType).safeParse((input as Record<string, unknown>)[key]);
    if (one.success) keep[key] = one.data;
  }
  return schema.parse(keep) as ToolRecord<K>;
}

/**
 * Fields that describe something that already happened ("contact gehad op", "gesprek gevoerd op"):
 * the core refuses a moment in the future for these, with the field's Dutch label.
 */
export const PAST_TENSE_FIELDS: Partial<{ [K in ToolKind]: ReadonlyArray<{ key: string; label: string }> }> =
  {
    'police-advice': [{ key: 'contactedAt', label: 'Contact gehad op' }],
    'report-decision': [{ key: 'decidedAt', label: 'Besloten op' }],
    confidant: [{ key: 'informedAt', label: 'Geïnformeerd op' }],
    'school-contact': [{ key: 'contactedAt', label: 'Contact gehad op' }],
    'class-session': [{ key: 'heldAt', label: 'Gesprek gevoerd op' }],
  };

/** The one police record of a dossier: the consultation and the decision, shown by both steps. */
export interface PoliceRecord {
  consultation: ToolRecord<'police-advice'>;
  decision: ToolRecord<'report-decision'>;
}

/** Step ids of the built-in card that hold the two halves of the police record. */
export const POLICE_CONSULTATION_STEP = 'politie-advies';
export const REPORT_DECISION_STEP = 'melding-aangifte';

export function policeRecordOf(steps: ReadonlyArray<{ stepId: string; data: unknown }>): PoliceRecord {
  const find = (id: string) => steps.find((s) => s.stepId === id)?.data;
  return {
    consultation: readToolRecord('police-advice', find(POLICE_CONSULTATION_STEP)),
    decision: readToolRecord('report-decision', find(REPORT_DECISION_STEP)),
  };
}

const CARD_TOOL: ReadonlyMap<string, ToolKind> = new Map(STEPS.map((s) => [s.id, s.tool]));
const isToolKind = (v: unknown): v is ToolKind =>
  typeof v === 'string' && (TOOL_KINDS as readonly string[]).includes(v);

/**
 * The record of a step as stored: its own `tool` decides the shape (so steps a school added in
 * its protocol version read correctly), else the card's tool for that id, else a plain checklist.
 */
export function readStepRecord(stepId: string, raw: unknown): ToolRecord {
  const stored = raw && typeof raw === 'object' ? (raw as { tool?: unknown }).tool : undefined;
  const tool = isToolKind(stored) ? stored : (CARD_TOOL.get(stepId) ?? 'checklist');
  return readToolRecord(tool, raw);
}

/**
 * Whether a record can belong to a step id: a card step's record has the card's tool, a step a
 * school added is a checklist (the protocol-version schema holds every version to the same rule).
 */
export function recordFitsStep(stepId: string, record: { tool: ToolKind }): boolean {
  return record.tool === (CARD_TOOL.get(stepId) ?? 'checklist');
}

const EMPTY_BY_TOOL = new Map<ToolKind, ToolRecord>();
/**
 * The empty record for a step of the card (a plain checklist for an unknown id). Shared and
 * deeply frozen, so hot paths (the overview's progress) can use it without parsing.
 */
export function emptyStepRecord(stepId: string): ToolRecord {
  const tool = CARD_TOOL.get(stepId) ?? 'checklist';
  let rec = EMPTY_BY_TOOL.get(tool);
  if (!rec) {
    rec = emptyToolRecord(tool);
    for (const v of Object.values(rec)) if (v && typeof v === 'object') Object.freeze(v);
    Object.freeze(rec);
    EMPTY_BY_TOOL.set(tool, rec);
  }
  return rec;
}

/** A step id crossing the IPC boundary: one of the card's, or `school-…` (issue 17). */
export const DossierStepIdSchema = z
  .string({ error: 'Stap: tekst verwacht.' })
  .max(80, { error: 'Onbekende stap in het stappenplan.' })
  .refine((s): s is StepId => isStepId(s), { error: 'Onbekende stap in het stappenplan.' });

/** Dutch labels of record fields, for documents and the logbook (field names are shared across tools). */
export const RECORD_FIELD_LABELS: Readonly<Record<string, string>> = {
  officer: 'Contactpersoon politie',
  contactedAt: 'Contact gehad op',
  advice: 'Advies',
  decision: 'Besluit',
  reasons: 'Afwegingen',
  reference: 'Registratienummer',
  decidedAt: 'Besloten op',
  decidedBy: 'Besloten door',
  from: 'Van',
  to: 'Tot en met',
  arrangements: 'Afspraken',
  classes: 'Klas(sen)',
  heldAt: 'Gevoerd op',
  ledBy: 'Geleid door',
  insight: 'Inzicht en reflectie',
  supportAgreements: 'Afspraken over steun',
  message: 'Boodschap',
  spokesperson: 'Woordvoerder',
  deputy: 'Vervanger',
  gaps: 'Hiaten in het protocol',
  name: 'Naam',
  informedAt: 'Geïnformeerd op',
  role: 'Rol',
  otherHelp: 'Andere hulp',
  callBackAt: 'Terugbellen op',
  forwardedTo: 'Doorgestuurd naar',
  school: 'School',
  contact: 'Contactpersoon',
  agreements: 'Afspraken',
  choice: 'Keuze',
  choices: 'Keuzes',
};

const TIME_FIELDS = new Set(['contactedAt', 'decidedAt', 'heldAt', 'informedAt', 'callBackAt']);
const DATE_FIELDS = new Set(['from', 'to']);

/**
 * A step's record as readable lines ("Contactpersoon politie: …"), for the dossier overview:
 * sub-points ticked, then every filled field with its Dutch label; times through `formatTime`.
 */
export function recordLines(
  step: { subPoints: ReadonlyArray<{ id: string; label: string }> },
  record: ToolRecord,
  format: {
    time: (iso: string) => string;
    date: (iso: string) => string;
    option?: (field: string, id: string) => string;
  },
): string[] {
  const lines: string[] = [];
  const ticked = step.subPoints.filter((sp) => record.checked[sp.id]).map((sp) => sp.label);
  if (ticked.length) lines.push(`Afgevinkt: ${ticked.join('; ')}`);
  for (const [key, value] of Object.entries(record)) {
    if (key === 'tool' || key === 'checked' || value === null || value === '') continue;
    const label = RECORD_FIELD_LABELS[key] ?? key;
    const opt = (id: string) => format.option?.(key, id) ?? id;
    if (typeof value === 'string') {
      const shown = TIME_FIELDS.has(key)
        ? format.time(value)
        : DATE_FIELDS.has(key)
          ? format.date(value)
          : key === 'decision' || key === 'choice'
            ? opt(value)
            : value;
      lines.push(`${label}: ${shown}`);
    } else if (Array.isArray(value)) {
      if (value.length) lines.push(`${label}: ${value.map((v) => opt(String(v))).join(', ')}`);
    } else if (typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      if (key === 'offered') {
        const yes = entries.filter(([, v]) => v === true).map(([k]) => k);
        if (yes.length) lines.push(`Hulp aangeboden: ${yes.join(', ')}`);
      } else {
        // Answers are keyed by question id (media plan) or sub-point id (evaluation): print the
        // question a reader recognises, never the id.
        for (const [k, v] of entries) {
          if (typeof v !== 'string' || !v.trim()) continue;
          const question = answerLabel(step, k);
          lines.push(question.endsWith('?') ? `${question} ${v.trim()}` : `${question}: ${v.trim()}`);
        }
      }
    }
  }
  return lines;
}

/** The question or sub-point an answer belongs to; a neutral word for an id the card no longer has. */
function answerLabel(step: { subPoints: ReadonlyArray<{ id: string; label: string }> }, id: string): string {
  return (
    MEDIA_PLAN_QUESTIONS.find((q) => q.id === id)?.label ??
    step.subPoints.find((sp) => sp.id === id)?.label ??
    'Antwoord'
  );
}

/** True when anything was filled in or ticked (a record differs from its tool's empty record). */
export function hasRecordContent(record: ToolRecord): boolean {
  return JSON.stringify(record) !== JSON.stringify(emptyToolRecord(record.tool));
}
