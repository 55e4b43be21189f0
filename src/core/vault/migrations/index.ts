import type { Migration } from './types';
import { migration0001 } from './0001-meta-and-audit';
import { m0002Dossiers } from './0002-dossiers';
import { m0003Search } from './0003-search';
import { m0004Documents } from './0004-documents';
import { m0005Monitoring } from './0005-monitoring';
import { m0006Evaluation } from './0006-evaluation';
import { m0007Exchange } from './0007-exchange';
import { m0008DestructionMarks } from './0008-destruction-marks';
import { m0009ProtocolVersions } from './0009-protocol-versions';
import { m0010Drafts } from './0010-drafts';
import { m0011LetterParts } from './0011-letter-parts';
import { m0012DossierProgress } from './0012-dossier-progress';
import { m0013TypedStepRecords } from './0013-typed-step-records';
import { m0014CardValidity } from './0014-card-validity';
import { m0015LogbookEvents } from './0015-logbook-events';
import { m0016DocumentFileHashes } from './0016-document-file-hashes';
import { m0017DocumentConcerns } from './0017-document-concerns';

export type { Migration } from './types';

/**
 * Every schema change, in order. To add one: create `NNNN-kebab-name.ts` exporting a
 * Migration with the next version number, import it here and append it to the list.
 * Never edit or reorder a migration that has shipped.
 */
export const MIGRATIONS: readonly Migration[] = [migration0001, m0002Dossiers, m0003Search, m0004Documents, m0005Monitoring, m0006Evaluation, m0007Exchange, m0008DestructionMarks, m0009ProtocolVersions, m0010Drafts, m0011LetterParts, m0012DossierProgress, m0013TypedStepRecords, m0014CardValidity, m0015LogbookEvents, m0016DocumentFileHashes, m0017DocumentConcerns];
