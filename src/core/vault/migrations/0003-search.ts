import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

/**
 * Full-text search over everything typed into a dossier. FTS5 lives inside the
 * encrypted database, so the index is as protected as the data. Triggers keep it in
 * step with the source tables; later migrations add triggers for their own tables.
 *
 * `raw` keeps the text as typed (for the snippet), `body` is what is matched: the same
 * text folded by vg_fold (src/core/vault/sql-functions.ts), because unicode61 leaves
 * letters like Ł and ı alone and pupils' names are full of them. Insert as
 *   INSERT INTO search_index (dossier_id, source, ref_id, raw, body) VALUES (…, X, vg_fold(X))
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

      CREATE TRIGGER search_dossiers_ai AFTER INSERT ON dossiers BEGIN
        INSERT INTO search_index (dossier_id, source, ref_id, raw, body)
        VALUES (NEW.id, 'dossier', NEW.id, NEW.number || ' ' || NEW.title || ' ' || NEW.how_discovered || ' ' || NEW.lead || ' ' || NEW.victim_needs || ' ' || NEW.summary, vg_fold(NEW.number || ' ' || NEW.title || ' ' || NEW.how_discovered || ' ' || NEW.lead || ' ' || NEW.victim_needs || ' ' || NEW.summary));
      END;
      CREATE TRIGGER search_dossiers_au AFTER UPDATE ON dossiers BEGIN
        DELETE FROM search_index WHERE ref_id = OLD.id AND source = 'dossier';
        INSERT INTO search_index (dossier_id, source, ref_id, raw, body)
        VALUES (NEW.id, 'dossier', NEW.id, NEW.number || ' ' || NEW.title || ' ' || NEW.how_discovered || ' ' || NEW.lead || ' ' || NEW.victim_needs || ' ' || NEW.summary, vg_fold(NEW.number || ' ' || NEW.title || ' ' || NEW.how_discovered || ' ' || NEW.lead || ' ' || NEW.victim_needs || ' ' || NEW.summary));
      END;
      CREATE TRIGGER search_dossiers_ad AFTER DELETE ON dossiers BEGIN
        DELETE FROM search_index WHERE dossier_id = OLD.id;
      END;

      CREATE TRIGGER search_persons_ai AFTER INSERT ON persons BEGIN
        INSERT INTO search_index (dossier_id, source, ref_id, raw, body)
        VALUES (NEW.dossier_id, 'persoon', NEW.id, NEW.name || ' ' || NEW.class_name || ' ' || NEW.school || ' ' || NEW.sensitivities || ' ' || NEW.notes, vg_fold(NEW.name || ' ' || NEW.class_name || ' ' || NEW.school || ' ' || NEW.sensitivities || ' ' || NEW.notes));
      END;
      CREATE TRIGGER search_persons_au AFTER UPDATE ON persons BEGIN
        DELETE FROM search_index WHERE ref_id = OLD.id AND source = 'persoon';
        INSERT INTO search_index (dossier_id, source, ref_id, raw, body)
        VALUES (NEW.dossier_id, 'persoon', NEW.id, NEW.name || ' ' || NEW.class_name || ' ' || NEW.school || ' ' || NEW.sensitivities || ' ' || NEW.notes, vg_fold(NEW.name || ' ' || NEW.class_name || ' ' || NEW.school || ' ' || NEW.sensitivities || ' ' || NEW.notes));
      END;
      CREATE TRIGGER search_persons_ad AFTER DELETE ON persons BEGIN
        DELETE FROM search_index WHERE ref_id = OLD.id AND source = 'persoon';
      END;

      CREATE TRIGGER search_steps_ai AFTER INSERT ON step_states WHEN NEW.notes <> '' BEGIN
        INSERT INTO search_index (dossier_id, source, ref_id, raw, body)
        VALUES (NEW.dossier_id, 'stap', NEW.dossier_id || ':' || NEW.step_id, NEW.notes, vg_fold(NEW.notes));
      END;
      CREATE TRIGGER search_steps_au AFTER UPDATE OF notes ON step_states BEGIN
        DELETE FROM search_index WHERE ref_id = OLD.dossier_id || ':' || OLD.step_id AND source = 'stap';
        INSERT INTO search_index (dossier_id, source, ref_id, raw, body)
        SELECT NEW.dossier_id, 'stap', NEW.dossier_id || ':' || NEW.step_id, NEW.notes, vg_fold(NEW.notes) WHERE NEW.notes <> '';
      END;
      CREATE TRIGGER search_steps_ad AFTER DELETE ON step_states BEGIN
        DELETE FROM search_index WHERE ref_id = OLD.dossier_id || ':' || OLD.step_id AND source = 'stap';
      END;

      CREATE TRIGGER search_chronology_ai AFTER INSERT ON chronology BEGIN
        INSERT INTO search_index (dossier_id, source, ref_id, raw, body)
        VALUES (NEW.dossier_id, 'logboek', NEW.id, NEW.text, vg_fold(NEW.text));
      END;
      CREATE TRIGGER search_chronology_ad AFTER DELETE ON chronology BEGIN
        DELETE FROM search_index WHERE ref_id = OLD.id AND source = 'logboek';
      END;

      CREATE TRIGGER search_conversations_ai AFTER INSERT ON conversations BEGIN
        INSERT INTO search_index (dossier_id, source, ref_id, raw, body)
        VALUES (NEW.dossier_id, 'gesprek', NEW.id, NEW.with_whom || ' ' || NEW.summary || ' ' || NEW.agreements || ' ' || NEW.follow_up, vg_fold(NEW.with_whom || ' ' || NEW.summary || ' ' || NEW.agreements || ' ' || NEW.follow_up));
      END;
      CREATE TRIGGER search_conversations_au AFTER UPDATE ON conversations BEGIN
        DELETE FROM search_index WHERE ref_id = OLD.id AND source = 'gesprek';
        INSERT INTO search_index (dossier_id, source, ref_id, raw, body)
        VALUES (NEW.dossier_id, 'gesprek', NEW.id, NEW.with_whom || ' ' || NEW.summary || ' ' || NEW.agreements || ' ' || NEW.follow_up, vg_fold(NEW.with_whom || ' ' || NEW.summary || ' ' || NEW.agreements || ' ' || NEW.follow_up));
      END;
      CREATE TRIGGER search_conversations_ad AFTER DELETE ON conversations BEGIN
        DELETE FROM search_index WHERE ref_id = OLD.id AND source = 'gesprek';
      END;

      CREATE TRIGGER search_actions_ai AFTER INSERT ON actions BEGIN
        INSERT INTO search_index (dossier_id, source, ref_id, raw, body)
        VALUES (NEW.dossier_id, 'actie', NEW.id, NEW.wie || ' ' || NEW.wat || ' ' || NEW.waar || ' ' || NEW.hoe, vg_fold(NEW.wie || ' ' || NEW.wat || ' ' || NEW.waar || ' ' || NEW.hoe));
      END;
      CREATE TRIGGER search_actions_au AFTER UPDATE OF wie, wat, waar, hoe ON actions BEGIN
        DELETE FROM search_index WHERE ref_id = OLD.id AND source = 'actie';
        INSERT INTO search_index (dossier_id, source, ref_id, raw, body)
        VALUES (NEW.dossier_id, 'actie', NEW.id, NEW.wie || ' ' || NEW.wat || ' ' || NEW.waar || ' ' || NEW.hoe, vg_fold(NEW.wie || ' ' || NEW.wat || ' ' || NEW.waar || ' ' || NEW.hoe));
      END;
      CREATE TRIGGER search_actions_ad AFTER DELETE ON actions BEGIN
        DELETE FROM search_index WHERE ref_id = OLD.id AND source = 'actie';
      END;
    `);
  },
};
