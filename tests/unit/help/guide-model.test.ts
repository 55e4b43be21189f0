import { describe, expect, it } from 'vitest';
import { internalTarget, readGuide, slugify } from '../../../renderer/src/features/help/guideModel';

// React, Mantine and the .tsx component are loaded at run time (vitest compiles them), so the
// Node typecheck does not pull the renderer's JSX and React's DOM globals into its program
// (tsconfig.web.json checks GuideContent itself). Typed here as far as this test uses them.
type Element = { readonly __element: unique symbol };
type Component = (props: never) => unknown;
const load = (specifier: string) => import(/* @vite-ignore */ specifier) as Promise<Record<string, unknown>>;
const [react, server, mantine, router, guide] = await Promise.all([
  load('react'),
  load('react-dom/server'),
  load('@mantine/core'),
  load('react-router'),
  load('../../../renderer/src/features/help/GuideContent.tsx'),
]);
const createElement = react.createElement as (
  type: unknown,
  props: object | null,
  ...children: unknown[]
) => Element;
const renderToStaticMarkup = server.renderToStaticMarkup as (element: Element) => string;
const MantineProvider = mantine.MantineProvider as Component;
const MemoryRouter = router.MemoryRouter as Component;
const GuideContent = guide.GuideContent as Component;

/** The guide as the help screen renders it (react-markdown + our components), as HTML text. */
function render(
  markdown: string,
  imageUrl: (src: string) => string | null = (src) => `/assets/${src}`,
): string {
  const html = renderToStaticMarkup(
    createElement(
      MantineProvider,
      null,
      createElement(MemoryRouter, null, createElement(GuideContent, { source: markdown, imageUrl })),
    ),
  );
  // Mantine's global <style> is not part of the guide.
  return html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
}

