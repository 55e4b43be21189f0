import { z } from 'zod';
import { LIMITS } from './common';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const MAX_DEPTH = 6;

/**
 * A bounded JSON value for step records: strings, finite numbers, booleans, null,
 * arrays and objects nested at most MAX_DEPTH deep. Hostile payloads (deep nesting,
 * huge strings, binary data) are rejected here, before anything reaches the vault.
 */
function jsonAtDepth(depth: number, maxString: number = LIMITS.longText): z.ZodType<JsonValue> {
  const leaf = z.union([
    z.string().max(maxString, { error: 'Tekst is te lang.' }),
    z.number().finite(),
    z.boolean(),
    z.null(),
  ]);
  if (depth >= MAX_DEPTH) return leaf;
  return z.lazy(() =>
    z.union([
      leaf,
      z.array(jsonAtDepth(depth + 1, maxString)).max(LIMITS.listItems, { error: 'Te veel items.' }),
      z
        .record(z.string().max(80), jsonAtDepth(depth + 1, maxString))
        .refine((o) => Object.keys(o).length <= 200, { error: 'Te veel velden.' }),
    ]),
  );
}

/**
 * A JSON object whose strings may be up to `maxString` long. For drafts: they keep what was
 * typed even when it is over a field's limit (the user shortens it after the lock), bounded by
 * the draft's own total size.
 */
export function jsonObjectWithStrings(maxString: number) {
  return z
    .record(z.string().max(80), jsonAtDepth(1, maxString))
    .refine((o) => Object.keys(o).length <= 200, { error: 'Te veel velden.' });
}

export const JsonValueSchema = jsonAtDepth(0);
export const JsonObjectSchema = z
  .record(z.string().max(80), jsonAtDepth(1))
  .refine((o) => Object.keys(o).length <= 200, { error: 'Te veel velden.' });
