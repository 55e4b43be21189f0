import PDFDocument from 'pdfkit';
import type { DocBlock, DocModel } from '../../shared/domain/documents';
import { documentFonts } from './fonts';

/**
 * Draws document models with pdfkit into a Buffer in memory: no temp files. Fonts are
 * DejaVu Sans (embedded, subsetted) so every name a Dutch school meets prints: ş ı ğ ł ő
 * ć ż Ā … The 14 standard PDF fonts would silently drop those.
 *
 * Letter layout (A4, 210 × 297 mm), for Dutch window envelopes:
 * NL window envelopes (EA5/6 and DL 110 × 220 mm, C5 162 × 229 mm; A4 folded in three or
 * in half) have the window on the LEFT, about 20 mm from the left edge and 40–50 mm from
 * the top, at least 90 × 40 mm. NEN 1026 (briefpapier) puts the address field there too.
 * (A window on the right is the Belgian/French habit, not the Dutch standard.) So:
 *   - return-address line at 48 mm from the top, 25 mm from the left, 6.5 pt;
 *   - address block from 53 mm, 25 mm from the left, at most 6 lines of 10 pt and
 *     80 mm wide: it ends before 78 mm, inside every window from 45 to 90 mm;
 *   - date, reference and subject from 95 mm; the text from about 118 mm;
 *   - folds (99 mm and 198 mm for a tri-fold) fall in the letterhead gap and the body.
 * Page 2 and further pages start at 25 mm. Every page has "Pagina x van y".
 */

const MM = 72 / 25.4;
const A4: [number, number] = [595.28, 841.89];
const LEFT = 25 * MM;
const RIGHT = 20 * MM;
const TOP_NEXT = 25 * MM;
const BOTTOM = 25 * MM;
const WIDTH = A4[0] - LEFT - RIGHT;

const INK = '#1b1f24';
const MUTED = '#5b6470';
const RULE = '#c9ced6';
const SHADE = '#eef1f5';

const F = { regular: 'Sans', bold: 'Sans-Bold', italic: 'Sans-Oblique', mono: 'Mono' } as const;

type Doc = PDFKit.PDFDocument;

function newDoc(first: DocModel, authorName: string): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: TOP_NEXT, bottom: BOTTOM, left: LEFT, right: RIGHT },
    bufferPages: true,
    autoFirstPage: false,
    compress: true,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      // Generic on purpose: file managers and mail clients show metadata without opening.
      Title: first.pdfTitle,
      Author: authorName,
      Creator: 'Vangnet',
      Producer: 'Vangnet',
    },
  });
  const fonts = documentFonts();
  // pdfkit accepts a parsed fontkit font as source (its typings only list paths and bytes).
  doc.registerFont(F.regular, fonts.regular as unknown as Buffer);
  doc.registerFont(F.bold, fonts.bold as unknown as Buffer);
  doc.registerFont(F.italic, fonts.italic as unknown as Buffer);
  doc.registerFont(F.mono, fonts.mono as unknown as Buffer);
  return doc;
}

function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function logoImage(dataUrl: string | null): Buffer | null {
  if (!dataUrl) return null;
  const m = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl);
  return m?.[2] ? Buffer.from(m[2], 'base64') : null;
}

function drawLogo(doc: Doc, logo: Buffer | null, x: number, y: number, w: number, h: number): void {
  if (!logo) return;
  try {
    doc.image(logo, x, y, { fit: [w, h] });
  } catch {
    // A damaged logo must not stop a letter: it is printed without.
  }
}

/** Space left on the current page above the bottom margin. */
function spaceLeft(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom - doc.y;
}

function ensureSpace(doc: Doc, needed: number): void {
  if (spaceLeft(doc) < needed) doc.addPage();
}

function drawLetterHead(doc: Doc, model: DocModel, logo: Buffer | null, compact: boolean): void {
  const top = 15 * MM;
  drawLogo(doc, logo, LEFT, top, 45 * MM, compact ? 14 * MM : 22 * MM);
  const x = LEFT + WIDTH * 0.45;
  const w = WIDTH * 0.55;
  doc.font(F.bold).fontSize(compact ? 10 : 11).fillColor(INK).text(model.letterhead.schoolName, x, top, { width: w, align: 'right' });
  if (!compact) {
    doc.font(F.regular).fontSize(8).fillColor(MUTED);
    for (const line of model.letterhead.lines) doc.text(bindUnits(line), x, doc.y, { width: w, align: 'right' });
  }
  doc.fillColor(INK);
}