/** Text content, whitespace folded as a browser shows it. */
function text(html: string): string {
  return html
    .replace(/<\/?(p|h\d|li|ul|ol|figure|figcaption|div)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Inner HTML of every element with this tag, in order. */
function all(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
}

describe('slugify (GitHub heading anchors)', () => {
  it.each([
    ['Over Vangnet', 'over-vangnet'],
    ['Bewaartermijn en vernietigen (AVG)', 'bewaartermijn-en-vernietigen-avg'],
    ['Fase 1: Analyseer', 'fase-1-analyseer'],
    ['Acties, logboek en gesprekken', 'acties-logboek-en-gesprekken'],
    ['Back-ups maken en terugzetten', 'back-ups-maken-en-terugzetten'],
    ['Wat ging goed? Wat kon beter?', 'wat-ging-goed-wat-kon-beter'],
    ['Één sleutel – twee sloten', 'één-sleutel--twee-sloten'],
  ])('%s → %s', (heading, slug) => {
    expect(slugify(heading)).toBe(slug);
  });
});

describe('the guide rendered with react-markdown', () => {
  const doc = [
    '# Titel',
    '',
    'Eerste regel',
    'loopt door.',
    '',
    '## Deel',
    '- een',
    '- twee',
    '  verder',
    '',
    '1. stap',
    '2. stap',
    '',
    '> Let op',
    '>',
    '> tweede alinea',
    '',
    '![Uitleg](handleiding/x.png)',
    '',
    '---',
    '## Deel',
  ].join('\n');

  it('reads headings with unique ids, paragraphs, lists, call-outs, images and rules', () => {
    const html = render(doc);
    expect(html).toMatch(/<h1[^>]*id="titel"[^>]*>Titel<\/h1>/);
    expect(all(html, 'h2').map(text)).toEqual(['Deel', 'Deel']);
    expect([...html.matchAll(/<h2[^>]*id="([^"]+)"/g)].map((m) => m[1])).toEqual(['deel', 'deel-1']);
    expect(text(all(html, 'p')[0] ?? '')).toBe('Eerste regel loopt door.');
    expect(
      all(html, 'ul')
        .flatMap((ul) => all(ul, 'li'))
        .map(text),
    ).toEqual(['een', 'twee verder']);
    expect(
      all(html, 'ol')
        .flatMap((ol) => all(ol, 'li'))
        .map(text),
    ).toEqual(['stap', 'stap']);
    const note = /role="note"[\s\S]*?<\/div><\/div><\/div>/.exec(html)?.[0] ?? '';
    expect(all(note, 'p').map(text)).toEqual(['Let op', 'tweede alinea']);
    expect(html).toMatch(/<figure[^>]*><img[^>]*src="\/assets\/handleiding\/x.png"[^>]*alt="Uitleg"/);
    expect(text(all(html, 'figcaption')[0] ?? '')).toBe('Uitleg');
    expect(html).toMatch(/mantine-Divider-root/);
    expect(readGuide(doc).sections).toEqual([
      { id: 'deel', title: 'Deel' },
      { id: 'deel-1', title: 'Deel' },
    ]);
  });

  it('keeps anything that looks like HTML as literal text', () => {
    const html = render(
      '<img src=x onerror=alert(1)> en <script>alert(1)</script>\n\n<div onclick="x()">blok</div>',
    );
    expect(html).not.toMatch(/<img src="?x|<script|<div onclick/);
    expect(text(html)).toContain('<img src=x onerror=alert(1)> en <script>alert(1)</script>');
    expect(text(html)).toContain('<div onclick="x()">blok</div>');
  });

  it('reads bold, italic, code and links, nested; outside links stay words', () => {
    const html = render('Kies **Nieuwe casus** of *snel* met `Ctrl+K`, zie [de stappen](#het-dossier).');
    expect(all(html, 'strong').map(text)).toEqual(['Nieuwe casus']);
    expect(all(html, 'em').map(text)).toEqual(['snel']);
    expect(all(html, 'code').map(text)).toEqual(['Ctrl+K']);
    expect(html).toMatch(/<a[^>]*href="\/hulp\/het-dossier"[^>]*>de stappen<\/a>/);
    expect(text(html)).toBe('Kies Nieuwe casus of snel met Ctrl+K, zie de stappen.');

    const outside = render('**[Meldknop](https://www.meldknop.nl)** en [javascript](javascript:alert(1))');
    expect(outside).not.toMatch(/<a\b/);
    expect(all(outside, 'strong').map(text)).toEqual(['Meldknop (www.meldknop.nl)']);
    expect(text(outside)).toBe('Meldknop (www.meldknop.nl) en javascript');
  });

  it('leaves snake_case, lone stars and escaped markers alone', () => {
    const html = render('bestand_naam_x en 2 * 3 en \\*geen nadruk\\*');
    expect(text(html)).toBe('bestand_naam_x en 2 * 3 en *geen nadruk*');
    expect(html).not.toMatch(/<em|<strong/);
  });

  it('treats an unclosed marker as text', () => {
    const html = render('**open en `code');
    expect(text(html)).toBe('**open en `code');
    expect(html).not.toMatch(/<strong|<code/);
  });

  it('shows an image it cannot find in the bundle as its description, and never fetches an address', () => {
    const html = render(
      '![Schermafdruk](https://voorbeeld.nl/x.png)\n\nTekst met ![plaatje](x.png) erin.',
      () => null,
    );
    expect(html).not.toMatch(/<img\b/);
    expect(text(html)).toBe('Schermafdruk Tekst met plaatje erin.');
  });
});

describe('internalTarget', () => {
  it('accepts only #section anchors', () => {
    expect(internalTarget('#laptop-kwijt-of-gestolen')).toBe('laptop-kwijt-of-gestolen');
    expect(internalTarget('https://www.meldknop.nl')).toBeNull();
    expect(internalTarget('javascript:alert(1)')).toBeNull();
    expect(internalTarget('#')).toBeNull();
  });
});
