import { z } from 'zod';
import { NoInput, op } from './define';
import { shortText } from '../domain/common';

export type VaultState = 'no-vault' | 'locked' | 'unlocked';

/**
 * Why "no vault" may not mean a first start: the settings file was damaged (the location it
 * held may be lost), or the chosen vault folder does not exist (USB stick, network drive).
 * The first-run screen then offers to open the existing vault first, and creating a new,
 * empty vault needs main's own confirmation.
 */
export type VaultAttention = 'settings-damaged' | 'vault-missing';

export interface VaultStatus {
  state: VaultState;
  /** Folder of the vault (not confidential: a path the user chose). */
  location: string;
  userName: string | null;
  /** Wrong passphrase attempts since the app started or the last successful unlock. */
  failedAttempts: number;
  /** Only with state 'no-vault': a vault probably exists elsewhere. */
  attention?: VaultAttention;
}

/** A replaced vault, kept encrypted after a restore until the next successful backup. */
export interface KeptCopyInfo {
  id: string;
  keptAt: string;
  /** What replaced it ("back-up van …"). */
  replacedBy: string;
  /** Audit records it has that the current vault does not. */
  lostAuditRecords: number;
}

export interface PassphraseStrength {
  ok: boolean;
  score: number;
  message: string;
  hints: string[];
}

export interface AppSettings {
  idleLockMinutes: number;
  language: 'nl' | 'en';
  vaultLocation: string;
  userName: string | null;
}

const passphrase = z.string({ error: 'Wachtwoordzin ontbreekt.' }).max(1024, {
  error: 'De wachtwoordzin is te lang (maximaal 1024 tekens).',
});
const recoveryKey = z
  .string({ error: 'Herstelsleutel ontbreekt.' })
  .min(1, { error: 'Vul de herstelsleutel in.' })
  .max(200, { error: 'Dit is geen geldige herstelsleutel.' });

export const vaultOps = {
  'vault.status': op<VaultStatus>()(NoInput),
  'vault.checkPassphrase': op<PassphraseStrength>()(z.object({ passphrase }).strict()),
  'vault.create': op<{ recoveryKey: string }>()(
    z
      .object({
        userName: shortText('Je naam').min(1, { error: 'Vul je naam in.' }),
        passphrase,
      })
      .strict(),
  ),
  'vault.unlock': op<VaultStatus>()(z.object({ passphrase }).strict()),
  'vault.unlockWithRecoveryKey': op<VaultStatus>()(
    z.object({ recoveryKey, newPassphrase: passphrase }).strict(),
  ),
  'vault.lock': op<VaultStatus>()(NoInput),
  'vault.changePassphrase': op<{ changed: true }>()(
    z.object({ oldPassphrase: passphrase, newPassphrase: passphrase }).strict(),
  ),
  /** Asks the platform for a target file, then writes an encrypted backup there. */
  'vault.backup': op<{ file: string } | { cancelled: true }>()(NoInput),
  /**
   * Asks the platform for a backup file and verifies it. Replacing an existing vault needs that
   * vault unlocked, its passphrase (`currentPassphrase`, verified in the core) and a "yes" in a
   * native dialog of the main process that names the backup's date and what would be lost.
   * The replaced vault is kept, encrypted, until the next successful backup.
   */
  'vault.restore': op<VaultStatus | { cancelled: true }>()(
    z.union([
      z.object({ passphrase, currentPassphrase: passphrase.optional() }).strict(),
      z.object({ recoveryKey, newPassphrase: passphrase, currentPassphrase: passphrase.optional() }).strict(),
    ]),
  ),
  /** Replaced vaults kept after a restore (newest first). */
  'vault.keptCopies': op<KeptCopyInfo[]>()(NoInput),
  /**
   * The way back: makes a kept copy the vault again (the vault it replaces is kept in turn).
   * `passphrase` opens the kept copy; `currentPassphrase` proves the current vault's owner.
   */
  'vault.returnToKept': op<VaultStatus | { cancelled: true }>()(
    z
      .object({
        id: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, { error: 'Onbekende bewaarde kopie.' }),
        passphrase,
        currentPassphrase: passphrase,
      })
      .strict(),
  ),
  /**
   * Makes a new recovery key (shown once) after the passphrase is re-entered; the old key
   * stops working immediately.
   */
  'vault.rotateRecoveryKey': op<{ recoveryKey: string }>()(z.object({ passphrase }).strict()),
  /** Asks the platform for a folder and moves/points the vault there. */
  'vault.chooseLocation': op<VaultStatus | { cancelled: true }>()(
    z.object({ mode: z.enum(['open-existing', 'new-location']) }).strict(),
  ),
  /**
   * Copies text the user sees (a one-time passphrase, a card) to the system clipboard through
   * main, which takes it off again when the vault locks if it is still there.
   */
  'clipboard.copy': op<{ copied: true }>()(z.object({ text: z.string().min(1).max(20_000) }).strict()),
  'vault.verifyAudit': op<{ ok: boolean; count: number; message: string }>()(NoInput),
  'settings.get': op<AppSettings>()(NoInput),
  'settings.update': op<AppSettings>()(
    z
      .object({
        idleLockMinutes: z
          .number({ error: 'Vul een aantal minuten in.' })
          .int({ error: 'Vul een heel aantal minuten in.' })
          .min(1, { error: 'Minimaal 1 minuut.' })
          .max(60, { error: 'Maximaal 60 minuten: langer onbeheerd open laten is niet verantwoord.' })
          .optional(),
        language: z.enum(['nl', 'en']).optional(),
        userName: shortText('Je naam').min(1, { error: 'Vul je naam in.' }).optional(),
      })
      .strict(),
  ),
} as const;
