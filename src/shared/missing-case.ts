/**
 * The exhaustiveness check of a switch. In its own module, without the error catalogs, so the
 * renderer's entry chunk (the lock screen) can use it without pulling in every error sentence.
 */
export function missingCase(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
