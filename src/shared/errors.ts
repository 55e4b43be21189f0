import { ERRORS_NL, type ErrorKey } from './i18n/errors.nl';

export type { ErrorKey };

/**
 * Error codes that cross the IPC boundary, each with a sentence in the catalogs
 * (src/shared/i18n/errors.{nl,en}.ts), written for a care coordinator, never a stack trace.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_OPERATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'VAULT_LOCKED',
  'VAULT_NOT_FOUND',
  'VAULT_EXISTS',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'WEAK_PASSPHRASE',
  'NOT_A_VAULT',
  'VAULT_TRUNCATED',
  'VAULT_TOO_NEW',
  'VAULT_CORRUPT',
  'VAULT_IN_USE',
  'DISK_FULL',
  'READ_ONLY',
  'BACKUP_INVALID',
  'PRIVACY_GUARD',
  'MISSING_PLACEHOLDER',
  'IMPORT_ERROR',
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every code has its default sentence in the catalogs (a missing one is a type error here). */
export const DEFAULT_ERROR_SENTENCES: Readonly<Record<ErrorCode, string>> = ERRORS_NL;

/**
 * Values for a sentence's {{placeholders}}: names, numbers, limits — never secrets — or a list
 * of phrases. A list (what is still open, the rows held back) is never joined into Dutch text in
 * the core: each item is a catalog key with its own params, said in the reader's language.
 */
export type ErrorParams = Record<string, string | number | readonly ErrorPhrase[]>;

/** One item of a listed parameter: a catalog key (src/shared/i18n/errors.nl.ts) and its values. */
export interface ErrorPhrase {
  key: ErrorKey;
  params?: ErrorParams;
}

/**
 * How the items of a listed parameter are joined, in every language: whole sentences (a letter
 * warning) follow each other, other items (which may hold commas) are separated by '; '.
 */
export function joinPhrases(items: readonly string[]): string {
  return items.reduce((out, item, i) => (i === 0 ? item : `${out}${/[.!?]$/.test(out) ? ' ' : '; '}${item}`), '');
}

/**
 * The params with every phrase list said by `say` (a catalog lookup with its values filled
 * in): what a sentence's placeholders take. The core says them in Dutch (errorText), the
 * renderer in the user's language.
 */
export function phraseValues(
  params: ErrorParams | undefined,
  say: (key: ErrorKey, values: Record<string, string | number>) => string,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    out[name] =
      typeof value === 'object'
        ? joinPhrases(value.map((p) => say(p.key, phraseValues(p.params, say))))
        : value;
  }
  return out;
}

/** What a new error carries instead of a sentence: the sentence is in the catalogs. */
export interface ErrorInfo {
  /** Which sentence (src/shared/i18n/errors.nl.ts); default: the code's own. */
  key?: ErrorKey;
  params?: ErrorParams;
  /** Validation: the path of the field that was wrong ('persons.0.name'). */
  field?: string;
  /** Other structured detail the UI may use (e.g. a passphrase's strength score). */
  details?: unknown;
  /** A Dutch sentence that is not in the catalogs (a schema's own message): shown as is. */
  text?: string;
}

/** The Dutch sentence of a catalog key with its parameters filled in. */
export function errorText(
  key: ErrorKey,
  params?: ErrorParams,
  catalog: Record<ErrorKey, string> = ERRORS_NL,
): string {
  const values = phraseValues(params, (k, v) => errorText(k, v, catalog));
  return catalog[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/**
 * An error the core raises on purpose. Write `new AppError(code, { key, params, field })`: the
 * renderer shows the key's sentence in the user's language, and `message` is its Dutch text.
 * The older `new AppError(code, 'Dutch sentence', details)` still works (the sentence is then
 * shown as is, in every language): move such sentences into the catalogs when you touch them.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: ErrorKey | undefined;
  readonly params: ErrorParams | undefined;
  readonly field: string | undefined;
  /** Optional structured detail safe to show (never secrets). */
  readonly details: unknown;
  constructor(code: ErrorCode, messageOrInfo: string | ErrorInfo = {}, details?: unknown) {
    const info: ErrorInfo =
      typeof messageOrInfo === 'string' ? { text: messageOrInfo, details } : messageOrInfo;
    const key = info.text === undefined ? (info.key ?? code) : undefined;
    super(info.text ?? errorText(key ?? code, info.params));
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    this.params = info.params;
    this.field = info.field;
    this.details = info.details;
  }

  /** The envelope sent over IPC: only the members that are set. */
  toPayload(): ErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.key !== undefined ? { key: this.key } : {}),
      ...(this.params !== undefined ? { params: this.params } : {}),
      ...(this.field !== undefined ? { field: this.field } : {}),
      ...(this.details !== undefined ? { details: this.details } : {}),
    };
  }
}

export interface ErrorPayload {
  code: ErrorCode;
  /** Dutch text: from the catalog when `key` is set (the renderer then translates the key). */
  message: string;
  key?: ErrorKey;
  params?: ErrorParams;
  field?: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export { missingCase } from './missing-case';
