type Reset = () => void;

const resets = new Set<Reset>();

/**
 * For state that lives outside React (a module-level draft, a cache): register how to clear
 * it, and it is cleared on every lock, together with the unmounted screens. Returns a function
 * that unregisters. Component state needs nothing: locking unmounts every screen.
 */
export function onSessionReset(reset: Reset): () => void {
  resets.add(reset);
  return () => resets.delete(reset);
}

/** Called by the session when it locks; one failing reset does not stop the others. */
export function runSessionResets(): void {
  for (const reset of [...resets]) {
    try {
      reset();
    } catch (err) {
      console.error(`runSessionResets: ${(err as Error)?.name ?? 'error'}`);
    }
  }
}
