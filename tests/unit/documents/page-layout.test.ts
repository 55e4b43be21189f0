import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyModel } from '../../../src/core/documents/model';
import { renderPdf } from '../../../src/core/documents/render-pdf';
import { EMPTY_SCHOOL_PROFILE } from '../../../src/shared/domain';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-page-layout-'));
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

describe('table cells never break a word in the middle', () => {
  it('a date wider than its column breaks at its spaces, a word wider than its column gets smaller type', async () => {
    const model = emptyModel(
      'monitoring-log',
      { ...EMPTY_SCHOOL_PROFILE, name: 'Het Baken College' },
      '2026-12-02T10:00:00Z',
    );
    // The monitoring log's narrow columns, with what broke there: "29 nove|mber", "202|6",
    // "communicaties|tatement", "zorgco|ördinator".
    model.blocks = [
      {
        type: 'table',
        columns: ['Gezien', 'Plek', 'Wat', 'Toon', 'Actie en status'],
        widths: [2.4, 3.2, 4.2, 2.6, 3.6],
        rows: [
          [
            '28 november 2026, 14:40\nMarieke Jansen (zorgcoördinator)',
            'Klassenapp H3B',
            'Leerlingen vragen wie de foto nog heeft.',
            'In behandeling\nopvolgen 29 november 2026, 12:40',
            'Verwezen naar het communicatiestatement\nAfgehandeld',
          ],
        ],
      },
    ];
    const { bytes, pages } = await renderPdf([model], {
      author: 'Het Baken College',
      logoDataUrl: null,
      returnAddress: '',
    });
    const words = pageTexts(bytes, pages).join('\n').split(/\s+/).filter(Boolean);
    for (const whole of ['(zorgcoördinator)', 'communicatiestatement', 'november', '2026,', 'Afgehandeld'])
      expect(words, whole).toContain(whole);
    expect(
      words.filter((w) => /^(nove|mber|202|6,|com|municatiestatement|zorgco|ördinator\))$/.test(w)),
    ).toEqual([]);
  });
});
