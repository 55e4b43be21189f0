/** The demo scenario: one realistic dossier, driven through the public contract. */
export { DEMO_PEOPLE, seedDemoDossier } from './scenario';
