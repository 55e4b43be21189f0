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
  form: {
    discard: {
      title: 'Wijzigingen nog niet opgeslagen',
      text: 'Je hebt iets ingevuld dat nog niet is opgeslagen. Wil je het venster sluiten en dit weggooien?',
      keep: 'Verder invullen',
      confirm: 'Weggooien en sluiten',
    },
    restored: {
      title: 'Concept teruggezet',
      text: 'Dit had je eerder ingevuld en nog niet opgeslagen (bewaard in de kluis, {{when}}). Controleer het en sla het op.',
      discard: 'Concept weggooien',
    },
    draftState: {
      pending: 'Concept wordt bewaard…',
      saved: 'Concept veilig bewaard in de kluis',
      error: 'Concept kon niet worden bewaard',
    },
    length: '{{count}} / {{max}} tekens',
    tooLong: 'Te lang: maximaal {{max}} tekens ({{over}} te veel).',
    notANumber: 'Vul een heel getal in, met cijfers (bijvoorbeeld 12).',
    tooSmall: 'Het getal mag niet kleiner zijn dan {{min}}.',
    tooLarge: 'Het getal mag niet groter zijn dan {{max}}.',
  },
  idle: {
    title: 'Vangnet vergrendelt zo',
    text: 'Je hebt even niets gedaan. Over {{seconds}} seconden wordt Vangnet vergrendeld; wat je hebt ingevuld blijft bewaard in de kluis.',
    stay: 'Blijf ingelogd',
    lockNow: 'Nu vergrendelen',
  },
  lock: {
    button: 'Scherm vergrendelen',
    tooltip: 'Vergrendel Vangnet meteen ({{shortcut}}). Ontgrendelen kan alleen met de wachtwoordzin.',
  },
  renderError: {
    title: 'Er ging iets mis in het scherm.',
    safe: 'Je gegevens zijn veilig opgeslagen.',
    hint: 'Alles wat je had opgeslagen staat nog in de kluis. Probeer het scherm opnieuw te laden; lukt dat niet, ga dan via het menu naar een ander scherm.',
    retry: 'Opnieuw proberen',
  },
};
