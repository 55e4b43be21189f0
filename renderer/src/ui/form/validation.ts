import type { z } from 'zod';

/** The first message per field path ("persons.0.name" style keys) of a zod error. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

export type Validator<T> = (values: T) => Record<string, string>;

/** A validator from a zod schema: the same rules the core applies at the IPC boundary. */
export function schemaValidator<T>(schema: z.ZodType): Validator<T> {
  return (values) => {
    const parsed = schema.safeParse(values);
    return parsed.success ? {} : zodFieldErrors(parsed.error);
  };
}

/** Runs several validators; the first message per field wins. */
export function combineValidators<T>(...validators: Array<Validator<T> | undefined>): Validator<T> {
  return (values) => {
    const out: Record<string, string> = {};
    for (const v of validators) {
      if (!v) continue;
      for (const [k, m] of Object.entries(v(values))) if (m && !(k in out)) out[k] = m;
    }
    return out;
  };
}

/**
 * The form key a core error's `field` names. The core names the path in the operation's input
 * (`point.text`, `conversation.heldAt`); the form knows `text`, `heldAt`: drop leading segments
 * until the first one is a field of the form.
 */
export function formFieldOf(field: string | undefined, values: object): string | null {
  if (!field) return null;
  const parts = field.split('.');
  for (let i = 0; i < parts.length; i++) if (parts[i]! in values) return parts.slice(i).join('.');
  return null;
}
