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
 *
 * Tagged PDF (screen readers, reflow, archiving): every document has a structure tree in
 * reading order, built here in one place from the model's blocks — Document > Sect per
 * model > H1 (title or subject), H2 (headings), P, L/LI/Lbl/LBody (lists), Table/TR/TH/TD
 * (tables and label–value rows). What is not text — rules, shading, the logo, running
 * footers and page numbers — is marked as an artifact. Content drawn inside a structure
 * element goes through `tag(…)`; page breaks go through `newPage` (pdfkit's
 * continueOnNewPage), which closes and reopens the marked content across the break.
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
type Struct = PDFKit.PDFStructureElement;

/** Archival documents (dossier overview, evaluation report) declare PDF/A-2a. */
export const ARCHIVAL_KINDS: ReadonlySet<DocModel['kind']> = new Set([
  'dossier-overview',
  'evaluation-report',
]);

/** A structure element of `type` under `parent`, holding what `draw` puts on the page (drawn now). */
function tag(
  doc: Doc,
  parent: Struct,
  type: string,
  draw: () => void,
  options: PDFKit.Mixins.StructureElementOptions = {},
): void {
  parent.add(doc.struct(type, options, draw));
}

/** A grouping element (Sect, L, LI, Table, TR) under `parent`; end() it when its children are added. */
function group(
  doc: Doc,
  parent: Struct,
  type: string,
  options: PDFKit.Mixins.StructureElementOptions = {},
): Struct {
  const el = doc.struct(type, options);
  parent.add(el);
  return el;
}

/** Drawn content that is not text of the document: outside the structure tree. Never inside tag(). */
function artifact(doc: Doc, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** A page break that carries open marked content over (pdfkit's own text wrapping does the same). */
function newPage(doc: Doc): void {
  (doc as unknown as { continueOnNewPage(): void }).continueOnNewPage();
}

/** XMP is XML: pdfkit writes the info values into it as they are ("De Brug & Co" would break it). */
const xmlText = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function newDoc(first: DocModel, authorName: string, archival: boolean): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: TOP_NEXT, bottom: BOTTOM, left: LEFT, right: RIGHT },
    bufferPages: true,
    autoFirstPage: false,
    compress: true,
    // PDF 1.7: tagged structure and XMP metadata; PDF/A-2a for the archival kinds (all fonts
    // are embedded, pdfkit adds the sRGB output intent and the pdfaid XMP entry).
    pdfVersion: '1.7',
    tagged: true,
    ...(archival ? { subset: 'PDF/A-2a' as const } : {}),
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
  // pdfkit's XMP writer (_addInfo) does not escape; the Info dictionary keeps the plain text.
  const withXmp = doc as unknown as { _addInfo(): void; info: Record<string, unknown> };
  const addInfo = withXmp._addInfo.bind(doc);
  withXmp._addInfo = () => {
    const plain = withXmp.info;
    withXmp.info = Object.fromEntries(
      Object.entries(plain).map(([k, v]) => [k, typeof v === 'string' ? xmlText(v) : v]),
    );
    try {
      addInfo();
    } finally {
      withXmp.info = plain;
    }
  };
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
  // Decorative for a reader: the school's name is the text right next to it.
  artifact(doc, () => {
    try {
      doc.image(logo, x, y, { fit: [w, h] });
    } catch {
      // A damaged logo must not stop a letter: it is printed without.
    }
  });
}

/** Space left on the current page above the bottom margin. */
function spaceLeft(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom - doc.y;
}

function ensureSpace(doc: Doc, needed: number): void {
  if (spaceLeft(doc) < needed) newPage(doc);
}

function drawLetterHead(doc: Doc, s: Struct, model: DocModel, logo: Buffer | null, compact: boolean): void {
  const top = 15 * MM;
  drawLogo(doc, logo, LEFT, top, 45 * MM, compact ? 14 * MM : 22 * MM);
  const x = LEFT + WIDTH * 0.45;
  const w = WIDTH * 0.55;
  tag(doc, s, 'P', () => {
    doc
      .font(F.bold)
      .fontSize(compact ? 10 : 11)
      .fillColor(INK)
      .text(model.letterhead.schoolName, x, top, { width: w, align: 'right' });
  });
  if (!compact && model.letterhead.lines.length) {
    tag(doc, s, 'P', () => {
      doc.font(F.regular).fontSize(8).fillColor(MUTED);
      for (const line of model.letterhead.lines)
        doc.text(bindUnits(line), x, doc.y, { width: w, align: 'right' });
    });
  }
  doc.fillColor(INK);
}

