import type Database from 'better-sqlite3-multiple-ciphers';
import { searchTriggersSql } from './search-triggers';
import type { Migration } from './types';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');

// The allowed values as they were when this migration shipped (a migration never changes;
// a new value needs a new migration), mirroring src/shared/domain/monitoring.ts.
const PLATFORMS = [
  'snapchat',
  'instagram',
  'tiktok',
  'whatsapp',
  'telegram',
  'x',
  'discord',
  'youtube',
  'facebook',
  'anders',
];
const REACH_LEVELS = ['onbekend', 'enkelen', 'groep', 'school', 'breed'];
const TONES = ['neutraal', 'negatief', 'bedreigend', 'onjuist', 'onbekend'];
const RISK_LEVELS = ['laag', 'middel', 'hoog', 'onbekend'];
const MONITORING_ACTIONS = [
  'geen',
  'gemeld-bij-platform',
  'verwezen-naar-statement',
  'doorgegeven-aan-politie',
  'verwijderverzoek',
  'besproken-met-betrokkenen',
  'anders',
];
const MONITORING_STATUSES = ['open', 'opvolgen', 'afgehandeld'];
const TAKEDOWN_CHANNELS = [
  'platform',
  'helpwanted-offlimits',
  'meldpunt-kinderporno',
  'take-it-down',
  'politie',
];
const TAKEDOWN_STATUSES = ['aangevraagd', 'in-behandeling', 'verwijderd', 'geweigerd', 'onbekend'];
const TAKEDOWN_EVENT_KINDS = ['aangemaakt', 'gewijzigd', 'opvolging'];

/**
 * Social-media monitoring log and takedown tracker.
 *
 * Log entries are court-safe like the chronology: a row is never changed or deleted
 * (except while the whole dossier is destroyed under the retention policy); a correction
 * is a new row pointing at the version it replaces. `corrects_id` is UNIQUE, so the
 * versions of one entry form a single line and "current" means "not corrected".
 * Takedowns are editable records (their status moves on), with an append-only history.
 * There is deliberately no column that could hold a file: only bounded text.
 */
