import type { DialogKey } from './dialogs.nl';

/** The native dialogs' texts in English: the same keys and placeholders as dialogs.nl.ts. */
export const DIALOGS_EN: Record<DialogKey, string> = {
  BACKUP_FILTER: 'Vangnet backup',
  BACKUP_SAVE_TITLE: 'Save backup',
  RESTORE_TITLE: 'Restore backup',
  RESTORE_SOURCE_BACKUP: 'the backup of {{when}}',
  RESTORE_SOURCE_KEPT: 'the kept copy of {{when}}',
  RESTORE_LOST_SAME:
    'What was recorded in this vault after that moment ({{count}} lines in the audit log) is not in {{source}}. ',
  RESTORE_LOST_OTHER: 'Everything in the current vault ({{count}} lines in the audit log) will be replaced. ',
  RESTORE_KEPT:
    'The current vault is not erased: Vangnet keeps it encrypted as a copy until the next successful backup. You can go back to it via Settings, Backup.',
  RESTORE_MESSAGE: 'Restore the vault to {{source}}?',
  RESTORE_CONFIRM: 'Restore',
  RESTORE_OTHER_TITLE: 'Restore another vault',
  RESTORE_OTHER_MESSAGE: 'Replace this vault with {{source}}? It belongs to another vault.',
  RESTORE_OTHER_CONFIRM: 'Replace this vault',
  CREATE_NEW_TITLE: 'Create a new, empty vault?',
  CREATE_NEW_SETTINGS_DAMAGED: "Vangnet's settings were damaged. Your vault may still be in another folder.",
  CREATE_NEW_FOLDER_MISSING:
    'The vault folder "{{dir}}" was not found. Perhaps the USB stick or network drive is not connected.',
  CREATE_NEW_DETAIL:
    'A new vault is empty. Do you already have a vault? Then choose Cancel and then "Open existing vault" or "Restore backup".',
  CREATE_NEW_CONFIRM: 'Create new vault',
  CHOOSE_EXISTING_FOLDER: 'Choose the folder with the existing vault',
  CHOOSE_NEW_FOLDER: 'Choose a folder for the new vault',
  MOVE_VAULT_TITLE: 'Use another vault folder',
  MOVE_VAULT_MESSAGE: 'Let Vangnet use the vault in "{{folder}}" from now on?',
  MOVE_VAULT_DETAIL:
    'The current vault in "{{current}}" stays as it is; you can go back to it later via Settings, Vault. Vangnet locks now.',
  MOVE_VAULT_CONFIRM: 'Use other folder',

  PDF_FILTER: 'PDF document',
  PROTOCOL_FILTER: 'Vangnet protocol',
  PROTOCOL_PDF_TITLE: 'Save protocol as PDF',
  PROTOCOL_PDF_NAME: 'Our protocol version {{version}}.pdf',
  PROTOCOL_FILE_TITLE: 'Share protocol as a file',
  PROTOCOL_FILE_NAME: 'Vangnet protocol version {{version}} {{date}}.vangnet-protocol.json',
  PROTOCOL_IMPORT_TITLE: 'Read protocol file',

  DEBUG_REFUSED_TITLE: 'Vangnet does not start',
  DEBUG_REFUSED:
    'Vangnet was started with a debugging option that lets another program look along. That is not allowed with confidential data. Start Vangnet the normal way.',
  UNEXPECTED_ERROR_TITLE: 'Vangnet: something went wrong',
  UNEXPECTED_ERROR:
    'Something unexpectedly went wrong in Vangnet. What was already saved is kept in the encrypted vault.\n\nIf this happens more often: close Vangnet, start it again and report it to IT (the error details are in the log file, without dossier contents).',
  WINDOW_GONE_TITLE: 'Vangnet stopped unexpectedly',
  WINDOW_GONE: 'The Vangnet window stopped unexpectedly.',
  WINDOW_GONE_LOOPING:
    'This happened several times in a row. What was already saved is kept. Close Vangnet and restart the computer; if that does not help, contact IT.',
  WINDOW_GONE_RELOADING: 'What was already saved is kept in the encrypted vault. Vangnet reloads the window.',
  WINDOW_GONE_QUIT: 'Quit Vangnet',
  WINDOW_GONE_RELOAD_ANYWAY: 'Reload anyway',
  WINDOW_GONE_RELOAD: 'Reload',
  BACKUP_DONE_TITLE: 'Backup made',
  BACKUP_DONE: 'The encrypted backup has been saved.',
  BACKUP_DONE_DETAIL:
    '{{file}}\n\nKeep it in a second, safe place. Restoring it is only possible with your passphrase or recovery key.',
  BACKUP_FAILED_TITLE: 'Backup not made',
  LINK_REFUSED_TITLE: 'Website not opened',
  LINK_REFUSED: 'Vangnet does not open {{host}}.',
  LINK_REFUSED_DETAIL:
    'Vangnet only opens a fixed list of help sites, such as Helpwanted.nl, Meldknop.nl and Politie.nl. If you still want to see this page, type the address into your browser yourself. Never view or keep the photo or video itself.',
  LINK_OPEN: 'Open in browser',
  CANCEL: 'Cancel',
  LINK_ASK_TITLE: 'Open website',
  LINK_ASK: 'Do you want to open {{host}} in your web browser?',
  LINK_ASK_DETAIL:
    'This website is outside Vangnet. No data leaves Vangnet with it; what you enter on the website falls under that website.',
  // ── Evaluation (src/core/evaluation) ──
  PREVENTION_PDF_TITLE: 'Save prevention plan as PDF',
  PREVENTION_PDF_NAME: 'Prevention plan {{date}}.pdf',
  IMPROVEMENTS_PDF_TITLE: 'Save improvement points as PDF',
  IMPROVEMENTS_PDF_NAME: 'Protocol improvement points {{date}}.pdf',
  SUBJECT_ACCESS_PDF_TITLE: 'Save subject access overview as PDF',
  SUBJECT_ACCESS_PDF_NAME: 'Subject access request {{date}}.pdf',
  GRACE_SHORTEN_TITLE: 'Shorten the waiting time before destruction',
  GRACE_SHORTEN:
    'Shorten the waiting time between marking and destroying a case file from {{from}} to {{to}} days?',
  GRACE_SHORTEN_TO_ONE_DAY:
    'Shorten the waiting time between marking and destroying a case file from {{from}} to {{to}} day?',
  GRACE_SHORTEN_DETAIL:
    'A case file marked "to be destroyed" can be destroyed without further question after this waiting time. A shorter waiting time leaves less time to put a mistake right.',
  GRACE_SHORTEN_CONFIRM: 'Shorten waiting time',
  DESTROY_TITLE: 'Destroy case file permanently',
  DESTROY_MESSAGE: 'Destroy case file {{number}} permanently now?',
  DESTROY_DETAIL:
    'The case file was marked on {{markedAt}} by {{markedBy}}; the waiting time runs until {{dueAt}}. Destroying cannot be undone: all data of this case file is erased. Only the audit log keeps a record that the case file was destroyed.',
  DESTROY_CONFIRM: 'Destroy',
  // ── Exchange (src/core/exchange) ──
  CARD_FILTER: 'Vangnet card',
  CARD_SAVE_TITLE: 'Save my Vangnet card',
  CARD_OPEN_TITLE: 'Choose a Vangnet card',
  PACKAGE_FILTER: 'Vangnet package (age)',
  PACKAGE_SAVE_TITLE: 'Save package',
  PACKAGE_OPEN_TITLE: 'Open package',
  // ── Documents (src/core/documents) ──
  DOCUMENT_SAVE_TITLE: 'Save {{label}}',
  DOCUMENT_CHECK_TITLE: 'Choose a document to check',
  ALL_FILES_FILTER: 'All files',
  STATEMENT_TEXT_TITLE: 'Save statement as text',
  TEXT_FILTER: 'Text file',
  CLASS_LIST_TITLE: 'Choose a class list (CSV from Magister or SOMtoday)',
  CLASS_LIST_FILTER: 'Class list (CSV)',
  MAIL_MERGE_SAVE_TITLE: 'Save letters (one PDF to print)',
};
