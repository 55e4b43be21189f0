import { z } from 'zod';
import { IdSchema } from '../domain/common';
import { jsonObjectWithStrings, type JsonValue } from '../domain/json';
import { NO_FILES_MESSAGE, fileLikeContent } from '../domain/monitoring';
import { op } from './define';

/**
 * Drafts: what was typed in a form or dialog but not saved yet, kept in the vault (never in
 * localStorage or a plaintext file) so a lock or crash never loses it. One draft per
 * dossier + form; `dossierId: null` for forms outside a dossier (intake, school profile).
 */
export interface Draft {
  dossierId: string | null;
  formKey: string;
  data: { [key: string]: JsonValue };
  updatedAt: string;
}

export type DraftSummary = Omit<Draft, 'data'>;

/** The largest draft, as JSON text: far above any real form, far below anything abusive. */
export const DRAFT_MAX_CHARS = 200_000;

/** e.g. `conversation:new:gesprek-slachtoffer`, `person:<uuid>`, `intake`, `step:<step id>` (a school's own step id is up to 86 characters). */
export const DraftFormKeySchema = z
  .string({ error: 'Ontbrekende formuliernaam.' })
  .regex(/^[a-z][a-z0-9-]*(:[a-z0-9-]{1,96}){0,3}$/, { error: 'Ongeldige formuliernaam.' })
  .max(160, { error: 'Ongeldige formuliernaam.' });

function* strings(value: JsonValue): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
}

/**
 * The typed input: bounded JSON without anything file-like (drafts of the monitoring log too).
 * A single text may exceed a field's limit: a draft keeps it so the user can shorten it.
 */
export const DraftDataSchema = jsonObjectWithStrings(DRAFT_MAX_CHARS).refine(
  (data) => JSON.stringify(data).length <= DRAFT_MAX_CHARS,
  { error: `Het concept is te groot om te bewaren (maximaal ${DRAFT_MAX_CHARS} tekens).` },
).refine((data) => [...strings(data)].every((s) => fileLikeContent(s) === null), { error: NO_FILES_MESSAGE });

const scope = { dossierId: IdSchema.nullable(), formKey: DraftFormKeySchema };

export const draftOps = {
  /** Replaces the draft of this dossier + form. Not audited: drafts are working copies, not acts. */
  'draft.save': op<DraftSummary>()(z.object({ ...scope, data: DraftDataSchema }).strict()),
  'draft.get': op<Draft | null>()(z.object(scope).strict()),
  /** The drafts of one dossier (or of the forms outside dossiers when null), newest first. */
  'draft.list': op<DraftSummary[]>()(z.object({ dossierId: IdSchema.nullable() }).strict()),
  /** On save and on cancel. Discarding a draft that does not exist is not an error. */
  'draft.discard': op<{ discarded: boolean }>()(z.object(scope).strict()),
};
