/** The exchange area: handing a dossier over to another school (cards, sealed packages, merge). */
export { exchangeHandlers, exchangeRecords } from './handlers';
export { THIRD_PARTY_TOOLS, thirdParties } from './extract';
