export default {
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    back: 'Back',
    retry: 'Try again',
    close: 'Close',
  },
  errors: {
    title: 'That did not work',
    unexpected: 'Something unexpected went wrong. Nothing that was saved has been lost; please try again.',
  },
  language: { label: 'Language' },
  nav: {
    label: 'Main menu',
    overview: 'Overview',
    settings: 'Settings',
    toggle: 'Open or close the menu',
    skipToContent: 'Skip to content',
  },
  lock: {
    button: 'Lock screen',
    tooltip: 'Lock Vangnet right away ({{shortcut}}). Only the passphrase unlocks it.',
  },
  renderError: {
    title: 'Something went wrong on this screen.',
    safe: 'Your data is stored safely.',
    hint: 'Everything you saved is still in the vault. Try loading the screen again; if that does not help, use the menu to go to another screen.',
    retry: 'Try again',
  },
};
