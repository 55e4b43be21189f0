import { z } from 'zod';
import { LIMITS, longText, mediumText, shortText } from './common';
import type { ErrorKey, ErrorPhrase } from '../errors';
import type { LetterWarning } from './letters';

/**
 * Every document Vangnet makes. The main process generates them with pdfkit into memory;
 * nothing is sent anywhere: the user saves, opens or prints.
 */
export const DOCUMENT_KINDS = [
  'statement',
  'letter-victim-parents',
  'letter-perpetrator-parents',
  'letter-class-parents',
  'letter-other-classes',
  'letter-perpetrator-school',
  'teacher-guidance',
  'media-plan',
  'evaluation-report',
  'dossier-overview',
  'monitoring-log',
  'recovery-sheet',
  'subject-access',
  'improvement-points',
  'prevention-plan',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Kinds that belong to the school, not to one dossier: the vault's recovery sheet and the
 * school-level exports (inzage, improvement points, prevention plan). Their register rows have
 * no dossier, so they outlive every dossier and never carry a name.
 */
export const SCHOOL_DOCUMENT_KINDS = ['recovery-sheet', 'subject-access', 'improvement-points', 'prevention-plan'] as const;
export type SchoolDocumentKind = (typeof SCHOOL_DOCUMENT_KINDS)[number];

/** Kinds made per dossier. */
export const DOSSIER_DOCUMENT_KINDS = DOCUMENT_KINDS.filter(
  (k) => !(SCHOOL_DOCUMENT_KINDS as readonly string[]).includes(k),
) as Exclude<DocumentKind, SchoolDocumentKind>[];
export type DossierDocumentKind = (typeof DOSSIER_DOCUMENT_KINDS)[number];

/**
 * 'group': read by many (a class's parents, all staff, the website). Such a document may
 * never name a pupil involved in the dossier; the generator refuses it.
 * 'individual': addressed to one person or the care team; may name the recipient's own child.
 */
export type DocumentAudience = 'individual' | 'group';

export interface DocumentKindInfo {
  kind: DocumentKind;
  /** Dutch name as shown in the app. */
  label: string;
  /** Generic PDF title: metadata never holds names or details. */
  pdfTitle: string;
  audience: DocumentAudience;
  /** Built from an editable letter template (see templates.*). */
  templated: boolean;
  /** Can be personalised per parent from a class list (mail merge). */
  mailMerge: boolean;
  /** Short Dutch explanation of what it is and who reads it. */
  description: string;
}

export const DOCUMENT_KIND_INFO: Readonly<Record<DocumentKind, DocumentKindInfo>> = {
  statement: {
    kind: 'statement',
    label: 'Communicatiestatement',
    pdfTitle: 'Communicatiestatement',
    audience: 'group',
    templated: false,
    mailMerge: false,
    description: 'De gepubliceerde versie van het statement: basis voor brieven, klas, pers en website.',
  },
  'letter-victim-parents': {
    kind: 'letter-victim-parents',
    label: 'Brief aan ouders van het slachtoffer',
    pdfTitle: 'Brief aan ouders',
    audience: 'individual',
    templated: true,
    mailMerge: false,
    description: 'Samenvatting van het gesprek, de afspraken en de hulp die er is.',
  },
  'letter-perpetrator-parents': {
    kind: 'letter-perpetrator-parents',
    label: 'Brief aan ouders van de dader',
    pdfTitle: 'Brief aan ouders',
    audience: 'individual',
    templated: true,
    mailMerge: false,
    description: 'Samenvatting van het gesprek, de afspraken en de hulp die er is.',
  },
  'letter-class-parents': {
    kind: 'letter-class-parents',
    label: 'Brief aan ouders van klasgenoten',
    pdfTitle: 'Brief aan ouders',
    audience: 'group',
    templated: true,
    mailMerge: true,
    description: 'Zonder namen, op basis van het statement, met handvatten voor het gesprek thuis.',
  },
  'letter-other-classes': {
    kind: 'letter-other-classes',
    label: 'Brief aan ouders van overige klassen',
    pdfTitle: 'Brief aan ouders',
    audience: 'group',
    templated: true,
    mailMerge: true,
    description: 'Als het beeldmateriaal verder is verspreid of er onrust is in andere klassen.',
  },
  'letter-perpetrator-school': {
    kind: 'letter-perpetrator-school',
    label: 'Brief aan de school van de dader',
    pdfTitle: 'Brief aan school',
    audience: 'individual',
    templated: true,
    mailMerge: false,
    description: 'Uitnodiging om samen te werken, als de dader op een andere school zit.',
  },
  'teacher-guidance': {
    kind: 'teacher-guidance',
    label: 'Handvatten voor docenten',
    pdfTitle: 'Handvatten voor docenten',
    audience: 'group',
    templated: true,
    mailMerge: false,
    description: 'Krachtige boodschap, gesprekstechnieken, gedragsinterventies en lesmateriaal.',
  },
  'media-plan': {
    kind: 'media-plan',
    label: 'Instructie bij media-aandacht',
    pdfTitle: 'Instructie bij media-aandacht',
    audience: 'group',
    templated: false,
    mailMerge: false,
    description: 'Eén pagina voor receptie, conciërge en medewerkers: wat te doen als de pers belt.',
  },
  'evaluation-report': {
    kind: 'evaluation-report',
    label: 'Evaluatieverslag',
    pdfTitle: 'Evaluatieverslag',
    audience: 'individual',
    templated: false,
    mailMerge: false,
    description: 'Wat ging goed, wat kon beter, preventiemaatregelen en nazorg. Voor het zorgteam.',
  },
  'dossier-overview': {
    kind: 'dossier-overview',
    label: 'Dossieroverzicht',
    pdfTitle: 'Dossieroverzicht',
    audience: 'individual',
    templated: false,
    mailMerge: false,
    description:
      'Het hele dossier met logboek en audittrail.',
  },
  'monitoring-log': {
    kind: 'monitoring-log',
    label: 'Monitoringslogboek sociale media',
    pdfTitle: 'Monitoringslogboek',
    audience: 'individual',
    templated: false,
    mailMerge: false,
    description:
      'Alle waarnemingen, correcties en verwijderverzoeken in woorden, zonder beelden. Voor de politie of het ZAT.',
  },
  'recovery-sheet': {
    kind: 'recovery-sheet',
    label: 'Herstelblad',
    pdfTitle: 'Herstelblad',
    audience: 'individual',
    templated: false,
    mailMerge: false,
    description: 'De herstelsleutel van de kluis, om op papier veilig te bewaren.',
  },
  'subject-access': {
    kind: 'subject-access',
    label: 'Inzageoverzicht',
    pdfTitle: 'Inzageoverzicht',
    audience: 'individual',
    templated: false,
    mailMerge: false,
    description: 'Alle gegevens die de school over één persoon vastlegde (AVG artikel 15), voor die persoon.',
  },
  'improvement-points': {
    kind: 'improvement-points',
    label: 'Verbeterpunten protocol',
    pdfTitle: 'Verbeterpunten protocol',
    audience: 'group',
    templated: false,
    mailMerge: false,
    description: 'Lessen uit de evaluaties, zonder namen, voor de schoolleiding.',
  },
  'prevention-plan': {
    kind: 'prevention-plan',
    label: 'Preventieplan',
    pdfTitle: 'Preventieplan',
    audience: 'group',
    templated: false,
    mailMerge: false,
    description: 'De preventiemaatregelen van de school, zonder namen, voor het veiligheidsplan.',
  },
};

/* ───────────── Document model (what the PDF and the in-app preview show) ───────────── */

export type DocBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'strong' }
  | { type: 'bullets'; items: string[] }
  | { type: 'fields'; rows: Array<[string, string]> }
  | { type: 'table'; columns: string[]; rows: string[][]; widths?: number[] }
  | { type: 'code'; text: string }
  /** The next block starts on a new page (e.g. after the evaluation report's one-page summary). */
  | { type: 'pagebreak' };

