import { ERRORS_NL } from '../../../../src/shared/i18n/errors.nl';

/** Error sentences by key (the core sends code + key + params): one table, shared with the core. */
export default ERRORS_NL;
