import { describe, expect, it } from 'vitest';
import {
  internalTarget,
  parseInline,
  parseMarkdown,
  plainText,
  sectionsOf,
  slugify,
} from '../../../renderer/src/features/help/markdown';

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

describe('parseMarkdown', () => {
  it('reads headings with unique ids, paragraphs, lists, call-outs, images and rules', () => {
    const blocks = parseMarkdown(
      [
        '# Titel',
        '',
        'Eerste regel',
        'loopt door.',
        '',
        '## Deel',
        '- een',
        '- twee',
        '  verder',
        '1. stap',
        '2. stap',
        '',
        '> Let op',
        '>',
        '> tweede alinea',
        '',
        '![Uitleg](handleiding/x.png)',
        '---',
        '## Deel',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list',
      'list',
      'callout',
      'image',
      'rule',
      'heading',
    ]);
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'Eerste regel loopt door.' }],
    });
    const list = blocks[3];
    expect(list?.type === 'list' && list.items.map(plainText)).toEqual(['een', 'twee verder']);
    expect(blocks[4]?.type === 'list' && blocks[4].ordered).toBe(true);
    expect(blocks[5]?.type === 'callout' && blocks[5].children.map(plainText)).toEqual([
      'Let op',
      'tweede alinea',
    ]);
    expect(blocks[6]).toEqual({ type: 'image', alt: 'Uitleg', src: 'handleiding/x.png' });
    expect(sectionsOf(blocks)).toEqual([
      { id: 'deel', title: 'Deel' },
      { id: 'deel-1', title: 'Deel' },
    ]);
  });

  it('keeps anything that looks like HTML as literal text', () => {
    const blocks = parseMarkdown('<img src=x onerror=alert(1)> en <script>alert(1)</script>');
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', text: '<img src=x onerror=alert(1)> en <script>alert(1)</script>' }],
      },
    ]);
  });
});

describe('parseInline', () => {
  it('reads bold, italic, code and links, nested', () => {
    expect(
      parseInline('Kies **Nieuwe casus** of *snel* met `Ctrl+K`, zie [de stappen](#het-dossier).'),
    ).toEqual([
      { type: 'text', text: 'Kies ' },
      { type: 'strong', children: [{ type: 'text', text: 'Nieuwe casus' }] },
      { type: 'text', text: ' of ' },
      { type: 'em', children: [{ type: 'text', text: 'snel' }] },
      { type: 'text', text: ' met ' },
      { type: 'code', text: 'Ctrl+K' },
      { type: 'text', text: ', zie ' },
      { type: 'link', href: '#het-dossier', children: [{ type: 'text', text: 'de stappen' }] },
      { type: 'text', text: '.' },
    ]);
    expect(parseInline('**[Meldknop](https://www.meldknop.nl)**')).toEqual([
      {
        type: 'strong',
        children: [
          { type: 'link', href: 'https://www.meldknop.nl', children: [{ type: 'text', text: 'Meldknop' }] },
        ],
      },
    ]);
  });

  it('leaves snake_case, lone stars and escaped markers alone', () => {
    expect(plainText(parseInline('bestand_naam_x en 2 * 3 en \\*geen nadruk\\*'))).toBe(
      'bestand_naam_x en 2 * 3 en *geen nadruk*',
    );
    expect(parseInline('bestand_naam_x')).toEqual([{ type: 'text', text: 'bestand_naam_x' }]);
  });

  it('treats an unclosed marker as text', () => {
    expect(parseInline('**open en `code')).toEqual([{ type: 'text', text: '**open en `code' }]);
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
