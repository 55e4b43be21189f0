import { DOCUMENT_KIND_INFO, type DocBlock, type DocModel, type DocumentAudience } from '../../shared/domain/documents';
import type { SchoolProfile } from '../../shared/domain/school';
import type { PlainDocument, WritePlainDocument } from '../evaluation';
import { readSchoolProfile } from '../school-profile';
import { emptyModel, returnAddress } from './model';
import { renderPdf, type RenderedPdf } from './render-pdf';
import { recordGenerated, writeDocumentFile } from './service';

export function toDocModel(
  plain: PlainDocument,
  school: SchoolProfile,
  nowIso: string,
  audience: DocModel['audience'],
): DocModel {
  const blocks: DocBlock[] = [];
  for (const section of plain.sections) {
    blocks.push({ type: 'heading', text: section.heading });
    if (section.intro) blocks.push({ type: 'paragraph', text: section.intro, tone: 'muted' });
    if (section.blocks.length === 0 && section.empty)
      blocks.push({ type: 'paragraph', text: section.empty, tone: 'muted' });
    for (const b of section.blocks) {
      if (b.heading) blocks.push({ type: 'paragraph', text: b.heading, tone: 'strong' });
      for (const p of b.paragraphs ?? []) if (p.trim()) blocks.push({ type: 'paragraph', text: p });
      const rows = (b.fields ?? []).map(([k, v]) => [k, v.trim() ? v : '—'] as [string, string]);
      if (rows.length) blocks.push({ type: 'fields', rows });
    }
  }
  // 'evaluation-report' is the closest kind; only the model's own texts show in the PDF.
  return {
    ...emptyModel('evaluation-report', school, nowIso),
    audience,
    pdfTitle: plain.title,
    title: plain.title,
    subtitle: plain.subtitle,
    blocks,
    footerNote: plain.footer,
  };
}

/** Renders a plain document (evaluation's school-level exports) with the letterhead and embedded font. */
export async function renderPlain(
  plain: PlainDocument,
  school: SchoolProfile,
  now: Date,
  audience: DocumentAudience,
): Promise<RenderedPdf> {
  const model = toDocModel(plain, school, now.toISOString(), audience);
  return renderPdf([model], {
    author: school.name || 'School',
    logoDataUrl: school.logoDataUrl || null,
    returnAddress: returnAddress(school),
  });
}

/** Evaluation's school-level exports: written like every dossier document, registered without a dossier. */
export const writePlainDocument: WritePlainDocument = async (ctx, file, plain, { kind, recipientLabel }) => {
  const audience = DOCUMENT_KIND_INFO[kind].audience;
  const pdf = await renderPlain(plain, readSchoolProfile(ctx), ctx.now(), audience);
  const made = await writeDocumentFile(file, pdf.bytes);
  recordGenerated(ctx, { dossierId: null, kind, audience, recipientLabel, pages: pdf.pages, delivery: 'opgeslagen', fileName: made.fileName }, [made]);
  return { pages: pdf.pages, sha256: made.sha256 };
};
