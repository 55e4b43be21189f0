import { z } from 'zod';
import { IdSchema, mediumText, shortText } from '../domain/common';
import {
  DOSSIER_DOCUMENT_KINDS,
  MergeRowSchema,
  OVERVIEW_FORMS,
  OVERVIEW_SECTIONS,
  StatementPartsSchema,
  TEMPLATE_IDS,
  TemplateContentSchema,
  type DocModel,
  type DocumentCheck,
  type DocumentFileCheck,
  type DossierDocumentKind,
  type GeneratedDocument,
  type HeldBackRow,
  type MergeRow,
  type MergeRowError,
  type StatementState,
  type StatementVersion,
  type TemplateDetail,
} from '../domain/documents';
import {
  LetterDeliverySchema,
  LetterSenderSchema,
  SaveLetterPartsInput,
  SaveNamePartsInput,
  type LetterSetupInfo,
} from '../domain/letters';
import { NoInput, op } from './define';

/**
 * The IPC contract of the documents area: request schemas and operations. The document
 * kinds, the document model and the records are domain types (src/shared/domain/documents).
 */

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
    /** Dossier overview: which form, which sections, and whether third parties go along (extern only). */
    overview: z
      .object({
        form: z.enum(OVERVIEW_FORMS, { error: 'Kies volledig of voor externe partij.' }),
        sections: z.array(z.enum(OVERVIEW_SECTIONS, { error: 'Onbekend onderdeel.' })).max(OVERVIEW_SECTIONS.length).optional(),
        includeThirdParties: z.boolean().default(false),
      })
      .strict()
      .optional(),
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

export type SaveResult =
  { cancelled: true } | { cancelled: false; file: string; pages: number; /** SHA-256 of the saved file. */ sha256: string };

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
  /**
   * "Document controleren": main's open dialog picks a file, the core reads and hashes it and
   * says whether exactly these bytes were made by Vangnet in this vault (no path crosses IPC).
   */
  'documents.checkFile': op<DocumentFileCheck>()(NoInput),
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
  'documents.exportStatementText': op<
    { cancelled: true } | { cancelled: false; file: string; text: string }
  >()(z.object({ dossierId: IdSchema, versionId: IdSchema.optional() }).strict()),
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
  'templates.update': op<TemplateDetail>()(
    z.object({ id: templateId, content: TemplateContentSchema }).strict(),
  ),
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
        rows: z
          .array(MergeRowSchema)
          .min(1, { error: 'Er zijn geen adressen om brieven voor te maken.' })
          .max(2000, {
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
        rows: z
          .array(MergeRowSchema)
          .min(1, { error: 'Er zijn geen adressen om brieven voor te maken.' })
          .max(2000, {
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
