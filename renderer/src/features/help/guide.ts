import guideSource from '../../../../docs/gebruikershandleiding.md?raw';
import { parseMarkdown, sectionsOf, type Block, type GuideSection } from './markdown';

/**
 * The user guide, bundled at build time: the Markdown as a string and its screenshots as
 * asset URLs inside the app bundle. Nothing is fetched at run time, so the help works on a
 * laptop without network, exactly like the rest of Vangnet.
 */
const imageUrls = import.meta.glob<string>('../../../../docs/handleiding/*.png', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Screenshot file name (e.g. "03-overzicht.png") → bundled URL. */
const IMAGES = new Map<string, string>(
  Object.entries(imageUrls).map(([file, url]) => [file.slice(file.lastIndexOf('/') + 1), url]),
);

export const GUIDE_BLOCKS: readonly Block[] = parseMarkdown(guideSource);
export const GUIDE_SECTIONS: readonly GuideSection[] = sectionsOf(GUIDE_BLOCKS);

/** The bundled URL for an image path as written in the guide ("handleiding/x.png"), or null. */
export function guideImageUrl(src: string): string | null {
  if (!src.startsWith('handleiding/')) return null;
  return IMAGES.get(src.slice('handleiding/'.length)) ?? null;
}
