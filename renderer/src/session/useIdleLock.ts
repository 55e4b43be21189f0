import { useCallback, useEffect, useRef, useState } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** How long before the lock the countdown shows (at most half the idle time). */
export const IDLE_WARNING_MS = 60_000;

export interface IdleLock {
  /** Seconds until the idle lock while the countdown shows; null otherwise. */
  secondsLeft: number | null;
  /** "Blijf ingelogd": counts as activity and hides the countdown. */
  stay(): void;
}

/**
 * Calls onIdle after `minutes` without keyboard or pointer activity, and shows a countdown
 * during the last minute. Uses Date.now() and one setTimeout (re-armed for the remaining
 * time, every second during the countdown), so a test clock controls it and activity costs
 * only a timestamp write.
 */
export function useIdleLock(minutes: number, enabled: boolean, onIdle: () => void): IdleLock {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const activityRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!enabled) {
      setSecondsLeft(null);
      return undefined;
    }
    const limit = Math.max(1, minutes) * 60_000;
    const warnAt = limit - Math.min(IDLE_WARNING_MS, limit / 2);
    let last = Date.now();
    let warning = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const arm = (ms: number) => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(check, Math.max(0, ms));
    };
    function check() {
      timer = undefined;
      const idle = Date.now() - last;
      if (idle >= limit) {
        warning = false;
        setSecondsLeft(null);
        onIdleRef.current();
      } else if (idle >= warnAt) {
        warning = true;
        const left = limit - idle;
        setSecondsLeft(Math.ceil(left / 1000));
        // Tick on the second boundary so the number counts down evenly.
        arm(left % 1000 || 1000);
      } else {
        arm(warnAt - idle);
      }
    }
    const activity = () => {
      last = Date.now();
      if (warning) {
        warning = false;
        setSecondsLeft(null);
        arm(warnAt);
      }
    };
    activityRef.current = activity;

    arm(warnAt);
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, activity, { capture: true, passive: true });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      activityRef.current = () => undefined;
      setSecondsLeft(null);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, activity, { capture: true });
    };
  }, [minutes, enabled]);

  const stay = useCallback(() => activityRef.current(), []);
  return { secondsLeft, stay };
}