function drawLetterFirstPage(
  doc: Doc,
  s: Struct,
  model: DocModel,
  logo: Buffer | null,
  returnLine: string,
): void {
  drawLetterHead(doc, s, model, logo, false);
  if (model.recipient.length > 0) {
    if (returnLine) {
      tag(doc, s, 'P', () => {
        doc
          .font(F.regular)
          .fontSize(6.5)
          .fillColor(MUTED)
          .text(returnLine, LEFT, 48 * MM, { width: 85 * MM, lineBreak: false, ellipsis: true });
      });
    }
    tag(doc, s, 'P', () => {
      doc.font(F.regular).fontSize(10).fillColor(INK);
      doc.y = 53 * MM;
      for (const line of model.recipient.slice(0, 6)) {
        // Wraps if it must (within 80 mm), but never beyond the window's lower edge (~ 85 mm).
        if (doc.y > 80 * MM) break;
        doc.text(bindUnits(line), LEFT, doc.y, { width: 80 * MM, lineGap: 0.5 });
      }
    });
  }
  // Date, reference, subject (the subject is the letter's title for a screen reader).
  let y = 95 * MM;
  const labelW = 24 * MM;
  const row = (label: string, value: string, bold = false) => {
    if (!value) return;
    tag(doc, s, bold ? 'H1' : 'P', () => {
      doc
        .font(F.regular)
        .fontSize(8)
        .fillColor(MUTED)
        .text(label, LEFT, y + 1.5, { width: labelW });
      doc
        .font(bold ? F.bold : F.regular)
        .fontSize(10)
        .fillColor(INK)
        .text(value, LEFT + labelW, y, { width: WIDTH - labelW });
    });
    y = doc.y + 3;
  };
  row('Datum', model.dateLine);
  row('Kenmerk', model.reference);
  row('Onderwerp', model.subject, true);
  doc.y = Math.max(y + 8 * MM, 118 * MM);
  doc.x = LEFT;
}

