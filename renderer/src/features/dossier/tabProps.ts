import type { DossierDetail } from '../../../../src/shared/domain';

/**
 * What every dossier tab receives, and which tabs exist. Kept apart from tabs.ts (which imports
 * every tab component) so a tab, or a step tool linking to a tab, never imports its own registry.
 */
export interface DossierTabProps {
  dossierId: string;
  detail: DossierDetail;
  /** Reloads the dossier (after a write) so progress, logbook and tabs stay in step. */
  refresh: () => Promise<void>;
  /** True for a closed dossier: only aftercare and the logbook may still change. */
  readOnly: boolean;
}

/** URL segments (/dossiers/:dossierId/:id) in display order; steps link to these ids. */
export const DOSSIER_TAB_IDS = [
  'stappen',
  'eerste-24-uur',
  'personen',
  'acties',
  'logboek',
  'gesprekken',
  'monitoring',
  'documenten',
  'feiten',
  'evaluatie',
] as const;

export type DossierTabId = (typeof DOSSIER_TAB_IDS)[number];

export const DEFAULT_TAB: DossierTabId = 'stappen';

export function isDossierTabId(id: string | undefined): id is DossierTabId {
  return (DOSSIER_TAB_IDS as readonly string[]).includes(id ?? '');
}
