import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * Finds names of persons registered in the vault inside school-level text (improvement
 * points, destruction reasons). Those texts outlive the dossier, so a pupil's name there
 * would survive its destruction.
 */

/** Dutch name particles and words too common to count as a name on their own. */
const NOT_A_NAME = new Set([
  'van',
  'der',
  'den',
  'de',
  'het',
  'ten',
  'ter',
  'te',
  'op',
  'in',
  'la',
  'le',
  'el',
  'al',
  'bin',
  'ben',
  'von',
  'du',
  'mentor',
  'ouder',
  'ouders',
  'moeder',
  'vader',
  'school',
  'klas',
  'leerling',
]);

export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Name parts worth matching: the full name and each part of 3+ letters that is not a particle. */
export function nameParts(name: string): string[] {
  const full = fold(name.trim()).replace(/\s+/g, ' ');
  if (!full) return [];
  const parts = full.split(/[\s\-']+/).filter((p) => p.length >= 3 && !NOT_A_NAME.has(p));
  return [...new Set([full, ...parts])];
}

/** The first registered name (as written in the vault) that occurs as a whole word in `text`. */
export function findPersonName(text: string, names: readonly string[]): string | null {
  const hay = fold(text);
  for (const name of names) {
    for (const part of nameParts(name)) {
      if (new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(part)}($|[^\\p{L}\\p{N}])`, 'u').test(hay)) return name;
    }
  }
  return null;
}

export function personNames(db: Database.Database, dossierId?: string | null): string[] {
  const rows = (
    dossierId
      ? db.prepare('SELECT DISTINCT name FROM persons WHERE dossier_id = ?').pluck().all(dossierId)
      : db.prepare('SELECT DISTINCT name FROM persons').pluck().all()
  ) as string[];
  return rows.filter((n) => n.trim().length > 0);
}

/**
 * Replaces every registered name part in `text` by a neutral marker; parts of a name in `keep`
 * stay (a parent's surname that is also the subject's own).
 */
export function redactNames(text: string, names: readonly string[], keep: readonly string[] = []): string {
  let out = text.normalize('NFC');
  const kept = new Set(keep.flatMap(nameParts));
  for (const name of names) {
    for (const part of nameParts(name)
      .filter((p) => !kept.has(p))
      .sort((a, b) => b.length - a.length)) {
      // Match on the folded text, replace in the original by position.
      const folded = fold(out);
      const re = new RegExp(`(^|[^\\p{L}\\p{N}])(${escapeRe(part)})(?=$|[^\\p{L}\\p{N}])`, 'gu');
      const spans: Array<[number, number]> = [];
      for (const m of folded.matchAll(re)) {
        const start = (m.index ?? 0) + (m[1]?.length ?? 0);
        spans.push([start, start + (m[2]?.length ?? 0)]);
      }
      for (const [s, e] of spans.reverse()) out = `${out.slice(0, s)}[naam verwijderd]${out.slice(e)}`;
    }
  }
  return out;
}
