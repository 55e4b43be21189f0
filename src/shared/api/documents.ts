import { z } from 'zod';
import { IdSchema, LIMITS, longText, mediumText, shortText } from '../domain/common';
import {
  LetterDeliverySchema,
  LetterSenderSchema,
  SaveLetterPartsInput,
  SaveNamePartsInput,
  type LetterSetupInfo,
  type LetterWarning,
} from '../domain/letters';
import { NoInput, op } from './define';

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
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Kinds made per dossier (the recovery sheet belongs to the vault, not to a dossier). */
export const DOSSIER_DOCUMENT_KINDS = DOCUMENT_KINDS.filter((k) => k !== 'recovery-sheet') as Exclude<
  DocumentKind,
  'recovery-sheet'
>[];
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
    description: 'Het hele dossier met logboek en audittrail, met een controlecode om een afdruk later te toetsen.',
  },
  'monitoring-log': {
    kind: 'monitoring-log',
    label: 'Monitoringslogboek sociale media',
    pdfTitle: 'Monitoringslogboek',
    audience: 'individual',
    templated: false,
    mailMerge: false,
    description: 'Alle waarnemingen, correcties en verwijderverzoeken in woorden, zonder beelden. Voor de politie of het ZAT.',
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
};

/* ───────────── Document model (what the PDF and the in-app preview show) ───────────── */

export type DocBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'strong' }
  | { type: 'bullets'; items: string[] }
  | { type: 'fields'; rows: Array<[string, string]> }
  | { type: 'table'; columns: string[]; rows: string[][]; widths?: number[] }
  | { type: 'code'; text: string };

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
  /** SHA-256 of the content record, printed at the end (dossier overview). */
  contentHash: string | null;
}

/** A placeholder that has no value: reported before anything is printed. */
export interface MissingValue {
  tag: string;
  label: string;
  /** Where to fill it in, in Dutch. */
  hint: string;
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
  contentHash: string;
  createdAt: string;
  createdBy: string;
}

/* ───────────── Statement ───────────── */

