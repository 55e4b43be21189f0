import type { OpName, OpOutput, OpParsed } from '../../shared/api';

/** The implementation side of (part of) the contract. */
export type Handlers<K extends OpName> = {
  [P in K]: (input: OpParsed<P>) => Promise<OpOutput<P>> | OpOutput<P>;
};
