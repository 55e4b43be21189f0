import type { OpInput, OpName, OpOutput, VangnetBridge, VangnetEvent } from '../../../src/shared/api';
import type { ErrorCode, ErrorKey, ErrorParams, ErrorPayload, Result } from '../../../src/shared/errors';

declare global {
  interface Window {
    /** Injected by the preload (Electron) or by the e2e harness (Chromium). */
    vangnet?: VangnetBridge;
  }
}

/**
 * A failed operation: its code, the catalog key and parameters the UI translates
 * (ui/notify errorMessage), the field that was wrong, and the core's Dutch text as fallback.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly key: ErrorKey | undefined;
  readonly params: ErrorParams | undefined;
  readonly field: string | undefined;
  readonly details: unknown;
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.key = payload.key;
    this.params = payload.params;
    this.field = payload.field;
    this.details = payload.details;
  }
}

function bridge(): VangnetBridge {
  if (!window.vangnet) {
    throw new ApiError({
      code: 'INTERNAL',
      message:
        'Vangnet is niet goed gestart: de verbinding met de kluis ontbreekt. Sluit het programma en start het opnieuw.',
    });
  }
  return window.vangnet;
}

/** Calls one operation of the contract; resolves with its value or throws ApiError. */
export async function call<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> {
  // The bridge is a union over all ops; narrow it to this op's signature.
  const fn = bridge()[op] as unknown as (i: OpInput<K>) => Promise<Result<OpOutput<K>>>;
  const result = await fn(input);
  if (result.ok) return result.value as OpOutput<K>;
  throw new ApiError(result.error);
}

export function onEvent(listener: (event: VangnetEvent, payload: unknown) => void): () => void {
  return bridge().onEvent(listener);
}
