import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls onIdle after `minutes` without keyboard or pointer activity. Uses Date.now() and
 * one setTimeout (re-armed for the remaining time), so a test clock controls it and
 * activity costs only a timestamp write.
 */
export function useIdleLock(minutes: number, enabled: boolean, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    if (!enabled) return undefined;
    const limit = Math.max(1, minutes) * 60_000;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      const idle = Date.now() - last;
      if (idle >= limit) {
        timer = undefined;
        onIdleRef.current();
      } else {
        timer = setTimeout(check, limit - idle);
      }
    };
    const activity = () => {
      last = Date.now();
    };

    timer = setTimeout(check, limit);
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, activity, { capture: true, passive: true });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, activity, { capture: true });
    };
  }, [minutes, enabled]);
}