export interface DocModel {
  kind: DocumentKind;
  audience: DocumentAudience;
  layout: 'letter' | 'report';
  /** Generic PDF title (metadata). */
  pdfTitle: string;
  letterhead: { schoolName: string; lines: string[]; hasLogo: boolean };
  /** Report title (layout 'report'). */
  title: string;
  subtitle: string;
  /** Address block lines for the envelope window (letters); empty = no window address. */
  recipient: string[];
  /** Place and date line, in Dutch: "Utrecht, 28 november 2026". */
  dateLine: string;
  /** "Kenmerk": the dossier number on individual letters; '' on group documents. */
  reference: string;
  subject: string;
  salutation: string;
  blocks: DocBlock[];
  closing: string;
  signature: { name: string; role: string; organisation: string } | null;
  /** Small line at the foot of each page, e.g. "Vertrouwelijk". */
  footerNote: string;
}

/** A placeholder that has no value: reported before anything is printed. */
export interface MissingValue {
  tag: string;
  /** The Dutch name of the field (data: the letter and its template are Dutch). */
  label: string;
  /** Where to fill it in, in Dutch: the text of `hintKey`. */
  hint: string;
  /** Where to fill it in as a catalog phrase (DOCUMENT_HINT_*), said in the reader's language. */
  hintKey: ErrorKey;
}

