/**
 * Shapes of the page globals used inside page.evaluate callbacks. The Node tsconfig has no DOM
 * lib (on purpose: core code must not see `window`), so page-side code reaches them through
 * `globalThis as unknown as PageGlobals`. Types only: evaluate callbacks are serialised.
 */
export interface PageGlobals {
  vangnet?: Record<string, unknown>;
  __vangnetInvoke?: (op: string, input: unknown) => Promise<unknown>;
  __vangnetEmit?: (event: string, payload: unknown) => void;
  location: { hash: string };
  document: { fonts: { ready: Promise<unknown> } };
}
