import { createContext, useContext } from 'react';
import type { AppSettings, LockReason, VaultStatus } from '../../../src/shared/api';

export interface SessionValue {
  /** What the core says about the vault; the gate shows first-run, lock screen or the app from it. */
  status: VaultStatus;
  /** Non-confidential settings (language, idle lock minutes, vault folder). */
  settings: AppSettings;
  /**
   * Bumped on every lock, unlock and restore. The routed tree is keyed by it, so after a
   * lock no mounted component can still hold dossier data.
   */
  epoch: number;
  /** Lock now: clears the UI first, then closes the vault in the core. */
  lock(reason: LockReason): Promise<void>;
  /** Take a fresh status from the core (after choosing another folder, a failed unlock, …). */
  refresh(): Promise<VaultStatus>;
  /** The vault has been unlocked (unlock, create, restore): show the app where the user left it. */
  enter(status: VaultStatus): void;
  /** The route to show after unlocking: where the user was when the lock came. */
  resumePath(): string;
  /** Settings changed (settings screen, language switch). */
  updateSettings(settings: AppSettings): void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
