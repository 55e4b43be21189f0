import type Database from 'better-sqlite3-multiple-ciphers';
import type { SearchHit } from '../../shared/api';
import { foldText, foldWithMap } from '../../shared/text/fold';

/**
 * Turns what a user types into a safe FTS5 query: every word is folded like the index
 * (see 0003-search.ts) and becomes a quoted prefix term, so operators, quotes and column
 * filters in the input have no special meaning.
 */
export function searchTerms(input: string): string[] {
  return foldText(input.normalize('NFC'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

export function toFtsQuery(terms: string[]): string | null {
  if (terms.length === 0) return null;
  return terms.map((w) => `"${w}"*`).join(' ');
}

const CONTEXT = 48;

/** An excerpt of the original text around the first matching word, marked « ». */
export function makeSnippet(raw: string, terms: string[]): string {
  const { folded, map } = foldWithMap(raw);
  let best: { start: number; end: number } | null = null;
  for (const term of terms) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])(${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\p{L}\\p{N}]*)`, 'u');
    const m = re.exec(folded);
    if (m) {
      const start = m.index + (m[1]?.length ?? 0);
      const end = start + (m[2]?.length ?? 0);
      if (!best || start < best.start) best = { start, end };
    }
  }
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  if (!best) return clean(raw.slice(0, CONTEXT * 2)).trim();
  const s = map[best.start] ?? 0;
  const e = map[best.end] ?? raw.length;
  const from = Math.max(0, s - CONTEXT);
  const to = Math.min(raw.length, e + CONTEXT);
  return `${from > 0 ? '…' : ''}${clean(raw.slice(from, s)).trimStart()}«${raw.slice(s, e)}»${clean(raw.slice(e, to)).trimEnd()}${to < raw.length ? '…' : ''}`;
}

/**
 * How many of the newest matches are ranked. FTS5 would otherwise score every match before
 * LIMIT applies, and a word that occurs in half of a large vault (a pupil's class, "groepsapp")
 * then costs hundreds of milliseconds. Walking the index newest-first stops after this many,
 * and the best-ranked of those are shown: recent records are what a care team looks for.
 */
const CANDIDATES = 400;

export function searchDossiers(db: Database.Database, query: string, limit = 50): SearchHit[] {
  const terms = searchTerms(query);
  const fts = toFtsQuery(terms);
  if (!fts) return [];
  const rows = db
    .prepare(
      `SELECT s.dossier_id AS dossierId, d.number AS dossierNumber, d.title AS dossierTitle, s.source AS source,
              s.raw AS raw, bm25(search_index) AS score
         FROM search_index s JOIN dossiers d ON d.id = s.dossier_id
        WHERE search_index MATCH ?
        ORDER BY s.rowid DESC
        LIMIT ?`,
    )
    .all(fts, CANDIDATES) as Array<Omit<SearchHit, 'snippet'> & { raw: string; score: number }>;
  // bm25: lower is better; ties keep the newest first (the order they came in).
  rows.sort((a, b) => a.score - b.score);
  return rows.slice(0, limit).map(({ raw, score: _score, ...hit }) => ({ ...hit, snippet: makeSnippet(raw, terms) }));
}
