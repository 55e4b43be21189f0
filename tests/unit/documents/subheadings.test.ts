import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyModel } from '../../../src/core/documents/model';
import { renderPdf } from '../../../src/core/documents/render-pdf';
import { EMPTY_SCHOOL_PROFILE } from '../../../src/shared/domain';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-subheadings-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function pageTexts(bytes: Buffer, pages: number): string[] {
  const file = path.join(dir, `t-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    }),
  );
}

describe('a bold subheading ("Fase Faciliteer") never ends a page alone', () => {
  it('moves to the next page with the first row of what follows, wherever the page break falls', async () => {
    // Filler of growing length walks the subheading down page 1 and across its end, so one of
    // these renders puts it in the last lines of the page (the overview's "Fase Faciliteer").
    let crossed = 0;
    // Headings (11 pt) and paragraphs (body size) differ in height, so mixing them moves the
    // subheading by less than a line at a time.
    for (let filler = 24; filler <= 31; filler++)
      for (let headings = 0; headings <= 1; headings++) {
        const model = emptyModel(
          'dossier-overview',
          { ...EMPTY_SCHOOL_PROFILE, name: 'Het Baken College' },
          '2026-12-02T10:00:00Z',
        );
        model.blocks = [
          ...Array.from({ length: headings }, (_, i) => ({ type: 'heading' as const, text: `Kop ${i + 1}` })),
          ...Array.from({ length: filler }, (_, i) => ({
            type: 'paragraph' as const,
            text: `Regel ${i + 1} van de opvulling.`,
          })),
          { type: 'paragraph', text: 'Fase Faciliteer', tone: 'strong' },
          {
            type: 'fields',
            rows: [
              [
                'Informeer leerlingen in de klas van het slachtoffer en in de andere klassen',
                'Open · uiterlijk 3 december 2026',
              ],
            ],
          },
        ];
        const { bytes, pages } = await renderPdf([model], {
          author: 'Het Baken College',
          logoDataUrl: null,
          returnAddress: '',
        });
        const texts = pageTexts(bytes, pages);
        const at = texts.findIndex((t) => t.includes('Fase Faciliteer'));
        expect(at, `filler ${filler}, headings ${headings}`).toBeGreaterThanOrEqual(0);
        expect(
          texts[at],
          `filler ${filler}, headings ${headings}: the subheading's page holds its first row`,
        ).toContain('Informeer leerlingen');
        if (at > 0) crossed++;
      }
    // The sweep did reach the page end (otherwise this test proves nothing).
    expect(crossed).toBeGreaterThan(0);
  });
});