export interface PrivacyFinding {
  /** The name as recorded in the dossier. */
  name: string;
  /** The passage (±40 characters) in which it was found. */
  passage: string;
}

export interface DocumentCheck {
  ok: boolean;
  missing: MissingValue[];
  privacy: PrivacyFinding[];
  /** What the dossier says against sending a personal letter as it is (see LetterWarning). */
  warnings: LetterWarning[];
  /** The warnings are answered by a chosen way of delivery. */
  warningsResolved: boolean;
  /** Worth knowing, not blocking: e.g. the letter's contact is only the school's general number. */
  notices: string[];
}

/** The letter flow's way to the reader, kept at the end of a recipient label. */
export const RECIPIENT_WAY = { persoonlijk: ' (persoonlijk te overhandigen)', 'ander-adres': ' (ander adres)' } as const;

/**
 * What Vangnet knows happened to a made document, in words for a reader: printed, or made as a
 * (PDF) file, and — from the letter flow — that it is meant to be handed over in person or sent to
 * another address. Never "opgeslagen" or "overhandigd": Vangnet does not record a handover.
 * `pdf` null: not known what kind of file (events made before they said so).
 * Records made before the label said "te overhandigen" carry "(persoonlijk overhandigd)".
 */
export function documentDelivery(x: { delivery: 'opgeslagen' | 'afgedrukt'; recipientLabel: string; pdf: boolean | null }): {
  /** The recipient label without the way ("Ouder/verzorger van het slachtoffer"). */
  recipient: string;
  /** "afgedrukt", "als PDF-bestand gemaakt om persoonlijk te overhandigen", … */
  made: string;
} {
  const way = /\s*\((persoonlijk overhandigd|persoonlijk te overhandigen|ander adres)\)$/.exec(x.recipientLabel);
  const recipient = way ? x.recipientLabel.slice(0, way.index) : x.recipientLabel;
  const made = x.delivery === 'afgedrukt' ? 'afgedrukt' : x.pdf === true ? 'als PDF-bestand gemaakt' : 'als bestand gemaakt';
  const how = !way ? '' : way[1] === 'ander adres' ? ' om naar een ander adres te sturen' : ' om persoonlijk te overhandigen';
  return { recipient, made: `${made}${how}` };
}

