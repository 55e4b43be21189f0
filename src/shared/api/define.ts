import { z } from 'zod';

/**
 * One operation of the contract: the zod schema of its input and (as a phantom type)
 * its result. The same object is used by the dispatcher (validation), the preload
 * (which names to expose) and the renderer client (types).
 */
export interface OpDef<I extends z.ZodType, O> {
  readonly input: I;
  /** Never set at runtime; carries the output type. */
  readonly __output?: O;
}

export function op<O>() {
  return <I extends z.ZodType>(input: I): OpDef<I, O> => ({ input });
}

export const NoInput = z.object({}).strict();
