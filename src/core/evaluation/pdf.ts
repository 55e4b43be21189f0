import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * A small plain-document renderer for the school-level exports of this module
 * (improvement points, subject access). The font is embedded: the standard PDF fonts
 * drop characters such as ş, ı or ł that occur in pupils' names.
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
  /** Printed at the bottom of every page, e.g. "Vertrouwelijk". */
  footer: string;
  sections: PlainSection[];
}

function fontDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export function renderPlainPdf(doc: PlainDocument, createdAt: Date): Promise<Buffer> {
  const dir = fontDir();
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    info: {
      Title: doc.title,
      Creator: 'Vangnet',
      Producer: 'Vangnet',
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  pdf.registerFont('body', path.join(dir, 'DejaVuSans.ttf'));
  pdf.registerFont('bold', path.join(dir, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  pdf.font('bold').fontSize(18).fillColor('#1d3557').text(doc.title, { width });
  pdf.moveDown(0.2);
  pdf.font('body').fontSize(10).fillColor('#444444').text(doc.subtitle, { width });
  pdf.moveDown(1);

  for (const section of doc.sections) {
    if (pdf.y > pdf.page.height - pdf.page.margins.bottom - 80) pdf.addPage();
    pdf.font('bold').fontSize(13).fillColor('#1d3557').text(section.heading, { width });
    pdf.moveDown(0.3);
    if (section.intro) {
      pdf.font('body').fontSize(10).fillColor('#444444').text(section.intro, { width });
      pdf.moveDown(0.4);
    }
    if (section.blocks.length === 0 && section.empty) {
      pdf.font('body').fontSize(10).fillColor('#444444').text(section.empty, { width });
    }
    for (const block of section.blocks) {
      if (pdf.y > pdf.page.height - pdf.page.margins.bottom - 60) pdf.addPage();
      if (block.heading) pdf.font('bold').fontSize(11).fillColor('#111111').text(block.heading, { width });
      for (const [label, value] of block.fields ?? []) {
        pdf.font('bold').fontSize(10).fillColor('#111111').text(`${label}: `, { width, continued: true });
        pdf.font('body').text(value || '—');
      }
      for (const p of block.paragraphs ?? []) {
        pdf.font('body').fontSize(10).fillColor('#111111').text(p, { width });
      }
      pdf.moveDown(0.6);
    }
    pdf.moveDown(0.6);
  }

  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font('body')
      .fontSize(8)
      .fillColor('#666666')
      .text(
        `${doc.footer} — pagina ${i + 1} van ${range.count}`,
        pdf.page.margins.left,
        pdf.page.height - 40,
        {
          width,
          align: 'center',
          lineBreak: false,
        },
      );
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
