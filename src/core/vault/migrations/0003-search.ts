import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';
import { searchTriggersSql } from './search-triggers';

/**
 * Full-text search over everything typed into a dossier. FTS5 lives inside the
 * encrypted database, so the index is as protected as the data. Triggers keep it in
 * step with the source tables; later migrations add triggers for their own tables with
 * `searchTriggersSql` (search-triggers.ts).
 *
 * `raw` keeps the text as typed (for the snippet), `body` is what is matched: the same
 * text folded by vg_fold (src/core/vault/sql-functions.ts), because unicode61 leaves
 * letters like Ł and ı alone and pupils' names are full of them.
 */
export const m0003Search: Migration = {
  version: 3,
  name: 'search',
  up(db: Database.Database) {
    db.exec(`
      CREATE VIRTUAL TABLE search_index USING fts5(
        dossier_id UNINDEXED,
        source UNINDEXED,
        ref_id UNINDEXED,
        raw UNINDEXED,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TABLE search_map (
        source TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        fts_rowid INTEGER NOT NULL,
        PRIMARY KEY (source, ref_id)
      ) STRICT, WITHOUT ROWID;
    `);
    const sources = [
      {
        table: 'dossiers',
        source: 'dossier',
        ref: 'R.id',
        dossier: 'R.id',
        text: "R.number || ' ' || R.title || ' ' || R.how_discovered || ' ' || R.lead || ' ' || R.victim_needs || ' ' || R.summary",
        updateOf: ['number', 'title', 'how_discovered', 'lead', 'victim_needs', 'summary'],
      },
      {
        table: 'persons',
        source: 'persoon',
        ref: 'R.id',
        dossier: 'R.dossier_id',
        text: "R.name || ' ' || R.class_name || ' ' || R.school || ' ' || R.sensitivities || ' ' || R.notes",
        updateOf: ['name', 'class_name', 'school', 'sensitivities', 'notes'],
      },
      {
        table: 'step_states',
        source: 'stap',
        ref: "R.dossier_id || ':' || R.step_id",
        dossier: 'R.dossier_id',
        text: 'R.notes',
        updateOf: ['notes'],
      },
      { table: 'chronology', source: 'logboek', ref: 'R.id', dossier: 'R.dossier_id', text: 'R.text' },
      {
        table: 'conversations',
        source: 'gesprek',
        ref: 'R.id',
        dossier: 'R.dossier_id',
        text: "R.with_whom || ' ' || R.summary || ' ' || R.agreements || ' ' || R.follow_up",
        updateOf: ['with_whom', 'summary', 'agreements', 'follow_up'],
      },
      {
        table: 'actions',
        source: 'actie',
        ref: 'R.id',
        dossier: 'R.dossier_id',
        text: "R.wie || ' ' || R.wat || ' ' || R.waar || ' ' || R.hoe",
        updateOf: ['wie', 'wat', 'waar', 'hoe'],
      },
    ];
    db.exec(sources.map(searchTriggersSql).join('\n'));
  },
};
