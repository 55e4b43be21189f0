import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

/**
 * The logbook tells the story: a row may carry the typed event it describes
 * (src/shared/protocol/events.ts). The Dutch sentence stays in `text` (search, older readers,
 * court-safe wording); `event_json` is the validated payload for filters and documents.
 * Rows stay immutable (the chronology triggers are unchanged).
 *
 * A step's status may be proposed by the work ("afgeleid van het gepubliceerde statement"):
 * `derived_from` says which work set it; a manual change clears it (with a reason).
 */
export const m0015LogbookEvents: Migration = {
  version: 15,
  name: 'logbook-events',
  up(db: Database.Database) {
    db.exec(`
      ALTER TABLE chronology ADD COLUMN event_json TEXT;
      ALTER TABLE step_states ADD COLUMN derived_from TEXT;
    `);
  },
};
