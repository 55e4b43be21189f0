import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

/**
 * Vangnet-cards get a validity end (issue 16): the vault's own card is valid for two years from
 * when its identity was made (renewable), and the address book keeps the end date of each card
 * it holds. Cards added before this had no end date on them; those stay NULL ("onbekend") until
 * the colleague sends a renewed card.
 */
export const m0014CardValidity: Migration = {
  version: 14,
  name: 'card-validity',
  up(db: Database.Database) {
    db.exec(`
      ALTER TABLE exchange_identity ADD COLUMN valid_until TEXT;
      UPDATE exchange_identity SET valid_until = date(created_at, '+2 years');
      ALTER TABLE exchange_contacts ADD COLUMN valid_until TEXT;
    `);
  },
};
