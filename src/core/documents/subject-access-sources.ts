import type { SubjectAccessSources } from '../evaluation';
import { exchangeRecords } from '../exchange';
import { listGenerated } from './store';

/**
 * What the inzage export lists as recipients (AVG art. 15(1)(c)), read through each area's own
 * function: the sealed packages of the dossier and the documents made from it. Handed to the
 * evaluation area by createVangnetService; the demo uses it too.
 */
export const subjectAccessSources: SubjectAccessSources = {
  packages: (ctx, dossierId) => exchangeRecords(ctx, dossierId),
  documents: (ctx, dossierId) => listGenerated(ctx.db(), dossierId),
};
