import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../shared/errors';
import { dialogText, type DialogKey, type DialogParams } from '../shared/i18n/dialogs';
import { ClipboardGuard } from './clipboard';
import type { Platform } from './platform';
import type { SettingsStore } from './settings';
import type { KdfParams, Vault } from './vault';
import { setLockNativeBinding } from './vault';

export interface CoreDeps {
  platform: Platform;
  settings: SettingsStore;
  /** Injected so tests (and the idle-lock e2e test) control time. */
  clock?: () => Date;
  /** Argon2id parameters for new vaults; tests pass tiny ones. */
  kdf?: KdfParams;
  /** Path to an Electron-ABI build of the SQLite binding, when running inside Electron. */
  nativeBinding?: string;
}

/**
 * Everything a handler needs. Holds the one open vault (or none): locking drops it,
 * and every dossier operation asks for it through `vault()`, which refuses when locked.
 */
export class CoreContext {
  readonly platform: Platform;
  readonly settings: SettingsStore;
  readonly kdf: KdfParams | undefined;
  readonly nativeBinding: string | undefined;
  private readonly clock: () => Date;
  private open: Vault | null = null;
  failedAttempts = 0;
  /** What Vangnet copied, taken off the clipboard again on lock. */
  readonly clipboard: ClipboardGuard;
  /** The clipboard clearing started by the last lock (awaited by the lock operation). */
  clipboardCleared: Promise<unknown> = Promise.resolve();

  constructor(deps: CoreDeps) {
    this.platform = deps.platform;
    this.settings = deps.settings;
    this.clock = deps.clock ?? (() => new Date());
    this.kdf = deps.kdf;
    this.nativeBinding = deps.nativeBinding;
    this.clipboard = new ClipboardGuard(deps.platform);
    // The folder lock is a SQLite file lock too: it must load the same native build.
    if (deps.nativeBinding) setLockNativeBinding(deps.nativeBinding);
  }

  now(): Date {
    return this.clock();
  }

  /** ISO 8601 with offset for "now". */
  nowIso(): string {
    return this.now().toISOString();
  }

  newId(): string {
    return randomUUID();
  }

  /**
   * A native dialog's text (file chooser, main's confirmation) in the UI language setting:
   * main shows these dialogs outside the page, so they cannot use the page's translations.
   */
  dialogText(key: DialogKey, params?: DialogParams): string {
    return dialogText(this.settings.read().language, key, params);
  }

  /** Dates inside a native dialog, in the UI language, in the school's time zone. */
  dialogDateTime(iso: string): string {
    const locale = this.settings.read().language === 'en' ? 'en-GB' : 'nl-NL';
    return new Date(iso).toLocaleString(locale, { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });
  }

  get isUnlocked(): boolean {
    return this.open !== null && this.open.isOpen;
  }

  setVault(vault: Vault | null): void {
    if (this.open && this.open !== vault && this.open.isOpen) this.open.close();
    this.open = vault;
    // A vault is open (unlocked, created, restored): damaged settings no longer matter.
    if (vault) this.settings.clearDamagedSettings();
  }

  vault(): Vault {
    if (!this.open || !this.open.isOpen) {
      throw new AppError('VAULT_LOCKED');
    }
    return this.open;
  }

  db(): Database.Database {
    return this.vault().db;
  }

  /** The user name recorded at vault creation: the "who" of every audit record. */
  actor(): string {
    return this.vault().userName;
  }

  /** Run `fn` in one transaction and write an audit record for it in the same transaction. */
  write<T>(action: string, dossierId: string | null, details: string, fn: (db: Database.Database) => T): T {
    const vault = this.vault();
    return vault.transaction(() => {
      const result = fn(vault.db);
      vault.audit(action, dossierId, details);
      return result;
    });
  }

  lock(): void {
    this.setVault(null);
    // Never fails a lock: a clipboard the OS will not read or write is left as it is.
    this.clipboardCleared = this.clipboard.clearIfOurs().catch(() => false);
  }
}
