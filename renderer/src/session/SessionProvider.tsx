import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { AppSettings, LockReason, VaultStatus } from '../../../src/shared/api';
import { call, onEvent } from '../api/client';
import { flushPendingWrites } from './pendingWrites';
import { applyLanguage } from '../i18n';
import { SessionContext, type SessionValue } from './SessionContext';
import { runSessionResets } from './sessionReset';
import { useIdleLock } from './useIdleLock';
import { StartupScreen } from './StartupScreen';
import { IdleWarning } from './IdleWarning';

/** Where the lock screen lives in the URL; never a place to resume to. */
export const LOCK_PATH = '/vergrendeld';

interface Loaded {
  status: VaultStatus;
  settings: AppSettings;
}

/**
 * Holds the session: vault status, settings and the lock machinery (idle timer, Ctrl/Cmd+L,
 * the main process's 'locked' event). Locking drops the UI state before the core answers,
 * so a slow or failing IPC call can never leave dossier data on screen.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [startupError, setStartupError] = useState<unknown>(null);
  const [epoch, setEpoch] = useState(0);
  const navigate = useNavigate();
  const location = useLocation();
  const resumePath = useRef<string | null>(null);
  const locationRef = useRef(location);
  locationRef.current = location;

  const load = useCallback(async () => {
    setStartupError(null);
    try {
      const [status, settings] = await Promise.all([call('vault.status', {}), call('settings.get', {})]);
      applyLanguage(settings.language);
      setLoaded({ status, settings });
    } catch (err) {
      setStartupError(err);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  // Readiness signal for the e2e driver and the Electron smoke test: the first status is in.
  useEffect(() => {
    if (loaded) document.documentElement.dataset.ready = 'true';
  }, [loaded]);

  const rememberAndLeave = useCallback(() => {
    const here = locationRef.current;
    if (here.pathname !== LOCK_PATH) resumePath.current = `${here.pathname}${here.search}`;
    navigate(LOCK_PATH, { replace: true });
  }, [navigate]);

  /** Clear everything that could show dossier data. The route path is kept, the data is not. */
  const dropUi = useCallback(() => {
    notifications.clean();
    runSessionResets();
    setEpoch((e) => e + 1);
    setLoaded((prev) =>
      prev ? { ...prev, status: { ...prev.status, state: 'locked', userName: null } } : prev,
    );
    rememberAndLeave();
  }, [rememberAndLeave]);

  const refresh = useCallback(async () => {
    const status = await call('vault.status', {});
    setLoaded((prev) => (prev ? { ...prev, status } : prev));
    return status;
  }, []);

  const lock = useCallback(
    async (_reason: LockReason) => {
      // Save what was typed in the last moments, then clear the screen and close the vault.
      await flushPendingWrites();
      dropUi();
      try {
        const status = await call('vault.lock', {});
        setLoaded((prev) => (prev ? { ...prev, status } : prev));
      } catch {
        // The UI is already locked; ask again so the gate shows the true state.
        await refresh().catch(() => undefined);
      }
    },
    [dropUi, refresh],
  );

  // No navigation here: the app mounts on LOCK_PATH, whose route sends the user on to
  // resumePath(). Navigating now would race the router's own (transition) update.
  const enter = useCallback((status: VaultStatus) => {
    setEpoch((e) => e + 1);
    setLoaded((prev) => (prev ? { ...prev, status } : prev));
    // The user name may have changed with a restore; settings are cheap to re-read.
    void call('settings.get', {})
      .then((settings) => setLoaded((prev) => (prev ? { ...prev, settings } : prev)))
      .catch(() => undefined);
  }, []);

  const getResumePath = useCallback(() => {
    const target = resumePath.current ?? '/';
    return target === LOCK_PATH ? '/' : target;
  }, []);

  const updateSettings = useCallback((settings: AppSettings) => {
    applyLanguage(settings.language);
    setLoaded((prev) => (prev ? { ...prev, settings } : prev));
  }, []);

  // The main process locks on OS screen lock and suspend; the core is closed already, the UI follows.
  const ready = loaded !== null;
  useEffect(() => {
    // Subscribe once the bridge has answered (before that StartupScreen shows nothing sensitive).
    if (!ready) return undefined;
    return onEvent((event) => {
      if (event !== 'locked') return;
      dropUi();
      void refresh().catch(() => undefined);
    });
  }, [ready, dropUi, refresh]);

  const unlocked = loaded?.status.state === 'unlocked';
  const idle = useIdleLock(loaded?.settings.idleLockMinutes ?? 5, unlocked, () => void lock('idle'));
  useHotkeys(
    [
      ['mod+L', () => unlocked && void lock('shortcut')],
    ],
    // Also from inside text fields: the shortcut must work wherever the cursor is.
    [],
  );

  const value = useMemo<SessionValue | null>(
    () =>
      loaded
        ? {
            status: loaded.status,
            settings: loaded.settings,
            epoch,
            lock,
            refresh,
            enter,
            resumePath: getResumePath,
            updateSettings,
          }
        : null,
    [loaded, epoch, lock, refresh, enter, getResumePath, updateSettings],
  );

  if (!value) return <StartupScreen error={startupError} onRetry={() => void load()} />;
  return (
    <SessionContext.Provider value={value}>
      {children}
      {unlocked && idle.secondsLeft !== null && (
        <IdleWarning secondsLeft={idle.secondsLeft} onStay={idle.stay} onLockNow={() => void lock('user')} />
      )}
    </SessionContext.Provider>
  );
}
