/**
 * English strings for the dossier screen. Only the chrome is translated; anything missing
 * falls back to Dutch (fallbackLng 'nl'), as the protocol card itself is Dutch.
 */
export default {
  backToOverview: '← Back to overview',
  cancel: 'Cancel',
  tabs: {
    stappen: 'Steps',
    eersteDag: 'First 24 hours',
    personen: 'People',
    acties: 'Actions',
    logboek: 'Log',
    gesprekken: 'Conversations',
    feiten: 'Facts',
  },
  header: { lead: 'Lead: {{lead}}', discovered: 'Discovered: {{when}}', sinceDiscovery: 'Since discovery: {{elapsed}}' },
  save: { button: 'Save', saved: 'Saved', saving: 'Saving…', pending: 'Changes will be saved shortly…', error: 'Not saved: {{message}}' },
  quickLog: { button: 'Log entry', title: 'Quick log entry', save: 'Add to log' },
  status: { menu: 'Status' },
};
