import { useCallback, useEffect, useRef, useState } from 'react';
import { registerFlusher } from '../../session/pendingWrites';
import { errorMessage } from '../../ui/notify';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Saves `value` a short while after the last change, and at once when the component
 * unmounts (leaving a tab or the dossier), so typed text is never lost silently.
 * `validate` returns a Dutch message to block saving an invalid value.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  options: { delayMs?: number; validate?: (value: T) => string | null; enabled?: boolean } = {},
): { state: SaveState; error: string | null; flush: () => Promise<void> } {
  const { delayMs = 800, validate, enabled = true } = options;
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const serialized = JSON.stringify(value);
  const savedRef = useRef(serialized);
  const latest = useRef({ value, serialized, save, validate, enabled });
  latest.current = { value, serialized, save, validate, enabled };
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const cur = latest.current;
    if (!cur.enabled || cur.serialized === savedRef.current) return;
    const invalid = cur.validate?.(cur.value) ?? null;
    if (invalid) {
      if (mounted.current) {
        setError(invalid);
        setState('error');
      }
      return;
    }
    if (mounted.current) setState('saving');
    try {
      await cur.save(cur.value);
      savedRef.current = cur.serialized;
      if (mounted.current) {
        setError(null);
        setState(latest.current.serialized === cur.serialized ? 'saved' : 'pending');
      }
    } catch (err) {
      if (mounted.current) {
        setError(errorMessage(err));
        setState('error');
      }
    }
  }, []);

  useEffect(() => {
    if (!enabled || serialized === savedRef.current) return;
    setState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [serialized, enabled, delayMs, flush]);

  useEffect(() => {
    mounted.current = true;
    // Locking saves pending text first (session/pendingWrites.ts), before the vault closes.
    const unregister = registerFlusher(flush);
    return () => {
      unregister();
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { state, error, flush };
}
