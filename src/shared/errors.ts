/**
 * Error codes that cross the IPC boundary. The message is always Dutch and written
 * for a care coordinator, never a stack trace.
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

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Optional structured detail safe to show (never secrets). */
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export function missingCase(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
