import type Database from 'better-sqlite3-multiple-ciphers';
import type { SearchHit } from '../../shared/api';

/**
 * Turns what a user types into a safe FTS5 query: every word becomes a quoted prefix
 * term, so operators, quotes and column filters in the input have no special meaning.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '')}"*`).join(' ');
}

export function searchDossiers(db: Database.Database, query: string, limit = 50): SearchHit[] {
  const fts = toFtsQuery(query);
  if (!fts) return [];
  const rows = db
    .prepare(
      `SELECT s.dossier_id AS dossierId, d.number AS dossierNumber, d.title AS dossierTitle, s.source AS source,
              snippet(search_index, 3, '«', '»', '…', 12) AS snippet
         FROM search_index s JOIN dossiers d ON d.id = s.dossier_id
        WHERE search_index MATCH ?
        ORDER BY rank
        LIMIT ?`,
    )
    .all(fts, limit) as SearchHit[];
  return rows;
}
