import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { internalTarget, readGuide } from '../../../renderer/src/features/help/guideModel';
import { HELP_SECTIONS, dossierHelpSection } from '../../../renderer/src/features/help/sections';

/**
 * The guide and the app must agree: every "Hulp" button points at a section that exists,
 * every screenshot the guide shows is on disk (and bundled), every in-guide link resolves.
 */
const root = path.resolve(__dirname, '../../..');
const guidePath = path.join(root, 'docs/gebruikershandleiding.md');
const guide = fs.readFileSync(guidePath, 'utf8');
const model = readGuide(guide);
const ids = model.headingIds;
const sectionIds = model.sections.map((s) => s.id);

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(dir, f));
}

/** Every literal `section="…"` / `section={'…'}` handed to a HelpLink or HelpTitle anywhere in the renderer. */
function helpLinkSectionsInSource(): Array<{ file: string; id: string }> {
  const out: Array<{ file: string; id: string }> = [];
  for (const file of sourceFiles(path.join(root, 'renderer/src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /<Help(?:Link|Title)\b[^>]*?\bsection=(?:"([^"]+)"|\{\s*['"`]([^'"`]+)['"`]\s*\})/g,
    )) {
      out.push({ file: path.relative(root, file), id: (m[1] ?? m[2]) as string });
    }
  }
  return out;
}

describe('user guide ↔ in-app help', () => {
  it('has the sections the help links and the team agreed on, with GitHub-style ids', () => {
    for (const id of HELP_SECTIONS) expect(sectionIds, id).toContain(id);
    expect(sectionIds.slice(0, 2)).toEqual(['over-vangnet', 'installeren']);
    expect(sectionIds.at(-1)).toBe('wachtwoordzin-vergeten');
  });

  it('every section id used by a HelpLink in renderer/src exists in the guide', () => {
    const used = helpLinkSectionsInSource();
    // The screens with a fixed section (the dossier screen picks one per tab, tested below).
    expect(new Set(used.map((u) => u.id)).size).toBeGreaterThanOrEqual(5);
    const missing = used.filter((u) => !ids.has(u.id));
    expect(missing).toEqual([]);
  });

  it('every dossier tab maps to an existing section', () => {
    for (const tab of [
      'stappen',
      'eerste-24-uur',
      'personen',
      'acties',
      'logboek',
      'gesprekken',
      'feiten',
      'documenten',
      'monitoring',
      'evaluatie',
      'onbekend',
    ]) {
      expect(ids.has(dossierHelpSection(tab)), tab).toBe(true);
    }
  });

  it('every image the guide references exists in docs/handleiding as a PNG', () => {
    const images = model.images;
    expect(images.length).toBeGreaterThan(10);
    for (const src of images) {
      expect(src, src).toMatch(/^handleiding\/[a-z0-9-]+\.png$/);
      const file = path.join(root, 'docs', src);
      expect(fs.existsSync(file), `${src} is missing: run npm run docs:screenshots`).toBe(true);
      expect(fs.readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });

  it('has no screenshot on disk that the guide does not use', () => {
    const used = new Set(model.images.map((s) => s.slice('handleiding/'.length)));
    const onDisk = fs.readdirSync(path.join(root, 'docs/handleiding')).filter((f) => f.endsWith('.png'));
    expect(onDisk.filter((f) => !used.has(f))).toEqual([]);
  });

  it('every link inside the guide points to a heading of the guide', () => {
    for (const href of model.links) {
      const target = internalTarget(href);
      expect(target, href).not.toBeNull();
      expect(ids.has(target as string), href).toBe(true);
    }
  });

  it('the help screen renders with React elements only, never as HTML', () => {
    for (const file of sourceFiles(path.join(root, 'renderer/src/features/help'))) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        /dangerouslySetInnerHTML|\.innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment/,
      );
    }
  });

  it('contains no raw HTML (the in-app renderer would show it as text)', () => {
    expect(guide).not.toMatch(/<\/?[a-z][a-z0-9-]*(\s[^>]*)?>/i);
  });
});