export const StatementPartsSchema = z
  .object({
    watSpeelt: longText('Wat speelt er? Wat vindt u?'),
    watDoet: longText('Wat doet u? Waarom?'),
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
  /** In Dutch: who in the dossier it matches. */
  reason: string;
}

export const HeldBackDecisionsSchema = z
  .array(
    z
      .object({
        line: z.number().int().min(1).max(1_000_000),
        choice: z.enum(['weglaten', 'versturen'], { error: 'Kies weglaten of toch versturen.' }),
      })
      .strict(),
  )
  .max(2000)
  .default([]);

export type MergeImport =
  | { cancelled: true }
  | { cancelled: false; fileName: string; rows: MergeRow[]; errors: MergeRowError[]; delimiter: ';' | ',' };

/* ───────────── Operations ───────────── */

export const DocumentOptionsSchema = z
  .object({
    /** Individual letters: which parent/guardian (or other school's contact) it is for. */
    recipientPersonId: IdSchema.nullable().optional(),
    /** Class letters without mail merge: the class named in the letter. */
    className: shortText('Klas').optional(),
    /** Values typed in the app for placeholders the dossier does not fill. */
    values: z
      .record(z.string().max(80), mediumText('Waarde'))
      .refine((o) => Object.keys(o).length <= 60, { error: 'Te veel ingevulde waarden.' })
      .optional(),
    /** Statement: which published version (default: the latest). */
    statementVersionId: IdSchema.optional(),
    /** Preview only: an unsaved template being edited. */
    templateDraft: TemplateContentSchema.optional(),
    /** Personal letters: the conversation the letter is about (default: the recipient's latest). */
    conversationId: IdSchema.optional(),
    /** Personal letters: who signs and whom the parent can reach (default: see letters.setup). */
    sender: LetterSenderSchema.optional(),
    /** Personal letters: how the letter reaches the recipient; required when the dossier warns. */
    delivery: LetterDeliverySchema.optional(),
  })
  .strict();
export type DocumentOptions = z.infer<typeof DocumentOptionsSchema>;

const dossierKind = z.enum(DOSSIER_DOCUMENT_KINDS as [DossierDocumentKind, ...DossierDocumentKind[]], {
  error: 'Onbekende documentsoort.',
});
const docRequest = {
  dossierId: IdSchema,
  kind: dossierKind,
  options: DocumentOptionsSchema.default({}),
};
const templateId = z.enum(TEMPLATE_IDS, { error: 'Onbekend sjabloon.' });
const mergeKind = z.enum(['letter-class-parents', 'letter-other-classes'], {
  error: 'Samenvoegen kan alleen voor brieven aan ouders van klassen.',
});

export type SaveResult = { cancelled: true } | { cancelled: false; file: string; pages: number; contentHash: string };

export const documentOps = {
  'documents.list': op<GeneratedDocument[]>()(z.object({ dossierId: IdSchema }).strict()),
  /** Missing placeholders and privacy findings, without making anything. */
  'documents.check': op<DocumentCheck>()(z.object(docRequest).strict()),
  /** The document model for the in-app preview; missing values show as marked gaps. */
  'documents.previewModel': op<{ models: DocModel[]; check: DocumentCheck }>()(z.object(docRequest).strict()),
  /** Asks where to save, writes the PDF there, records it in the dossier. */
  'documents.generate': op<SaveResult>()(
    z.object({ ...docRequest, openAfterSave: z.boolean().default(false) }).strict(),
  ),
  /** Hands the PDF bytes to the system print dialog; nothing is written to disk. */
  /** `printed` is true only when the print job was accepted; a cancel answers false. */
  'documents.print': op<{ printed: boolean; pages: number }>()(z.object(docRequest).strict()),
  /** Finds a generated document by the code printed on it. */
  'documents.verify': op<{ found: false } | { found: true; document: GeneratedDocument }>()(
    z
      .object({
        contentHash: z
          .string()
          .trim()
          .transform((s) => s.replace(/\s+/g, '').toLowerCase())
          .pipe(z.string().regex(/^[0-9a-f]{64}$/, { error: 'Een controlecode bestaat uit 64 tekens (0-9, a-f).' })),
      })
      .strict(),
  ),
  /**
   * Prints the recovery sheet (never saved as a file). The key is only known when it is made
   * (vault created, key rotated): the shell passes it in.
   */
  'documents.recoverySheet': op<{ printed: boolean; pages: number }>()(
    z
      .object({
        recoveryKey: z
          .string({ error: 'Herstelsleutel ontbreekt.' })
          .trim()
          .regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/, {
            error: 'Dit is geen geldige herstelsleutel (8 groepen van 4 tekens, gescheiden door streepjes).',
          }),
      })
      .strict(),
  ),
  'documents.exportStatementText': op<{ cancelled: true } | { cancelled: false; file: string; text: string }>()(
    z.object({ dossierId: IdSchema, versionId: IdSchema.optional() }).strict(),
  ),
  /** The letter flow for a personal letter: recipient, salutation, conversation part, senders, warnings. */
  'letters.setup': op<LetterSetupInfo>()(
    z
      .object({
        dossierId: IdSchema,
        kind: z.enum(['letter-victim-parents', 'letter-perpetrator-parents', 'letter-perpetrator-school'], {
          error: 'Dit is geen persoonlijke brief.',
        }),
        recipientPersonId: IdSchema.nullable().optional(),
        conversationId: IdSchema.optional(),
      })
      .strict(),
  ),
  'letters.saveNameParts': op<{ saved: true }>()(SaveNamePartsInput),
  'letters.saveLetterParts': op<{ saved: true }>()(SaveLetterPartsInput),
  'statement.get': op<StatementState>()(z.object({ dossierId: IdSchema }).strict()),
  'statement.saveDraft': op<StatementState>()(
    z.object({ dossierId: IdSchema, parts: StatementPartsSchema }).strict(),
  ),
  'statement.publish': op<StatementState>()(z.object({ dossierId: IdSchema }).strict()),
  'statement.versions': op<StatementVersion[]>()(z.object({ dossierId: IdSchema }).strict()),
  'templates.list': op<TemplateDetail[]>()(NoInput),
  'templates.get': op<TemplateDetail>()(z.object({ id: templateId }).strict()),
  'templates.update': op<TemplateDetail>()(z.object({ id: templateId, content: TemplateContentSchema }).strict()),
  'templates.reset': op<TemplateDetail>()(z.object({ id: templateId }).strict()),
  /** Asks for a CSV class list and reads it in the core; the file is not kept. */
  'mailmerge.import': op<MergeImport>()(NoInput),
  'mailmerge.generate': op<
    | { cancelled: true }
    | { cancelled: false; file: string; letters: number; pages: number; folder: string | null; files: number }
  >()(
    z
      .object({
        dossierId: IdSchema,
        kind: mergeKind,
        rows: z.array(MergeRowSchema).min(1, { error: 'Er zijn geen adressen om brieven voor te maken.' }).max(2000, {
          error: 'Te veel adressen in één keer (maximaal 2000).',
        }),
        options: DocumentOptionsSchema.default({}),
        /** Also write one PDF per parent/guardian into a folder the user picks. */
        oneFileEach: z.boolean().default(false),
        /** Double-sided printing: a blank page after a letter with an odd page count, so each letter starts on its own sheet. */
        duplex: z.boolean().default(true),
        /** Per held-back row (pupil or parent in the dossier): leave it out or send it on purpose. */
        heldBack: HeldBackDecisionsSchema,
      })
      .strict(),
  ),
  /** The merged letters straight to the print dialog; nothing is written to disk. */
  'mailmerge.print': op<{ printed: boolean; letters: number; pages: number }>()(
    z
      .object({
        dossierId: IdSchema,
        kind: mergeKind,
        rows: z.array(MergeRowSchema).min(1, { error: 'Er zijn geen adressen om brieven voor te maken.' }).max(2000, {
          error: 'Te veel adressen in één keer (maximaal 2000).',
        }),
        options: DocumentOptionsSchema.default({}),
        duplex: z.boolean().default(true),
        heldBack: HeldBackDecisionsSchema,
      })
      .strict(),
  ),
  'mailmerge.preview': op<{ models: DocModel[]; check: DocumentCheck; heldBack: HeldBackRow[] }>()(
    z
      .object({
        dossierId: IdSchema,
        kind: mergeKind,
        rows: z.array(MergeRowSchema).min(1).max(2000),
        options: DocumentOptionsSchema.default({}),
        heldBack: HeldBackDecisionsSchema,
      })
      .strict(),
  ),
} as const;