function drawReportHead(doc: Doc, s: Struct, model: DocModel, logo: Buffer | null): void {
  drawLetterHead(doc, s, model, logo, true);
  doc.y = Math.max(doc.y, 15 * MM + 16 * MM) + 4 * MM;
  tag(doc, s, 'H1', () => {
    doc.font(F.bold).fontSize(18).fillColor(INK).text(model.title, LEFT, doc.y, { width: WIDTH });
  });
  if (model.subtitle) {
    doc.moveDown(0.2);
    tag(doc, s, 'P', () => {
      doc.font(F.regular).fontSize(10).fillColor(MUTED).text(bindUnits(model.subtitle), { width: WIDTH });
    });
  }
  if (model.dateLine) {
    tag(doc, s, 'P', () => {
      doc.font(F.regular).fontSize(9).fillColor(MUTED).text(model.dateLine, { width: WIDTH });
    });
  }
  doc.moveDown(0.4);
  rule(doc, 0.6);
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
    .replace(
      /\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}\b/g,
      glue,
    )
    .replace(/\b\d{4} ?[A-Z]{2}\b/g, glue)
    .replace(/(?<![\d-])(?:\+31 ?|0)\d{1,3}(?:[ -]\d{2,4}){1,4}(?![\d-])/g, glue)
    .replace(
      /\b(?:[Mm]evrouw|[Hh]eer|heer\/mevrouw|[Dd]hr\.|[Mm]evr\.|[Dd]rs\.|[Dd]r\.|[Mm]r\.)(?: (?:\p{Lu}\.)+)?(?: (?:van|de|der|den|ter|ten|het|van der|van den|De|Van|Van der|Van den))? \p{Lu}[\p{L}'’-]*/gu,
      glue,
    )
    .replace(/(?<![\p{L}])(?:\p{Lu}\.){1,4} (?:(?:van|de|der|den|ter|ten|het) )*\p{Lu}[\p{L}'’-]*/gu, glue);
}

/** A horizontal rule across the text width at the current position (decoration). */
function rule(doc: Doc, width: number, y = doc.y): void {
  artifact(doc, () => {
    doc
      .moveTo(LEFT, y)
      .lineTo(LEFT + WIDTH, y)
      .lineWidth(width)
      .strokeColor(RULE)
      .stroke();
  });
}

function paragraph(
  doc: Doc,
  s: Struct,
  text: string,
  tone: 'normal' | 'muted' | 'strong' = 'normal',
  next?: DocBlock,
): void {
  // Keep at least two lines together at a page end. A bold paragraph is a subheading ("Fase
  // Faciliteer", "Verwijderverzoeken"): like a heading it never ends a page alone.
  doc.font(tone === 'strong' ? F.bold : F.regular).fontSize(BODY_SIZE);
  const keep =
    tone === 'strong' && next
      ? doc.heightOfString(bindUnits(text), { width: WIDTH, lineGap: LINE_GAP }) +
        0.6 * BODY_SIZE +
        firstPieceHeight(doc, next)
      : 0;
  ensureSpace(doc, Math.max(2 * (BODY_SIZE + LINE_GAP) + 4, keep));
  tag(doc, s, 'P', () => {
    doc
      .font(tone === 'strong' ? F.bold : F.regular)
      .fontSize(BODY_SIZE)
      .fillColor(tone === 'muted' ? MUTED : INK);
    doc.text(bindUnits(text), LEFT, doc.y, { width: WIDTH, lineGap: LINE_GAP, paragraphGap: 0 });
  });
  doc.moveDown(0.6);
  doc.fillColor(INK);
}

function heading(doc: Doc, s: Struct, text: string, next: DocBlock | undefined): void {
  // A heading never ends a page: keep it with the first piece of what follows (at least
  // three lines, a table's header and first row, a field row).
  doc.font(F.bold).fontSize(11);
  const own = doc.heightOfString(text, { width: WIDTH }) + 0.55 * 11;
  ensureSpace(doc, own + Math.max(3 * (BODY_SIZE + LINE_GAP), next ? firstPieceHeight(doc, next) : 0) + 8);
  doc.moveDown(0.3);
  tag(doc, s, 'H2', () => {
    doc.font(F.bold).fontSize(11).fillColor(INK).text(text, LEFT, doc.y, { width: WIDTH });
  });
  doc.moveDown(0.25);
}

function bullets(doc: Doc, s: Struct, items: string[]): void {
  doc.font(F.regular).fontSize(BODY_SIZE).fillColor(INK);
  const indent = 5 * MM;
  const list = group(doc, s, 'L');
  for (const raw of items) {
    const item = bindUnits(raw);
    doc.font(F.regular).fontSize(BODY_SIZE);
    const h = doc.heightOfString(item, { width: WIDTH - indent, lineGap: LINE_GAP });
    ensureSpace(doc, Math.min(h, 2 * (BODY_SIZE + LINE_GAP)) + 2);
    const y = doc.y;
    const li = group(doc, list, 'LI');
    tag(doc, li, 'Lbl', () => {
      doc
        .font(F.regular)
        .fontSize(BODY_SIZE)
        .fillColor(INK)
        .text('•', LEFT + 1.5 * MM, y, { width: indent, lineBreak: false });
    });
    tag(doc, li, 'LBody', () => {
      doc.text(item, LEFT + indent, y, { width: WIDTH - indent, lineGap: LINE_GAP });
    });
    li.end();
    doc.moveDown(0.2);
  }
  list.end();
  doc.moveDown(0.4);
}

/** Label–value rows: a two-column table whose first cell heads its row. */
const FIELD_LABEL_W = WIDTH * 0.32;
const FIELD_VALUE_W = WIDTH - FIELD_LABEL_W - 4 * MM;

/** Height of one field row as drawn: the taller of its label (often several lines) and its value. */
function fieldRowHeight(doc: Doc, label: string, raw: string): number {
  doc.fontSize(9.5);
  return Math.max(
    doc.font(F.bold).heightOfString(label, { width: FIELD_LABEL_W }),
    doc.font(F.regular).heightOfString(bindUnits(raw) || '—', { width: FIELD_VALUE_W, lineGap: 1.5 }),
  );
}

function fields(doc: Doc, s: Struct, rows: Array<[string, string]>): void {
  const labelW = FIELD_LABEL_W;
  const valueW = FIELD_VALUE_W;
  const tbl = group(doc, s, 'Table');
  for (const [label, raw] of rows) {
    const value = bindUnits(raw);
    ensureSpace(doc, Math.min(fieldRowHeight(doc, label, raw), 60) + 4);
    const y = doc.y;
    const tr = group(doc, tbl, 'TR');
    tag(
      doc,
      tr,
      'TH',
      () => {
        doc.font(F.bold).fontSize(9.5).fillColor(MUTED).text(label, LEFT, y, { width: labelW });
      },
      { scope: 'Row' } as PDFKit.Mixins.StructureElementOptions,
    );
    const afterLabel = doc.y;
    tag(doc, tr, 'TD', () => {
      doc
        .font(F.regular)
        .fontSize(9.5)
        .fillColor(INK)
        .text(value || '—', LEFT + labelW + 4 * MM, y, { width: valueW, lineGap: 1.5 });
    });
    tr.end();
    doc.y = Math.max(doc.y, afterLabel) + 3;
  }
  tbl.end();
  doc.x = LEFT;
  doc.moveDown(0.5);
}

/**
 * A table cell's text and size such that no word is broken in the middle: a run glued by
 * `bindUnits` (a date, a name) that is wider than the column may break at its spaces again,
 * and a single word wider than the column ("communicatiestatement") makes the cell's type a
 * little smaller (down to 6.5 pt) rather than split.
 */
function fitCell(
  doc: Doc,
  raw: string,
  width: number,
  font: string,
  size: number,
): { text: string; size: number } {
  doc.font(font).fontSize(size);
  // pdfkit measures a word together with the line break that follows it, which has a width
  // of its own in these fonts: leave room for it.
  const room = width - doc.widthOfString('\n');
  const text = (bindUnits(raw) || '—').replace(/[^ \n]+/g, (run) =>
    run.includes(NBSP) && doc.widthOfString(run) > room ? run.replace(new RegExp(NBSP, 'g'), ' ') : run,
  );
  const widest = Math.max(...text.split(/[ \n]+/).map((w) => doc.widthOfString(w)));
  return { text, size: widest > room ? Math.max(6.5, (0.98 * size * room) / widest) : size };
}

function table(doc: Doc, s: Struct, block: Extract<DocBlock, { type: 'table' }>): void {
  const n = block.columns.length;
  const weights = block.widths && block.widths.length === n ? block.widths : block.columns.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / total) * WIDTH);
  const pad = 3;
  const size = 8.5;
  const cell = (c: string, i: number, font: string) => fitCell(doc, c, widths[i]! - 2 * pad, font, size);
  const rowHeight = (cells: string[], font: string) =>
    Math.max(
      ...cells.map((c, i) => {
        const fit = cell(c, i, font);
        return doc
          .font(font)
          .fontSize(fit.size)
          .heightOfString(fit.text, { width: widths[i]! - 2 * pad });
      }),
    ) +
    2 * pad;
  const tbl = group(doc, s, 'Table');
  /** `into` null: a header repeated on a next page, an artifact (the reader heard it once). */
  const drawRow = (cells: string[], header: boolean, into: Struct | null) => {
    const font = header ? F.bold : F.regular;
    const h = rowHeight(cells, font);
    const y = doc.y;
    if (header) artifact(doc, () => doc.rect(LEFT, y, WIDTH, h).fill(SHADE));
    const tr = into ? group(doc, into, 'TR') : null;
    let x = LEFT;
    cells.forEach((c, i) => {
      const cx = x;
      const fit = cell(c, i, font);
      const draw = () => {
        doc
          .font(font)
          .fontSize(fit.size)
          .fillColor(INK)
          .text(fit.text, cx + pad, y + pad, { width: widths[i]! - 2 * pad });
      };
      if (tr)
        tag(
          doc,
          tr,
          header ? 'TH' : 'TD',
          draw,
          header ? ({ scope: 'Column' } as PDFKit.Mixins.StructureElementOptions) : {},
        );
      else artifact(doc, draw, 'Pagination');
      x += widths[i]!;
    });
    tr?.end();
    rule(doc, 0.4, y + h);
    doc.y = y + h;
  };
  ensureSpace(doc, rowHeight(block.columns, F.bold) + 24);
  drawRow(block.columns, true, tbl);
  for (const row of block.rows) {
    const h = rowHeight(row, F.regular);
    if (spaceLeft(doc) < Math.min(h, doc.page.height / 2)) {
      newPage(doc);
      drawRow(block.columns, true, null);
    }
    drawRow(row, false, tbl);
  }
  tbl.end();
  doc.x = LEFT;
  doc.moveDown(0.8);
}

