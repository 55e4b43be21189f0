/**
 * The sections of docs/gebruikershandleiding.md that screens link to: the GitHub-style ids
 * of its "##" headings. A HelpLink only accepts these, so a renamed heading is a type error
 * here and a failing test (tests/unit/help), never a dead help button.
 */
export const HELP_SECTIONS = [
  'over-vangnet',
  'installeren',
  'eerste-start-en-herstelsleutel',
  'ontgrendelen-en-vergrendelen',
  'het-overzicht-en-zoeken',
  'een-nieuwe-casus-starten',
  'het-dossier',
  'fase-1-analyseer',
  'fase-2-reageer',
  'fase-3-faciliteer',
  'fase-4-activeer',
  'fase-5-communiceer',
  'fase-6-evalueer',
  'acties-logboek-en-gesprekken',
  'brieven-en-mail-merge',
  'document-controleren',
  'communicatiestatement',
  'monitoring-en-verwijderverzoeken',
  'evaluatie-en-nazorg',
  'verbeterpunten-en-statistieken',
  'ons-protocol-aanpassen',
  'schoolprofiel-en-instellingen',
  'een-dossier-overdragen-of-delen',
  'back-ups-maken-en-terugzetten',
  'bewaartermijn-en-vernietigen-avg',
  'laptop-kwijt-of-gestolen',
  'wachtwoordzin-vergeten',
] as const;

export type HelpSectionId = (typeof HELP_SECTIONS)[number];

export function isHelpSection(id: string | undefined): id is HelpSectionId {
  return id !== undefined && (HELP_SECTIONS as readonly string[]).includes(id);
}

/** Which section explains each tab of the dossier screen (tab ids from features/dossier/tabs.ts). */
const DOSSIER_TAB_SECTIONS: Readonly<Record<string, HelpSectionId>> = {
  stappen: 'het-dossier',
  'eerste-24-uur': 'het-dossier',
  personen: 'het-dossier',
  feiten: 'het-dossier',
  acties: 'acties-logboek-en-gesprekken',
  logboek: 'acties-logboek-en-gesprekken',
  gesprekken: 'acties-logboek-en-gesprekken',
  documenten: 'brieven-en-mail-merge',
  monitoring: 'monitoring-en-verwijderverzoeken',
  evaluatie: 'evaluatie-en-nazorg',
};

export function dossierHelpSection(tabId: string | undefined): HelpSectionId {
  return (tabId !== undefined ? DOSSIER_TAB_SECTIONS[tabId] : undefined) ?? 'het-dossier';
}
