import { z } from 'zod';
import { LIMITS } from './common';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const MAX_DEPTH = 6;

/**
 * A bounded JSON value for step records: strings, finite numbers, booleans, null,
 * arrays and objects nested at most MAX_DEPTH deep. Hostile payloads (deep nesting,
 * huge strings, binary data) are rejected here, before anything reaches the vault.
 */
function jsonAtDepth(depth: number): z.ZodType<JsonValue> {
  const leaf = z.union([
    z.string().max(LIMITS.longText, { error: 'Tekst is te lang.' }),
    z.number().finite(),
    z.boolean(),
    z.null(),
  ]);
  if (depth >= MAX_DEPTH) return leaf;
  return z.lazy(() =>
    z.union([
      leaf,
      z.array(jsonAtDepth(depth + 1)).max(LIMITS.listItems, { error: 'Te veel items.' }),
      z
        .record(z.string().max(80), jsonAtDepth(depth + 1))
        .refine((o) => Object.keys(o).length <= 200, { error: 'Te veel velden.' }),
    ]),
  );
}

export const JsonValueSchema = jsonAtDepth(0);
export const JsonObjectSchema = z
  .record(z.string().max(80), jsonAtDepth(1))
  .refine((o) => Object.keys(o).length <= 200, { error: 'Te veel velden.' });
