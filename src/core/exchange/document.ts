import { z } from 'zod';
import {
  CHRONOLOGY_KINDS,
  DossierFactsSchema,
  IdSchema,
  IsoDateTimeSchema,
  LIMITS,
  MATERIAL_KINDS,
  MONITORING_ACTIONS,
  MONITORING_STATUSES,
  PERSON_ROLES,
  PLATFORMS,
  REACH_LEVELS,
  RISK_LEVELS,
  STEP_STATUSES,
  TONES,
  DOSSIER_STATUSES,
} from '../../shared/domain';
import {
  AgeRecipientSchema,
  PACKAGE_KINDS,
  PACKAGE_SECTIONS,
  SignPublicSchema,
} from '../../shared/domain/exchange';
import { DossierEventSchema, DossierStepIdSchema, StepRecordSchema, recordFitsStep } from '../../shared/protocol';

/**
 * The inner content of a package: a versioned, validated document (never a database file).
 * Version 1. A reader refuses a higher `v` with a clear message before validating the rest,
 * so a newer sender's extra fields are not silently dropped.
 */
export const PACKAGE_FORMAT = 'vangnet-dossierpakket';
export const PACKAGE_VERSION = 1;

const text = (max: number = LIMITS.longText) => z.string().max(max);
const isoOrNull = IsoDateTimeSchema.nullable();

const PartySchema = z
  .object({
    name: text(LIMITS.shortText),
    organisation: text(LIMITS.shortText),
    signPublic: SignPublicSchema,
    ageRecipient: AgeRecipientSchema,
  })
  .strict();

export const PackagePersonSchema = z
  .object({
    id: IdSchema,
    role: z.enum(PERSON_ROLES),
    name: text(LIMITS.shortText),
    className: text(LIMITS.shortText),
    school: text(LIMITS.shortText),
    phone: text(LIMITS.shortText),
    email: text(LIMITS.shortText),
    address: text(LIMITS.mediumText),
    relatedPersonId: IdSchema.nullable(),
    language: text(LIMITS.shortText),
    interpreterNeeded: z.boolean(),
    sensitivities: text(LIMITS.mediumText),
    notes: text(),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .strict();

/**
 * A step as a package carries it: the typed record of its tool (records.ts), validated like
 * `step.update` validates it, and it must be the record of that step's tool.
 */
export const PackageStepSchema = z
  .object({
    stepId: DossierStepIdSchema,
    status: z.enum(STEP_STATUSES),
    nvtReason: text(LIMITS.mediumText),
    owner: text(LIMITS.shortText),
    dueAt: isoOrNull,
    notes: text(),
    data: StepRecordSchema,
    updatedAt: isoOrNull,
  })
  .strict()
  .refine((s) => recordFitsStep(s.stepId, s.data), {
    error: 'De gegevens van een stap passen niet bij die stap.',
    path: ['data'],
  });

export const PackageActionSchema = z
  .object({
    id: IdSchema,
    stepId: text(LIMITS.shortText).nullable(),
    wie: text(LIMITS.shortText),
    wat: text(LIMITS.mediumText),
    wanneer: isoOrNull,
    waar: text(LIMITS.shortText),
    hoe: text(LIMITS.mediumText),
    done: z.boolean(),
    doneAt: isoOrNull,
    createdAt: IsoDateTimeSchema,
  })
  .strict();

export const PackageConversationSchema = z
  .object({
    id: IdSchema,
    stepId: text(LIMITS.shortText).nullable(),
    withWhom: text(LIMITS.shortText),
    personIds: z.array(IdSchema).max(50),
    heldAt: IsoDateTimeSchema,
    heldBy: text(LIMITS.shortText),
    location: text(LIMITS.shortText),
    preparation: z.record(z.string().max(80), z.boolean()),
    summary: text(),
    agreements: text(),
    followUp: text(LIMITS.mediumText),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .strict();

export const PackageChronologySchema = z
  .object({
    id: IdSchema,
    occurredAt: IsoDateTimeSchema,
    recordedAt: IsoDateTimeSchema,
    author: text(LIMITS.shortText),
    kind: z.enum(CHRONOLOGY_KINDS),
    text: text(),
    correctsId: IdSchema.nullable(),
    /** The typed act the row tells (events.ts), validated like the sender's core validated it. */
    event: DossierEventSchema.nullable().default(null),
  })
  .strict();

export const PackageMonitoringSchema = z
  .object({
    id: IdSchema,
    rootId: IdSchema,
    version: z.number().int().min(1).max(10_000),
    seenAt: IsoDateTimeSchema,
    seenBy: text(LIMITS.shortText),
    platform: z.enum(PLATFORMS),
    location: text(LIMITS.mediumText),
    description: text(),
    reach: z.enum(REACH_LEVELS),
    tone: z.enum(TONES),
    risk: z.enum(RISK_LEVELS),
    action: z.enum(MONITORING_ACTIONS),
    actionNote: text(LIMITS.mediumText),
    followUpAt: isoOrNull,
    status: z.enum(MONITORING_STATUSES),
    recordedAt: IsoDateTimeSchema,
    author: text(LIMITS.shortText),
    correctsId: IdSchema.nullable(),
    correctionReason: text(LIMITS.mediumText),
  })
  .strict();

const list = <T extends z.ZodType>(s: T) => z.array(s).max(100_000);

export const PackageDocumentSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    v: z.literal(PACKAGE_VERSION),
    packageId: IdSchema,
    kind: z.enum(PACKAGE_KINDS),
    createdAt: IsoDateTimeSchema,
    sender: PartySchema,
    /** Address-book recipients; empty for a one-time-passphrase package. */
    recipients: z.array(PartySchema).max(20),
    oneTimePassphrase: z.boolean(),
    dossier: z
      .object({
        id: IdSchema,
        number: text(40),
        title: text(LIMITS.shortText),
        discoveredAt: IsoDateTimeSchema,
        materialKind: z.enum(MATERIAL_KINDS),
        status: z.enum(DOSSIER_STATUSES),
        otherSchoolInvolved: z.boolean(),
        updatedAt: IsoDateTimeSchema,
      })
      .strict(),
    /** Full facts (section 'feiten'); null when left out. */
    facts: DossierFactsSchema.strict().nullable(),
    sections: z.array(z.enum(PACKAGE_SECTIONS)).max(PACKAGE_SECTIONS.length),
    /** What the sender left out, in Dutch: shown to the receiver. */
    omitted: z.array(text(LIMITS.mediumText)).max(100),
    /** Overdragen: whether the sender keeps working on it as co-owner. */
    coOwner: z.boolean(),
    persons: list(PackagePersonSchema),
    steps: list(PackageStepSchema),
    actions: list(PackageActionSchema),
    conversations: list(PackageConversationSchema),
    chronology: list(PackageChronologySchema),
    monitoring: list(PackageMonitoringSchema),
  })
  .strict();
export type PackageDocument = z.infer<typeof PackageDocumentSchema>;
export type PackagePerson = z.infer<typeof PackagePersonSchema>;
export type PackageStep = z.infer<typeof PackageStepSchema>;
export type PackageAction = z.infer<typeof PackageActionSchema>;
export type PackageConversation = z.infer<typeof PackageConversationSchema>;
export type PackageChronology = z.infer<typeof PackageChronologySchema>;
export type PackageMonitoring = z.infer<typeof PackageMonitoringSchema>;
