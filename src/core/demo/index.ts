/** The demo scenario: one realistic dossier, driven through the public contract. */
export { DEMO_PEOPLE, dayInSentence, demoCallBackDay, schoolDayFrom, seedDemoDossier } from './scenario';
