import { useCallback, useRef, useState } from 'react';
import { notifyError, notifySuccess } from '../notify';

export interface Operation<A extends unknown[], R> {
  /** Runs the operation once at a time; resolves with its result, or undefined when it failed or was already running. */
  run: (...args: A) => Promise<R | undefined>;
  busy: boolean;
}

/**
 * One user action that calls the core: never twice at once (a double click saves once), a
 * calm Dutch error notification on failure, an optional success notification.
 */
export function useOperation<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  options: { success?: string | ((result: R) => string); onError?: (err: unknown) => void } = {},
): Operation<A, R> {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const latest = useRef({ fn, options });
  latest.current = { fn, options };

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    try {
      const result = await latest.current.fn(...args);
      const { success } = latest.current.options;
      if (success) notifySuccess(typeof success === 'function' ? success(result) : success);
      return result;
    } catch (err) {
      if (latest.current.options.onError) latest.current.options.onError(err);
      else notifyError(err);
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  return { run, busy };
}
