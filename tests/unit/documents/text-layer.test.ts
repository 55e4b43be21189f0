import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOSSIER_DOCUMENT_KINDS, type DocModel } from '../../../src/shared/domain/documents';
import { emptyModel } from '../../../src/core/documents/model';
import { modelTexts } from '../../../src/core/documents/privacy-guard';
import { renderPdf } from '../../../src/core/documents/render-pdf';
import { EMPTY_SCHOOL_PROFILE } from '../../../src/shared/domain';
import type { TestService } from '../helpers/service';
import { generateDocument, openDocumentsDossier, type DocumentsFixture } from './fixture';

/**
 * The text layer (what search, copy-paste, screen readers and archives read) must say what
 * the page shows, whatever was rendered before. Fonts are shared between documents for
 * speed; a glyph cache shared with them once lost "S" and "u" after a bold "Şükrü".
 */

const PRIMING_NAMES = [
  'Şükrü Yılmaz-Öztürk', 'Ayşe Çelik', 'Ğülşen Işık', // Turkish
  'Łukasz Wiśniewski', 'Małgorzata Źdźbło', 'Żaneta Ćwik', // Polish
  'Nguyễn Thị Hương', 'Trần Văn Đức', 'Phạm Quốc Bảo', // Vietnamese
];

function primingModel(): DocModel {
  const m = emptyModel('dossier-overview', { ...EMPTY_SCHOOL_PROFILE, name: 'Ş Ł Ữ' }, '2026-11-28T10:00:00Z');
  m.blocks = [
    ...PRIMING_NAMES.map((n) => ({ type: 'heading' as const, text: n })),
    { type: 'paragraph', text: PRIMING_NAMES.join(', ') },
    { type: 'paragraph', text: PRIMING_NAMES.join(' · '), tone: 'strong' },
    { type: 'fields', rows: PRIMING_NAMES.map((n): [string, string] => [n, n]) },
    { type: 'code', text: PRIMING_NAMES[0]! },
  ];
  return m;
}

function rawText(bytes: Buffer, dir: string): string {
  const p = path.join(dir, `t-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(p, bytes);
  try {
    // -raw: content-stream order, so a word the layout wrapped still reads in one piece once
    // whitespace is removed.
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', p, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(p);
  }
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** Every word of the model must be in the text layer. Returns the words that are not. */
function lostWords(model: DocModel, text: string): string[] {
  const flat = squash(text);
  // A letter does not print its title (the subject line says what it is about).
  const texts = modelTexts(model.layout === 'letter' ? { ...model, title: '' } : model);
  const words = new Set(texts.join(' ').split(/\s+/).filter(Boolean));
  const lost = [...words].filter((w) => !flat.includes(w));
  return lost;
}

let t: TestService;
let f: DocumentsFixture;

beforeEach(async () => ({ t, f } = await openDocumentsDossier()));
afterEach(() => t.cleanup());

async function renderKind(kind: (typeof DOSSIER_DOCUMENT_KINDS)[number]): Promise<{ model: DocModel; text: string }> {
  // The model first: generating records itself in the audit trail the overview shows.
  const { models } = await t.dispatchOk('documents.previewModel', { dossierId: f.dossierId, kind, options: {} });
  const { file } = await generateDocument(t, f.dossierId, kind, `${kind}.pdf`);
  return { model: models[0]!, text: rawText(fs.readFileSync(file), t.dirs.out) };
}

describe('documents: the text layer is always right', () => {
  it('keeps every word of every document kind after Turkish, Polish and Vietnamese names in bold and regular', async () => {
    const prime = await renderPdf([primingModel()], { author: 'x', logoDataUrl: null, returnAddress: '' });
    const primeText = rawText(prime.bytes, t.dirs.out);
    for (const n of PRIMING_NAMES) expect(squash(primeText)).toContain(squash(n));

    for (const order of [[...DOSSIER_DOCUMENT_KINDS], [...DOSSIER_DOCUMENT_KINDS].reverse()]) {
      for (const kind of order) {
        const { model, text } = await renderKind(kind);
        expect(lostWords(model, text), `${kind}: words missing from the text layer`).toEqual([]);
        // The priming document again, after this kind: its names still read right.
        const again = rawText((await renderPdf([primingModel()], { author: 'x', logoDataUrl: null, returnAddress: '' })).bytes, t.dirs.out);
        expect(squash(again), `priming after ${kind}`).toBe(squash(primeText));
      }
    }
    // Two dozen PDFs and text extractions: minutes on a loaded two-core machine.
  }, 600_000);
});
