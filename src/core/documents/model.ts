import { DOCUMENT_KIND_INFO, type DocBlock, type DocModel, type DocumentKind } from '../../shared/domain/documents';
import type { SchoolProfile } from '../../shared/domain';

/**
 * The document model: what a document says, independent of how it is drawn. Built from
 * the dossier and a template, checked by the privacy guard, shown as the in-app preview
 * and turned into PDF bytes by render-pdf.ts.
 */

const TZ = 'Europe/Amsterdam';

/** "28 november 2026" */
export function dutchDate(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TZ }).format(d);
}

/**
 * One date style in every document: "28 november 2026" and "28 november 2026, 14:05".
 * shortDate/shortDateTime remain as names for table cells, in the same style.
 */
export function shortDate(iso: string | Date): string {
  return dutchDate(iso);
}

export function shortDateTime(iso: string | Date): string {
  return dutchDateTime(iso);
}

/** "28 november 2026, 14:05" */
export function dutchDateTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const date = dutchDate(d);
  const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TZ }).format(d);
  return `${date}, ${time}`;
}

/** "28 november 2026 om 14:05" — for a moment inside a running sentence ("Op … werd bekend"). */
export function dutchDateAtTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TZ }).format(d);
  return `${dutchDate(d)} om ${time}`;
}

export { joinDutch } from '../../shared/text/join';

/**
 * Template text to blocks: a line "## Kop" is a heading, lines starting with "- " are a
 * list, other lines form paragraphs; a blank line ends a paragraph.
 */
export function textToBlocks(text: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let para: string[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ type: 'paragraph', text: para.join('\n') });
    if (bullets.length) blocks.push({ type: 'bullets', items: bullets });
    para = [];
    bullets = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
    } else if (/^#{1,3}\s+/.test(line)) {
      flush();
      blocks.push({ type: 'heading', text: line.replace(/^#{1,3}\s+/, '') });
    } else if (/^\s*[-•*]\s+/.test(line)) {
      if (para.length) {
        blocks.push({ type: 'paragraph', text: para.join('\n') });
        para = [];
      }
      bullets.push(line.replace(/^\s*[-•*]\s+/, ''));
    } else {
      if (bullets.length) {
        blocks.push({ type: 'bullets', items: bullets });
        bullets = [];
      }
      para.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** Letterhead lines from the school profile (empty parts left out). */
export function letterheadFrom(school: SchoolProfile): DocModel['letterhead'] {
  const cityLine = [school.postalCode, school.city].filter(Boolean).join('  ');
  const lines = [
    ...school.address.split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
    cityLine,
    school.phone ? `T ${school.phone}` : '',
    school.email ? `E ${school.email}` : '',
    school.website ? `W ${school.website}` : '',
  ].filter(Boolean);
  return { schoolName: school.name || 'School', lines, hasLogo: school.logoDataUrl !== '' };
}

/** The one-line return address printed above the window address (small). */
export function returnAddress(school: SchoolProfile): string {
  const street = school.address.split(/\r?\n/)[0]?.trim() ?? '';
  return [school.name, street, [school.postalCode, school.city].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
}

export function emptyModel(kind: DocumentKind, school: SchoolProfile, nowIso: string): DocModel {
  const info = DOCUMENT_KIND_INFO[kind];
  return {
    kind,
    audience: info.audience,
    layout: 'report',
    pdfTitle: info.pdfTitle,
    letterhead: letterheadFrom(school),
    title: info.label,
    subtitle: '',
    recipient: [],
    dateLine: [school.city, dutchDate(nowIso)].filter(Boolean).join(', '),
    reference: '',
    subject: '',
    salutation: '',
    blocks: [],
    closing: '',
    signature: null,
    footerNote: '',
  };
}

export function signatureFrom(school: SchoolProfile): DocModel['signature'] {
  return {
    name: school.signatory,
    role: school.signatoryRole,
    organisation: school.name,
  };
}
