import { z } from 'zod';
import { IdSchema, mediumText, shortText } from '../domain';
import {
  CONTACT_KINDS,
  ContactUpdateSchema,
  SendOptionsSchema,
  type Card,
  type Contact,
  type ExchangeRecord,
  type HandoverState,
  type ImportPreview,
  type ImportResult,
  type MyCard,
  type SendPreview,
  type SendResult,
} from '../domain/exchange';
import { NoInput, op } from './define';

const cardText = z
  .string({ error: 'Plak de tekst van de Vangnet-kaart.' })
  .trim()
  .min(1, { error: 'Plak de tekst van de Vangnet-kaart.' })
  .max(4_000, { error: 'Deze tekst is te lang voor een Vangnet-kaart.' });

const contactId = z.object({ contactId: IdSchema }).strict();
const token = IdSchema;

/** Sealed dossier exchange (issue 16): the vault's card, the address book, sending and importing packages. */
export const exchangeOps = {
  'exchange.myCard': op<MyCard>()(NoInput),
  /** Renews this vault's card: the same keys, valid for two more years from today. */
  'exchange.renewCard': op<MyCard>()(NoInput),
  'exchange.saveMyCard': op<{ cancelled: true } | { cancelled: false; file: string }>()(NoInput),
  'exchange.readCardFile': op<{ cancelled: true } | { cancelled: false; text: string }>()(NoInput),
  'exchange.inspectCard': op<{
    card: Card;
    fingerprint: string;
    isSelf: boolean;
    existing: Contact | null;
    /** The card is a renewal of `existing` (the same keys, a later end date). */
    renews: boolean;
  }>()(z.object({ text: cardText }).strict()),
  'exchange.addContact': op<Contact>()(
    z
      .object({
        text: cardText,
        kind: z.enum(CONTACT_KINDS, { error: 'Kies collega of partnerschool.' }),
        name: shortText('Naam'),
        organisation: shortText('School of organisatie').optional(),
        verified: z.boolean(),
        note: mediumText('Notitie'),
      })
      .strict(),
  ),
  'exchange.listContacts': op<Contact[]>()(NoInput),
  'exchange.updateContact': op<Contact>()(
    z.object({ contactId: IdSchema, contact: ContactUpdateSchema }).strict(),
  ),
  'exchange.setVerified': op<Contact>()(z.object({ contactId: IdSchema, verified: z.boolean() }).strict()),
  'exchange.removeContact': op<{ removed: true }>()(contactId),
  'exchange.previewSend': op<SendPreview>()(SendOptionsSchema),
  'exchange.send': op<{ cancelled: true } | ({ cancelled: false } & SendResult)>()(SendOptionsSchema),
  'exchange.chooseImport': op<
    { cancelled: true } | { cancelled: false; token: string; needsPassphrase: boolean }
  >()(NoInput),
  'exchange.previewImport': op<ImportPreview>()(
    z
      .object({
        token,
        passphrase: z.string().trim().max(200, { error: 'Deze wachtwoordzin is te lang.' }).nullable(),
      })
      .strict(),
  ),
  'exchange.applyImport': op<ImportResult & { alreadyImported: boolean }>()(
    z
      .object({
        token,
        /** Per conflicting record key: keep mine or take theirs. */
        resolutions: z
          .record(z.string().max(120), z.enum(['mijn', 'hun'], { error: 'Kies mijn of hun versie.' }))
          .refine((r) => Object.keys(r).length <= 10_000, { error: 'Te veel keuzes.' }),
      })
      .strict(),
  ),
  'exchange.dossierState': op<{ handover: HandoverState | null; packages: ExchangeRecord[] }>()(
    z.object({ dossierId: IdSchema }).strict(),
  ),
} as const;
