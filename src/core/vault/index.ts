/**
 * The encrypted vault: one folder with `vangnet.db` (SQLCipher 4 format, random 256-bit key)
 * and `vangnet.keys.json` (that key wrapped by Argon2id(passphrase) and Argon2id(recovery key)
 * with AES-256-GCM). Node runtime only; never import 'electron' here.
 */
export {
  Vault,
  DB_FILE,
  KEY_FILE,
  PAGE_SIZE,
  type BackupInfo,
  type RestoreSecret,
  type OpenOptions,
} from './vault';
export { DEFAULT_KDF, measureKdf, type KdfParams } from './kdf';
export { checkPassphraseStrength, MIN_PASSPHRASE_LENGTH, type PassphraseStrength } from './passphrase';
export {
  appendAudit,
  verifyAuditChain,
  GENESIS_HASH,
  type AuditEntry,
  type AuditVerification,
} from './audit';
export { MIGRATIONS, type Migration } from './migrations';
export { runMigrations, latestVersion, assertMigrationOrder } from './migrate';
export { normalizeRecoveryKey } from './recovery';
export { toAppError as toVaultAppError } from './errors';
export { LOCK_FILE, VaultLock, setLockNativeBinding } from './lock';
export { generateIdentityKeys, type IdentityKeys } from './identity-keys';
export { HANDED_OVER_MARKER } from './handover-marker';
export { generateRecoveryKey } from './recovery';
export { writeFileAtomic } from './fsutil';
export { listKeptCopies, prepareRestore, type PreparedRestore, type RestorePlan } from './restore';