function drawLetterFirstPage(doc: Doc, model: DocModel, logo: Buffer | null, returnLine: string): void {
  drawLetterHead(doc, model, logo, false);
  if (model.recipient.length > 0) {
    doc.font(F.regular).fontSize(6.5).fillColor(MUTED).text(returnLine, LEFT, 48 * MM, { width: 85 * MM, lineBreak: false, ellipsis: true });
    doc.font(F.regular).fontSize(10).fillColor(INK);
    doc.y = 53 * MM;
    for (const line of model.recipient.slice(0, 6)) {
      // Wraps if it must (within 80 mm), but never beyond the window's lower edge (~ 85 mm).
      if (doc.y > 80 * MM) break;
      doc.text(bindUnits(line), LEFT, doc.y, { width: 80 * MM, lineGap: 0.5 });
    }
  }
  // Date, reference, subject.
  let y = 95 * MM;
  const labelW = 24 * MM;
  const row = (label: string, value: string, bold = false) => {
    if (!value) return;
    doc.font(F.regular).fontSize(8).fillColor(MUTED).text(label, LEFT, y + 1.5, { width: labelW });
    doc.font(bold ? F.bold : F.regular).fontSize(10).fillColor(INK).text(value, LEFT + labelW, y, { width: WIDTH - labelW });
    y = doc.y + 3;
  };
  row('Datum', model.dateLine);
  row('Kenmerk', model.reference);
  row('Onderwerp', model.subject, true);
  doc.y = Math.max(y + 8 * MM, 118 * MM);
  doc.x = LEFT;
}

function drawReportHead(doc: Doc, model: DocModel, logo: Buffer | null): void {
  drawLetterHead(doc, model, logo, true);
  doc.y = Math.max(doc.y, 15 * MM + 16 * MM) + 4 * MM;
  doc.font(F.bold).fontSize(18).fillColor(INK).text(model.title, LEFT, doc.y, { width: WIDTH });
  if (model.subtitle) doc.moveDown(0.2).font(F.regular).fontSize(10).fillColor(MUTED).text(bindUnits(model.subtitle), { width: WIDTH });
  if (model.dateLine) doc.font(F.regular).fontSize(9).fillColor(MUTED).text(model.dateLine, { width: WIDTH });
  doc.moveDown(0.4);
  doc.moveTo(LEFT, doc.y).lineTo(LEFT + WIDTH, doc.y).lineWidth(0.6).strokeColor(RULE).stroke();
  doc.moveDown(0.8);
  doc.fillColor(INK);
}

const BODY_SIZE = 10;
const LINE_GAP = 2.2;

const NBSP = '\u00a0';

/**
 * Layout rule: what a reader reads as one unit is never split over two lines. Postcodes
 * ("3512 CD"), phone numbers ("030 123 45 67", "06 12 34 56 78"), a salutation with the
 * name ("mevrouw Yılmaz-Öztürk", "De heer H. de Vries") and initials with the surname get
 * non-breaking spaces, and so does a date ("3 december 2026"). ("0900-8844" already cannot break: no break between a hyphen and a
 * digit in the Unicode line-breaking rules pdfkit follows.)
 */
