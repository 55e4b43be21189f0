type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();

/**
 * Autosaving forms register how to save what is typed but not yet stored. Locking runs them
 * all (briefly) before the vault closes, so text typed just before Ctrl+L or the idle lock is
 * saved rather than lost. Returns a function that unregisters.
 */
export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Saves everything pending, waiting at most `timeoutMs` so a lock is never held up for long. */
export async function flushPendingWrites(timeoutMs = 2000): Promise<void> {
  if (flushers.size === 0) return;
  const all = Promise.allSettled([...flushers].map((f) => f()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([all, timeout]);
  if (timer) clearTimeout(timer);
}
