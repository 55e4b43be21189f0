import type { GeneratedDocument, SchoolDocumentKind } from '../../shared/domain/documents';
import type { ExchangeRecord } from '../../shared/domain/exchange';
import type { CoreContext } from '../context';

/**
 * The school-level exports of this module (improvement points, subject access) as plain
 * sections. The documents area renders them (documents/plain-pdf.ts, passed in by
 * createVangnetService) with the school's letterhead and the embedded font (pupils' names keep
 * every character).
 */

export interface PlainBlock {
  heading?: string;
  paragraphs?: string[];
  /** Label/value lines, e.g. "Rol: Slachtoffer". */
  fields?: Array<[string, string]>;
}

export interface PlainSection {
  heading: string;
  intro?: string;
  blocks: PlainBlock[];
  /** Shown when there are no blocks. */
  empty?: string;
}

export interface PlainDocument {
  title: string;
  subtitle: string;
  /** Printed at the foot of every page, e.g. "Vertrouwelijk". */
  footer: string;
  sections: PlainSection[];
}

/** What a school-level export is, for the document register: no dossier, so never a name. */
export interface PlainExport {
  kind: Exclude<SchoolDocumentKind, 'recovery-sheet'>;
  /** For whom, generically ("De betrokkene (inzageverzoek)"). */
  recipientLabel: string;
}

/**
 * Renders a plain document as a PDF, writes it to `file` and records the SHA-256 of the written
 * file in the document register and the audit chain, as for dossier documents (so "Document
 * controleren" recognises it). The documents area's writer, passed in by createVangnetService.
 */
export type WritePlainDocument = (
  ctx: CoreContext,
  file: string,
  plain: PlainDocument,
  what: PlainExport,
) => Promise<{ pages: number; sha256: string }>;

/**
 * What the inzage export reads from the areas above (AVG art. 15(1)(c), the recipients), through
 * their own functions: the sealed packages of a dossier (exchange) and the documents generated
 * from it (documents).
 */
export interface SubjectAccessSources {
  packages(ctx: CoreContext, dossierId: string): ExchangeRecord[];
  documents(ctx: CoreContext, dossierId: string): GeneratedDocument[];
}

/** What other areas contribute to the evaluation area's operations (composed in src/core/service.ts). */
export interface EvaluationContributions {
  writePlainDocument: WritePlainDocument;
  subjectAccessSources: SubjectAccessSources;
}
