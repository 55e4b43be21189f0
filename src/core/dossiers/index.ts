/**
 * The dossiers area: dossiers, persons, steps, logbook, actions, conversations, the school
 * profile operations and the home-screen overview. Other areas build on it; it imports only
 * the protocol (and vault/api). What the areas above add to it (overview counts, open work) is
 * passed in by createVangnetService as `DossierContributions`.
 */
export { assertWritable, dossierHandlers, loadDossierDetail, type DossierContributions } from './handlers';
export { protocolMoveHandlers } from './protocol-move';
export type { OverviewExtension } from './overview';
export type { OpenWorkSources } from './open-work';
export { dossierEvents, writeDossier, type DossierWriter, type StoredEvent } from './write';
/** The dossier tables' queries, for the areas that read or extend a dossier. */
export * as dossierRepo from './repository';
export {
  getDossierRow,
  getPerson,
  listActions,
  listChronology,
  listConversations,
  listSteps,
} from './repository';
