/** The dispatcher and the handler type every area implements its operations with. */
export type { Handlers } from './handlers';
export { createDispatcher, type Dispatch } from './dispatcher';
