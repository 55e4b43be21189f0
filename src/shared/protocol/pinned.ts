import type { ProtocolDefinition, SchoolContact } from './schema';
import type { ProtocolStep } from './types';

/**
 * What a dossier carries about the protocol it follows. Its own module (re-exported by
 * versions.ts) so src/shared/domain can name it without importing versions.ts, which itself
 * reads domain types — that pair was an import cycle.
 */
export interface PinnedProtocol {
  version: number;
  establishedAt: string;
  phases: ProtocolDefinition['phases'];
  steps: ProtocolStep[];
  contacts: SchoolContact[];
}
