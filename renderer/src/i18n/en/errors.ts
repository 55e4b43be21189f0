import { ERRORS_EN } from '../../../../src/shared/i18n/errors.en';

/** Error sentences by key (the core sends code + key + params); same keys as nl/errors.ts. */
export default ERRORS_EN;