function code(doc: Doc, s: Struct, text: string): void {
  ensureSpace(doc, 30 * MM);
  const y = doc.y + 2 * MM;
  const h = 18 * MM;
  artifact(doc, () => doc.rect(LEFT, y, WIDTH, h).lineWidth(1).strokeColor(INK).stroke());
  tag(doc, s, 'P', () => {
    doc
      .font(F.mono)
      .fontSize(16)
      .fillColor(INK)
      .text(text, LEFT, y + h / 2 - 9, { width: WIDTH, align: 'center', characterSpacing: 1 });
  });
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
      return Math.min(
        doc.heightOfString(bindUnits(b.text), { width: WIDTH, lineGap: LINE_GAP }),
        3 * (BODY_SIZE + LINE_GAP),
      );
    case 'bullets':
      doc.font(F.regular).fontSize(BODY_SIZE);
      return Math.min(
        doc.heightOfString(bindUnits(b.items[0] ?? ''), { width: WIDTH - 5 * MM, lineGap: LINE_GAP }),
        60,
      );
    case 'fields': {
      // The whole first row, label included: a three-line step title under a one-line value
      // left its heading alone at the page end.
      const first = b.rows[0];
      return first ? Math.min(fieldRowHeight(doc, first[0], first[1]), 60) + 4 : 0;
    }
    case 'table':
      return 2 * 24 + 12;
    case 'code':
      return 30 * MM;
    case 'pagebreak':
      return 0;
  }
}

