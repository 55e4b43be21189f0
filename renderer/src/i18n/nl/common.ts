/** Shared words and the shell (header, navbar, error screen). Dutch is the default language. */
export default {
  actions: {
    save: 'Opslaan',
    cancel: 'Annuleren',
    back: 'Terug',
    retry: 'Opnieuw proberen',
    close: 'Sluiten',
  },
  errors: {
    title: 'Dat lukte niet',
    unexpected: 'Er ging onverwacht iets mis. Wat al was opgeslagen is niet verloren; probeer het opnieuw.',
  },
  language: { label: 'Taal' },
  nav: {
    label: 'Hoofdmenu',
    overview: 'Overzicht',
    settings: 'Instellingen',
    toggle: 'Menu openen of sluiten',
    skipToContent: 'Naar de inhoud',
  },
  lock: {
    button: 'Scherm vergrendelen',
    tooltip: 'Vergrendel Vangnet meteen ({{shortcut}}). Ontgrendelen kan alleen met de wachtwoordzin.',
  },
  renderError: {
    title: 'Er ging iets mis in het scherm.',
    safe: 'Uw gegevens zijn veilig opgeslagen.',
    hint: 'Alles wat u had opgeslagen staat nog in de kluis. Probeer het scherm opnieuw te laden; lukt dat niet, ga dan via het menu naar een ander scherm.',
    retry: 'Opnieuw proberen',
  },
};
