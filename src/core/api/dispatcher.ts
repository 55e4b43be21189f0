import type { z } from 'zod';
import { API, isOpName, type OpName } from '../../shared/api';
import { AppError, type ErrorPayload, type Result } from '../../shared/errors';
import type { Handlers } from './handlers';
import { HANDED_OVER_MARKER } from '../exchange/marker';

export type Dispatch = (op: unknown, input: unknown) => Promise<Result<unknown>>;

/** Turns the first zod issue into one Dutch sentence that says which field is wrong. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'De invoer is ongeldig.';
  // Our schemas carry Dutch messages; zod's own English defaults are replaced.
  const ownMessage = /[a-z]/i.test(issue.message) && !/^(Invalid|Expected|Unrecognized|Too )/.test(issue.message);
  if (ownMessage) return issue.message;
  const where = issue.path.length ? ` (veld: ${issue.path.join('.')})` : '';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `De invoer bevat onbekende velden${where}.`;
    case 'too_big':
      return `Een waarde is te groot of te lang${where}.`;
    case 'too_small':
      return `Een waarde is te klein of ontbreekt${where}.`;
    default:
      return `De invoer is ongeldig${where}.`;
  }
}

function sqliteError(err: unknown): ErrorPayload | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return { code: 'DISK_FULL', message: 'De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.' };
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return { code: 'READ_ONLY', message: 'Vangnet kan niet schrijven op deze plek. Er is niets opgeslagen; kies een andere map of controleer de rechten.' };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return { code: 'VAULT_IN_USE', message: 'De kluis is even bezet door een ander programma. Probeer het zo opnieuw.' };
  }
  if (code.startsWith('SQLITE_CONSTRAINT') && String((err as Error).message).includes(HANDED_OVER_MARKER)) {
    return {
      code: 'FORBIDDEN',
      message: 'Dit dossier is overgedragen en is hier alleen nog te lezen. Er is niets gewijzigd.',
    };
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'CONFLICT', message: 'Deze wijziging past niet bij wat al is vastgelegd. Er is niets opgeslagen.' };
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return { code: 'VAULT_CORRUPT', message: 'De kluis lijkt beschadigd. Zet een back-up terug of neem contact op met ICT.' };
  }
  return null;
}

export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof AppError) {
    return err.details === undefined
      ? { code: err.code, message: err.message }
      : { code: err.code, message: err.message, details: err.details };
  }
  const mapped = sqliteError(err);
  if (mapped) return mapped;
  return {
    code: 'INTERNAL',
    message: 'Er ging onverwacht iets mis. Er is niets verloren gegaan van wat al was opgeslagen; probeer het opnieuw.',
  };
}

/**
 * The single entry point for every request from the UI: checks the operation exists,
 * validates the input with its schema (invalid input never reaches the vault), calls the
 * handler and wraps the outcome in a result envelope. It never throws.
 */
export function createDispatcher(
  handlers: Handlers<OpName>,
  log: (message: string) => void = () => undefined,
): Dispatch {
  return async (op, input) => {
    if (!isOpName(op)) {
      return { ok: false, error: { code: 'UNKNOWN_OPERATION', message: 'Onbekende opdracht.' } };
    }
    let parsed: ReturnType<(typeof API)[typeof op]['input']['safeParse']>;
    try {
      parsed = API[op].input.safeParse(input ?? {});
    } catch {
      // A hostile payload can make a schema's own code throw (stack overflow in a refine, a
      // getter that throws): still an answer, never a crash of the main process.
      return { ok: false, error: { code: 'VALIDATION', message: 'De invoer is ongeldig.' } };
    }
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', message: describeZodError(parsed.error) } };
    }
    try {
      const handler = handlers[op] as (i: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (err) {
      const payload = toErrorPayload(err);
      // Log the operation and code only: messages of unexpected errors may quote data.
      if (payload.code === 'INTERNAL') {
        log(`dispatch(${op}): unexpected ${(err as Error)?.name ?? 'error'}`);
      }
      return { ok: false, error: payload };
    }
  };
}
