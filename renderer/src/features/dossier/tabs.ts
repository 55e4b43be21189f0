import type { ComponentType } from 'react';
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
import { DEFAULT_TAB, DOSSIER_TAB_IDS, type DossierTabId, type DossierTabProps } from './tabProps';

export { DEFAULT_TAB };

export interface DossierTab {
  /** URL segment: /dossiers/:dossierId/:id */
  id: DossierTabId;
  /** An i18n key ('dossier:tabs.x') or Dutch text. */
  label: string;
  component: ComponentType<DossierTabProps>;
  /** Grouped under "Meer" at the end of the tab row. */
  more?: boolean;
}

/** Each tab's label (an i18n key) and component; the Record makes every id in tabProps.ts have one. */
const TABS: Record<DossierTabId, Omit<DossierTab, 'id'>> = {
  stappen: { label: 'dossier:tabs.stappen', component: StepsTab },
  'eerste-24-uur': { label: 'dossier:tabs.eersteDag', component: FirstDayTab },
  personen: { label: 'dossier:tabs.personen', component: PersonsTab },
  acties: { label: 'dossier:tabs.acties', component: ActionsTab },
  logboek: { label: 'dossier:tabs.logboek', component: LogbookTab },
  gesprekken: { label: 'dossier:tabs.gesprekken', component: ConversationsTab },
  monitoring: { label: 'monitoring:nav', component: MonitoringTab },
  documenten: { label: 'documents:tab', component: DocumentsTab },
  feiten: { label: 'dossier:tabs.feiten', component: FactsTab },
  evaluatie: { label: 'evaluation:tab.title', component: EvaluationTab },
};

/**
 * Rarely used during the first days (the intake facts, the evaluation at the end): grouped
 * under "Meer", so the other tabs fit on one row of a 1366 px school laptop.
 */
const MORE: ReadonlySet<DossierTabId> = new Set(['feiten', 'evaluatie']);

/** The dossier's tabs, in display order (DOSSIER_TAB_IDS). */
export const DOSSIER_TABS: DossierTab[] = DOSSIER_TAB_IDS.map((id) => ({ id, ...TABS[id], more: MORE.has(id) }));
export const MAIN_TABS = DOSSIER_TABS.filter((tab) => !tab.more);
export const MORE_TABS = DOSSIER_TABS.filter((tab) => tab.more);

export function findTab(id: string | undefined): DossierTab | undefined {
  return DOSSIER_TABS.find((tab) => tab.id === id);
}
