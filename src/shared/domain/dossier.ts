import type { StepId } from '../protocol/step-ids';
import type { ToolRecord } from '../protocol/records';
import type { DossierEvent } from '../protocol/events';
import { z } from 'zod';
import { MATERIAL_KINDS } from './material';
import type { PinnedProtocol } from '../protocol/pinned';
import {
  IdSchema,
  IsoDateTimeSchema,
  LIMITS,
  longText,
  mediumText,
  requiredShortText,
  requiredText,
  shortText,
} from './common';

export const DOSSIER_STATUSES = ['open', 'nazorg', 'gesloten'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];
export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  open: 'Open',
  nazorg: 'In nazorg',
  gesloten: 'Gesloten',
};

export { MATERIAL_IN_SENTENCE, MATERIAL_KINDS, MATERIAL_KIND_LABELS, type MaterialKind } from './material';

export const VOLUNTARINESS = ['onbekend', 'ja', 'nee', 'gedwongen'] as const;
export type Voluntariness = (typeof VOLUNTARINESS)[number];
export const VOLUNTARINESS_LABELS: Record<Voluntariness, string> = {
  onbekend: 'Nog onbekend',
  ja: 'Vrijwillig gemaakt en gedeeld',
  nee: 'Niet vrijwillig gedeeld',
  gedwongen: 'Onder dwang of druk tot stand gekomen',
};

export const PERSON_ROLES = [
  'slachtoffer',
  'dader',
  'ouder',
  'klasgenoot',
  'buddy',
  'mentor',
  'docent',
  'vertrouwenspersoon',
  'politie',
  'school-dader',
  'anders',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  slachtoffer: 'Slachtoffer',
  dader: 'Dader / verspreider',
  ouder: 'Ouder / verzorger',
  klasgenoot: 'Klasgenoot',
  buddy: 'Buddy',
  mentor: 'Mentor',
  docent: 'Docent',
  vertrouwenspersoon: 'Vertrouwenspersoon',
  politie: 'Politie / wijkagent',
  'school-dader': 'School van dader',
  anders: 'Anders',
};
/** Roles of pupils whose names must never appear in a group-addressed document. */
export const PUPIL_ROLES: readonly PersonRole[] = ['slachtoffer', 'dader', 'klasgenoot', 'buddy'];

export const STEP_STATUSES = ['open', 'bezig', 'gedaan', 'nvt'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  open: 'Open',
  bezig: 'Bezig',
  gedaan: 'Gedaan',
  nvt: 'Niet van toepassing',
};

export const SpreadSchema = z.object({
  pupils: z.number().int().min(0).max(100_000).nullable(),
  groups: z.number().int().min(0).max(10_000).nullable(),
  platforms: z.array(shortText('Platform')).max(50),
});
export type Spread = z.infer<typeof SpreadSchema>;

export const DossierFactsSchema = z.object({
  title: requiredShortText('Titel'),
  discoveredAt: IsoDateTimeSchema,
  howDiscovered: mediumText('Hoe het aan het licht kwam'),
  materialKind: z.enum(MATERIAL_KINDS, { error: 'Kies het soort beeldmateriaal.' }),
  voluntariness: z.enum(VOLUNTARINESS, { error: 'Kies of het vrijwillig tot stand kwam.' }),
  spread: SpreadSchema,
  lead: requiredShortText('Regiehouder'),
  victimNeeds: longText('Wat heeft het slachtoffer nodig'),
  summary: longText('Samenvatting'),
});
export type DossierFacts = z.infer<typeof DossierFactsSchema>;

