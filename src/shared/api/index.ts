import type { z } from 'zod';
import type { OpDef } from './define';
import type { Result } from '../errors';
import { vaultOps } from './vault';
import { dossierOps } from './dossiers';
import { monitoringOps } from './monitoring';
import { evaluationOps } from './evaluation';
import { documentOps } from './documents';
import { exchangeOps } from './exchange';
import { protocolOps } from './protocol';
import { draftOps } from './drafts';
import { preventionOps } from './prevention';

export * from './define';
export * from './vault';
export * from './dossiers';
export * from './monitoring';
export * from './evaluation';
export * from './documents';
export * from './exchange';
export * from './protocol';
export * from './drafts';
export * from './prevention';

/**
 * The whole contract: every operation the renderer may ask the core for. The
 * preload exposes exactly these names; the dispatcher validates against these schemas.
 * Areas add their operations in their own file and are merged here.
 */
export const API = {
  ...vaultOps,
  ...dossierOps,
  ...monitoringOps,
  ...evaluationOps,
  ...documentOps,
  ...exchangeOps,
  ...protocolOps,
  ...draftOps,
  ...preventionOps,
} as const;

export type Api = typeof API;
export type OpName = keyof Api;
export const OP_NAMES = Object.keys(API) as OpName[];

/** What the caller sends (before defaults/trim are applied). */
export type OpInput<K extends OpName> = z.input<Api[K]['input']>;
/** What the handler receives (after validation). */
export type OpParsed<K extends OpName> = z.output<Api[K]['input']>;
export type OpOutput<K extends OpName> = Api[K] extends OpDef<z.ZodType, infer O> ? O : never;

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(API, name);
}

/** Events the main process pushes to the renderer (besides operation results). */
export const EVENTS = ['locked', 'menu'] as const;
export type VangnetEvent = (typeof EVENTS)[number];
export type LockReason = 'idle' | 'screen-lock' | 'suspend' | 'shortcut' | 'user';

/**
 * The object the preload puts on `window.vangnet` (and the e2e harness injects).
 * Every method resolves to a result envelope; it never rejects for domain errors.
 */
export type VangnetBridge = {
  [K in OpName]: (input: OpInput<K>) => Promise<Result<OpOutput<K>>>;
} & {
  onEvent(listener: (event: VangnetEvent, payload: unknown) => void): () => void;
};
