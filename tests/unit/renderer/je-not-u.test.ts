import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as card from '../../../src/shared/protocol/card';
import { ERRORS_NL } from '../../../src/shared/i18n/errors.nl';
import { DEFAULT_TEMPLATES } from '../../../src/core/documents/templates';

/**
 * Colleagues are addressed with "je" everywhere in the UI and the card's guidance; only texts
 * written for parents and outside parties say "u". This keeps the Dutch catalogs that way.
 */
const NL = path.resolve(import.meta.dirname, '../../../renderer/src/i18n/nl');

/** Formal address: u, uw, uzelf as words (not "uur", "uit", "u-bocht"). */
const FORMAL = /(^|[^\p{L}\p{N}-])(u|uw|uzelf)(?=$|[^\p{L}\p{N}-])/iu;

/**
 * Texts that are read by a parent or an outside party, so they keep "u". Add the dotted key
 * (`namespace:path.to.key`) with the reason; everything else must say "je".
 */
const PARENT_FACING: Readonly<Record<string, string>> = {};

function strings(obj: unknown, prefix: string): Array<[string, string]> {
  if (typeof obj === 'string') return [[prefix, obj]];
  if (typeof obj !== 'object' || obj === null) return [];
  return Object.entries(obj).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

/**
 * The user guide (docs/gebruikershandleiding.md, also the in-app help) speaks to colleagues too.
 * Only a literal quote from a letter to parents or an outside party may say "u": list the exact
 * quoted passage here. Code (`…`) is not prose and is skipped.
 */
const GUIDE = path.resolve(import.meta.dirname, '../../../docs/gebruikershandleiding.md');
const GUIDE_PARENT_QUOTES: readonly string[] = [];

/** The guide's prose lines that address the reader with "u", allowed parent-letter quotes removed. */
function formalGuideLines(markdown: string, parentQuotes: readonly string[]): string[] {
  let inCode = false;
  const out: string[] = [];
  markdown.split('\n').forEach((raw, i) => {
    if (raw.trimStart().startsWith('```')) {
      inCode = !inCode;
      return;
    }
    if (inCode) return;
    let line = raw.replace(/`[^`]*`/g, '');
    for (const quote of parentQuotes) line = line.split(quote).join('');
    if (FORMAL.test(line)) out.push(`${i + 1}: ${raw.trim()}`);
  });
  return out;
}

const formal = (entries: Array<[string, string]>) =>
  entries
    .filter(([key, text]) => FORMAL.test(text) && !(key in PARENT_FACING))
    .map(([key, text]) => `${key}: ${text}`);

describe('colleagues get "je", not "u"', () => {
  it('recognises formal address and nothing else', () => {
    for (const s of [
      'Vul uw naam in.',
      'U kunt het later aanvullen.',
      'wat u zag',
      'Doe het zelf, of laat uzelf helpen',
    ])
      expect(FORMAL.test(s), s).toBe(true);
    for (const s of ['Binnen 24 uur', 'Kies uit de lijst', 'Je naam', 'Menu', 'u-bocht', 'jouw school'])
      expect(FORMAL.test(s), s).toBe(false);
  });

  const namespaces = fs
    .readdirSync(NL)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3));
  for (const ns of namespaces) {
    it(`the nl "${ns}" catalog says "je"`, async () => {
      const mod = (await import(pathToFileURL(path.join(NL, `${ns}.ts`)).href)) as { default: unknown };
      expect(formal(strings(mod.default, `${ns}:`))).toEqual([]);
    });
  }

  it('the error sentences say "je"', () => {
    expect(formal(strings(ERRORS_NL, 'errors:'))).toEqual([]);
  });

  it('the card\'s steps, tips and checklists say "je"', () => {
    const {
      PHASES,
      STEPS,
      CONVERSATION_PREPARATION,
      DECISION_OPTIONS,
      REPORT_DECISIONS,
      MEDIA_PLAN_QUESTIONS,
    } = card;
    expect(
      formal(
        strings(
          {
            PHASES,
            STEPS,
            CONVERSATION_PREPARATION,
            DECISION_OPTIONS,
            REPORT_DECISIONS,
            MEDIA_PLAN_QUESTIONS,
          },
          'card:',
        ),
      ),
    ).toEqual([]);
  });

  it('the user guide says "je"; only listed quotes from letters to parents keep "u"', () => {
    const sample = [
      'Kies **Opslaan**: je brief staat klaar.',
      'De brief begint met "Wij informeren u over een incident op school." en daarna volgt het statement.',
      '```',
      'Geachte heer, mevrouw, u ontvangt deze brief omdat',
      '```',
      'Zet `u` niet in een sjabloon.',
    ].join('\n');
    expect(formalGuideLines(sample, ['"Wij informeren u over een incident op school."'])).toEqual([]);
    expect(formalGuideLines(sample, [])).toEqual([
      '2: De brief begint met "Wij informeren u over een incident op school." en daarna volgt het statement.',
    ]);
    expect(formalGuideLines('Kiest u **Opslaan**, dan ziet u de brief.', [])).toHaveLength(1);

    expect(formalGuideLines(fs.readFileSync(GUIDE, 'utf8'), GUIDE_PARENT_QUOTES)).toEqual([]);
  });
  it('the teacher guidance (a handout for colleagues) says "je"; the letters to parents and the other school keep "u"', () => {
    const text = (id: keyof typeof DEFAULT_TEMPLATES) => Object.values(DEFAULT_TEMPLATES[id]).join('\n');
    expect(
      text('teacher-guidance')
        .split('\n')
        .filter((line) => FORMAL.test(line)),
    ).toEqual([]);
    expect(FORMAL.test(text('letter-class-parents'))).toBe(true);
  });
});
