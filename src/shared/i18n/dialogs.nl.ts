/**
 * The texts of the native dialogs (file choosers, confirmations, main's own messages) in
 * Dutch: ONE table; the English one is dialogs.en.ts with exactly these keys. The core and
 * main pick the table by the UI language setting (`dialogText`, src/shared/i18n/dialogs.ts).
 * Colleagues are addressed with "je"; `{{name}}` is a parameter.
 */
export const DIALOGS_NL = {
  // ── Vault (src/core/session) ────────────────────────────────────────────
  BACKUP_FILTER: 'Vangnet-back-up',
  BACKUP_SAVE_TITLE: 'Back-up opslaan',
  RESTORE_TITLE: 'Back-up terugzetten',
  RESTORE_SOURCE_BACKUP: 'de back-up van {{when}}',
  RESTORE_SOURCE_KEPT: 'de bewaarde kopie van {{when}}',
  RESTORE_LOST_SAME:
    'Wat na dat moment in deze kluis is vastgelegd ({{count}} regels in het auditlogboek) staat niet in {{source}}. ',
  RESTORE_LOST_OTHER: 'Alles in de huidige kluis ({{count}} regels in het auditlogboek) wordt vervangen. ',
  RESTORE_KEPT:
    'De huidige kluis wordt niet gewist: Vangnet bewaart hem versleuteld als kopie tot de volgende geslaagde back-up. Via Instellingen, Back-up kun je ernaar terug.',
  RESTORE_MESSAGE: 'De kluis terugzetten naar {{source}}?',
  RESTORE_CONFIRM: 'Terugzetten',
  RESTORE_OTHER_TITLE: 'Andere kluis terugzetten',
  RESTORE_OTHER_MESSAGE: 'Deze kluis vervangen door {{source}}? Die hoort bij een andere kluis.',
  RESTORE_OTHER_CONFIRM: 'Vervang deze kluis',
  CREATE_NEW_TITLE: 'Nieuwe, lege kluis maken?',
  CREATE_NEW_SETTINGS_DAMAGED:
    'De instellingen van Vangnet waren beschadigd. Misschien staat je kluis nog in een andere map.',
  CREATE_NEW_FOLDER_MISSING:
    'De kluismap "{{dir}}" is niet gevonden. Misschien is de USB-stick of netwerkschijf niet aangesloten.',
  CREATE_NEW_DETAIL:
    'Een nieuwe kluis is leeg. Heb je al een kluis? Kies dan Annuleren en daarna "Bestaande kluis openen" of "Back-up terugzetten".',
  CREATE_NEW_CONFIRM: 'Nieuwe kluis maken',
  CHOOSE_EXISTING_FOLDER: 'Map met bestaande kluis kiezen',
  CHOOSE_NEW_FOLDER: 'Map voor de nieuwe kluis kiezen',
  MOVE_VAULT_TITLE: 'Andere kluismap gebruiken',
  MOVE_VAULT_MESSAGE: 'Vangnet voortaan de kluis in "{{folder}}" laten gebruiken?',
  MOVE_VAULT_DETAIL:
    'De huidige kluis in "{{current}}" blijft staan zoals hij is; je kunt er later naar terug via Instellingen, Kluis. Vangnet wordt nu vergrendeld.',
  MOVE_VAULT_CONFIRM: 'Andere map gebruiken',

  // ── Protocol (src/core/protocol) ────────────────────────────────────────
  PDF_FILTER: 'PDF-document',
  PROTOCOL_FILTER: 'Vangnet-protocol',
  PROTOCOL_PDF_TITLE: 'Stappenplan opslaan als PDF',
  PROTOCOL_PDF_NAME: 'Ons stappenplan versie {{version}}.pdf',
  PROTOCOL_FILE_TITLE: 'Protocol delen als bestand',
  PROTOCOL_FILE_NAME: 'Vangnet-protocol versie {{version}} {{date}}.vangnet-protocol.json',
  PROTOCOL_IMPORT_TITLE: 'Protocolbestand inlezen',

  // ── Main process (main/) ────────────────────────────────────────────────
  DEBUG_REFUSED_TITLE: 'Vangnet start niet',
  DEBUG_REFUSED:
    'Vangnet is gestart met een instelling voor foutopsporing waarmee een ander programma kan meekijken. Dat is niet toegestaan bij vertrouwelijke gegevens. Start Vangnet op de gewone manier.',
  UNEXPECTED_ERROR_TITLE: 'Vangnet: er ging iets mis',
  UNEXPECTED_ERROR:
    'Er ging onverwacht iets mis in Vangnet. Wat al was opgeslagen, is bewaard in de versleutelde kluis.\n\nAls dit vaker gebeurt: sluit Vangnet, start het opnieuw en meld het aan ICT (de foutgegevens staan in het logbestand, zonder dossierinhoud).',
  WINDOW_GONE_TITLE: 'Vangnet is onverwacht gestopt',
  WINDOW_GONE: 'Het venster van Vangnet is onverwacht gestopt.',
  WINDOW_GONE_LOOPING:
    'Dit gebeurde meerdere keren kort na elkaar. Wat al was opgeslagen, is bewaard. Sluit Vangnet en start de computer opnieuw op; helpt dat niet, neem dan contact op met ICT.',
  WINDOW_GONE_RELOADING: 'Wat al was opgeslagen, is bewaard in de versleutelde kluis. Vangnet laadt het venster opnieuw.',
  WINDOW_GONE_QUIT: 'Vangnet afsluiten',
  WINDOW_GONE_RELOAD_ANYWAY: 'Toch opnieuw laden',
  WINDOW_GONE_RELOAD: 'Opnieuw laden',
  BACKUP_DONE_TITLE: 'Back-up gemaakt',
  BACKUP_DONE: 'De versleutelde back-up is opgeslagen.',
  BACKUP_DONE_DETAIL:
    '{{file}}\n\nBewaar hem op een tweede, veilige plek. Terugzetten kan alleen met je wachtwoordzin of herstelsleutel.',
  BACKUP_FAILED_TITLE: 'Back-up niet gemaakt',
  LINK_REFUSED_TITLE: 'Website niet geopend',
  LINK_REFUSED: 'Vangnet opent {{host}} niet.',
  LINK_REFUSED_DETAIL:
    'Vangnet opent alleen een vaste lijst hulpsites, zoals Helpwanted.nl, Meldknop.nl en Politie.nl. Wil je deze pagina toch bekijken, typ het adres dan zelf in je browser. Bekijk of bewaar nooit de foto of video zelf.',
  LINK_OPEN: 'Openen in browser',
  CANCEL: 'Annuleren',
  LINK_ASK_TITLE: 'Website openen',
  LINK_ASK: 'Wil je {{host}} openen in je webbrowser?',
  LINK_ASK_DETAIL:
    'Deze website valt buiten Vangnet. Er gaan geen gegevens uit Vangnet mee; wat je op de website invult, valt onder die website.',
  // ── Evaluation (src/core/evaluation) ──
  PREVENTION_PDF_TITLE: 'Preventieplan opslaan als PDF',
  PREVENTION_PDF_NAME: 'Preventieplan {{date}}.pdf',
  IMPROVEMENTS_PDF_TITLE: 'Verbeterpunten opslaan als PDF',
  IMPROVEMENTS_PDF_NAME: 'Verbeterpunten protocol {{date}}.pdf',
  SUBJECT_ACCESS_PDF_TITLE: 'Inzageoverzicht opslaan als PDF',
  SUBJECT_ACCESS_PDF_NAME: 'Inzageverzoek {{date}}.pdf',
  GRACE_SHORTEN_TITLE: 'Wachttijd voor vernietigen verkorten',
  GRACE_SHORTEN:
    'De wachttijd tussen markeren en vernietigen van een dossier verkorten van {{from}} naar {{to}} dagen?',
  GRACE_SHORTEN_TO_ONE_DAY:
    'De wachttijd tussen markeren en vernietigen van een dossier verkorten van {{from}} naar {{to}} dag?',
  GRACE_SHORTEN_DETAIL:
    'Een dossier dat als "te vernietigen" is gemarkeerd, kan na deze wachttijd zonder verdere vraag worden vernietigd. Een kortere wachttijd laat minder tijd om een vergissing te herstellen.',
  GRACE_SHORTEN_CONFIRM: 'Wachttijd verkorten',
  DESTROY_TITLE: 'Dossier definitief vernietigen',
  DESTROY_MESSAGE: 'Dossier {{number}} nu definitief vernietigen?',
  DESTROY_DETAIL:
    'Het dossier is gemarkeerd op {{markedAt}} door {{markedBy}}; de wachttijd loopt tot {{dueAt}}. Vernietigen kan niet ongedaan worden gemaakt: alle gegevens van dit dossier worden gewist. Alleen in het auditlogboek blijft staan dat het dossier is vernietigd.',
  DESTROY_CONFIRM: 'Vernietigen',
  // ── Exchange (src/core/exchange) ──
  CARD_FILTER: 'Vangnet-kaart',
  CARD_SAVE_TITLE: 'Mijn Vangnet-kaart opslaan',
  CARD_OPEN_TITLE: 'Vangnet-kaart kiezen',
  PACKAGE_FILTER: 'Vangnet-pakket (age)',
  PACKAGE_SAVE_TITLE: 'Pakket opslaan',
  PACKAGE_OPEN_TITLE: 'Pakket openen',
  // ── Documents (src/core/documents) ──
  DOCUMENT_SAVE_TITLE: '{{label}} opslaan',
  DOCUMENT_CHECK_TITLE: 'Document kiezen om te controleren',
  ALL_FILES_FILTER: 'Alle bestanden',
  STATEMENT_TEXT_TITLE: 'Statement als tekst opslaan',
  TEXT_FILTER: 'Tekstbestand',
  CLASS_LIST_TITLE: 'Klassenlijst kiezen (CSV uit Magister of SOMtoday)',
  CLASS_LIST_FILTER: 'Klassenlijst (CSV)',
  MAIL_MERGE_SAVE_TITLE: 'Brieven opslaan (één PDF om af te drukken)',
  // ── Application menu (main/menu.ts) ──
  MENU_ABOUT: 'Over Vangnet',
  ABOUT_DETAIL:
    'Vertrouwelijk dossier en stappenplan voor zorgteams bij een rondgaande naaktfoto of seksfilmpje.\n\nAlle gegevens blijven versleuteld op deze computer. Vangnet maakt geen verbinding met internet.',
  MENU_SETTINGS: 'Instellingen…',
  MENU_HIDE: 'Vangnet verbergen',
  MENU_HIDE_OTHERS: 'Andere verbergen',
  MENU_SHOW_ALL: 'Alles tonen',
  MENU_QUIT_APP: 'Vangnet afsluiten',
  MENU_FILE: 'Bestand',
  MENU_NEW_DOSSIER: 'Nieuw dossier',
  MENU_BACKUP: 'Back-up maken…',
  MENU_RESTORE: 'Back-up terugzetten…',
  MENU_LOCK: 'Scherm vergrendelen',
  MENU_CLOSE_WINDOW: 'Venster sluiten',
  MENU_QUIT: 'Afsluiten',
  MENU_EDIT: 'Bewerken',
  MENU_UNDO: 'Ongedaan maken',
  MENU_REDO: 'Opnieuw',
  MENU_CUT: 'Knippen',
  MENU_COPY: 'Kopiëren',
  MENU_PASTE: 'Plakken',
  MENU_PASTE_PLAIN: 'Plakken zonder opmaak',
  MENU_DELETE: 'Verwijderen',
  MENU_SELECT_ALL: 'Alles selecteren',
  MENU_VIEW: 'Beeld',
  MENU_ACTUAL_SIZE: 'Werkelijke grootte',
  MENU_ZOOM_IN: 'Inzoomen',
  MENU_ZOOM_OUT: 'Uitzoomen',
  MENU_FULL_SCREEN: 'Volledig scherm',
  MENU_RELOAD: 'Opnieuw laden',
  MENU_DEVTOOLS: 'Ontwikkelhulpmiddelen',
  MENU_WINDOW: 'Venster',
  MENU_MINIMIZE: 'Minimaliseren',
  MENU_ZOOM: 'Zoomen',
  MENU_FRONT: 'Alles naar voren',
  MENU_CLOSE: 'Sluiten',
  MENU_HELP: 'Help',
  MENU_GUIDE: 'Handleiding',
  // ── Documents (src/core/documents), continued ──
  MAIL_MERGE_FOLDER_TITLE: 'Map kiezen voor de losse brieven (één bestand per ouder)',
} as const satisfies Record<string, string>;

export type DialogKey = keyof typeof DIALOGS_NL;
