import { powerMonitor } from 'electron';
import type { LockReason } from '../src/shared/api';
import type { VangnetService } from '../src/core/service';
import { idleLockDue } from './network-policy';

export const IDLE_CHECK_INTERVAL_MS = 30_000;

/**
 * Locks the vault when the OS screen locks, the machine suspends, or (as a backstop to
 * the renderer's own idle timer) the whole system has been idle for the configured time.
 * `onLocked` tells the renderer, which then clears its state.
 */
export function installAutoLock(service: VangnetService, onLocked: (reason: LockReason) => void): () => void {
  const lock = (reason: LockReason): void => {
    if (!service.ctx.isUnlocked) return;
    service.lock();
    onLocked(reason);
  };
  const onScreenLock = (): void => lock('screen-lock');
  const onSuspend = (): void => lock('suspend');
  powerMonitor.on('lock-screen', onScreenLock);
  powerMonitor.on('suspend', onSuspend);

  const timer = setInterval(() => {
    if (!service.ctx.isUnlocked) return;
    if (idleLockDue(powerMonitor.getSystemIdleTime(), service.ctx.settings.read().idleLockMinutes))
      lock('idle');
  }, IDLE_CHECK_INTERVAL_MS);
  timer.unref();

  return () => {
    clearInterval(timer);
    powerMonitor.off('lock-screen', onScreenLock);
    powerMonitor.off('suspend', onSuspend);
  };
}
