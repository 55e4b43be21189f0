import type { DocBlock, DocModel } from '../../shared/domain/documents';
import type { SchoolProfile } from '../../shared/domain/school';
import { emptyModel, returnAddress } from '../documents/model';
import { renderPdf } from '../documents/render-pdf';

/**
 * The school-level exports of this module (improvement points, subject access) as plain
 * sections, rendered by the documents module's pdfkit renderer so they carry the school's
 * letterhead and the embedded font (pupils' names keep every character).
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

export async function renderPlainPdf(
  plain: PlainDocument,
  school: SchoolProfile,
  now: Date,
  audience: DocModel['audience'],
): Promise<Buffer> {
  const model = toDocModel(plain, school, now.toISOString(), audience);
  const rendered = await renderPdf([model], {
    author: school.name || 'School',
    logoDataUrl: school.logoDataUrl || null,
    returnAddress: returnAddress(school),
  });
  return rendered.bytes;
}
