import { z } from 'zod';
import { IdSchema, mediumText, requiredShortText, shortText } from './common';
import type { ErrorPhrase } from '../errors';

/**
 * Sealed dossier exchange: Vangnet-cards (the public half of a vault's identity), the address
 * book, and the sending/receiving of packages. Types only; the crypto lives in src/core/exchange.
 */

/** age X25519 recipient, e.g. age1qyq…; bech32, lower case. */
export const AgeRecipientSchema = z
  .string()
  .regex(/^age1[02-9ac-hj-np-z]{58}$/, { error: 'Ongeldige versleutelsleutel op de Vangnet-kaart.' });
/** Ed25519 public key, 32 bytes as base64url without padding (43 characters). */
export const SignPublicSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'Ongeldige ondertekensleutel op de Vangnet-kaart.' });

/** The public part of a vault's identity, as it travels in a card file or pasted text. */
export const CardSchema = z
  .object({
    v: z.literal(1, { error: 'Deze Vangnet-kaart komt uit een nieuwere versie van Vangnet.' }),
    name: requiredShortText('Naam'),
    organisation: shortText('School of organisatie'),
    ageRecipient: AgeRecipientSchema,
    signPublic: SignPublicSchema,
    /** Last day the card may be used (renewable: the same keys with a later date). */
    validUntil: z.iso.date({ error: 'Op deze Vangnet-kaart staat geen geldige einddatum (een oude kaart?). Vraag een nieuwe kaart op.' }),
  })
  .strict();
export type Card = z.infer<typeof CardSchema>;

/** How long a card is valid after it is made or renewed. */
export const CARD_VALIDITY_YEARS = 2;

/** A card has expired after its last valid day (compared as calendar dates, UTC). */
export function cardExpired(validUntil: string | null, nowIso: string): boolean {
  return validUntil !== null && nowIso.slice(0, 10) > validUntil;
}

export const CONTACT_KINDS = ['collega', 'school'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  collega: 'Collega',
  school: 'Partnerschool',
};

export interface MyCard {
  card: Card;
  /** The card as one line of text to paste into a mail or chat. */
  text: string;
  /** Six groups of five digits to read aloud and compare over the phone. */
  fingerprint: string;
  createdAt: string;
}

export interface Contact {
  id: string;
  name: string;
  organisation: string;
  kind: ContactKind;
  ageRecipient: string;
  signPublic: string;
  fingerprint: string;
  verified: boolean;
  verifiedAt: string | null;
  addedAt: string;
  note: string;
  /** Last valid day of the card as last received; null for a card added before cards had one. */
  validUntil: string | null;
}

export const ContactUpdateSchema = z
  .object({
    name: requiredShortText('Naam'),
    organisation: shortText('School of organisatie'),
    kind: z.enum(CONTACT_KINDS, { error: 'Kies collega of partnerschool.' }),
    note: mediumText('Notitie'),
  })
  .strict();
export type ContactUpdate = z.infer<typeof ContactUpdateSchema>;

// --- packages ------------------------------------------------------------------------------

export const PACKAGE_KINDS = ['overdracht', 'delen', 'bijwerken'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];
export const PACKAGE_KIND_LABELS: Record<PackageKind, string> = {
  overdracht: 'Overdragen',
  delen: 'Delen met de andere school',
  bijwerken: 'Bijwerken',
};

/** The parts of a dossier a package can carry; the sender chooses them per package. */
export const PACKAGE_SECTIONS = [
  'feiten',
  'personen',
  'stappen',
  'acties',
  'gesprekken',
  'logboek',
  'monitoring',
] as const;
export type PackageSection = (typeof PACKAGE_SECTIONS)[number];
export const PACKAGE_SECTION_LABELS: Record<PackageSection, string> = {
  feiten: 'Feiten van het incident',
  personen: 'Betrokkenen',
  stappen: 'Stappen van het stappenplan',
  acties: 'Acties',
  gesprekken: 'Gesprekken',
  logboek: 'Logboek',
  monitoring: 'Monitoringlog sociale media',
};

