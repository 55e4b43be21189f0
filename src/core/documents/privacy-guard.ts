import type { DocModel, PrivacyFinding } from '../../shared/domain/documents';
import { PUPIL_ROLES, type Person } from '../../shared/domain';
import { AppError, type ErrorKey } from '../../shared/errors';

/** Letters that do not decompose under NFD but that people type without the mark. */
const EXTRA_FOLDS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ŀ: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  ŧ: 't',
  '’': "'",
  '‘': "'",
  ʼ: "'",
};

/**
 * Folds text for name matching (lower case, no diacritics, ı→i, ł→l …) and keeps, for
 * each folded character, the index in the original so a finding can quote the passage.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const extra = EXTRA_FOLDS[lower];
    const base = extra ?? lower.normalize('NFD').replace(/\p{M}+/gu, '');
    for (const b of base) {
      folded += b;
      map.push(i);
    }
    i += ch.length;
  }
  return { folded, map };
}

export function fold(text: string): string {
  return foldWithMap(text).folded;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface GuardedName {
  /** As recorded, for the message. */
  name: string;
  /** Folded, whitespace-normalised. */
  pattern: RegExp;
}

/** Names to look for: each pupil's full name and first name (short names are skipped only if < 2 letters). */
export function pupilNames(
  persons: readonly Person[],
  allowedPersonIds: readonly string[] = [],
  allowedNames: readonly string[] = [],
): GuardedName[] {
  const allowed = new Set(allowedNames.map((n) => fold(n).replace(/\s+/g, ' ').trim()));
  const seen = new Set<string>();
  const out: GuardedName[] = [];
  for (const p of persons) {
    if (!PUPIL_ROLES.includes(p.role) || allowedPersonIds.includes(p.id)) continue;
    const full = p.name.trim().replace(/\s+/g, ' ');
    if (!full) continue;
    const first = full.split(' ')[0] ?? '';
    for (const candidate of [full, first]) {
      const key = fold(candidate);
      if (key.replace(/[^\p{L}]/gu, '').length < 2 || seen.has(key) || allowed.has(key)) continue;
      // An allowed child may share a first name with an involved pupil: only the full name of
      // an involved pupil is then still searched for.
      if (candidate === first && [...allowed].some((a) => a.split(' ')[0] === key)) continue;
      seen.add(key);
      out.push({ name: candidate, pattern: namePattern(key) });
    }
  }
  return out;
}

/** A folded name as a whole-word pattern: no letter or digit directly before or after. */
function namePattern(key: string): RegExp {
  const words = key.split(' ').map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * How a document names one person of the dossier: the full name, and a pupil also by first
 * name (letters call the child by it).
 */
export function personNamePatterns(p: Person): GuardedName[] {
  const full = p.name.trim().replace(/\s+/g, ' ');
  const candidates = PUPIL_ROLES.includes(p.role) ? [full, full.split(' ')[0] ?? ''] : [full];
  return [...new Set(candidates)]
    .filter((c) => fold(c).replace(/[^\p{L}]/gu, '').length >= 2)
    .map((c) => ({ name: c, pattern: namePattern(fold(c)) }));
}

function passageAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  return `${prefix}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${suffix}`;
}

/** Every occurrence of a guarded name in the given texts. */
export function findNames(texts: readonly string[], names: readonly GuardedName[]): PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  for (const text of texts) {
    if (!text) continue;
    const { folded, map } = foldWithMap(text);
    for (const n of names) {
      n.pattern.lastIndex = 0;
      for (const m of folded.matchAll(n.pattern)) {
        const start = map[m.index] ?? 0;
        const endIdx = m.index + m[0].length - 1;
        const end = (map[endIdx] ?? start) + 1;
        findings.push({ name: n.name, passage: passageAround(text, start, end) });
      }
    }
  }
  // One finding per name and passage is enough to act on.
  const unique = new Map<string, PrivacyFinding>();
  for (const f of findings) unique.set(`${f.name}\u0000${f.passage}`, f);
  return [...unique.values()];
}

/** All printable text of a model, in reading order. */
export function modelTexts(model: DocModel): string[] {
  const texts: string[] = [model.title, model.subtitle, ...model.recipient, model.subject, model.salutation];
  for (const b of model.blocks) {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
      case 'code':
        texts.push(b.text);
        break;
      case 'bullets':
        texts.push(...b.items);
        break;
      case 'fields':
        for (const [k, v] of b.rows) texts.push(k, v);
        break;
      case 'table':
        texts.push(...b.columns);
        for (const r of b.rows) texts.push(...r);
        break;
    }
  }
  texts.push(model.closing);
  return texts;
}

/**
 * The refusal as a catalog key and its parameters: which rule (a group document names no pupil
 * of the dossier; a personal letter names only the addressee's own child), the first name found
 * with its passage, and how many other places hold one.
 */
export function privacyRefusal(
  findings: readonly PrivacyFinding[],
  what: string,
  audience: 'individual' | 'group' = 'group',
): { key: ErrorKey; params: { what: string; name: string; passage: string; others: number } } {
  const first = findings[0];
  const others = Math.max(0, findings.length - 1);
  const keys = {
    group: ['PRIVACY_GUARD_GROUP', 'PRIVACY_GUARD_GROUP_ONE_MORE', 'PRIVACY_GUARD_GROUP_MORE'],
    individual: [
      'PRIVACY_GUARD_INDIVIDUAL',
      'PRIVACY_GUARD_INDIVIDUAL_ONE_MORE',
      'PRIVACY_GUARD_INDIVIDUAL_MORE',
    ],
  } as const satisfies Record<string, readonly ErrorKey[]>;
  const key = keys[audience][Math.min(others, 2)]!;
  return { key, params: { what, name: first?.name ?? '', passage: first?.passage ?? '', others } };
}

export function assertNoPupilNames(
  findings: readonly PrivacyFinding[],
  what: string,
  audience: 'individual' | 'group' = 'group',
): void {
  if (findings.length > 0) {
    throw new AppError('PRIVACY_GUARD', {
      ...privacyRefusal(findings, what, audience),
      details: { findings },
    });
  }
}
