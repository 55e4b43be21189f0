import fs from 'node:fs';
import path from 'node:path';
import type { VaultStatus } from '../../shared/api';
import type { vaultOps } from '../../shared/api/vault';
import { AppError } from '../../shared/errors';
import type { Handlers } from '../api/handlers';
import type { CoreContext } from '../context';
import { Vault, checkPassphraseStrength } from '../vault';

type VaultOpName = keyof typeof vaultOps;

const BACKUP_FILTERS = [{ name: 'Vangnet-back-up', extensions: ['vangnetbackup'] }];

export function sessionHandlers(ctx: CoreContext): Handlers<VaultOpName> {
  const status = (): VaultStatus => {
    const location = ctx.settings.vaultDir();
    if (ctx.isUnlocked) {
      return { state: 'unlocked', location, userName: ctx.actor(), failedAttempts: 0 };
    }
    return {
      state: Vault.exists(location) ? 'locked' : 'no-vault',
      location,
      userName: null,
      failedAttempts: ctx.failedAttempts,
    };
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
      if (Vault.exists(dir)) {
        throw new AppError('VAULT_EXISTS', 'Op deze plek staat al een kluis. Open die, of kies een andere map.');
      }
      const { vault, recoveryKey } = await Vault.create(dir, {
        passphrase,
        userName,
        kdf: ctx.kdf,
        now: () => ctx.now(),
        nativeBinding: ctx.nativeBinding,
      });
      ctx.setVault(vault);
      ctx.failedAttempts = 0;
      return { recoveryKey };
    },
    'vault.unlock': ({ passphrase }) =>
      countFailures(async () =>
        unlocked(await Vault.unlock(ctx.settings.vaultDir(), passphrase, { nativeBinding: ctx.nativeBinding })),
      ),
    'vault.unlockWithRecoveryKey': ({ recoveryKey, newPassphrase }) =>
      countFailures(async () =>
        unlocked(
          await Vault.unlockWithRecoveryKey(ctx.settings.vaultDir(), recoveryKey, newPassphrase, {
            nativeBinding: ctx.nativeBinding,
          }),
        ),
      ),
    'vault.lock': () => {
      ctx.lock();
      return status();
    },
    'vault.changePassphrase': async ({ oldPassphrase, newPassphrase }) => {
      await countFailures(() => ctx.vault().changePassphrase(oldPassphrase, newPassphrase));
      return { changed: true as const };
    },
    'vault.backup': async () => {
      const vault = ctx.vault();
      const stamp = ctx.nowIso().slice(0, 10);
      const file = await ctx.platform.chooseSaveFile({
        title: 'Back-up opslaan',
        defaultName: `vangnet-backup-${stamp}.vangnetbackup`,
        filters: BACKUP_FILTERS,
      });
      if (!file) return { cancelled: true as const };
      await vault.backupTo(file);
      return { file };
    },
    'vault.restore': async (secret) => {
      const file = await ctx.platform.chooseOpenFile({ title: 'Back-up terugzetten', filters: BACKUP_FILTERS });
      if (!file) return { cancelled: true as const };
      const dir = ctx.settings.vaultDir();
      // The open vault must be closed before its files can be replaced.
      ctx.lock();
      const vault = await countFailures(() =>
        Vault.restoreFrom(file, dir, secret, { nativeBinding: ctx.nativeBinding }),
      );
      return unlocked(vault);
    },
    'vault.chooseLocation': async ({ mode }) => {
      const folder = await ctx.platform.chooseFolder({
        title: mode === 'open-existing' ? 'Map met bestaande kluis kiezen' : 'Map voor de nieuwe kluis kiezen',
      });
      if (!folder) return { cancelled: true as const };
      const resolved = path.resolve(folder);
      if (mode === 'open-existing' && !Vault.exists(resolved)) {
        throw new AppError('VAULT_NOT_FOUND', 'In deze map staat geen Vangnet-kluis. Kies de map waarin de kluis staat.');
      }
      if (mode === 'new-location') {
        if (Vault.exists(resolved)) {
          throw new AppError('VAULT_EXISTS', 'In deze map staat al een kluis. Kies "Bestaande kluis openen".');
        }
        try {
          fs.accessSync(resolved, fs.constants.W_OK);
        } catch {
          throw new AppError('READ_ONLY', 'Vangnet kan niet schrijven in deze map. Kies een andere map.');
        }
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
