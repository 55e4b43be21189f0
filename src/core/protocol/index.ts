/**
 * The protocol area: the school's protocol versions (the card and its own changes). Below the
 * dossiers, which follow a pinned version; it imports no other area.
 */
export { protocolHandlers, type ProtocolContributions } from './handlers';
export * as protocolRepo from './repository';
export { getVersion } from './repository';
export { currentPinned, currentVersion, initialStepDueDates, pinnedProtocolOf } from './service';
