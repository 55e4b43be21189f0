import { useEffect, useState } from 'react';
import type { PassphraseStrength } from '../../../src/shared/api';
import { call } from '../api/client';

/**
 * Live strength feedback from the core ('vault.checkPassphrase'), debounced so typing stays
 * smooth. The rule lives in one place (the core), so the UI cannot accept what create refuses.
 */
export function usePassphraseStrength(passphrase: string, delayMs = 200): PassphraseStrength | null {
  const [strength, setStrength] = useState<PassphraseStrength | null>(null);
  useEffect(() => {
    if (!passphrase) {
      setStrength(null);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      call('vault.checkPassphrase', { passphrase })
        .then((s) => current && setStrength(s))
        .catch(() => current && setStrength(null));
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [passphrase, delayMs]);
  return strength;
}
