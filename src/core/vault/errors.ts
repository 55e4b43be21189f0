import { AppError, type ErrorCode, type ErrorKey } from '../../shared/errors';

/** Vault situations that have their own sentence in the catalogs (src/shared/i18n/errors.*.ts). */
export type VaultMessageKey =
  ErrorCode | 'NOT_A_VAULT_PLAIN' | 'BACKUP_NOT_FOUND' | 'VAULT_TOO_NEW_BACKUP' | 'NAME_REQUIRED';

/**
 * A vault failure: its code and catalog sentence. Unexpected vault failures get the vault's
 * own INTERNAL sentence ("…met de kluis…").
 */
export function vaultError(code: ErrorCode, messageKey?: VaultMessageKey, details?: unknown): AppError {
  const key: ErrorKey = messageKey ?? (code === 'INTERNAL' ? 'VAULT_INTERNAL' : code);
  return new AppError(code, { key, ...(details !== undefined ? { details } : {}) });
}

function errCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e) {
    const c = (e as { code: unknown }).code;
    return typeof c === 'string' ? c : undefined;
  }
  return undefined;
}

/** Disk-level failures that have their own user-facing code, or undefined. */
export function diskErrorCode(e: unknown): ErrorCode | undefined {
  const c = errCode(e);
  if (!c) return undefined;
  if (c === 'ENOSPC' || c === 'EDQUOT' || c === 'SQLITE_FULL') return 'DISK_FULL';
  if (c === 'EACCES' || c === 'EROFS' || c === 'EPERM' || c.startsWith('SQLITE_READONLY')) return 'READ_ONLY';
  return undefined;
}

export function sqliteCode(e: unknown): string | undefined {
  const c = errCode(e);
  return c && c.startsWith('SQLITE_') ? c : undefined;
}

/**
 * Turns any thrown value into an AppError. AppErrors pass through; disk errors get their
 * own code; everything else becomes INTERNAL (the original is kept as `cause` for logs,
 * never shown to the user).
 */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const disk = diskErrorCode(e);
  if (disk) return vaultError(disk);
  const err = vaultError('INTERNAL');
  (err as { cause?: unknown }).cause = e;
  return err;
}
