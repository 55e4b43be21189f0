import { spawn } from 'node:child_process';
import { powerMonitor } from 'electron';
import type { LockReason } from '../src/shared/api';
import type { VangnetService } from '../src/core/service';
import { watchScreenLock, type ScreenLockWatch } from '../src/core/session/screen-lock';
import { idleLockDue } from './network-policy';

export const IDLE_CHECK_INTERVAL_MS = 30_000;

/**
 * Locks the vault when the OS screen locks (powerMonitor; on Linux also logind and the desktop
 * screensavers over D-Bus, see src/core/session/screen-lock.ts), the machine suspends, or (as a backstop to
 * the renderer's own idle timer) the whole system has been idle for the configured time.
 * `onLocked` tells the renderer, which then clears its state.
 */
export function installAutoLock(
  service: VangnetService,
  onLocked: (reason: LockReason) => void,
  log: (line: string) => void = () => undefined,
): () => void {
  const lock = (reason: LockReason): void => {
    if (!service.ctx.isUnlocked) return;
    service.lock();
    onLocked(reason);
  };
  const onScreenLock = (): void => lock('screen-lock');
  const onSuspend = (): void => lock('suspend');
  powerMonitor.on('lock-screen', onScreenLock);
  powerMonitor.on('suspend', onSuspend);
  // Linux: 'lock-screen' does not fire on every desktop; logind and the screensavers say so on D-Bus.
  const dbus: ScreenLockWatch | null =
    process.platform === 'linux'
      ? watchScreenLock({
          spawn: (command, args) => spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] }),
          sessionId: process.env.XDG_SESSION_ID,
          onLock: onScreenLock,
          log,
        })
      : null;

  const timer = setInterval(() => {
    if (!service.ctx.isUnlocked) return;
    if (idleLockDue(powerMonitor.getSystemIdleTime(), service.ctx.settings.read().idleLockMinutes))
      lock('idle');
  }, IDLE_CHECK_INTERVAL_MS);
  timer.unref();

  return () => {
    dbus?.stop();
    clearInterval(timer);
    powerMonitor.off('lock-screen', onScreenLock);
    powerMonitor.off('suspend', onSuspend);
  };
}
