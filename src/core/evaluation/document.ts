import type { DocumentAudience, GeneratedDocument } from '../../shared/domain/documents';
import type { ExchangeRecord } from '../../shared/domain/exchange';
import type { SchoolProfile } from '../../shared/domain/school';
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

/** Renders a plain document as a PDF: the documents area's renderer, passed in by createVangnetService. */
export type RenderPlainPdf = (
  plain: PlainDocument,
  school: SchoolProfile,
  now: Date,
  audience: DocumentAudience,
) => Promise<Uint8Array>;

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
  renderPlainPdf: RenderPlainPdf;
  subjectAccessSources: SubjectAccessSources;
}