/** Full height of a paragraph or list as drawn (for keeping the last one with the signature). */
function blockHeight(doc: Doc, b: DocBlock): number {
  doc.font(F.regular).fontSize(BODY_SIZE);
  const gap = doc.currentLineHeight(true);
  if (b.type === 'paragraph')
    return doc.heightOfString(bindUnits(b.text), { width: WIDTH, lineGap: LINE_GAP }) + 0.6 * gap;
  if (b.type === 'bullets') {
    return (
      b.items.reduce(
        (h, it) =>
          h + doc.heightOfString(bindUnits(it), { width: WIDTH - 5 * MM, lineGap: LINE_GAP }) + 0.2 * gap,
        0,
      ) +
      0.4 * gap
    );
  }
  return 0;
}

function drawBlocks(doc: Doc, s: Struct, blocks: DocBlock[], after?: DocBlock): void {
  for (const [i, b] of blocks.entries()) {
    switch (b.type) {
      case 'heading':
        heading(doc, s, b.text, blocks[i + 1] ?? after);
        break;
      case 'paragraph':
        paragraph(doc, s, b.text, b.tone, blocks[i + 1] ?? after);
        break;
      case 'bullets':
        bullets(doc, s, b.items);
        break;
      case 'fields':
        fields(doc, s, b.rows);
        break;
      case 'table':
        table(doc, s, b);
        break;
      case 'code':
        code(doc, s, b.text);
        break;
      case 'pagebreak':
        // Only when something is on the page already: never an empty page.
        if (doc.y > doc.page.margins.top + 1) doc.addPage();
        doc.x = LEFT;
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

/** A letter's own line (salutation, closing): one tagged paragraph of body text, as written. */
function letterLine(doc: Doc, s: Struct, text: string): void {
  tag(doc, s, 'P', () => doc.font(F.regular).fontSize(BODY_SIZE).fillColor(INK).text(text, LEFT, doc.y, { width: WIDTH }));
}

function drawSignature(doc: Doc, s: Struct, model: DocModel): void {
  if (!model.closing && !model.signature) return;
  // Closing, room for a handwritten signature, name and role stay together on one page.
  ensureSpace(doc, signatureHeight(doc, model));
  doc.moveDown(0.4);
  doc.font(F.regular).fontSize(BODY_SIZE).fillColor(INK);
  if (model.closing) letterLine(doc, s, model.closing);
  const sig = model.signature;
  if (sig && (sig.name || sig.role || sig.organisation)) {
    doc.y += 13 * MM;
    tag(doc, s, 'P', () => {
      doc.fontSize(BODY_SIZE).fillColor(INK);
      if (sig.name) doc.font(F.bold).text(sig.name, LEFT, doc.y, { width: WIDTH });
      doc.font(F.regular);
      if (sig.role) doc.text(sig.role, LEFT, doc.y, { width: WIDTH });
      if (sig.organisation) doc.text(sig.organisation, LEFT, doc.y, { width: WIDTH });
    });
  } else if (sig) {
    doc.y += 13 * MM;
  }
}

function drawModel(doc: Doc, root: Struct, model: DocModel, logo: Buffer | null, returnLine: string): void {
  doc.addPage();
  const s = group(doc, root, 'Sect');
  if (model.layout === 'letter') drawLetterFirstPage(doc, s, model, logo, returnLine);
  else drawReportHead(doc, s, model, logo);
  if (model.salutation) {
    letterLine(doc, s, model.salutation);
    doc.moveDown(0.8);
  }
  // Layout rule: the closing and signature never stand alone on a page. The last paragraph
  // or list goes along to the next page with them when they do not fit together (measured
  // as drawn: the gap after the paragraph counts too).
  const last = model.blocks[model.blocks.length - 1];
  const keepLast =
    (last?.type === 'paragraph' || last?.type === 'bullets') && (model.closing || model.signature);
  drawBlocks(doc, s, keepLast ? model.blocks.slice(0, -1) : model.blocks, keepLast ? last : undefined);
  if (keepLast && last) {
    const together = blockHeight(doc, last) + signatureHeight(doc, model);
    if (spaceLeft(doc) < together && together < doc.page.height / 2) newPage(doc);
    drawBlocks(doc, s, [last]);
  }
  drawSignature(doc, s, model);
  s.end();
}

function drawFooters(doc: Doc, ranges: Array<{ start: number; count: number; note: string }>): void {
  for (const r of ranges) {
    for (let i = 0; i < r.count; i++) {
      doc.switchToPage(r.start + i);
      // Writing below the bottom margin would otherwise make pdfkit add a page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const y = doc.page.height - 14 * MM;
      // Running footer and page number: pagination artifacts, not text a reader hears per page.
      artifact(
        doc,
        () => {
          doc.font(F.regular).fontSize(7.5).fillColor(MUTED);
          if (r.note) doc.text(r.note, LEFT, y, { width: WIDTH * 0.6, lineBreak: false });
          doc.text(`Pagina ${i + 1} van ${r.count}`, LEFT + WIDTH * 0.6, y, {
            width: WIDTH * 0.4,
            align: 'right',
            lineBreak: false,
          });
        },
        'Pagination',
      );
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
  const doc = newDoc(
    first,
    ctx.author || 'School',
    models.every((m) => ARCHIVAL_KINDS.has(m.kind)),
  );
  const done = toBuffer(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const logo = logoImage(ctx.logoDataUrl);
  const ranges: Array<{ start: number; count: number; note: string }> = [];
  let blank = 0;
  for (const [i, model] of models.entries()) {
    const start = doc.bufferedPageRange().count;
    drawModel(doc, root, model, logo, ctx.returnAddress);
    const count = doc.bufferedPageRange().count - start;
    ranges.push({ start, count, note: model.footerNote });
    if (ctx.padToEven && count % 2 === 1 && i < models.length - 1) {
      doc.addPage();
      blank++;
    }
  }
  root.end();
  drawFooters(doc, ranges);
  doc.end();
  const bytes = await done;
  return {
    bytes,
    pages: ranges.reduce((a, r) => a + r.count, 0) + blank,
    pagesPerModel: ranges.map((r) => r.count),
  };
}
