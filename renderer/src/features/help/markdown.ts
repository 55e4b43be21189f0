/**
 * A small Markdown reader for the user guide: just the subset the guide uses, parsed into
 * plain data that React renders as elements. There is no HTML path at all: anything that
 * looks like a tag stays literal text, so the guide can never inject markup or script.
 *
 * Blocks: ATX headings (# … ####), paragraphs, "- " / "1. " lists (one level; indented
 * lines continue the item), "> " call-outs, a line that is only an image, "---".
 * Inline: **bold**, *italic* / _italic_, `code`, [text](target), backslash escapes.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; id: string; text: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'callout'; children: Inline[][] }
  | { type: 'image'; alt: string; src: string }
  | { type: 'rule' };

export interface GuideSection {
  id: string;
  title: string;
}

/**
 * GitHub's heading anchors: lower case, punctuation dropped (letters of any script, digits,
 * '_', '-' and spaces stay), spaces become hyphens. Duplicates get -1, -2 … as on GitHub.
 */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const HEADING = /^(#{1,4})\s+(.+?)\s*#*\s*$/;
const BULLET = /^[-*]\s+(.*)$/;
const ORDERED = /^\d{1,3}[.)]\s+(.*)$/;
const IMAGE_LINE = /^!\[([^\]]*)\]\(([^)\s]+)\)$/;
const RULE = /^(-{3,}|\*{3,}|_{3,})$/;
const CALLOUT = /^>\s?(.*)$/;

/** Parses the whole document. Unknown constructs fall through to paragraphs of plain text. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  const seen = new Map<string, number>();
  let i = 0;

  const uniqueId = (base: string): string => {
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };

  while (i < lines.length) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    if (line === '') {
      i += 1;
      continue;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      const level = (heading[1] ?? '#').length as 1 | 2 | 3 | 4;
      const children = parseInline(heading[2] ?? '');
      const text = plainText(children);
      blocks.push({ type: 'heading', level, id: uniqueId(slugify(text)), text, children });
      i += 1;
      continue;
    }

    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i += 1;
      continue;
    }

    const image = IMAGE_LINE.exec(line);
    if (image) {
      blocks.push({ type: 'image', alt: image[1] ?? '', src: image[2] ?? '' });
      i += 1;
      continue;
    }

    if (CALLOUT.test(line)) {
      // Consecutive "> " lines; a lone ">" separates paragraphs inside the call-out.
      const paragraphs: string[][] = [[]];
      while (i < lines.length) {
        const m = CALLOUT.exec((lines[i] ?? '').trim());
        if (!m) break;
        const text = (m[1] ?? '').trim();
        if (text === '') paragraphs.push([]);
        else paragraphs[paragraphs.length - 1]?.push(text);
        i += 1;
      }
      blocks.push({
        type: 'callout',
        children: paragraphs.filter((p) => p.length > 0).map((p) => parseInline(p.join(' '))),
      });
      continue;
    }

    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    if (bullet || ordered) {
      const isOrdered = !bullet;
      const pattern = isOrdered ? ORDERED : BULLET;
      const items: string[] = [];
      while (i < lines.length) {
        const current = lines[i] ?? '';
        const trimmed = current.trim();
        const m = pattern.exec(trimmed);
        if (m && !/^\s{2,}/.test(current)) {
          items.push(m[1] ?? '');
        } else if (trimmed !== '' && /^\s+/.test(current) && items.length > 0) {
          // Indented continuation of the previous item.
          items[items.length - 1] += ` ${trimmed}`;
        } else {
          break;
        }
        i += 1;
      }
      blocks.push({ type: 'list', ordered: isOrdered, items: items.map((t) => parseInline(t)) });
      continue;
    }

    // Paragraph: until a blank line or the start of another block.
    const parts: string[] = [];
    while (i < lines.length) {
      const current = (lines[i] ?? '').trim();
      if (
        current === '' ||
        HEADING.test(current) ||
        RULE.test(current) ||
        IMAGE_LINE.test(current) ||
        CALLOUT.test(current) ||
        BULLET.test(current) ||
        ORDERED.test(current)
      ) {
        break;
      }
      parts.push(current);
      i += 1;
    }
    blocks.push({ type: 'paragraph', children: parseInline(parts.join(' ')) });
  }
  return blocks;
}

/** Inline markup of one paragraph, list item or heading. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';

    if (ch === '\\' && i + 1 < text.length && /[\\`*_[\]()#!>-]/.test(text[i + 1] ?? '')) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }

    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }

    if (ch === '*' && text[i + 1] === '*') {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }

    if ((ch === '*' || ch === '_') && text[i + 1] !== ch && text[i + 1] !== ' ') {
      // "_" only opens at a word start, so snake_case or file_names stay literal.
      const opensHere = ch === '*' || i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '');
      const end = findClosing(text, ch, i + 1);
      if (opensHere && end > i + 1) {
        flush();
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }

    if (ch === '[') {
      const close = findBracket(text, i);
      if (close > i && text[close + 1] === '(') {
        const end = text.indexOf(')', close + 2);
        if (end > close + 2) {
          flush();
          out.push({
            type: 'link',
            href: text.slice(close + 2, end).trim(),
            children: parseInline(text.slice(i + 1, close)),
          });
          i = end + 1;
          continue;
        }
      }
    }

    buffer += ch;
    i += 1;
  }
  flush();
  return out;
}

/** Closing single-character emphasis marker: not preceded by a space. */
function findClosing(text: string, marker: string, from: number): number {
  for (let j = from; j < text.length; j += 1) {
    if (text[j] === '\\') {
      j += 1;
      continue;
    }
    if (text[j] === marker && text[j - 1] !== ' ' && text[j + 1] !== marker) {
      if (marker === '_' && /[\p{L}\p{N}]/u.test(text[j + 1] ?? '')) continue;
      return j;
    }
  }
  return -1;
}