export const m0005Monitoring: Migration = {
  version: 5,
  name: 'monitoring',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE monitoring_entries (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        root_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        seen_at TEXT NOT NULL,
        seen_by TEXT NOT NULL,
        platform TEXT NOT NULL CHECK (platform IN (${list(PLATFORMS)})),
        location TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL,
        reach TEXT NOT NULL CHECK (reach IN (${list(REACH_LEVELS)})),
        tone TEXT NOT NULL CHECK (tone IN (${list(TONES)})),
        risk TEXT NOT NULL CHECK (risk IN (${list(RISK_LEVELS)})),
        action TEXT NOT NULL CHECK (action IN (${list(MONITORING_ACTIONS)})),
        action_note TEXT NOT NULL DEFAULT '',
        follow_up_at TEXT,
        status TEXT NOT NULL CHECK (status IN (${list(MONITORING_STATUSES)})),
        recorded_at TEXT NOT NULL,
        author TEXT NOT NULL,
        corrects_id TEXT UNIQUE REFERENCES monitoring_entries(id),
        correction_reason TEXT NOT NULL DEFAULT '',
        CHECK ((corrects_id IS NULL) = (version = 1)),
        CHECK (corrects_id IS NOT NULL OR root_id = id)
      ) STRICT;
      CREATE INDEX monitoring_dossier ON monitoring_entries(dossier_id);
      CREATE INDEX monitoring_root ON monitoring_entries(root_id);

      CREATE TRIGGER monitoring_no_update BEFORE UPDATE ON monitoring_entries
      BEGIN
        SELECT RAISE(ABORT, 'court-safe: monitoring entries cannot be changed');
      END;
      CREATE TRIGGER monitoring_no_delete BEFORE DELETE ON monitoring_entries
      WHEN NOT EXISTS (SELECT 1 FROM destruction_in_progress WHERE dossier_id = OLD.dossier_id)
      BEGIN
        SELECT RAISE(ABORT, 'court-safe: monitoring entries cannot be deleted');
      END;
      CREATE TRIGGER monitoring_same_chain BEFORE INSERT ON monitoring_entries
      WHEN NEW.corrects_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM monitoring_entries p
         WHERE p.id = NEW.corrects_id AND p.dossier_id = NEW.dossier_id
           AND p.root_id = NEW.root_id AND p.version + 1 = NEW.version)
      BEGIN
        SELECT RAISE(ABORT, 'court-safe: a correction must follow the version it corrects');
      END;

      -- The current version of each entry, kept by triggers: derived data (not the court
      -- record), small rows with covering indexes, so lists, counts and the chart stay fast
      -- on a vault with 100,000 entries without probing every row for a later correction.
      CREATE TABLE monitoring_current (
        root_id TEXT PRIMARY KEY,
        entry_id TEXT NOT NULL UNIQUE,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        seen_at TEXT NOT NULL,
        platform TEXT NOT NULL,
        tone TEXT NOT NULL,
        risk TEXT NOT NULL,
        status TEXT NOT NULL,
        follow_up_at TEXT
      ) STRICT;
      CREATE INDEX monitoring_current_seen ON monitoring_current(seen_at, platform, tone, risk, status, dossier_id);
      CREATE INDEX monitoring_current_dossier ON monitoring_current(dossier_id, seen_at, platform, tone, risk, status);
      CREATE INDEX monitoring_current_follow_up ON monitoring_current(follow_up_at) WHERE follow_up_at IS NOT NULL;

      CREATE TRIGGER monitoring_current_new AFTER INSERT ON monitoring_entries WHEN NEW.corrects_id IS NULL BEGIN
        INSERT INTO monitoring_current (root_id, entry_id, dossier_id, seen_at, platform, tone, risk, status, follow_up_at)
        VALUES (NEW.root_id, NEW.id, NEW.dossier_id, NEW.seen_at, NEW.platform, NEW.tone, NEW.risk, NEW.status, NEW.follow_up_at);
      END;
      CREATE TRIGGER monitoring_current_corrected AFTER INSERT ON monitoring_entries WHEN NEW.corrects_id IS NOT NULL BEGIN
        UPDATE monitoring_current
           SET entry_id = NEW.id, seen_at = NEW.seen_at, platform = NEW.platform, tone = NEW.tone, risk = NEW.risk,
               status = NEW.status, follow_up_at = NEW.follow_up_at
         WHERE root_id = NEW.root_id;
      END;
      CREATE TRIGGER monitoring_current_removed AFTER DELETE ON monitoring_entries BEGIN
        DELETE FROM monitoring_current WHERE entry_id = OLD.id;
      END;

      CREATE TABLE takedowns (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        entry_id TEXT REFERENCES monitoring_entries(id),
        platform TEXT NOT NULL CHECK (platform IN (${list(PLATFORMS)})),
        location TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN (${list(TAKEDOWN_CHANNELS)})),
        requested_at TEXT,
        reference TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN (${list(TAKEDOWN_STATUSES)})),
        follow_up_at TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX takedowns_dossier ON takedowns(dossier_id, created_at);
      CREATE INDEX takedowns_status ON takedowns(status, follow_up_at);

      CREATE TRIGGER takedowns_no_delete BEFORE DELETE ON takedowns
      WHEN NOT EXISTS (SELECT 1 FROM destruction_in_progress WHERE dossier_id = OLD.dossier_id)
      BEGIN
        SELECT RAISE(ABORT, 'court-safe: takedown records cannot be deleted');
      END;

      CREATE TABLE takedown_events (
        id TEXT PRIMARY KEY,
        takedown_id TEXT NOT NULL REFERENCES takedowns(id) ON DELETE CASCADE,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN (${list(TAKEDOWN_EVENT_KINDS)})),
        status TEXT NOT NULL CHECK (status IN (${list(TAKEDOWN_STATUSES)})),
        follow_up_at TEXT,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX takedown_events_takedown ON takedown_events(takedown_id, at);

      CREATE TRIGGER takedown_events_no_update BEFORE UPDATE ON takedown_events
      BEGIN
        SELECT RAISE(ABORT, 'court-safe: takedown history cannot be changed');
      END;
      CREATE TRIGGER takedown_events_no_delete BEFORE DELETE ON takedown_events
      WHEN NOT EXISTS (SELECT 1 FROM destruction_in_progress WHERE dossier_id = OLD.dossier_id)
      BEGIN
        SELECT RAISE(ABORT, 'court-safe: takedown history cannot be deleted');
      END;

    `);

    // Search finds the current version of an entry: a correction replaces the corrected text.
    db.exec(
      searchTriggersSql({
        table: 'monitoring_entries',
        source: 'monitoring',
        ref: 'R.id',
        dossier: 'R.dossier_id',
        text: "R.platform || ' ' || R.location || ' ' || R.description || ' ' || R.action_note || ' ' || R.seen_by",
      }),
    );
    db.exec(`
      CREATE TRIGGER search_monitoring_correct AFTER INSERT ON monitoring_entries WHEN NEW.corrects_id IS NOT NULL BEGIN
        DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE source = 'monitoring' AND ref_id = NEW.corrects_id);
        DELETE FROM search_map WHERE source = 'monitoring' AND ref_id = NEW.corrects_id;
      END;
    `);
    db.exec(
      searchTriggersSql({
        table: 'takedowns',
        source: 'monitoring',
        ref: 'R.id',
        dossier: 'R.dossier_id',
        text: "R.platform || ' ' || R.location || ' ' || R.reference || ' ' || R.notes",
        updateOf: ['platform', 'location', 'reference', 'notes'],
      }),
    );
  },
};
