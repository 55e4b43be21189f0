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
  form: {
    discard: {
      title: 'Changes not saved yet',
      text: 'You entered something that has not been saved. Close this window and discard it?',
      keep: 'Keep editing',
      confirm: 'Discard and close',
    },
    restored: {
      title: 'Draft restored',
      text: 'You entered this earlier and had not saved it yet (kept in the vault, {{when}}). Check it and save it.',
      discard: 'Discard draft',
    },
    draftState: {
      pending: 'Keeping draft…',
      saved: 'Draft kept safely in the vault',
      error: 'Draft could not be kept',
    },
    length: '{{count}} / {{max}} characters',
    tooLong: 'Too long: at most {{max}} characters ({{over}} too many).',
    notANumber: 'Enter a whole number, in digits (for example 12).',
    tooSmall: 'The number may not be lower than {{min}}.',
    tooLarge: 'The number may not be higher than {{max}}.',
  },
  idle: {
    title: 'Vangnet is about to lock',
    text: 'You have been inactive for a while. In {{seconds}} seconds Vangnet locks; what you entered stays in the vault.',
    stay: 'Stay signed in',
    lockNow: 'Lock now',
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
