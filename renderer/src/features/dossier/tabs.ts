import type { ComponentType } from 'react';
import type { DossierDetail } from '../../../../src/shared/domain';
import { ActionsTab } from './tabs/ActionsTab';
import { ConversationsTab } from './tabs/ConversationsTab';
import { FactsTab } from './tabs/FactsTab';
import { FirstDayTab } from './tabs/FirstDayTab';
import { LogbookTab } from './tabs/LogbookTab';
import { PersonsTab } from './tabs/PersonsTab';
import { StepsTab } from './tabs/StepsTab';
import { MonitoringTab } from '../monitoring/MonitoringTab';
import { EvaluationTab } from '../evaluation/EvaluationTab';
import { DocumentsTab } from '../documents/DocumentsTab';

export interface DossierTabProps {
  dossierId: string;
  detail: DossierDetail;
  /** Reloads the dossier (after a write) so progress, logbook and tabs stay in step. */
  refresh: () => Promise<void>;
  /** True for a closed dossier: only aftercare and the logbook may still change. */
  readOnly: boolean;
}

export interface DossierTab {
  /** URL segment: /dossiers/:dossierId/:id */
  id: string;
  /** An i18n key ('dossier:tabs.x') or Dutch text. */
  label: string;
  component: ComponentType<DossierTabProps>;
}

/**
 * The dossier's tabs, in display order. Other areas add ONE line each for their tab
 * (ids 'documenten', 'monitoring', 'evaluatie'; steps link to those ids).
 */
export const DOSSIER_TABS: DossierTab[] = [
  { id: 'stappen', label: 'dossier:tabs.stappen', component: StepsTab },
  { id: 'eerste-24-uur', label: 'dossier:tabs.eersteDag', component: FirstDayTab },
  { id: 'personen', label: 'dossier:tabs.personen', component: PersonsTab },
  { id: 'acties', label: 'dossier:tabs.acties', component: ActionsTab },
  { id: 'logboek', label: 'dossier:tabs.logboek', component: LogbookTab },
  { id: 'gesprekken', label: 'dossier:tabs.gesprekken', component: ConversationsTab },
  { id: 'monitoring', label: 'monitoring:nav', component: MonitoringTab },
  { id: 'documenten', label: 'documents:tab', component: DocumentsTab },
  { id: 'feiten', label: 'dossier:tabs.feiten', component: FactsTab },
  { id: 'evaluatie', label: 'evaluation:tab.title', component: EvaluationTab },
];

export const DEFAULT_TAB = 'stappen';

export function findTab(id: string | undefined): DossierTab | undefined {
  return DOSSIER_TABS.find((tab) => tab.id === id);
}
