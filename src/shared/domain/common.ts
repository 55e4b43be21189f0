import { z } from 'zod';

/**
 * Bounds for every string that crosses the IPC boundary. Generous for real use,
 * small enough that a hostile payload cannot exhaust memory or the vault.
 */
export const LIMITS = {
  shortText: 200,
  mediumText: 2_000,
  longText: 50_000,
  listItems: 500,
} as const;

export const IdSchema = z
  .string({ error: 'Ontbrekende id.' })
  .regex(/^[0-9a-f-]{36}$/, { error: 'Ongeldige id.' });

/**
 * ISO 8601 date-time with an explicit offset or Z, e.g. 2026-11-28T09:15:00+01:00, normalised to
 * UTC (`2026-11-28T08:15:00.000Z`) so that stored times compare correctly as strings and every
 * reader shows them in its own local time.
 */
export const IsoDateTimeSchema = z.iso
  .datetime({ offset: true, error: 'Ongeldige datum/tijd.' })
  .transform((s) => new Date(s).toISOString());
/** Alias that says what the schema guarantees. */
export const UtcDateTimeSchema = IsoDateTimeSchema;
/** Calendar date, e.g. 2026-11-28. */
export const IsoDateSchema = z.iso.date({ error: 'Ongeldige datum.' });

export const shortText = (label: string) =>
  z
    .string({ error: `${label}: tekst verwacht.` })
    .trim()
    .max(LIMITS.shortText, { error: `${label} is te lang (maximaal ${LIMITS.shortText} tekens).` });

export const requiredShortText = (label: string) =>
  shortText(label).min(1, { error: `${label} is verplicht.` });

/**
 * Required, trimmed text with its own maximum. (`requiredShortText(l).max(n)` does not raise the
 * limit: zod keeps both checks, so the 200-character short-text maximum still applies.)
 */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label}: tekst verwacht.` })
    .trim()
    .min(1, { error: `${label} is verplicht.` })
    .max(max, { error: `${label} is te lang (maximaal ${max} tekens).` });

export const mediumText = (label: string) =>
  z
    .string({ error: `${label}: tekst verwacht.` })
    .max(LIMITS.mediumText, { error: `${label} is te lang (maximaal ${LIMITS.mediumText} tekens).` });

export const longText = (label: string) =>
  z
    .string({ error: `${label}: tekst verwacht.` })
    .max(LIMITS.longText, { error: `${label} is te lang (maximaal ${LIMITS.longText} tekens).` });
