import { z } from 'zod';
import type { ErrorPhrase } from '../errors';
import { IdSchema, LIMITS, mediumText, shortText } from './common';

/**
 * Letters written for their reader: the name parts a salutation is made from, the part of a
 * conversation record written for the letter, who signs, and how the letter reaches the
 * parent when the dossier says "not by post to the home address".
 */

export const SALUTATIONS = ['', 'mevrouw', 'heer'] as const;
export type Salutation = (typeof SALUTATIONS)[number];

export const NamePartsSchema = z
  .object({
    salutation: z.enum(SALUTATIONS, { error: 'Kies mevrouw, heer of geen aanhef.' }),
    initials: shortText('Voorletters'),
    infix: shortText('Tussenvoegsel'),
    surname: shortText('Achternaam').min(1, { error: 'Vul de achternaam in.' }),
  })
  .strict();
export type NameParts = z.infer<typeof NamePartsSchema>;

export const capitalFirst = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/**
 * The name as it follows "Beste"/"Geachte": "mevrouw Yılmaz-Öztürk", "heer De Vries" (the
 * tussenvoegsel takes a capital when no initials precede it), "heer/mevrouw Szőke".
 */
export function salutationName(p: NameParts): string {
  const surname = [capitalFirst(p.infix), p.surname].filter(Boolean).join(' ');
  return `${p.salutation || 'heer/mevrouw'} ${surname}`;
}

/** "Beste mevrouw Yılmaz-Öztürk," (parents) or "Geachte heer Szőke," (another school). */
export function greeting(p: NameParts, register: 'beste' | 'geachte'): string {
  return `${register === 'beste' ? 'Beste' : 'Geachte'} ${salutationName(p)},`;
}

/** The conversation's part for the letter: in words for the parent, never the internal notes. */
export const LetterPartsSchema = z
  .object({
    discussed: z
      .string({ error: 'Wat we hebben besproken: tekst verwacht.' })
      .trim()
      .min(1, { error: 'Schrijf wat je met de ouder hebt besproken.' })
      .max(LIMITS.mediumText, { error: `Wat we hebben besproken is te lang (maximaal ${LIMITS.mediumText} tekens).` }),
    agreed: z
      .string({ error: 'Wat we hebben afgesproken: tekst verwacht.' })
      .trim()
      .min(1, { error: 'Schrijf wat je met de ouder hebt afgesproken.' })
      .max(LIMITS.mediumText, { error: `Wat we hebben afgesproken is te lang (maximaal ${LIMITS.mediumText} tekens).` }),
  })
  .strict();
export type LetterParts = z.infer<typeof LetterPartsSchema>;

export interface StoredLetterParts extends LetterParts {
  conversationId: string;
  updatedAt: string;
  updatedBy: string;
}

/** Who signs the letter and whom the parent can reach. */
export const LetterSenderSchema = z
  .object({
    name: shortText('Naam afzender').min(1, { error: 'Vul de naam van de afzender in.' }),
    role: shortText('Functie afzender').min(1, { error: 'Vul de functie van de afzender in.' }),
    contact: shortText('Telefoon of e-mail van de afzender').min(1, {
      error: 'Vul in hoe de ouder de afzender bereikt (telefoon of e-mail).',
    }),
  })
  .strict();
export type LetterSender = z.infer<typeof LetterSenderSchema>;

export const DELIVERY_MODES = ['post', 'persoonlijk', 'ander-adres'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
export const DELIVERY_LABELS: Readonly<Record<DeliveryMode, string>> = {
  post: 'Per post naar het huisadres',
  persoonlijk: 'Persoonlijk overhandigen (geen adres op de brief)',
  'ander-adres': 'Naar een ander adres',
};

export const LetterDeliverySchema = z
  .object({
    mode: z.enum(DELIVERY_MODES, { error: 'Kies hoe de brief de ontvanger bereikt.' }),
    /** Only for 'ander-adres': the address lines (street, postcode and place). */
    otherAddress: mediumText('Ander adres').optional(),
    /** The coordinator has read the warnings and chose this on purpose. */
    warningsRead: z.boolean(),
  })
  .strict()
  .refine((d) => d.mode !== 'ander-adres' || (d.otherAddress ?? '').trim().length > 0, {
    error: 'Vul het andere adres in.',
    path: ['otherAddress'],
  });
export type LetterDelivery = z.infer<typeof LetterDeliverySchema>;

export type LetterWarningKind = 'niet-thuisadres' | 'tolk' | 'niet-informeren';

/** Something in the dossier that speaks against sending this letter as it is. */
export interface LetterWarning {
  kind: LetterWarningKind;
  /** What Vangnet noticed, in Dutch, quoting the dossier's own words (the text of `phrase`). */
  message: string;
  /** The same as a catalog phrase (names and quoted words as data), said in the user's language. */
  phrase: ErrorPhrase;
  /** The choices that fit (shown as buttons). */
  choices: DeliveryMode[];
}

/** Everything the letter flow shows before a personal letter is made. */
export interface LetterSetupInfo {
  /** The people this letter can go to (parents of the child, or the other school's contact). */
  recipients: Array<{ personId: string; name: string; relation: string }>;
  recipientPersonId: string | null;
  /** Stored name parts, or a suggestion made from the full name (stored = false). */
  nameParts: (NameParts & { stored: boolean }) | null;
  /** "Beste mevrouw Yılmaz-Öztürk," as it will print, or '' when the name parts are missing. */
  salutationPreview: string;
  /** Conversations with this recipient (newest first); the chosen one first. */
  conversations: Array<{ id: string; heldAt: string; withWhom: string; heldBy: string }>;
  conversationId: string | null;
  /** The stored letter part, or a suggestion to edit (stored = false). Never the internal notes. */
  letterParts: (LetterParts & { stored: boolean }) | null;
  /** Suggested senders: who held the conversation, the agreed contact, the school's signatory. */
  senders: Array<LetterSender & { why: string }>;
  warnings: LetterWarning[];
}

export const SaveNamePartsInput = z.object({ dossierId: IdSchema, personId: IdSchema, parts: NamePartsSchema }).strict();
export const SaveLetterPartsInput = z
  .object({ dossierId: IdSchema, conversationId: IdSchema, parts: LetterPartsSchema })
  .strict();