export interface GeneratedDocument {
  id: string;
  dossierId: string | null;
  kind: DocumentKind;
  label: string;
  audience: DocumentAudience;
  /** Who it is for, generically ("Ouders/verzorgers van klas 2B (28 brieven)"). */
  recipientLabel: string;
  pages: number;
  /** 'opgeslagen' | 'afgedrukt' */
  delivery: 'opgeslagen' | 'afgedrukt';
  /** File name only (never the folder); '' when printed. */
  fileName: string;
  /**
   * The exact bytes Vangnet wrote (or handed to the printer), by SHA-256: the document itself
   * first (seq 0), then a mail merge's separate letters. Empty for documents made before
   * Vangnet recorded file hashes.
   */
  files: GeneratedFile[];
  /**
   * Persons of the dossier this document concerns: whom it is addressed to and whom it names
   * (the inzage export lists it as a recipient of their data only). null: made before Vangnet
   * recorded this.
   */
  concerns: string[] | null;
  createdAt: string;
  createdBy: string;
}

export interface GeneratedFile {
  /** 0: the document as saved or printed; 1, 2, …: a mail merge's separate letters. */
  seq: number;
  /** File name only; '' when printed. */
  fileName: string;
  byteSize: number;
  /** SHA-256 of the file's bytes, 64 lowercase hex characters (as sha256sum prints it). */
  sha256: string;
}

/** A register entry that holds exactly the bytes of the checked file. */
export interface FileCheckMatch {
  document: GeneratedDocument;
  /** Which of the document's files. */
  file: GeneratedFile;
  /** The dossier's number ("2026-004"); null for documents without a dossier. */
  dossierNumber: string | null;
}

/** A record in the audit chain naming the checked file's SHA-256 (outlives a destroyed dossier). */
export interface FileCheckAuditRecord {
  at: string;
  actor: string;
  details: string;
  /** The dossier no longer exists in this vault (destroyed): only the audit record is left. */
  dossierGone: boolean;
}

/** "Document controleren": a file the user picked, compared byte for byte with what Vangnet made. */
export type DocumentFileCheck =
  | { cancelled: true }
  | {
      cancelled: false;
      fileName: string;
      byteSize: number;
      sha256: string;
      matches: FileCheckMatch[];
      /** Audit records with this SHA-256 (also for matches whose register row is gone). */
      audit: FileCheckAuditRecord[];
      /** The whole audit chain verified when the check ran. */
      auditChainIntact: boolean;
    };

/* ───────────── Statement ───────────── */

export const StatementPartsSchema = z
  .object({
    watSpeelt: longText('Wat speelt er? Wat vind je?'),
    watDoet: longText('Wat doe je? Waarom?'),
    contactpersoon: mediumText('Contactpersoon'),
  })
  .strict();
export type StatementParts = z.infer<typeof StatementPartsSchema>;

export interface StatementVersion extends StatementParts {
  id: string;
  dossierId: string;
  version: number;
  publishedAt: string;
  publishedBy: string;
}

export interface StatementState {
  draft: (StatementParts & { updatedAt: string; updatedBy: string }) | null;
  /** Latest published version, or null. */
  published: StatementVersion | null;
  /** Every published version, newest first. */
  versions: StatementVersion[];
  /** Draft differs from the latest published version. */
  unpublishedChanges: boolean;
  /** Names of involved pupils found in the draft: publishing is refused until they are gone. */
  draftPrivacy: PrivacyFinding[];
}

/* ───────────── Templates ───────────── */

export const TEMPLATE_IDS = [
  'letter-victim-parents',
  'letter-perpetrator-parents',
  'letter-class-parents',
  'letter-other-classes',
  'letter-perpetrator-school',
  'teacher-guidance',
] as const satisfies readonly DocumentKind[];
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const TemplateContentSchema = z
  .object({
    subject: z.string().max(LIMITS.shortText, { error: 'Onderwerp is te lang.' }),
    salutation: z.string().max(LIMITS.shortText, { error: 'Aanhef is te lang.' }),
    body: z
      .string()
      .min(1, { error: 'De tekst van de brief is leeg.' })
      .max(LIMITS.longText, { error: 'De tekst is te lang.' }),
    closing: z.string().max(LIMITS.shortText, { error: 'Slotzin is te lang.' }),
  })
  .strict();
