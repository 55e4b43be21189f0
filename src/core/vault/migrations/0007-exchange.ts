import { generateIdentityKeys } from '../identity-keys';
import { HANDED_OVER_MARKER } from '../handover-marker';
import type { Migration } from './types';

/**
 * Sealed exchange (issue 16): the vault's own Vangnet identity (created here, so new vaults and
 * existing ones get one the same way), the address book, the record of every package sent or
 * received, what was last sent per recipient (for "Bijwerken"), the last exchanged version of
 * every record (to tell a real conflict from an update), the replaced versions (history) and
 * the hand-over state of a dossier.
 */
export const m0007Exchange: Migration = {
  version: 7,
  name: 'exchange',
  up(db, { now }) {
    db.exec(`
      CREATE TABLE exchange_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        age_identity TEXT NOT NULL,
        age_recipient TEXT NOT NULL,
        sign_secret TEXT NOT NULL,
        sign_public TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE exchange_contacts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('collega','school')),
        age_recipient TEXT NOT NULL UNIQUE,
        sign_public TEXT NOT NULL UNIQUE,
        fingerprint TEXT NOT NULL,
        verified INTEGER NOT NULL DEFAULT 0,
        verified_at TEXT,
        added_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;

      CREATE TABLE exchange_packages (
        id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('verzonden','ontvangen')),
        kind TEXT NOT NULL CHECK (kind IN ('overdracht','delen','bijwerken')),
        dossier_id TEXT REFERENCES dossiers(id) ON DELETE CASCADE,
        counterpart TEXT NOT NULL,
        contact_ids_json TEXT NOT NULL DEFAULT '[]',
        sections_json TEXT NOT NULL,
        omitted_json TEXT NOT NULL DEFAULT '[]',
        hash TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (id, direction)
      ) STRICT;
      CREATE INDEX exchange_packages_dossier ON exchange_packages(dossier_id, at);

      CREATE TABLE exchange_sent (
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        contact_id TEXT NOT NULL,
        record_key TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (dossier_id, contact_id, record_key)
      ) STRICT;

      CREATE TABLE exchange_base (
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        record_key TEXT NOT NULL,
        hash TEXT NOT NULL,
        updated_at TEXT,
        PRIMARY KEY (dossier_id, record_key)
      ) STRICT;

      CREATE TABLE exchange_history (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        record_key TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('lokaal','ontvangen')),
        package_id TEXT NOT NULL,
        value_json TEXT NOT NULL,
        updated_at TEXT,
        kept_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exchange_history_dossier ON exchange_history(dossier_id, record_key);

      CREATE TABLE exchange_handover (
        dossier_id TEXT PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,
        handed_over_to TEXT NOT NULL,
        handed_over_at TEXT NOT NULL,
        co_owner INTEGER NOT NULL
      ) STRICT;
    `);
    // A dossier handed over (not as co-owner) is read-only here: enforced below the handlers,
    // so no write path of any module can slip past it. Deleting stays possible (retention).
    const guarded: Array<[string, string]> = [
      ['persons', 'NEW.dossier_id'],
      ['step_states', 'NEW.dossier_id'],
      ['actions', 'NEW.dossier_id'],
      ['conversations', 'NEW.dossier_id'],
      ['chronology', 'NEW.dossier_id'],
      ['monitoring_entries', 'NEW.dossier_id'],
      ['takedowns', 'NEW.dossier_id'],
      ['dossiers', 'NEW.id'],
    ];
    for (const [table, col] of guarded) {
      for (const event of table === 'dossiers'
        ? ['UPDATE']
        : table === 'chronology' || table === 'monitoring_entries'
          ? ['INSERT']
          : ['INSERT', 'UPDATE']) {
        db.exec(`
          CREATE TRIGGER ${table}_handed_over_${event.toLowerCase()} BEFORE ${event} ON ${table}
          WHEN EXISTS (SELECT 1 FROM exchange_handover WHERE dossier_id = ${col} AND co_owner = 0)
          BEGIN
            SELECT RAISE(ABORT, '${HANDED_OVER_MARKER}');
          END;
        `);
      }
    }
    const k = generateIdentityKeys();
    db.prepare(
      `INSERT INTO exchange_identity (id, age_identity, age_recipient, sign_secret, sign_public, created_at)
       VALUES (1, ?, ?, ?, ?, ?)`,
    ).run(k.ageIdentity, k.ageRecipient, k.signSecret, k.signPublic, now().toISOString());
  },
};