export interface Dossier extends DossierFacts {
  id: string;
  /** Human-readable case number, e.g. 2026-003; unique per vault. */
  number: string;
  status: DossierStatus;
  /** The perpetrator attends another school: the 'indien van toepassing' steps apply. */
  otherSchoolInvolved: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export const PersonInputSchema = z.object({
  role: z.enum(PERSON_ROLES, { error: 'Kies een rol.' }),
  name: requiredShortText('Naam'),
  className: shortText('Klas'),
  school: shortText('School'),
  phone: shortText('Telefoon'),
  email: shortText('E-mail'),
  address: mediumText('Adres'),
  /** Parent/guardian: which pupil in this dossier they belong to. */
  relatedPersonId: IdSchema.nullable(),
  language: shortText('Taal'),
  interpreterNeeded: z.boolean(),
  sensitivities: mediumText('Cultuur- of persoonsgevoelige aandachtspunten'),
  notes: longText('Notities'),
});
export type PersonInput = z.infer<typeof PersonInputSchema>;

/**
 * A person with every field empty except those given (at least the role): the one default
 * for the person form, the buddy tool, the demo and test seeds.
 */
export function emptyPersonInput(person: Pick<PersonInput, 'role'> & Partial<PersonInput>): PersonInput {
  return {
    name: '',
    className: '',
    school: '',
    phone: '',
    email: '',
    address: '',
    relatedPersonId: null,
    language: '',
    interpreterNeeded: false,
    sensitivities: '',
    notes: '',
    ...person,
  };
}
export interface Person extends PersonInput {
  id: string;
  dossierId: string;
  createdAt: string;
  updatedAt: string;
}

export interface StepState {
  dossierId: string;
  stepId: StepId;
  status: StepStatus;
  /** Required when status is 'nvt'. */
  nvtReason: string;
  owner: string;
  dueAt: string | null;
  notes: string;
  /** The step's typed tool record (src/shared/protocol/records.ts), validated per tool kind. */
  data: ToolRecord;
  updatedAt: string | null;
  /**
   * When the work set the status ("het gepubliceerde statement"): shown as "afgeleid van …".
   * A manual change clears it and, when it overrides a derived status, needs a reason.
   * Absent (undefined) reads as null.
   */
  derivedFrom?: string | null;
}

export const ActionItemInputSchema = z.object({
  stepId: shortText('Stap').nullable(),
  wie: requiredShortText('Wie'),
  wat: requiredText('Wat', LIMITS.mediumText),
  wanneer: IsoDateTimeSchema.nullable(),
  waar: shortText('Waar'),
  hoe: mediumText('Hoe'),
});
export type ActionItemInput = z.infer<typeof ActionItemInputSchema>;
export interface ActionItem extends ActionItemInput {
  id: string;
  dossierId: string;
  done: boolean;
  doneAt: string | null;
  createdAt: string;
}

export const CHRONOLOGY_KINDS = ['notitie', 'status', 'correctie', 'systeem'] as const;
export type ChronologyKind = (typeof CHRONOLOGY_KINDS)[number];
export interface ChronologyEntry {
  id: string;
  dossierId: string;
  /** Order within the dossier; assigned by the vault, gap-free. */
  seq: number;
  /** When it happened (may be earlier than when it was written down). */
  occurredAt: string;
  recordedAt: string;
  author: string;
  kind: ChronologyKind;
  text: string;
  /** For a correction: the entry it corrects. */
  correctsId: string | null;
  /**
   * The typed act this row tells (src/shared/protocol/events.ts); null for notes, corrections
   * and rows written before events existed. `text` is its Dutch sentence.
   */
  event: DossierEvent | null;
}

export const ConversationInputSchema = z.object({
  stepId: shortText('Stap').nullable(),
  withWhom: requiredShortText('Met wie'),
  personIds: z.array(IdSchema).max(50),
  heldAt: IsoDateTimeSchema,
  heldBy: requiredShortText('Gevoerd door'),
  location: shortText('Locatie'),
  /** Preparation checklist: item id -> ticked. */
  preparation: z.record(z.string().max(80), z.boolean()),
  summary: longText('Samenvatting'),
  agreements: longText('Afspraken'),
  followUp: mediumText('Vervolg'),
});
export type ConversationInput = z.infer<typeof ConversationInputSchema>;
export interface Conversation extends ConversationInput {
  id: string;
  dossierId: string;
  createdAt: string;
  updatedAt: string;
}

export interface AuditRecord {
  seq: number;
  at: string;
  actor: string;
  action: string;
  dossierId: string | null;
  details: string;
  prevHash: string;
  hash: string;
}

/** What the overview needs per dossier: computed in the core, cheap to render. */
export interface DossierSummary {
  id: string;
  number: string;
  title: string;
  status: DossierStatus;
  lead: string;
  discoveredAt: string;
  updatedAt: string;
  progress: { done: number; total: number };
  phaseProgress: Array<{ phaseId: string; done: number; total: number }>;
  nextStep: { stepId: string; title: string; phaseId: string } | null;
  overdueCount: number;
  nextAftercareAt: string | null;
  openTakedowns: number;
}

export interface DossierDetail {
  dossier: Dossier;
  /** The protocol version this dossier follows (pinned when it was opened or moved). */
  protocol: PinnedProtocol;
  persons: Person[];
  steps: StepState[];
  actions: ActionItem[];
  conversations: Conversation[];
  chronology: ChronologyEntry[];
}
