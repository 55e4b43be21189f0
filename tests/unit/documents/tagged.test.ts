import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/core/documents/render-pdf';
import { emptyModel } from '../../../src/core/documents/model';
import { EMPTY_SCHOOL_PROFILE } from '../../../src/shared/domain';
import { DOSSIER_DOCUMENT_KINDS } from '../../../src/shared/domain/documents';
import { createTestService, type TestService } from '../helpers/service';
import { CLASS_LIST_CSV, pdfText, seedDocumentsDossier, type DocumentsFixture } from './fixture';

/**
 * Tagged PDF for every document kind: structure tree in reading order, language, title, every
 * piece of drawn content either in the structure or an artifact; PDF/A-2a identification for
 * the archival kinds. (Checked with poppler and by reading the content streams; not validated
 * with veraPDF, which is not available here.)
 */

const pdfinfo = (file: string, ...args: string[]) => execFileSync('pdfinfo', [...args, file], { encoding: 'utf8' });

/** Content streams (Flate, no other keys), inflated. */
function contentStreams(bytes: Buffer): string[] {
  const raw = bytes.toString('latin1');
  const re = /<<\n\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/g;
  const out: string[] = [];
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const data = zlib.inflateSync(bytes.subarray(start, start + Number(m[1]))).toString('latin1');
    if (/\bBT\b|\bre\b|\bDo\b/.test(data)) out.push(data);
  }
  return out;
}

/** Drawing operators outside any marked content (untagged content), and whether BDC/EMC balance. */
function unmarked(bytes: Buffer): { loose: Record<string, number>; balanced: boolean } {
  const loose: Record<string, number> = {};
  let balanced = true;
  for (const stream of contentStreams(bytes)) {
    let depth = 0;
    for (const tok of stream.split(/\s+/)) {
      if (tok === 'BDC' || tok === 'BMC') depth++;
      else if (tok === 'EMC') depth--;
      else if (depth === 0 && ['Tj', 'TJ', 'S', 'f', 'B', 'Do'].includes(tok)) loose[tok] = (loose[tok] ?? 0) + 1;
      if (depth < 0) balanced = false;
    }
    if (depth !== 0) balanced = false;
  }
  return { loose, balanced };
}

function expectTagged(file: string, label: string): string {
  const bytes = fs.readFileSync(file);
  const raw = bytes.toString('latin1');
  expect(raw, label).toMatch(/\/StructTreeRoot \d+ 0 R/);
  expect(raw, label).toContain('/Marked true');
  expect(raw, label).toContain('/Lang (nl-NL)');
  expect(raw, label).toContain('/DisplayDocTitle true');
  expect(pdfinfo(file), label).toMatch(/Tagged:\s+yes/);
  expect(unmarked(bytes), label).toEqual({ loose: {}, balanced: true });
  const tree = pdfinfo(file, '-struct');
  expect(tree.split('\n')[0], label).toBe('Document');
  expect(tree, label).toMatch(/^ {2}Sect/m);
  return tree;
}

let t: TestService;
let f: DocumentsFixture;
beforeAll(async () => {
  t = await createTestService();
  f = await seedDocumentsDossier(t);
});
afterAll(() => t.cleanup());

describe('tagged PDFs', () => {
  it('every dossier document kind has a structure tree, nl-NL, a shown title and no untagged content', async () => {
    for (const kind of DOSSIER_DOCUMENT_KINDS) {
      const file = path.join(t.dirs.out, `${kind}.pdf`);
      t.platform.nextSavePath = file;
      await t.dispatchOk('documents.generate', { dossierId: f.dossierId, kind, options: {} });
      const tree = expectTagged(file, kind);
      expect(tree, kind).toMatch(/^ {4}H1/m);
      if (kind === 'dossier-overview') {
        for (const el of ['H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) expect(tree, `${kind}: ${el}`).toMatch(new RegExp(`^ +${el}\\b`, 'm'));
      }
      const meta = pdfinfo(file, '-meta');
      const archival = kind === 'dossier-overview' || kind === 'evaluation-report';
      // PDF/A-2a identification (XMP) and the sRGB output intent for the archival kinds only.
      expect(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>A<\/pdfaid:conformance>/.test(meta), kind).toBe(archival);
      expect(fs.readFileSync(file).toString('latin1').includes('/OutputIntents'), kind).toBe(archival);
      expect(meta, kind).toContain('<rdf:li xml:lang="x-default">');
    }
  });

  it('a mail merge has one section per letter; the printed recovery sheet is tagged too', async () => {
    const csv = path.join(t.dirs.out, 'klas.csv');
    fs.writeFileSync(csv, CLASS_LIST_CSV);
    t.platform.nextOpenPath = csv;
    const imported = await t.dispatchOk('mailmerge.import', {});
    if (imported.cancelled) throw new Error('cancelled');
    const merged = path.join(t.dirs.out, 'brieven.pdf');
    t.platform.nextSavePath = merged;
    await t.dispatchOk('mailmerge.generate', { dossierId: f.dossierId, kind: 'letter-class-parents', rows: imported.rows });
    const tree = expectTagged(merged, 'merge');
    expect(tree.match(/^ {2}Sect/gm)).toHaveLength(imported.rows.length);

    await t.dispatchOk('documents.recoverySheet', { recoveryKey: t.recoveryKey });
    const sheet = path.join(t.dirs.out, 'herstelblad.pdf');
    fs.writeFileSync(sheet, t.platform.printed.at(-1)!.bytes);
    expectTagged(sheet, 'recovery sheet');
  });

  it('footers and page numbers are artifacts, a table header repeated on the next page is heard once, and the text layer stays intact', async () => {
    const school = { ...EMPTY_SCHOOL_PROFILE, name: 'Zuid & Noord <College>', city: 'Utrecht' };
    const model = emptyModel('dossier-overview', school, '2026-12-02T10:00:00Z');
    model.footerNote = 'Vertrouwelijk';
    model.blocks = [
      { type: 'heading', text: 'Logboek' },
      { type: 'table', columns: ['Wanneer', 'Wat'], rows: Array.from({ length: 70 }, (_, i) => [`${i + 1} december`, `Şükrü en Łukasz, regel ${i + 1}`]) },
    ];
    const { bytes, pages } = await renderPdf([model], { author: school.name, logoDataUrl: null, returnAddress: '' });
    expect(pages).toBeGreaterThan(1);
    const file = path.join(t.dirs.out, 'lang.pdf');
    fs.writeFileSync(file, bytes);
    const tree = expectTagged(file, 'long table');
    const structText = pdfinfo(file, '-struct-text');
    expect(structText.match(/"Wanneer"/g)).toHaveLength(1);
    expect(structText).not.toContain('Pagina 1 van');
    expect(structText).not.toContain('Vertrouwelijk');
    expect(tree.match(/^ {6}TR/gm)).toHaveLength(71);
    // What a reader sees is unchanged: header on every page, footer, every row.
    const text = pdfText(file);
    expect(text.match(/Wanneer/g)?.length).toBe(pages);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
    expect(text).toContain('Şükrü en Łukasz, regel 70');
    // XMP is XML: the school's name is escaped there and plain in the document info.
    expect(pdfinfo(file, '-meta')).toContain('Zuid &amp; Noord &lt;College&gt;');
    expect(pdfinfo(file)).toMatch(/Author:\s+Zuid & Noord <College>/);
  });
});
