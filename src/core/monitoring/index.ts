/**
 * The monitoring area: the social-media log and the takedown tracker. Contributes takedown
 * counts to the overview and open takedowns to a dossier's open work.
 */
export { monitoringHandlers } from './handlers';
export { monitoringOverviewExtension } from './overview-extension';
export { takedownOpenWork } from './open-work';
export { entryHistory, listEntries, listTakedowns } from './repository';
