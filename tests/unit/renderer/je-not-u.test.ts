import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as card from '../../../src/shared/protocol/card';
import { ERRORS_NL } from '../../../src/shared/i18n/errors.nl';

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
});
