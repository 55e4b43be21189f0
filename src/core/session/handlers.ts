import fs from 'node:fs';
import path from 'node:path';
import type { VaultAttention, VaultStatus } from '../../shared/api';
import type { vaultOps } from '../../shared/api/vault';
import { AppError } from '../../shared/errors';
import type { DialogKey, DialogParams } from '../../shared/i18n/dialogs';
import type { Handlers } from '../api';
import type { CoreContext } from '../context';
import {
  Vault,
  checkPassphraseStrength,
  type OpenOptions,
  listKeptCopies,
  prepareRestore,
  type PreparedRestore,
  type RestorePlan,
} from '../vault';

type VaultOpName = keyof typeof vaultOps;


export function sessionHandlers(ctx: CoreContext): Handlers<VaultOpName> {
  const t = (key: DialogKey, params?: DialogParams) => ctx.dialogText(key, params);
  const backupFilters = () => [{ name: t('BACKUP_FILTER'), extensions: ['vangnetbackup'] }];
  const status = (): VaultStatus => {
    const location = ctx.settings.vaultDir();
    if (ctx.isUnlocked) {
      return { state: 'unlocked', location, userName: ctx.actor(), failedAttempts: 0 };
    }
    const exists = Vault.exists(location);
    const attention = exists ? null : vaultAttention();
    return {
      state: exists ? 'locked' : 'no-vault',
      location,
      userName: null,
      failedAttempts: ctx.failedAttempts,
      ...(attention ? { attention } : {}),
    };
  };

  /** No vault where the settings point: is that a first start, or is a vault elsewhere? */
  const vaultAttention = (): VaultAttention | null => {
    if (ctx.settings.hadDamagedSettings()) return 'settings-damaged';
    // A chosen folder that is not there at all (USB stick, network drive); an existing empty
    // folder is where the user just chose to make a new vault.
    const chosen = ctx.settings.chosenVaultDir();
    if (chosen !== null && !fs.existsSync(chosen)) return 'vault-missing';
    return null;
  };

  /** The app's clock, KDF target and native binding for every vault this service opens. */
  const openOpts = (): OpenOptions => ({
    now: () => ctx.now(),
    ...(ctx.kdf ? { kdf: ctx.kdf } : {}),
    ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}),
  });


  /**
   * The question main asks before a vault is replaced. It names the backup's (sealed) date and
   * what the restored vault will not have; a page can trigger it but not answer it.
   */
  const confirmReplace = (plan: RestorePlan, what: 'backup' | 'kept'): Promise<boolean> => {
    const when = ctx.dialogDateTime(plan.sourceCreatedAt);
    const source = t(what === 'backup' ? 'RESTORE_SOURCE_BACKUP' : 'RESTORE_SOURCE_KEPT', { when });
    const count = plan.lostAuditRecords;
    const lost = count > 0 ? t(plan.sameVault ? 'RESTORE_LOST_SAME' : 'RESTORE_LOST_OTHER', { count, source }) : '';
    const detail = `${lost}${t('RESTORE_KEPT')}`;
    return ctx.platform.confirm(
      plan.sameVault
        ? {
            title: t('RESTORE_TITLE'),
            message: t('RESTORE_MESSAGE', { source }),
            detail,
            confirmLabel: t('RESTORE_CONFIRM'),
          }
        : {
            title: t('RESTORE_OTHER_TITLE'),
            message: t('RESTORE_OTHER_MESSAGE', { source }),
            detail,
            confirmLabel: t('RESTORE_OTHER_CONFIRM'),
          },
    );
  };

  /** Asks (when a vault is replaced), then closes the open vault and swaps the files. */
  const finishRestore = async (
    prepared: PreparedRestore,
    what: 'backup' | 'kept',
  ): Promise<VaultStatus | { cancelled: true }> => {
    if (prepared.plan.currentExists) {
      let ok: boolean;
      try {
        ok = await confirmReplace(prepared.plan, what);
      } catch (e) {
        prepared.abort();
        throw e;
      }
      if (!ok) {
        prepared.abort();
        return { cancelled: true };
      }
    }
    // The open vault must be closed before its files can be moved aside.
    ctx.lock();
    const { vault } = await prepared.commit();
    return unlocked(vault);
  };

  const unlocked = (vault: Vault): VaultStatus => {
    ctx.setVault(vault);
    ctx.failedAttempts = 0;
    return status();
  };

  /** Counts wrong secrets so the UI can show them; never locks anybody out for good. */
  const countFailures = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof AppError && (err.code === 'WRONG_PASSPHRASE' || err.code === 'WRONG_RECOVERY_KEY')) {
        ctx.failedAttempts += 1;
      }
      throw err;
    }
  };

  return {
    'vault.status': () => status(),
    'vault.checkPassphrase': ({ passphrase }) => checkPassphraseStrength(passphrase),
    'vault.create': async ({ userName, passphrase }) => {
      const dir = ctx.settings.vaultDir();
      if (Vault.exists(dir)) throw new AppError('VAULT_EXISTS', { key: 'VAULT_EXISTS_HERE' });
      // Damaged settings or a missing folder: a new, empty vault only after main's own question,
      // so nobody starts over while the real vault sits elsewhere.
      const attention = vaultAttention();
      if (attention) {
        const ok = await ctx.platform.confirm({
          title: t('CREATE_NEW_TITLE'),
          message:
            attention === 'settings-damaged'
              ? t('CREATE_NEW_SETTINGS_DAMAGED')
              : t('CREATE_NEW_FOLDER_MISSING', { dir }),
          detail: t('CREATE_NEW_DETAIL'),
          confirmLabel: t('CREATE_NEW_CONFIRM'),
        });
        if (!ok) throw new AppError('CANCELLED', { key: 'CREATE_CANCELLED_EXISTING' });
      }
      const { vault, recoveryKey } = await Vault.create(dir, { passphrase, userName, ...openOpts() });
      ctx.setVault(vault);
      ctx.failedAttempts = 0;
      return { recoveryKey };
    },
    'vault.unlock': ({ passphrase }) =>
      countFailures(async () =>
        unlocked(await Vault.unlock(ctx.settings.vaultDir(), passphrase, openOpts())),
      ),
    'vault.unlockWithRecoveryKey': ({ recoveryKey, newPassphrase }) =>
      countFailures(async () =>
        unlocked(
          await Vault.unlockWithRecoveryKey(ctx.settings.vaultDir(), recoveryKey, newPassphrase, openOpts()),
        ),
      ),
    'vault.lock': async () => {
      ctx.lock();
      await ctx.clipboardCleared;
      return status();
    },
    'clipboard.copy': async ({ text }) => {
      ctx.vault(); // only while unlocked: what is copied comes from the open vault
      await ctx.clipboard.copy(text);
      return { copied: true as const };
    },
    'vault.changePassphrase': async ({ oldPassphrase, newPassphrase }) => {
      await countFailures(() => ctx.vault().changePassphrase(oldPassphrase, newPassphrase));
      return { changed: true as const };
    },
    'vault.backup': async () => {
      const vault = ctx.vault();
      const stamp = ctx.nowIso().slice(0, 10);
      const file = await ctx.platform.chooseSaveFile({
        title: t('BACKUP_SAVE_TITLE'),
        defaultName: `vangnet-backup-${stamp}.vangnetbackup`,
        filters: backupFilters(),
      });
      if (!file) return { cancelled: true as const };
      await vault.backupTo(file);
      return { file };
    },
    'vault.restore': async ({ currentPassphrase, ...secret }) => {
      const dir = ctx.settings.vaultDir();
      // Refuse before any dialog: replacing a vault needs its passphrase (checked in the core).
      if (Vault.exists(dir) && !currentPassphrase) {
        throw new AppError('VALIDATION', { key: 'RESTORE_NEEDS_CURRENT_PASSPHRASE' });
      }
      const file = await ctx.platform.chooseOpenFile({ title: t('RESTORE_TITLE'), filters: backupFilters() });
      if (!file) return { cancelled: true as const };
      const prepared = await countFailures(() =>
        prepareRestore({ kind: 'backup', file }, dir, secret, {
          ...openOpts(),
          current: ctx.isUnlocked ? ctx.vault() : null,
          ...(currentPassphrase !== undefined ? { currentPassphrase } : {}),
        }),
      );
      return finishRestore(prepared, 'backup');
    },
    'vault.keptCopies': () => {
      ctx.vault();
      return listKeptCopies(ctx.settings.vaultDir());
    },
    'vault.returnToKept': async ({ id, passphrase, currentPassphrase }) => {
      const prepared = await countFailures(() =>
        prepareRestore({ kind: 'kept', id }, ctx.settings.vaultDir(), { passphrase }, {
          ...openOpts(),
          current: ctx.vault(),
          currentPassphrase,
        }),
      );
      return finishRestore(prepared, 'kept');
    },
    'vault.rotateRecoveryKey': async ({ passphrase }) => {
      const recoveryKey = await countFailures(() => ctx.vault().rotateRecoveryKey(passphrase));
      return { recoveryKey };
    },
    'vault.chooseLocation': async ({ mode }) => {
      const folder = await ctx.platform.chooseFolder({
        title: t(mode === 'open-existing' ? 'CHOOSE_EXISTING_FOLDER' : 'CHOOSE_NEW_FOLDER'),
      });
      if (!folder) return { cancelled: true as const };
      const resolved = path.resolve(folder);
      const current = ctx.settings.vaultDir();
      if (mode === 'open-existing' && !Vault.exists(resolved)) {
        throw new AppError('VAULT_NOT_FOUND', { key: 'VAULT_NOT_IN_FOLDER' });
      }
      if (mode === 'new-location') {
        if (Vault.exists(resolved)) {
          throw new AppError('VAULT_EXISTS', { key: 'VAULT_EXISTS_IN_FOLDER' });
        }
        try {
          fs.accessSync(resolved, fs.constants.W_OK);
        } catch {
          throw new AppError('READ_ONLY', { key: 'FOLDER_NOT_WRITABLE' });
        }
      }
      // Pointing Vangnet away from an existing vault is confirmed in main's own dialog.
      if (resolved !== path.resolve(current) && Vault.exists(current)) {
        const ok = await ctx.platform.confirm({
          title: t('MOVE_VAULT_TITLE'),
          message: t('MOVE_VAULT_MESSAGE', { folder: resolved }),
          detail: t('MOVE_VAULT_DETAIL', { current }),
          confirmLabel: t('MOVE_VAULT_CONFIRM'),
        });
        if (!ok) return { cancelled: true as const };
      }
      ctx.lock();
      ctx.settings.update({ vaultLocation: resolved });
      return status();
    },
    'vault.verifyAudit': () => {
      const result = ctx.vault().verifyAudit();
      return result.ok
        ? { ok: true, count: result.count, message: `Het auditlogboek is compleet en ongewijzigd (${result.count} regels).` }
        : { ok: false, count: 0, message: result.reason };
    },
    'settings.get': () => {
      const s = ctx.settings.read();
      return {
        idleLockMinutes: s.idleLockMinutes,
        language: s.language,
        vaultLocation: ctx.settings.vaultDir(),
        userName: ctx.isUnlocked ? ctx.actor() : null,
      };
    },
    'settings.update': ({ idleLockMinutes, language, userName }) => {
      const patch: { idleLockMinutes?: number; language?: 'nl' | 'en' } = {};
      if (idleLockMinutes !== undefined) patch.idleLockMinutes = idleLockMinutes;
      if (language !== undefined) patch.language = language;
      const s = ctx.settings.update(patch);
      if (userName !== undefined) ctx.vault().setUserName(userName);
      return {
        idleLockMinutes: s.idleLockMinutes,
        language: s.language,
        vaultLocation: ctx.settings.vaultDir(),
        userName: ctx.isUnlocked ? ctx.actor() : null,
      };
    },
  };
}
