/**
 * The vault's one clock. Every time the vault writes (audit records, meta, kept copies,
 * migrations' first rows) comes from `OpenOptions.now`, which the service sets to its own
 * injected clock; this is only the default when nobody injected one. No other Date.now() or
 * new Date() in src/core/vault (tests/unit/vault/clock.test.ts checks).
 */
export const systemClock = (): Date => new Date();
