/**
 * Folds text for matching: lower case, accents removed, and the letters that Unicode does
 * not decompose mapped by hand (ł→l, ı→i, ø→o, ß→ss …), so "lukasz" finds "Łukasz" and
 * "yilmaz" finds "Yılmaz". Used by search and by the privacy guard.
 */
const SPECIAL: Record<string, string> = {
  ł: 'l',
  ı: 'i',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ŀ: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ŧ: 't',
  ı̇: 'i',
};

export function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  return lower.normalize('NFKD').replace(/\p{M}/gu, '');
}

export function foldText(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/**
 * Folds `text` and keeps, for every folded UTF-16 offset, the offset in the original, so
 * a match found in folded text can be shown in the original spelling.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let i = 0; i < f.length; i++) map.push(offset);
    folded += f;
    offset += ch.length;
  }
  map.push(offset);
  return { folded, map };
}
