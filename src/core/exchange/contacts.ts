import type Database from 'better-sqlite3-multiple-ciphers';
import type { Card, Contact, ContactKind, ContactUpdate } from '../../shared/domain/exchange';
import { AppError } from '../../shared/errors';
import { fingerprint } from './identity';

interface ContactRow {
  id: string;
  name: string;
  organisation: string;
  kind: string;
  age_recipient: string;
  sign_public: string;
  fingerprint: string;
  verified: number;
  verified_at: string | null;
  added_at: string;
  note: string;
  valid_until: string | null;
}

function toContact(r: ContactRow): Contact {
  return {
    id: r.id,
    name: r.name,
    organisation: r.organisation,
    kind: r.kind as ContactKind,
    ageRecipient: r.age_recipient,
    signPublic: r.sign_public,
    fingerprint: r.fingerprint,
    verified: r.verified === 1,
    verifiedAt: r.verified_at,
    addedAt: r.added_at,
    note: r.note,
    validUntil: r.valid_until ?? null,
  };
}

export function listContacts(db: Database.Database): Contact[] {
  return (
    db.prepare('SELECT * FROM exchange_contacts ORDER BY name COLLATE NOCASE, added_at').all() as ContactRow[]
  ).map(toContact);
}

export function getContact(db: Database.Database, id: string): Contact {
  const row = db.prepare('SELECT * FROM exchange_contacts WHERE id = ?').get(id) as ContactRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { key: 'CONTACT_NOT_FOUND' });
  return toContact(row);
}

export function findContactBySigner(db: Database.Database, signPublic: string): Contact | null {
  const row = db.prepare('SELECT * FROM exchange_contacts WHERE sign_public = ?').get(signPublic) as
    ContactRow | undefined;
  return row ? toContact(row) : null;
}

export function findContactByCard(db: Database.Database, card: Card): Contact | null {
  const row = db
    .prepare('SELECT * FROM exchange_contacts WHERE sign_public = ? OR age_recipient = ?')
    .get(card.signPublic, card.ageRecipient) as ContactRow | undefined;
  return row ? toContact(row) : null;
}

export function insertContact(
  db: Database.Database,
  c: {
    id: string;
    card: Card;
    kind: ContactKind;
    name: string;
    organisation: string;
    verified: boolean;
    at: string;
    note: string;
  },
): void {
  db.prepare(
    `INSERT INTO exchange_contacts (id, name, organisation, kind, age_recipient, sign_public, fingerprint, verified, verified_at, added_at, note, valid_until)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.id,
    c.name,
    c.organisation,
    c.kind,
    c.card.ageRecipient,
    c.card.signPublic,
    fingerprint(c.card.ageRecipient, c.card.signPublic),
    c.verified ? 1 : 0,
    c.verified ? c.at : null,
    c.at,
    c.note,
    c.card.validUntil,
  );
}

/** A renewed card: the same keys with a later end date (the fingerprint, and so the verification, stays). */
export function renewContact(db: Database.Database, id: string, validUntil: string): void {
  db.prepare('UPDATE exchange_contacts SET valid_until = ? WHERE id = ?').run(validUntil, id);
}

export function updateContact(db: Database.Database, id: string, u: ContactUpdate): void {
  db.prepare('UPDATE exchange_contacts SET name = ?, organisation = ?, kind = ?, note = ? WHERE id = ?').run(
    u.name,
    u.organisation,
    u.kind,
    u.note,
    id,
  );
}

export function setVerified(db: Database.Database, id: string, verified: boolean, at: string): void {
  db.prepare('UPDATE exchange_contacts SET verified = ?, verified_at = ? WHERE id = ?').run(
    verified ? 1 : 0,
    verified ? at : null,
    id,
  );
}

export function deleteContact(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM exchange_contacts WHERE id = ?').run(id);
}