export type TemplateContent = z.infer<typeof TemplateContentSchema>;

export interface TagInfo {
  tag: string;
  label: string;
}

export interface TemplateDetail {
  id: TemplateId;
  label: string;
  content: TemplateContent;
  defaultContent: TemplateContent;
  customized: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
  /** Placeholders used in this template (from the template library's parser). */
  usedTags: TagInfo[];
  /** Placeholders that may be used. */
  availableTags: TagInfo[];
}

/* ───────────── Mail merge ───────────── */

export const MergeRowSchema = z
  .object({
    /** Line in the CSV file (1-based, header = 1). */
    line: z.number().int().min(1).max(1_000_000),
    parentName: shortText('Naam ouder/verzorger').min(1, { error: 'Naam ouder/verzorger ontbreekt.' }),
    childFirstName: shortText('Roepnaam leerling'),
    childName: shortText('Naam leerling').min(1, { error: 'Naam leerling ontbreekt.' }),
    className: shortText('Klas'),
    street: shortText('Adres').min(1, { error: 'Adres ontbreekt.' }),
    postalCode: shortText('Postcode').min(1, { error: 'Postcode ontbreekt.' }),
    city: shortText('Woonplaats').min(1, { error: 'Woonplaats ontbreekt.' }),
    email: shortText('E-mail'),
  })
  .strict();
export type MergeRow = z.infer<typeof MergeRowSchema>;

export interface MergeRowError {
  line: number;
  message: string;
}

/** A class-list row matching someone in the dossier: held back until the user decides per row. */
export interface HeldBackRow {
  line: number;
  parentName: string;
  childName: string;
  /** In Dutch: who in the dossier it matches (the text of `why`). */
  reason: string;
  /** The same as a catalog phrase (names as data), said in the user's language. */
  why: ErrorPhrase;
}

/* ───────────── Dossier overview: two forms ───────────── */

/** 'volledig': everything, for the care team. 'extern': for police, Veilig Thuis, a court, the inspectorate. */
export const OVERVIEW_FORMS = ['volledig', 'extern'] as const;
export type OverviewForm = (typeof OVERVIEW_FORMS)[number];
export const OVERVIEW_FORM_LABELS: Record<OverviewForm, string> = {
  volledig: 'Volledig (intern)',
  extern: 'Voor externe partij',
};

export const OVERVIEW_SECTIONS = [
  'feiten',
  'betrokkenen',
  'stappen',
  'politie',
  'acties',
  'gesprekken',
  'monitoring',
  'nazorg',
  'logboek',
  'ontvangers',
  'audittrail',
] as const;
export type OverviewSection = (typeof OVERVIEW_SECTIONS)[number];
export const OVERVIEW_SECTION_LABELS: Record<OverviewSection, string> = {
  feiten: 'Het incident',
  betrokkenen: 'Betrokkenen',
  stappen: 'Stappen van het protocol',
  politie: 'Politie: advies en melding of aangifte',
  acties: 'Acties',
  gesprekken: 'Gesprekken',
  monitoring: 'Monitoring sociale media en offline halen',
  nazorg: 'Nazorg, evaluatie en verbeterpunten',
  logboek: 'Logboek',
  ontvangers: 'Verstrekt aan: documenten en pakketten',
  audittrail: 'Audittrail (wie heeft wat vastgelegd)',
};
/** What an external reader gets unless the coordinator chooses otherwise. */
export const OVERVIEW_EXTERNAL_DEFAULT: readonly OverviewSection[] = OVERVIEW_SECTIONS.filter(
  (s) => s !== 'nazorg' && s !== 'audittrail',
);
