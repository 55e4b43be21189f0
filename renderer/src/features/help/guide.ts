import guideSource from '../../../../docs/gebruikershandleiding.md?raw';
import { readGuide, type GuideSection } from './guideModel';

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

export const GUIDE_SOURCE: string = guideSource;
const GUIDE = readGuide(guideSource);
export const GUIDE_SECTIONS: readonly GuideSection[] = GUIDE.sections;
export const GUIDE_HEADING_IDS: ReadonlySet<string> = GUIDE.headingIds;

/** The bundled URL for an image path as written in the guide ("handleiding/x.png"), or null. */
export function guideImageUrl(src: string): string | null {
  if (!src.startsWith('handleiding/')) return null;
  return IMAGES.get(src.slice('handleiding/'.length)) ?? null;
}