/** The "]" that closes the "[" at `open`, allowing nested brackets. */
function findBracket(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j += 1) {
    if (text[j] === '\\') {
      j += 1;
      continue;
    }
    if (text[j] === '[') depth += 1;
    if (text[j] === ']') {
      depth -= 1;
      if (depth === 0) return j;
    }
  }
  return -1;
}

export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'code':
          return node.text;
        case 'strong':
        case 'em':
        case 'link':
          return plainText(node.children);
        default:
          return '';
      }
    })
    .join('');
}

/** The level-2 headings: the guide's sections, as the table of contents lists them. */
export function sectionsOf(blocks: readonly Block[]): GuideSection[] {
  return blocks.flatMap((b) => (b.type === 'heading' && b.level === 2 ? [{ id: b.id, title: b.text }] : []));
}

/** Every heading id, for checking internal links. */
export function headingIds(blocks: readonly Block[]): Set<string> {
  return new Set(blocks.flatMap((b) => (b.type === 'heading' ? [b.id] : [])));
}

/** An internal link to a section of the guide ("#bewaartermijn-en-vernietigen-avg"), or null. */
export function internalTarget(href: string): string | null {
  const m = /^#([\p{L}\p{M}\p{N}_-]+)$/u.exec(href);
  return m ? (m[1] ?? null) : null;
}

/** Every image path the document references, in order. */
export function imageSources(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'image' ? [b.src] : []));
}

/** Every link target in the document (headings, paragraphs, lists, call-outs). */
export function linkTargets(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly Inline[]) => {
    for (const n of nodes) {
      if (n.type === 'link') {
        out.push(n.href);
        walk(n.children);
      } else if (n.type === 'strong' || n.type === 'em') {
        walk(n.children);
      }
    }
  };
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') walk(b.children);
    else if (b.type === 'list') b.items.forEach(walk);
    else if (b.type === 'callout') b.children.forEach(walk);
  }
  return out;
}
