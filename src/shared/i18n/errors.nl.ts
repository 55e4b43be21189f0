/**
 * Every error sentence a user can see, in Dutch: ONE table (the English one is errors.en.ts,
 * with exactly these keys). The core sends a code and a key from here plus its parameters;
 * the renderer shows `errors:<key>` in the user's language (renderer/src/i18n/*\/errors.ts) and
 * the core keeps this Dutch sentence as `message` for logs and as a fallback.
 *
 * Each error code has its default sentence under its own name; a situation that needs its own
 * sentence gets its own key (NOT_A_VAULT_PLAIN, DOSSIER_NOT_FOUND, …). `{{name}}` is a parameter.
 * Written for a care coordinator: what happened, whether data is at risk, what to do next.
 */
export const ERRORS_NL = {
  // ── One default sentence per error code ─────────────────────────────────
  VALIDATION: 'De invoer is ongeldig.',
  UNKNOWN_OPERATION: 'Onbekende opdracht.',
  NOT_FOUND: 'Dit bestaat niet (meer).',
  CONFLICT: 'Deze wijziging past niet bij wat al is vastgelegd. Er is niets opgeslagen.',
  FORBIDDEN: 'Dit verzoek komt niet van Vangnet zelf en is geweigerd.',
  VAULT_LOCKED: 'De kluis is vergrendeld. Ontgrendel de kluis eerst met je wachtwoordzin.',
  VAULT_NOT_FOUND:
    'In deze map staat geen Vangnet-kluis. Kies de map waarin je de kluis hebt aangemaakt, of maak een nieuwe kluis aan.',
  VAULT_EXISTS:
    'In deze map staat al een Vangnet-kluis. Open die kluis, of kies een lege map voor een nieuwe kluis.',
  WRONG_PASSPHRASE:
    'De wachtwoordzin klopt niet. Let op hoofdletters en spaties en probeer het opnieuw. Ben je de wachtwoordzin kwijt? Gebruik dan je herstelsleutel.',
  WRONG_RECOVERY_KEY:
    'De herstelsleutel klopt niet. Controleer of je alle 8 groepen van 4 tekens goed hebt overgenomen van het papier.',
  WEAK_PASSPHRASE: 'Deze wachtwoordzin is te zwak. Kies een langere zin van een paar gewone woorden.',
  NOT_A_VAULT:
    'Dit is geen Vangnet-kluis. Het bestand of de map hoort niet bij Vangnet, of het sleutelbestand ontbreekt of is onleesbaar. Er is niets gewijzigd.',
  VAULT_TRUNCATED:
    'De kluis is onvolledig: er ontbreekt een deel van het bestand, bijvoorbeeld door een afgebroken kopie of een volle schijf. De wachtwoordzin klopt wel. Zet de kluis terug uit een back-up. Er is niets gewijzigd.',
  VAULT_TOO_NEW:
    'Deze kluis is gemaakt met een nieuwere versie van Vangnet. Werk Vangnet bij om de kluis te openen. Er is niets gewijzigd.',
  VAULT_CORRUPT:
    'De kluis is beschadigd en kan niet worden gelezen. De wachtwoordzin klopt wel. Zet de kluis terug uit een back-up. Er is niets gewijzigd.',
  VAULT_IN_USE:
    'De kluis is al geopend, in een ander venster of door een andere gebruiker van deze computer. Sluit Vangnet daar eerst af en probeer het opnieuw.',
  DISK_FULL:
    'De schijf is vol. Er is niets opgeslagen; maak ruimte vrij (bijvoorbeeld door oude downloads te verwijderen) en probeer het opnieuw. Wat al was opgeslagen, is niet verloren gegaan.',
  READ_ONLY:
    'Vangnet mag niet schrijven in deze map. Er is niets opgeslagen. Controleer of de map niet alleen-lezen is en of je er rechten op hebt, of kies een andere map.',
  BACKUP_INVALID:
    'Deze back-up is beschadigd of onvolledig en kan niet worden teruggezet. Je huidige kluis is niet gewijzigd. Probeer een andere back-up.',
  PRIVACY_GUARD: 'Dit is geweigerd om de privacy van betrokkenen te beschermen. Er is niets opgeslagen.',
  PRIVACY_GUARD_GROUP:
    '{{what}} is bedoeld voor een groep en mag geen namen bevatten van leerlingen die bij dit dossier betrokken zijn. De naam "{{name}}" staat in: "{{passage}}". Haal de naam weg of maak de passage algemener, en probeer het daarna opnieuw. Er is niets gemaakt of afgedrukt.',
  PRIVACY_GUARD_GROUP_ONE_MORE:
    '{{what}} is bedoeld voor een groep en mag geen namen bevatten van leerlingen die bij dit dossier betrokken zijn. De naam "{{name}}" staat in: "{{passage}}" (en nog 1 andere plek). Haal de naam weg of maak de passage algemener, en probeer het daarna opnieuw. Er is niets gemaakt of afgedrukt.',
  PRIVACY_GUARD_GROUP_MORE:
    '{{what}} is bedoeld voor een groep en mag geen namen bevatten van leerlingen die bij dit dossier betrokken zijn. De naam "{{name}}" staat in: "{{passage}}" (en nog {{others}} andere plekken). Haal de naam weg of maak de passage algemener, en probeer het daarna opnieuw. Er is niets gemaakt of afgedrukt.',
  PRIVACY_GUARD_INDIVIDUAL:
    '{{what}} mag alleen het eigen kind van de ontvanger noemen, geen andere leerlingen uit dit dossier. De naam "{{name}}" staat in: "{{passage}}". Haal de naam weg of maak de passage algemener, en probeer het daarna opnieuw. Er is niets gemaakt of afgedrukt.',
  PRIVACY_GUARD_INDIVIDUAL_ONE_MORE:
    '{{what}} mag alleen het eigen kind van de ontvanger noemen, geen andere leerlingen uit dit dossier. De naam "{{name}}" staat in: "{{passage}}" (en nog 1 andere plek). Haal de naam weg of maak de passage algemener, en probeer het daarna opnieuw. Er is niets gemaakt of afgedrukt.',
  PRIVACY_GUARD_INDIVIDUAL_MORE:
    '{{what}} mag alleen het eigen kind van de ontvanger noemen, geen andere leerlingen uit dit dossier. De naam "{{name}}" staat in: "{{passage}}" (en nog {{others}} andere plekken). Haal de naam weg of maak de passage algemener, en probeer het daarna opnieuw. Er is niets gemaakt of afgedrukt.',
  MISSING_PLACEHOLDER:
    'De brief verwijst naar een gegeven dat ontbreekt. Vul het aan en probeer het opnieuw.',
  IMPORT_ERROR: 'Het bestand kon niet worden ingelezen. Er is niets opgeslagen.',
  CANCELLED: 'Geannuleerd. Er is niets opgeslagen.',
  INTERNAL:
    'Er ging onverwacht iets mis. Er is niets verloren gegaan van wat al was opgeslagen; probeer het opnieuw.',

  // ── Sentences for particular situations ─────────────────────────────────
  VALIDATION_AT: 'De invoer is ongeldig (veld: {{field}}).',
  VALIDATION_UNKNOWN_FIELDS: 'De invoer bevat onbekende velden.',
  VALIDATION_UNKNOWN_FIELDS_AT: 'De invoer bevat onbekende velden (veld: {{field}}).',
  VALIDATION_TOO_BIG: 'Een waarde is te groot of te lang.',
  VALIDATION_TOO_BIG_AT: 'Een waarde is te groot of te lang (veld: {{field}}).',
  VALIDATION_TOO_SMALL: 'Een waarde is te klein of ontbreekt.',
  VALIDATION_TOO_SMALL_AT: 'Een waarde is te klein of ontbreekt (veld: {{field}}).',
  PAYLOAD_TOO_LARGE:
    'Dit verzoek is te groot (meer dan 1 MB aan tekst). Er is niets opgeslagen; maak de tekst korter of verdeel hem over meer stukken.',
  VAULT_EXISTS_HERE: 'Op deze plek staat al een kluis. Open die, of kies een andere map.',
  CREATE_CANCELLED_EXISTING:
    'Er is geen nieuwe kluis gemaakt. Heb je al een kluis? Kies "Bestaande kluis openen" of "Back-up terugzetten".',
  VAULT_BUSY: 'De kluis is even bezet door een ander programma. Probeer het zo opnieuw.',
  VAULT_INTERNAL:
    'Er ging iets onverwachts mis met de kluis. Je gegevens zijn niet gewijzigd. Probeer het opnieuw of start Vangnet opnieuw.',
  NOT_A_VAULT_PLAIN:
    'Dit is geen Vangnet-kluis: het databasebestand is niet versleuteld. Vangnet opent alleen versleutelde kluizen. Er is niets gewijzigd.',
  BACKUP_NOT_FOUND: 'Het back-upbestand is niet gevonden. Kies het bestand opnieuw.',
  VAULT_TOO_NEW_BACKUP:
    'Deze back-up is gemaakt met een nieuwere versie van Vangnet. Werk Vangnet bij om hem terug te zetten. Je huidige kluis is niet gewijzigd.',
  NAME_REQUIRED: 'Vul je naam in. Die komt in het logboek bij alles wat je in de kluis doet.',
  DOSSIER_HANDED_OVER: 'Dit dossier is overgedragen en is hier alleen nog te lezen. Er is niets gewijzigd.',
  DOSSIER_NOT_FOUND: 'Dit dossier bestaat niet (meer).',
  PERSON_NOT_FOUND: 'Deze persoon bestaat niet (meer) in het dossier.',
  ACTION_NOT_FOUND: 'Deze actie bestaat niet (meer).',
  LOGBOOK_ENTRY_NOT_FOUND: 'Deze logboekregel bestaat niet.',
  CONVERSATION_NOT_FOUND: 'Dit gesprek bestaat niet (meer).',
  MONITORING_ENTRY_NOT_FOUND: 'Deze waarneming bestaat niet (meer) in het logboek.',
  TAKEDOWN_NOT_FOUND: 'Dit verwijderverzoek bestaat niet (meer).',
  AFTERCARE_NOT_FOUND: 'Dit nazorgmoment bestaat niet (meer).',
  IMPROVEMENT_NOT_FOUND: 'Dit verbeterpunt bestaat niet (meer).',
  SIGNER_UNKNOWN:
    'Dit pakket is ondertekend door {{sender}}, die niet in je adresboek staat. Voeg eerst de Vangnet-kaart van de afzender toe en vergelijk de vingerafdruk ({{fingerprint}}) telefonisch. Er is niets ingelezen.',
  SIGNER_CARD_EXPIRED:
    'De Vangnet-kaart van {{name}} is verlopen op {{date}}. Een pakket van een verlopen kaart wordt niet geopend. Vraag {{name}} om een verlengde kaart, voeg die toe aan je adresboek en open het pakket daarna opnieuw. Er is niets ingelezen.',
  RECIPIENT_CARD_EXPIRED:
    'De Vangnet-kaart van {{name}} is verlopen op {{date}}. Vraag {{name}} om een verlengde kaart en voeg die toe; tot dan kun je niets naar deze kaart sturen. Er is niets verstuurd.',
  OWN_CARD_EXPIRED:
    'Je eigen Vangnet-kaart is verlopen op {{date}}. Verleng je kaart op het scherm Overdragen en delen en stuur de verlengde kaart naar je contacten. Er is niets verstuurd.',
  CARD_ALREADY_KNOWN: 'Deze kaart staat al in het adresboek als "{{name}}".',
  SUBJECT_ACCESS_REVIEW_REQUIRED: 'Bevestig eerst dat je het overzicht hebt gecontroleerd op gegevens van anderen. Er is niets opgeslagen.',
  SUBJECT_ACCESS_PERSON_GONE: 'Een gekozen persoon bestaat niet (meer). Zoek de naam opnieuw.',
  SUBJECT_ACCESS_REQUESTER_NOT_PARENT: 'Wie om inzage vraagt, moet een ouder of verzorger zijn van een gekozen persoon. Kies opnieuw wie het vraagt.',
  IMPROVEMENT_HAS_NAME:
    'Een verbeterpunt is voor de hele school en blijft bewaard als het dossier wordt vernietigd. Haal de naam "{{name}}" weg en beschrijf de rol, bijvoorbeeld "de mentor" of "de leerling".',
  PREVENTION_NOT_PREVENTIVE:
    'Dit verbeterpunt gaat niet over preventie en hoort daarom niet in het preventieplan. Er is niets gewijzigd.',
  PREVENTION_REJECTED:
    'Dit verbeterpunt is afgewezen en staat daarom niet in het preventieplan. Heropen het eerst bij Verbeterpunten als je het toch wilt plannen.',
  UNKNOWN_STEP: 'Onbekende stap in het stappenplan: {{step}}.',
  UNKNOWN_PHASE: 'Onbekende fase in het stappenplan: {{phase}}.',
  MOMENT_IN_FUTURE: '{{label}} ligt in de toekomst. Vul het moment in waarop het echt is gebeurd.',
  STEP_RECORD_OTHER_TOOL: 'Deze gegevens horen bij een ander soort stap en zijn niet opgeslagen.',
  STEP_NOT_IN_PROTOCOL: 'Deze stap hoort niet bij het protocol dat dit dossier volgt.',
  DERIVED_STATUS_NEEDS_REASON:
    'Deze status volgt uit het werk ({{from}}). Geef een reden als je hem met de hand verandert. Er is niets opgeslagen.',
  CLOSE_NEEDS_REASONS:
    'Er staat nog werk open in dit dossier. Geef per onderdeel een reden om toch te sluiten (nog zonder reden: {{categories}}). Het dossier is niet gesloten.',
  // Items of {{categories}} (the core passes them as phrases, src/shared/errors.ts).
  OPEN_WORK_STAPPEN: 'open stappen',
  OPEN_WORK_VERWIJDERVERZOEKEN: 'lopende verwijderverzoeken',
  OPEN_WORK_EVALUATIES: 'evaluaties niet afgerond',
  OPEN_WORK_NAZORG: 'nazorg niet gepland',
  OPEN_WORK_ACTIES: 'acties niet afgerond',
  DOCUMENT_CHECK_UNREADABLE:
    'Dit bestand kon niet worden gelezen. Controleer of het nog bestaat en niet geopend is in een ander programma, en kies het opnieuw. Er is niets gewijzigd.',
  DOCUMENT_CHECK_TOO_BIG:
    'Dit bestand is groter dan 512 MB. Zo groot is geen document dat Vangnet maakt, dus het is zeker niet door Vangnet gemaakt. Er is niets gewijzigd.',
  DOCUMENT_WRITTEN_DIFFERS:
    'Het opgeslagen bestand is niet gelijk aan wat Vangnet wilde opslaan (de schijf gaf andere gegevens terug). Het document is niet vastgelegd. Sla het opnieuw op, liefst op een andere plek.',
  // ── Session and protocol (areas of src/core) ───────────────────────────
  RESTORE_NEEDS_CURRENT_PASSPHRASE:
    'Vul de wachtwoordzin van de huidige kluis in om die te laten vervangen.',
  VAULT_NOT_IN_FOLDER:
    'In deze map staat geen Vangnet-kluis. Kies de map waarin de kluis staat.',
  VAULT_EXISTS_IN_FOLDER: 'In deze map staat al een kluis. Kies "Bestaande kluis openen".',
  FOLDER_NOT_WRITABLE: 'Vangnet kan niet schrijven in deze map. Kies een andere map.',
  PROTOCOL_VERSION_DAMAGED:
    'Protocolversie {{version}} in de kluis is beschadigd en kan niet worden gelezen.',
  PROTOCOL_VERSION_NOT_FOUND: 'Protocolversie {{version}} bestaat niet.',
  PROTOCOL_MISSING: 'De kluis bevat geen protocol.',
  PDF_NOT_SAVED_DISK_FULL: 'De schijf is vol. Het PDF-bestand is niet opgeslagen.',
  PDF_NOT_SAVED_HERE:
    'Vangnet kan het PDF-bestand niet op deze plek opslaan. Kies een andere map.',
  PROTOCOL_FILE_NOT_SAVED_DISK_FULL: 'De schijf is vol. Het protocolbestand is niet opgeslagen.',
  PROTOCOL_FILE_NOT_SAVED_HERE:
    'Vangnet kan het protocolbestand niet op deze plek opslaan. Kies een andere map.',
  PROTOCOL_FILE_TOO_BIG:
    'Dit bestand is te groot voor een protocolbestand en is niet ingelezen.',
  FILE_UNREADABLE: 'Vangnet kan dit bestand niet lezen. Kies het bestand opnieuw.',
  IMPROVEMENT_POINT_GONE: 'Een genoemd verbeterpunt bestaat niet (meer).',
  IMPROVEMENT_POINT_REJECTED:
    'Een afgewezen verbeterpunt kan niet in het protocol worden verwerkt. Heropen het eerst.',
  PROTOCOL_FILE_UNREADABLE:
    'Dit bestand is geen Vangnet-protocolbestand: de inhoud is onleesbaar.',
  NOT_A_PROTOCOL_FILE: 'Dit bestand is geen Vangnet-protocolbestand.',
  PROTOCOL_FILE_TOO_NEW:
    'Dit protocolbestand is gemaakt met een nieuwere versie van Vangnet (bestandsformaat {{format}}). Werk Vangnet bij en lees het daarna opnieuw in; er is niets gewijzigd.',
  PROTOCOL_FILE_DAMAGED:
    'Dit protocolbestand is beschadigd of onvolledig en is niet ingelezen: {{issue}}',
  PROTOCOL_IMPORT_DROPS_ESSENTIALS:
    'In dit protocol ontbreken essentiële stappen ({{steps}}). Inlezen kan alleen met een uitdrukkelijke reden (minstens 10 tekens) die in de geschiedenis wordt vastgelegd.',
  NO_CARD_UPDATE: 'Er is geen nieuwe versie van de kaart om te bekijken.',
  STEP_NOT_CHANGED_ON_CARD: 'Deze stap is niet veranderd op de nieuwe kaart: {{step}}.',
  CLOSED_DOSSIER_KEEPS_PROTOCOL:
    'Een gesloten dossier blijft bij de protocolversie die is gevolgd.',
  MOVE_ONLY_TO_NEWER:
    'Dit dossier volgt al versie {{version}}. Je kunt alleen naar een nieuwere versie overstappen.',
  KEPT_COPY_NOT_FOUND: 'Deze bewaarde kopie bestaat niet (meer).',
  RESTORE_WRONG_CURRENT_PASSPHRASE:
    'De wachtwoordzin van de huidige kluis klopt niet. Er is niets teruggezet.',
  MONITORING_ALREADY_CORRECTED:
    'Deze versie is al gecorrigeerd. Open de waarneming opnieuw en corrigeer de nieuwste versie.',
  NOTHING_CHANGED_SINCE_VERSION:
    'Er is niets veranderd ten opzichte van de vorige versie. Er is niets opgeslagen.',
  MONITORING_OTHER_DOSSIER: 'Deze waarneming hoort bij een ander dossier.',
  NOTHING_CHANGED: 'Er is niets veranderd. Er is niets opgeslagen.',
  // ── Dossiers and evaluation (src/core/dossiers, src/core/evaluation) ──
  DOSSIER_CLOSED:
    'Dit dossier is gesloten en kan niet meer worden gewijzigd. Alleen nazorg en het logboek kunnen nog worden aangevuld. Heropen het dossier als er iets moet veranderen.',
  RELATED_PERSON_OTHER_DOSSIER: 'De gekoppelde persoon hoort niet bij dit dossier.',
  PERSON_LINKED_TO_ITSELF: 'Een persoon kan niet aan zichzelf worden gekoppeld.',
  NVT_NEEDS_REASON: 'Geef aan waarom deze stap niet van toepassing is.',
  LOGBOOK_TIME_IN_FUTURE: 'Het tijdstip ligt in de toekomst. Een logboekregel beschrijft wat al is gebeurd.',
  LOGBOOK_ENTRY_OTHER_DOSSIER: 'Deze logboekregel hoort niet bij dit dossier.',
  ONE_OF_PERSONS_OTHER_DOSSIER: 'Een gekozen persoon hoort niet bij dit dossier.',
  CHOSEN_PERSON_OTHER_DOSSIER: 'De gekozen persoon hoort niet bij dit dossier.',
  EVALUATION_NOT_APPLICABLE:
    'Er is geen andere school betrokken bij dit dossier; deze evaluatie is niet van toepassing.',
  EVALUATION_UNKNOWN_QUESTION: 'Een antwoord hoort bij een onbekende vraag.',
  EVALUATION_NOT_SAVED: 'De evaluatie is niet opgeslagen.',
  AFTERCARE_DONE_KEPT: 'Een afgerond nazorgmoment blijft bewaard. Heropen het als het opnieuw moet gebeuren.',
  IMPROVEMENT_REJECT_NEEDS_REASON: 'Geef kort aan waarom dit verbeterpunt niet wordt overgenomen.',
  DESTROY_ONLY_CLOSED: 'Alleen een gesloten dossier kan worden vernietigd. Sluit het dossier eerst af.',
  DESTROY_OPEN_WORK:
    'Dossier {{number}} kan niet vóór het einde van de bewaartermijn ({{until}}) worden vernietigd: {{open}}. Rond dat eerst af.',
  // Items of {{open}}.
  DESTROY_OPEN_TAKEDOWNS_ONE: '1 verwijderverzoek loopt nog',
  DESTROY_OPEN_TAKEDOWNS: '{{n}} verwijderverzoeken lopen nog',
  DESTROY_OPEN_POLICE: 'het contact met de politie is nog niet afgerond',
  DESTROY_OPEN_AFTERCARE_ONE: '1 nazorgmoment staat nog open',
  DESTROY_OPEN_AFTERCARE: '{{n}} nazorgmomenten staan nog open',
  DESTROY_CONFIRM_NUMBER:
    'Typ het dossiernummer {{number}} precies over om te bevestigen dat dit dossier vernietigd mag worden.',
  DESTROY_ALREADY_MARKED: 'Dossier {{number}} staat al klaar om te worden vernietigd.',
  DESTROY_EARLY_NEEDS_REASON:
    'De bewaartermijn van dit dossier loopt nog tot {{until}}. Geef een reden om het nu al te vernietigen, bijvoorbeeld een verzoek tot verwijdering.',
  DESTROY_REASON_HAS_NAME:
    'De reden blijft in het logboek staan nadat het dossier is vernietigd. Noem daarin geen namen van betrokkenen.',
  DESTROY_NOT_MARKED: 'Dossier {{number}} staat niet klaar om te worden vernietigd.',
  DESTROY_MARK_REQUIRED:
    'Dossier {{number}} is niet gemarkeerd als "te vernietigen". Markeer het eerst; vernietigen kan pas daarna.',
  DESTROY_MARK_CHANGED: 'De markering van dossier {{number}} is intussen gewijzigd. Er is niets vernietigd.',
  // ── Exchange (src/core/exchange) ──
  HANDED_OVER_NOT_SENDABLE: 'Dit dossier is overgedragen aan {{to}} en kan niet meer worden verstuurd.',
  UPDATE_NEEDS_EARLIER_SEND:
    'Aan {{name}} is dit dossier nog niet eerder gestuurd. Kies eerst "Delen met de andere school" of "Overdragen".',
  SEND_NEEDS_SECTION: 'Kies minstens één onderdeel om mee te sturen.',
  CARD_FILE_TOO_BIG: 'Dit bestand is te groot voor een Vangnet-kaart.',
  OWN_CARD_AS_CONTACT: 'Dit is je eigen Vangnet-kaart. Voeg de kaart van een collega of partnerschool toe.',
  PACKAGE_TOO_BIG: 'Dit bestand is te groot voor een Vangnet-pakket.',
  IMPORT_CONFLICTS_OPEN: 'Kies eerst welke versie je wilt houden bij: {{labels}}.',
  // A record of an imported package, in the refusal above and the import preview (names as data).
  IMPORT_RECORD_FACTS: 'Feiten van het incident',
  IMPORT_RECORD_PERSON: 'Betrokkene: {{name}}',
  IMPORT_RECORD_STEP: 'Stap: {{title}}',
  IMPORT_RECORD_ACTION: 'Actie: {{what}}',
  IMPORT_RECORD_CONVERSATION: 'Gesprek met {{withWhom}}',
  IMPORT_RECORD_LOG: 'Logboekregel van {{at}} ({{author}})',
  IMPORT_RECORD_MONITORING: 'Monitoring: {{platform}} {{at}}',
  IMPORT_RECORD_NO_DATE: 'onbekend',
  PACKAGE_NO_LONGER_OPEN: 'Dit pakket is niet meer geopend. Kies het bestand opnieuw.',
  PACKAGE_NEEDS_PASSPHRASE:
    'Dit pakket is beveiligd met een eenmalige wachtwoordzin. Vul de wachtwoordzin in die de afzender je gaf.',
  PACKAGE_OWN: 'Dit pakket heb je zelf gemaakt. Het is bedoeld voor de ontvanger.',
  PACKAGE_NOT_ADDRESSED_TO_YOU:
    'Dit pakket is volgens de afzender niet aan jou gericht en wordt niet geopend.',
  CONTACT_NOT_FOUND: 'Deze persoon staat niet (meer) in het adresboek.',
  NO_IDENTITY: 'Deze kluis heeft nog geen Vangnet-identiteit.',
  NOT_A_CARD: 'Dit is geen Vangnet-kaart. Een kaart begint met "{{prefix}}".',
  CARD_DAMAGED: 'Deze Vangnet-kaart is onvolledig of beschadigd. Vraag de kaart opnieuw op.',
  CARD_INVALID: 'Deze Vangnet-kaart is ongeldig. Vraag de kaart opnieuw op.',
  NOT_A_PACKAGE: 'Dit bestand is geen Vangnet-pakket. Kies het .age-bestand dat je van de afzender kreeg.',
  PACKAGE_WRONG_PASSPHRASE:
    'De wachtwoordzin klopt niet. Controleer de wachtwoordzin die de afzender je gaf.',
  PACKAGE_NOT_FOR_YOU:
    'Dit pakket is niet voor jou versleuteld. Alleen de ontvangers die de afzender koos kunnen het openen. Vraag de afzender het opnieuw naar jouw Vangnet-kaart te sturen.',
  PACKAGE_DAMAGED:
    'Dit pakket is beschadigd of gewijzigd na verzending en wordt niet geopend. Vraag de afzender het pakket opnieuw te sturen.',
  PACKAGE_BAD_SIGNATURE:
    'De handtekening van dit pakket klopt niet: het is onderweg veranderd of niet door de afzender gemaakt. Het pakket wordt niet geopend.',
  PACKAGE_TOO_NEW:
    'Dit pakket is gemaakt met een nieuwere versie van Vangnet. Werk Vangnet bij en open het pakket daarna opnieuw.',
  PACKAGE_CONTENT_INVALID: 'De inhoud van dit pakket is ongeldig en wordt niet geopend.',
  PACKAGE_SENDER_MISMATCH:
    'De afzender in dit pakket is niet degene die het ondertekende. Het pakket wordt niet geopend.',
  // ── Documents (src/core/documents) ──
  STATEMENT_NOT_PUBLISHED:
    'Er is nog geen gepubliceerde versie van het statement. Publiceer eerst een versie.',
  RECIPIENT_NOT_FOR_LETTER: 'De gekozen ontvanger hoort niet bij deze brief.',
  CONVERSATION_NOT_WITH_RECIPIENT: 'Dit gesprek ging niet met deze ontvanger. Kies een gesprek uit de lijst.',
  PERSON_NOT_IN_DOSSIER: 'Deze persoon hoort niet (meer) bij dit dossier.',
  CONVERSATION_NOT_IN_DOSSIER: 'Dit gesprek hoort niet (meer) bij dit dossier.',
  STATEMENT_NO_DRAFT: 'Er is nog geen concept om te publiceren. Schrijf eerst het statement.',
  STATEMENT_PARTS_EMPTY: 'Vul eerst alle drie de onderdelen in. Nog leeg: {{parts}}.',
  // Items of {{parts}}: the parts as the statement form names them.
  STATEMENT_PART_WAT_SPEELT: '"Wat speelt er? Wat vind je?"',
  STATEMENT_PART_WAT_DOET: '"Wat doe je? Waarom?"',
  STATEMENT_PART_CONTACTPERSOON: '"Contactpersoon"',
  STATEMENT_ALREADY_PUBLISHED:
    'Deze tekst is al gepubliceerd. Pas het concept aan om een nieuwe versie te publiceren.',
  CLASS_LIST_TOO_BIG: 'Dit bestand is te groot voor een klassenlijst (meer dan 5 MB).',
  CLASS_LIST_UNREADABLE:
    'Het bestand kon niet worden gelezen. Controleer of het nog bestaat en niet geopend is in een ander programma.',
  CSV_NOT_UTF8:
    'Dit bestand is niet als UTF-8 opgeslagen, waardoor letters als é of ş verkeerd zouden worden gedrukt. Exporteer de klassenlijst opnieuw als CSV (UTF-8).',
  CSV_EMPTY_FIRST_LINE:
    'Het bestand is leeg of begint met een lege regel. De eerste regel moet de kolomnamen bevatten.',
  CSV_UNREADABLE:
    'Het bestand kon niet worden gelezen als CSV. Controleer of het een klassenlijst uit Magister of SOMtoday is, opgeslagen als CSV.',
  CSV_UNREADABLE_AT_LINE:
    'Het bestand kon niet worden gelezen als CSV (rond regel {{line}}). Controleer of het een klassenlijst uit Magister of SOMtoday is, opgeslagen als CSV.',
  CSV_NO_HEADER: 'Het bestand bevat geen kolomnamen.',
  CSV_MISSING_COLUMNS: 'In de klassenlijst ontbreken kolommen: {{missing}}. Gevonden kolommen: {{found}}.',
  CSV_MISSING_COLUMNS_NONE_FOUND:
    'In de klassenlijst ontbreken kolommen: {{missing}}. Gevonden kolommen: (geen).',
  CSV_TOO_MANY_ROWS: 'De lijst heeft {{rows}} regels; maximaal {{max}} tegelijk.',
  MAIL_MERGE_HELD_BACK:
    'Er is niets gemaakt. Deze regels uit de klassenlijst horen bij leerlingen of ouders uit het dossier: {{rows}}. Kies per regel of die brief wordt weggelaten of toch wordt verstuurd.',
  // Items of {{rows}}, and why a row is held back (also shown per row before the choice).
  MAIL_MERGE_HELD_ROW: 'regel {{line}} ({{why}})',
  MAIL_MERGE_HELD_CHILD: '{{child}} is {{role}} in dit dossier ({{person}}).',
  MAIL_MERGE_HELD_PARENT: '{{parent}} is ouder/verzorger van {{role}} in dit dossier.',
  INVOLVED_SLACHTOFFER: 'het slachtoffer',
  INVOLVED_DADER: 'de dader/verspreider',
  INVOLVED_BUDDY: 'een buddy',
  INVOLVED_KLASGENOOT: 'een betrokken klasgenoot',
  MAIL_MERGE_ALL_LEFT_OUT: 'Alle regels zijn weggelaten: er is geen brief om te maken.',
  STATEMENT_VERSION_OTHER_DOSSIER: 'Deze versie van het statement hoort niet bij dit dossier.',
  RECIPIENT_OTHER_DOSSIER: 'De gekozen ontvanger hoort niet bij dit dossier.',
  CONVERSATION_OTHER_DOSSIER: 'Het gekozen gesprek hoort niet bij dit dossier.',
  DOCUMENT_VALUES_MISSING: 'Nog niet alles is ingevuld, dus er is niets gemaakt. Ontbreekt: {{list}}',
  // Items of {{list}}: the placeholder's name as data (the Dutch name of the letter's field, as
  // the template editor lists it), where to fill it in as a phrase (DOCUMENT_HINT_*).
  DOCUMENT_MISSING_VALUE: '{{label}} ({{hint}})',
  DOCUMENT_HINT_SCHOOL: 'Vul dit in bij Schoolgegevens.',
  DOCUMENT_HINT_FACTS: 'Vul dit in bij Feiten.',
  DOCUMENT_HINT_AUTOMATIC: 'Dit vult Vangnet zelf in; probeer het opnieuw.',
  DOCUMENT_HINT_UNKNOWN_TAG: 'Vangnet kent dit veld niet: controleer de schrijfwijze in het sjabloon.',
  DOCUMENT_HINT_RECIPIENT: 'Leg de ontvanger vast bij Personen en kies hem of haar bij het maken van de brief.',
  DOCUMENT_HINT_RECIPIENT_SALUTATION: 'Vul bij het maken van de brief de aanhef, voorletters en achternaam van de ontvanger in.',
  DOCUMENT_HINT_RECIPIENT_SCHOOL: 'Vul de school in bij de persoon (Personen).',
  DOCUMENT_HINT_RECIPIENT_ADDRESS: 'Vul het adres in bij de persoon (Personen), zodat het in het venster van de envelop valt.',
  DOCUMENT_HINT_SENDER: 'Kies bij het maken van de brief wie de brief ondertekent.',
  DOCUMENT_HINT_SENDER_ROLE: 'Vul bij het maken van de brief de functie van de afzender in.',
  DOCUMENT_HINT_SENDER_CONTACT: 'Vul bij het maken van de brief in hoe de ouder de afzender bereikt.',
  DOCUMENT_HINT_SIGNATORY: 'Kies bij het maken van de brief wie ondertekent, of vul de ondertekenaar in bij Schoolgegevens.',
  DOCUMENT_HINT_SIGNATORY_ROLE: 'Vul de functie van wie ondertekent in (bij het maken van de brief of bij Schoolgegevens).',
  DOCUMENT_HINT_PUPIL: 'Leg de leerling vast bij Personen.',
  DOCUMENT_HINT_CLASS: 'Vul de klas in bij de leerling (Personen) of bij het maken van de brief.',
  DOCUMENT_HINT_CONVERSATION: 'Leg het gesprek vast bij Gesprekken.',
  DOCUMENT_HINT_LETTER_PART:
    "Schrijf bij het maken van de brief het deel 'Voor de brief': wat je met de ouder hebt besproken en afgesproken, in woorden voor de ouder.",
  DOCUMENT_HINT_FOLLOW_UP: 'Vul het vervolg in bij Gesprekken.',
  DOCUMENT_HINT_STATEMENT_PUBLISH: 'Publiceer eerst het communicatiestatement (tab Documenten).',
  DOCUMENT_HINT_STATEMENT_WRITE: 'Schrijf en publiceer eerst het communicatiestatement (tab Documenten).',
  DOCUMENT_HINT_MEDIA_PLAN: 'Vul het mediaplan in bij de stap "Wees voorbereid op media aandacht".',
  LETTER_DELIVERY_UNRESOLVED:
    'Let op, er is niets gemaakt. {{warnings}} Kies eerst hoe de brief de ontvanger bereikt (persoonlijk overhandigen, een ander adres of toch per post).',
  // Items of {{warnings}}, and the letter flow's warnings: the dossier's own words as data.
  LETTER_WARNING_NIET_INFORMEREN:
    'Bij {{name}} staat in het dossier: "{{quote}}". Overleg eerst of deze ouder de brief mag krijgen.',
  LETTER_WARNING_NIET_THUISADRES:
    'Bij {{name}} staat in het dossier: "{{quote}}". Een brief per post naar het huisadres kan door anderen in huis worden gelezen.',
  LETTER_WARNING_TOLK:
    'Bij {{name}} staat dat een tolk nodig is. Een Nederlandse brief komt dan mogelijk niet over: overhandig en bespreek hem met een tolk.',
  LETTER_WARNING_TOLK_LANGUAGE:
    'Bij {{name}} staat dat een tolk nodig is ({{language}}). Een Nederlandse brief komt dan mogelijk niet over: overhandig en bespreek hem met een tolk.',
  TEMPLATE_UNCLOSED:
    '{{where}}: de invulplekken kloppen niet (een {{open}} zonder {{close}} of een lijst zonder afsluiting). Controleer de {{open}} {{close}}-tekens.',
  TEMPLATE_BAD_SYNTAX:
    '{{where}}: de invulplekken kloppen niet (onjuiste schrijfwijze). Controleer de {{open}} {{close}}-tekens.',
  TEMPLATE_UNSUPPORTED: '{{where}}: deze schrijfwijze ({{form}}) wordt niet ondersteund.',
  TEMPLATE_UNKNOWN_TAG:
    '{{where}}: de invulplek {{tag}} bestaat niet. Kies een invulplek uit de lijst naast de tekst.',
  // ── Shared protocol (src/shared/protocol) ──
  INVALID_DISCOVERED_AT: 'Ongeldig ontdekmoment.',
} as const satisfies Record<string, string>;

/** A sentence of the error catalogs. */
export type ErrorKey = keyof typeof ERRORS_NL;
