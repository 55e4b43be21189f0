/**
 * SQL for keeping `search_index` (migration 0003) in step with one source table.
 * Migrations call this for each table whose text should be searchable.
 *
 * Why a map table: FTS5 can only find a row fast by its rowid, and the source rows have
 * text ids. `search_map` remembers which FTS rowid belongs to which (source, ref_id), so an
 * update or delete touches one index row instead of scanning the whole index.
 *
 * Shipped migrations depend on the SQL this emits: never change its output, add a new
 * function instead.
 */
export interface SearchSource {
  /** Source table, e.g. 'persons'. */
  table: string;
  /** Label stored in search_index.source, e.g. 'persoon'. */
  source: string;
  /** SQL expression (over NEW./OLD. as `R.`) for the stable row reference, e.g. 'R.id'. */
  ref: string;
  /** SQL expression for the dossier id, e.g. 'R.dossier_id'. */
  dossier: string;
  /** SQL expression for the searchable text. */
  text: string;
  /** Columns whose update should refresh the index (default: any update). */
  updateOf?: string[];
}

export function searchTriggersSql(s: SearchSource): string {
  const on = (alias: 'NEW' | 'OLD', expr: string) => expr.replace(/\bR\./g, `${alias}.`);
  const insert = `
        INSERT INTO search_index (dossier_id, source, ref_id, raw, body)
        SELECT ${on('NEW', s.dossier)}, '${s.source}', ${on('NEW', s.ref)}, t, vg_fold(t)
          FROM (SELECT ${on('NEW', s.text)} AS t) WHERE t <> '';
        INSERT INTO search_map (source, ref_id, fts_rowid)
        SELECT '${s.source}', ${on('NEW', s.ref)}, last_insert_rowid() WHERE ${on('NEW', s.text)} <> '';`;
  const remove = `
        DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE source = '${s.source}' AND ref_id = ${on('OLD', s.ref)});
        DELETE FROM search_map WHERE source = '${s.source}' AND ref_id = ${on('OLD', s.ref)};`;
  const of = s.updateOf && s.updateOf.length > 0 ? ` OF ${s.updateOf.join(', ')}` : '';
  const name = `search_${s.table}_${s.source}`;
  return `
      CREATE TRIGGER ${name}_ai AFTER INSERT ON ${s.table} BEGIN${insert}
      END;
      CREATE TRIGGER ${name}_au AFTER UPDATE${of} ON ${s.table} BEGIN${remove}${insert}
      END;
      CREATE TRIGGER ${name}_ad AFTER DELETE ON ${s.table} BEGIN${remove}
      END;`;
}
