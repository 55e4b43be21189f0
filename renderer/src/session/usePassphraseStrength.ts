import { useEffect, useState } from 'react';
import type { PassphraseStrength } from '../../../src/shared/api';
import { call } from '../api/client';

/** A strength verdict together with the passphrase it was given for. */
export type CheckedStrength = PassphraseStrength & { checked: string };

/**
 * Live strength feedback from the core ('vault.checkPassphrase'), debounced so typing stays
 * smooth. The rule lives in one place (the core), so the UI cannot accept what create refuses.
 * Only for display: a submit must use `settleStrength`, never this (possibly stale) value.
 */
export function usePassphraseStrength(passphrase: string, delayMs = 200): CheckedStrength | null {
  const [strength, setStrength] = useState<CheckedStrength | null>(null);
  useEffect(() => {
    if (!passphrase) {
      setStrength(null);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      call('vault.checkPassphrase', { passphrase })
        .then((s) => current && setStrength({ ...s, checked: passphrase }))
        .catch(() => current && setStrength(null));
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [passphrase, delayMs]);
  return strength;
}

/**
 * The verdict for exactly this passphrase: the live one when it has caught up, otherwise asked
 * now. (First run: "Kluis maken" clicked within the debounce used the verdict for an earlier,
 * shorter passphrase, or none, and silently did nothing.)
 */
export async function settleStrength(
  passphrase: string,
  known: CheckedStrength | null,
): Promise<PassphraseStrength | null> {
  if (!passphrase) return null;
  if (known && known.checked === passphrase) return known;
  try {
    return await call('vault.checkPassphrase', { passphrase });
  } catch {
    return null;
  }
}