export const SendOptionsSchema = z
  .object({
    dossierId: IdSchema,
    kind: z.enum(PACKAGE_KINDS, { error: 'Kies overdragen, delen of bijwerken.' }),
    /** Address-book recipients; empty when sending to a one-time passphrase. */
    contactIds: z.array(IdSchema).max(20, { error: 'Te veel ontvangers.' }),
    oneTimePassphrase: z.boolean(),
    /** For 'delen' (and 'bijwerken' of a share): which sections go along. */
    sections: z.array(z.enum(PACKAGE_SECTIONS)).max(PACKAGE_SECTIONS.length),
    /** Buddies, other pupils, parents and family sensitivities: left out unless ticked. */
    includeThirdParties: z.boolean(),
    /** Overdragen only: keep working on the dossier together instead of making it read-only. */
    keepAsCoOwner: z.boolean(),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.oneTimePassphrase === o.contactIds.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'Kies ontvangers uit het adresboek of een eenmalige wachtwoordzin (niet allebei).',
      });
    }
    if (o.kind === 'bijwerken' && o.oneTimePassphrase) {
      ctx.addIssue({ code: 'custom', message: 'Bijwerken kan alleen naar ontvangers uit het adresboek.' });
    }
  });
export type SendOptions = z.infer<typeof SendOptionsSchema>;

/** What a package will carry, shown in the send dialog before anything is written. */
export interface SendPreview {
  kind: PackageKind;
  recipients: Array<{ name: string; organisation: string; verified: boolean }>;
  sections: Array<{ section: PackageSection; label: string; count: number }>;
  /** Dutch sentences: what was left out and why; also written inside the package. */
  omitted: string[];
  /** Bijwerken: when the previous package to these recipients was sent (null: never). */
  since: string | null;
  /** Overdragen: what happens to this copy. */
  afterwards: string | null;
}

export interface SendResult {
  file: string;
  packageId: string;
  /** SHA-256 of the package file (hex), as recorded in the audit log. */
  hash: string;
  bytes: number;
  /** Only for a one-time-passphrase package: shown once, never stored. */
  passphrase: string | null;
}

export interface ImportChange {
  section: PackageSection;
  /** Dutch description of the changed record, e.g. 'Logboekregel van 2026-11-28 09:15 (Marieke)'. */
  text: string;
  /** The same in the reader's language: the kind of record a catalog key, names as data. */
  phrase: ErrorPhrase;
  effect: 'nieuw' | 'bijgewerkt' | 'ongewijzigd' | 'ouder' | 'conflict';
}

export interface ImportConflict {
  /** Stable key of the record, e.g. 'step:melding-politie'. */
  key: string;
  /** Dutch name of the record ('Betrokkene: Zeynep Yılmaz'); `phrase` says it in any language. */
  label: string;
  phrase: ErrorPhrase;
  mine: { updatedAt: string | null; summary: string };
  theirs: { updatedAt: string | null; summary: string };
}

export interface ImportPreview {
  /** Token for `exchange.applyImport`; the package is kept in memory only. */
  token: string;
  packageId: string;
  kind: PackageKind;
  createdAt: string;
  sender: { name: string; organisation: string; fingerprint: string; verified: boolean; contactId: string };
  signature: 'geldig';
  dossier: { id: string; number: string; title: string; existsHere: boolean };
  sections: PackageSection[];
  omitted: string[];
  changes: ImportChange[];
  conflicts: ImportConflict[];
  alreadyImported: boolean;
}

export interface ImportResult {
  dossierId: string;
  added: number;
  updated: number;
  unchanged: number;
}

export interface ExchangeRecord {
  id: string;
  direction: 'verzonden' | 'ontvangen';
  kind: PackageKind;
  dossierId: string | null;
  counterpart: string;
  sections: PackageSection[];
  hash: string;
  at: string;
}

export interface HandoverState {
  dossierId: string;
  handedOverTo: string;
  handedOverAt: string;
  coOwner: boolean;
}