export function bindUnits(text: string): string {
  const glue = (m: string) => m.replace(/ /g, NBSP);
  return text
    .replace(/\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}\b/g, glue)
    .replace(/\b\d{4} ?[A-Z]{2}\b/g, glue)
    .replace(/(?<![\d-])(?:\+31 ?|0)\d{1,3}(?:[ -]\d{2,4}){1,4}(?![\d-])/g, glue)
    .replace(/\b(?:[Mm]evrouw|[Hh]eer|heer\/mevrouw|[Dd]hr\.|[Mm]evr\.|[Dd]rs\.|[Dd]r\.|[Mm]r\.)(?: (?:\p{Lu}\.)+)?(?: (?:van|de|der|den|ter|ten|het|van der|van den|De|Van|Van der|Van den))? \p{Lu}[\p{L}'’-]*/gu, glue)
    .replace(/(?<![\p{L}])(?:\p{Lu}\.){1,4} (?:(?:van|de|der|den|ter|ten|het) )*\p{Lu}[\p{L}'’-]*/gu, glue);
}

function paragraph(doc: Doc, text: string, tone: 'normal' | 'muted' | 'strong' = 'normal'): void {
  doc.font(tone === 'strong' ? F.bold : F.regular).fontSize(BODY_SIZE).fillColor(tone === 'muted' ? MUTED : INK);
  // Keep at least two lines together at a page end.
  ensureSpace(doc, 2 * (BODY_SIZE + LINE_GAP) + 4);
  doc.text(bindUnits(text), LEFT, doc.y, { width: WIDTH, lineGap: LINE_GAP, paragraphGap: 0 });
  doc.moveDown(0.6);
  doc.fillColor(INK);
}

function heading(doc: Doc, text: string, next: DocBlock | undefined): void {
  // A heading never ends a page: keep it with the first piece of what follows (at least
  // three lines, a table's header and first row, a field row).
  doc.font(F.bold).fontSize(11);
  const own = doc.heightOfString(text, { width: WIDTH }) + 0.55 * 11;
  ensureSpace(doc, own + Math.max(3 * (BODY_SIZE + LINE_GAP), next ? firstPieceHeight(doc, next) : 0) + 8);
  doc.moveDown(0.3);
  doc.font(F.bold).fontSize(11).fillColor(INK).text(text, LEFT, doc.y, { width: WIDTH });
  doc.moveDown(0.25);
}

function bullets(doc: Doc, items: string[]): void {
  doc.font(F.regular).fontSize(BODY_SIZE).fillColor(INK);
  const indent = 5 * MM;
  for (const raw of items) {
    const item = bindUnits(raw);
    const h = doc.heightOfString(item, { width: WIDTH - indent, lineGap: LINE_GAP });
    ensureSpace(doc, Math.min(h, 2 * (BODY_SIZE + LINE_GAP)) + 2);
    const y = doc.y;
    doc.text('•', LEFT + 1.5 * MM, y, { width: indent, lineBreak: false });
    doc.text(item, LEFT + indent, y, { width: WIDTH - indent, lineGap: LINE_GAP });
    doc.moveDown(0.2);
  }
  doc.moveDown(0.4);
}

function fields(doc: Doc, rows: Array<[string, string]>): void {
  const labelW = WIDTH * 0.32;
  const valueW = WIDTH - labelW - 4 * MM;
  for (const [label, raw] of rows) {
    const value = bindUnits(raw);
    doc.fontSize(9.5);
    const h = Math.max(
      doc.font(F.bold).heightOfString(label, { width: labelW }),
      doc.font(F.regular).heightOfString(value || '—', { width: valueW, lineGap: 1.5 }),
    );
    ensureSpace(doc, Math.min(h, 60) + 4);
    const y = doc.y;
    doc.font(F.bold).fillColor(MUTED).text(label, LEFT, y, { width: labelW });
    const afterLabel = doc.y;
    doc.font(F.regular).fillColor(INK).text(value || '—', LEFT + labelW + 4 * MM, y, { width: valueW, lineGap: 1.5 });
    doc.y = Math.max(doc.y, afterLabel) + 3;
  }
  doc.x = LEFT;
  doc.moveDown(0.5);
}

function table(doc: Doc, block: Extract<DocBlock, { type: 'table' }>): void {
  const n = block.columns.length;
  const weights = block.widths && block.widths.length === n ? block.widths : block.columns.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / total) * WIDTH);
  const pad = 3;
  const size = 8.5;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(bindUnits(c) || '—', { width: widths[i]! - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], header: boolean) => {
    const font = header ? F.bold : F.regular;
    const h = rowHeight(cells, font);
    const y = doc.y;
    if (header) doc.rect(LEFT, y, WIDTH, h).fill(SHADE);
    let x = LEFT;
    doc.font(font).fontSize(size).fillColor(INK);
    cells.forEach((c, i) => {
      doc.text(bindUnits(c) || '—', x + pad, y + pad, { width: widths[i]! - 2 * pad });
      x += widths[i]!;
    });
    doc.moveTo(LEFT, y + h).lineTo(LEFT + WIDTH, y + h).lineWidth(0.4).strokeColor(RULE).stroke();
    doc.y = y + h;
  };
  const header = () => drawRow(block.columns, true);
  ensureSpace(doc, rowHeight(block.columns, F.bold) + 24);
  header();
  for (const row of block.rows) {
    const h = rowHeight(row, F.regular);
    if (spaceLeft(doc) < Math.min(h, doc.page.height / 2)) {
      doc.addPage();
      header();
    }
    drawRow(row, false);
  }
  doc.x = LEFT;
  doc.moveDown(0.8);
}

function code(doc: Doc, text: string): void {
  ensureSpace(doc, 30 * MM);
  const y = doc.y + 2 * MM;
  const h = 18 * MM;
  doc.rect(LEFT, y, WIDTH, h).lineWidth(1).strokeColor(INK).stroke();
  doc.font(F.mono).fontSize(16).fillColor(INK).text(text, LEFT, y + h / 2 - 9, { width: WIDTH, align: 'center', characterSpacing: 1 });
  doc.font(F.regular);
  doc.y = y + h + 5 * MM;
  doc.x = LEFT;
}

/** Height of the part of a block that must stay with a heading above it. */
function firstPieceHeight(doc: Doc, b: DocBlock): number {
  switch (b.type) {
    case 'heading':
      return 14 + 3 * (BODY_SIZE + LINE_GAP);
    case 'paragraph':
      doc.font(F.regular).fontSize(BODY_SIZE);
      return Math.min(doc.heightOfString(bindUnits(b.text), { width: WIDTH, lineGap: LINE_GAP }), 3 * (BODY_SIZE + LINE_GAP));
    case 'bullets':
      doc.font(F.regular).fontSize(BODY_SIZE);
      return Math.min(doc.heightOfString(bindUnits(b.items[0] ?? ''), { width: WIDTH - 5 * MM, lineGap: LINE_GAP }), 60);
    case 'fields': {
      const first = b.rows[0];
      if (!first) return 0;
      doc.font(F.regular).fontSize(9.5);
      return Math.min(doc.heightOfString(bindUnits(first[1]) || '—', { width: WIDTH * 0.68 - 4 * MM, lineGap: 1.5 }), 60) + 4;
    }
    case 'table':
      return 2 * 24 + 12;
    case 'code':
      return 30 * MM;
  }
}

/** Full height of a paragraph or list as drawn (for keeping the last one with the signature). */
function blockHeight(doc: Doc, b: DocBlock): number {
  doc.font(F.regular).fontSize(BODY_SIZE);
  const gap = doc.currentLineHeight(true);
  if (b.type === 'paragraph') return doc.heightOfString(bindUnits(b.text), { width: WIDTH, lineGap: LINE_GAP }) + 0.6 * gap;
  if (b.type === 'bullets') {
    return (
      b.items.reduce((h, it) => h + doc.heightOfString(bindUnits(it), { width: WIDTH - 5 * MM, lineGap: LINE_GAP }) + 0.2 * gap, 0) +
      0.4 * gap
    );
  }
  return 0;
}

function drawBlocks(doc: Doc, blocks: DocBlock[], after?: DocBlock): void {
  for (const [i, b] of blocks.entries()) {
    switch (b.type) {
      case 'heading':
        heading(doc, b.text, blocks[i + 1] ?? after);
        break;
      case 'paragraph':
        paragraph(doc, b.text, b.tone);
        break;
      case 'bullets':
        bullets(doc, b.items);
        break;
      case 'fields':
        fields(doc, b.rows);
        break;
      case 'table':
        table(doc, b);
        break;
      case 'code':
        code(doc, b.text);
        break;
    }
  }
}

/** Height of closing, room for a handwritten signature, name, role and organisation, as drawn. */
function signatureHeight(doc: Doc, model: DocModel): number {
  if (!model.closing && !model.signature) return 0;
  doc.font(F.regular).fontSize(BODY_SIZE);
  const line = doc.currentLineHeight(true);
  let h = 0.4 * line + (model.closing ? doc.heightOfString(model.closing, { width: WIDTH }) : 0);
  if (model.signature) {
    const s = model.signature;
    h += 13 * MM + [s.name, s.role, s.organisation].filter(Boolean).length * line;
  }
  return h + 2;
}

function drawSignature(doc: Doc, model: DocModel): void {
  if (!model.closing && !model.signature) return;
  // Closing, room for a handwritten signature, name and role stay together on one page.
  ensureSpace(doc, signatureHeight(doc, model));
  doc.moveDown(0.4);
  doc.font(F.regular).fontSize(BODY_SIZE).fillColor(INK);
  if (model.closing) doc.text(model.closing, LEFT, doc.y, { width: WIDTH });
  if (model.signature) {
    doc.y += 13 * MM;
    const s = model.signature;
    if (s.name) doc.font(F.bold).text(s.name, LEFT, doc.y, { width: WIDTH });
    doc.font(F.regular);
    if (s.role) doc.text(s.role, LEFT, doc.y, { width: WIDTH });
    if (s.organisation) doc.text(s.organisation, LEFT, doc.y, { width: WIDTH });
  }
}

function drawModel(doc: Doc, model: DocModel, logo: Buffer | null, returnLine: string): void {
  doc.addPage();
  if (model.layout === 'letter') drawLetterFirstPage(doc, model, logo, returnLine);
  else drawReportHead(doc, model, logo);
  if (model.salutation) {
    doc.font(F.regular).fontSize(BODY_SIZE).fillColor(INK).text(model.salutation, LEFT, doc.y, { width: WIDTH });
    doc.moveDown(0.8);
  }
  // Layout rule: the closing and signature never stand alone on a page. The last paragraph
  // or list goes along to the next page with them when they do not fit together (measured
  // as drawn: the gap after the paragraph counts too).
  const last = model.blocks[model.blocks.length - 1];
  const keepLast = (last?.type === 'paragraph' || last?.type === 'bullets') && (model.closing || model.signature);
  drawBlocks(doc, keepLast ? model.blocks.slice(0, -1) : model.blocks, keepLast ? last : undefined);
  if (keepLast && last) {
    const together = blockHeight(doc, last) + signatureHeight(doc, model);
    if (spaceLeft(doc) < together && together < doc.page.height / 2) doc.addPage();
    drawBlocks(doc, [last]);
  }
  drawSignature(doc, model);
}

function drawFooters(doc: Doc, ranges: Array<{ start: number; count: number; note: string }>): void {
  for (const r of ranges) {
    for (let i = 0; i < r.count; i++) {
      doc.switchToPage(r.start + i);
      // Writing below the bottom margin would otherwise make pdfkit add a page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const y = doc.page.height - 14 * MM;
      doc.font(F.regular).fontSize(7.5).fillColor(MUTED);
      if (r.note) doc.text(r.note, LEFT, y, { width: WIDTH * 0.6, lineBreak: false });
      doc.text(`Pagina ${i + 1} van ${r.count}`, LEFT + WIDTH * 0.6, y, { width: WIDTH * 0.4, align: 'right', lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
  }
}

export interface RenderContext {
  /** PDF author: the school's name (never a person). */
  author: string;
  logoDataUrl: string | null;
  returnAddress: string;
  /** Merged letters for double-sided printing: pad each odd-length letter with a blank page. */
  padToEven?: boolean;
}

export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
  /** Page count of each model (letters in a mail merge), in order. */
  pagesPerModel: number[];
}

/** One PDF holding all models in order (one model = one letter/document), each with its own page numbers. */
export async function renderPdf(models: readonly DocModel[], ctx: RenderContext): Promise<RenderedPdf> {
  const first = models[0];
  if (!first) throw new Error('renderPdf: no models');
  const doc = newDoc(first, ctx.author || 'School');
  const done = toBuffer(doc);
  const logo = logoImage(ctx.logoDataUrl);
  const ranges: Array<{ start: number; count: number; note: string }> = [];
  let blank = 0;
  for (const [i, model] of models.entries()) {
    const start = doc.bufferedPageRange().count;
    drawModel(doc, model, logo, ctx.returnAddress);
    const count = doc.bufferedPageRange().count - start;
    ranges.push({ start, count, note: model.footerNote });
    if (ctx.padToEven && count % 2 === 1 && i < models.length - 1) {
      doc.addPage();
      blank++;
    }
  }
  drawFooters(doc, ranges);
  doc.end();
  const bytes = await done;
  return { bytes, pages: ranges.reduce((a, r) => a + r.count, 0) + blank, pagesPerModel: ranges.map((r) => r.count) };
}
