import type { Heading, Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * What the app needs to know about the user guide besides showing it: its sections (the table
 * of contents and the Hulp buttons), every heading id, the screenshots and the links it uses.
 * The guide is parsed by remark (CommonMark), the same parser react-markdown renders it with
 * (GuideContent.tsx), and headings get their ids from `remarkHeadingIds` in both places.
 */
export interface GuideSection {
  id: string;
  title: string;
}

export interface GuideModel {
  /** The level-2 headings, in order. */
  sections: GuideSection[];
  headingIds: Set<string>;
  /** Image paths as written ("handleiding/x.png"), in order. */
  images: string[];
  /** Link targets as written, in order. */
  links: string[];
}

/**
 * GitHub's heading anchors: lower case, punctuation dropped (letters of any script, digits,
 * '_', '-' and spaces stay), spaces become hyphens. Duplicates get -1, -2 … (see headingIdsOf).
 */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The readable text of a Markdown node (formatting dropped, code and link text kept). */
export function textOf(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('');
  return '';
}

/** The part of a node's `data` that mdast-util-to-hast turns into element attributes. */
interface HastData {
  hProperties?: Record<string, unknown>;
}

function headingsOf(root: Root): Heading[] {
  const out: Heading[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'heading') out.push(node);
    else if ('children' in node) for (const c of node.children) walk(c as Nodes);
  };
  walk(root);
  return out;
}

/**
 * A remark plugin: gives every heading its GitHub-style id (unique in the document), which
 * react-markdown renders as the element's id, so "#section" links and /hulp/:section land.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    const seen = new Map<string, number>();
    for (const heading of headingsOf(tree)) {
      const base = slugify(textOf(heading));
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      const id = count === 0 ? base : `${base}-${count}`;
      // `hProperties` become the element's attributes (mdast-util-to-hast, used by react-markdown).
      const data = (heading.data ?? {}) as HastData;
      heading.data = { ...data, hProperties: { ...data.hProperties, id } } as Heading['data'];
    }
  };
}

/** Parses the guide once and reads its sections, ids, images and links. */
export function readGuide(source: string): GuideModel {
  const processor = unified().use(remarkParse).use(remarkHeadingIds);
  const tree = processor.runSync(processor.parse(source)) as Root;
  const model: GuideModel = { sections: [], headingIds: new Set(), images: [], links: [] };
  const walk = (node: Nodes) => {
    if (node.type === 'heading') {
      const id = String((node.data as HastData | undefined)?.hProperties?.id ?? '');
      model.headingIds.add(id);
      if (node.depth === 2) model.sections.push({ id, title: textOf(node) });
    } else if (node.type === 'image') {
      model.images.push(node.url);
    } else if (node.type === 'link') {
      model.links.push(node.url);
    }
    if ('children' in node) for (const c of node.children) walk(c as Nodes);
  };
  walk(tree);
  return model;
}

/** An internal link to a section of the guide ("#bewaartermijn-en-vernietigen-avg"), or null. */
export function internalTarget(href: string): string | null {
  const m = /^#([\p{L}\p{M}\p{N}_-]+)$/u.exec(href);
  return m ? (m[1] ?? null) : null;
}
