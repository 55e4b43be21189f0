import type { ErrorKey } from './errors.nl';

/** The English error catalog: exactly the keys of errors.nl.ts (the type and a test hold it so). */
export const ERRORS_EN: Record<ErrorKey, string> = {
  VALIDATION: 'The input is not valid.',
  UNKNOWN_OPERATION: 'Unknown request.',
  NOT_FOUND: 'This does not exist (any more).',
  CONFLICT: 'This change does not fit what has already been recorded. Nothing was saved.',
  FORBIDDEN: 'This request did not come from Vangnet itself and was refused.',
  VAULT_LOCKED: 'The vault is locked. Unlock it first with your passphrase.',
  VAULT_NOT_FOUND:
    'There is no Vangnet vault in this folder. Choose the folder where you created the vault, or create a new vault.',
  VAULT_EXISTS:
    'This folder already holds a Vangnet vault. Open that vault, or choose an empty folder for a new one.',
  WRONG_PASSPHRASE:
    'The passphrase is not correct. Mind capitals and spaces and try again. Lost your passphrase? Use your recovery key.',
  WRONG_RECOVERY_KEY:
    'The recovery key is not correct. Check that you copied all 8 groups of 4 characters correctly from the paper.',
  WEAK_PASSPHRASE: 'This passphrase is too weak. Choose a longer sentence of a few ordinary words.',
  NOT_A_VAULT:
    'This is not a Vangnet vault. The file or folder does not belong to Vangnet, or the key file is missing or unreadable. Nothing was changed.',
  VAULT_TRUNCATED:
    'The vault is incomplete: part of the file is missing, for example after an interrupted copy or a full disk. The passphrase is correct. Restore the vault from a backup. Nothing was changed.',
  VAULT_TOO_NEW:
    'This vault was made with a newer version of Vangnet. Update Vangnet to open it. Nothing was changed.',
  VAULT_CORRUPT:
    'The vault is damaged and cannot be read. The passphrase is correct. Restore the vault from a backup. Nothing was changed.',
  VAULT_IN_USE:
    'The vault is already open, in another window or by another user of this computer. Close Vangnet there first and try again.',
  DISK_FULL:
    'The disk is full. Nothing was saved; free up space (for example by deleting old downloads) and try again. What was saved before is not lost.',
  READ_ONLY:
    'Vangnet may not write in this folder. Nothing was saved. Check that the folder is not read-only and that you have rights to it, or choose another folder.',
  BACKUP_INVALID:
    'This backup is damaged or incomplete and cannot be restored. Your current vault was not changed. Try another backup.',
  PRIVACY_GUARD: 'This was refused to protect the privacy of the people involved. Nothing was saved.',
  PRIVACY_GUARD_GROUP:
    '{{what}} is meant for a group and may not contain names of pupils involved in this dossier. The name "{{name}}" appears in: "{{passage}}". Remove the name or make the passage more general, then try again. Nothing was made or printed.',
  PRIVACY_GUARD_GROUP_ONE_MORE:
    '{{what}} is meant for a group and may not contain names of pupils involved in this dossier. The name "{{name}}" appears in: "{{passage}}" (and 1 other place). Remove the name or make the passage more general, then try again. Nothing was made or printed.',
  PRIVACY_GUARD_GROUP_MORE:
    '{{what}} is meant for a group and may not contain names of pupils involved in this dossier. The name "{{name}}" appears in: "{{passage}}" (and {{others}} other places). Remove the name or make the passage more general, then try again. Nothing was made or printed.',
  PRIVACY_GUARD_INDIVIDUAL:
    '{{what}} may only name the recipient\'s own child, no other pupils of this dossier. The name "{{name}}" appears in: "{{passage}}". Remove the name or make the passage more general, then try again. Nothing was made or printed.',
  PRIVACY_GUARD_INDIVIDUAL_ONE_MORE:
    '{{what}} may only name the recipient\'s own child, no other pupils of this dossier. The name "{{name}}" appears in: "{{passage}}" (and 1 other place). Remove the name or make the passage more general, then try again. Nothing was made or printed.',
  PRIVACY_GUARD_INDIVIDUAL_MORE:
    '{{what}} may only name the recipient\'s own child, no other pupils of this dossier. The name "{{name}}" appears in: "{{passage}}" (and {{others}} other places). Remove the name or make the passage more general, then try again. Nothing was made or printed.',
  MISSING_PLACEHOLDER: 'The letter refers to information that is missing. Fill it in and try again.',
  IMPORT_ERROR: 'The file could not be read. Nothing was saved.',
  CANCELLED: 'Cancelled. Nothing was saved.',
  INTERNAL: 'Something unexpected went wrong. Nothing that was already saved is lost; please try again.',
  VALIDATION_AT: 'The input is not valid (field: {{field}}).',
  VALIDATION_UNKNOWN_FIELDS: 'The input contains unknown fields.',
  VALIDATION_UNKNOWN_FIELDS_AT: 'The input contains unknown fields (field: {{field}}).',
  VALIDATION_TOO_BIG: 'A value is too large or too long.',
  VALIDATION_TOO_BIG_AT: 'A value is too large or too long (field: {{field}}).',
  VALIDATION_TOO_SMALL: 'A value is too small or missing.',
  VALIDATION_TOO_SMALL_AT: 'A value is too small or missing (field: {{field}}).',
  PAYLOAD_TOO_LARGE:
    'This request is too large (more than 1 MB of text). Nothing was saved; shorten the text or split it into several parts.',
  VAULT_EXISTS_HERE: 'There already is a vault here. Open it, or choose another folder.',
  CREATE_CANCELLED_EXISTING:
    'No new vault was created. Do you already have a vault? Choose "Open existing vault" or "Restore a back-up".',
  VAULT_BUSY: 'The vault is briefly busy with another program. Try again in a moment.',
  VAULT_INTERNAL:
    'Something unexpected went wrong with the vault. Your data was not changed. Try again or restart Vangnet.',
  NOT_A_VAULT_PLAIN:
    'This is not a Vangnet vault: the database file is not encrypted. Vangnet opens only encrypted vaults. Nothing was changed.',
  BACKUP_NOT_FOUND: 'The backup file was not found. Choose the file again.',
  VAULT_TOO_NEW_BACKUP:
    'This backup was made with a newer version of Vangnet. Update Vangnet to restore it. Your current vault was not changed.',
  NAME_REQUIRED: 'Enter your name. It goes into the log next to everything you do in the vault.',
  DOSSIER_HANDED_OVER: 'This case file has been handed over and can only be read here. Nothing was changed.',
  DOSSIER_NOT_FOUND: 'This case file does not exist (any more).',
  PERSON_NOT_FOUND: 'This person does not exist (any more) in the case file.',
  ACTION_NOT_FOUND: 'This action does not exist (any more).',
  LOGBOOK_ENTRY_NOT_FOUND: 'This log entry does not exist.',
  CONVERSATION_NOT_FOUND: 'This conversation does not exist (any more).',
  MONITORING_ENTRY_NOT_FOUND: 'This observation does not exist (any more) in the log.',
  TAKEDOWN_NOT_FOUND: 'This removal request does not exist (any more).',
  AFTERCARE_NOT_FOUND: 'This aftercare moment does not exist (any more).',
  PREVENTION_NOT_PREVENTIVE:
    'This improvement point is not about prevention, so it does not belong in the prevention plan. Nothing was changed.',
  PREVENTION_REJECTED:
    'This improvement point was rejected, so it is not in the prevention plan. Reopen it under Improvement points first if you still want to plan it.',
  SIGNER_UNKNOWN:
    'This package was signed by {{sender}}, who is not in your address book. First add the sender\'s Vangnet card and compare the fingerprint ({{fingerprint}}) by phone. Nothing was imported.',
  SIGNER_CARD_EXPIRED:
    'The Vangnet card of {{name}} expired on {{date}}. A package from an expired card is not opened. Ask {{name}} for a renewed card, add it to your address book and open the package again. Nothing was imported.',
  RECIPIENT_CARD_EXPIRED:
    'The Vangnet card of {{name}} expired on {{date}}. Ask {{name}} for a renewed card and add it; until then nothing can be sent to this card. Nothing was sent.',
  OWN_CARD_EXPIRED:
    'Your own Vangnet card expired on {{date}}. Renew your card on the Hand over and share screen and send the renewed card to your contacts. Nothing was sent.',
  CARD_ALREADY_KNOWN: 'This card is already in the address book as "{{name}}".',
  IMPROVEMENT_NOT_FOUND: 'This improvement point does not exist (any more).',
  SUBJECT_ACCESS_REVIEW_REQUIRED: "First confirm that you reviewed the overview for other people's data. Nothing was saved.",
  SUBJECT_ACCESS_PERSON_GONE: 'A chosen person no longer exists. Search for the name again.',
  SUBJECT_ACCESS_REQUESTER_NOT_PARENT: 'The person asking must be a parent or carer of a chosen person. Choose again who is asking.',
  IMPROVEMENT_HAS_NAME:
    'An improvement point is for the whole school and is kept when the dossier is destroyed. Remove the name "{{name}}" and describe the role instead, for example "the mentor" or "the pupil".',
  UNKNOWN_STEP: 'Unknown step in the protocol: {{step}}.',
  UNKNOWN_PHASE: 'Unknown phase in the protocol: {{phase}}.',
  MOMENT_IN_FUTURE: '{{label}} lies in the future. Enter the moment it actually happened.',
  STEP_RECORD_OTHER_TOOL: 'This data belongs to another kind of step and was not saved.',
  STEP_NOT_IN_PROTOCOL: 'This step is not part of the protocol this case file follows.',
  DERIVED_STATUS_NEEDS_REASON:
    'This status follows from the work ({{from}}). Give a reason when you change it by hand. Nothing was saved.',
  CLOSE_NEEDS_REASONS:
    'There is still open work in this case file. Give a reason per part to close it anyway (still without a reason: {{categories}}). The case file was not closed.',
  // Items of {{categories}} (the core passes them as phrases, src/shared/errors.ts).
  OPEN_WORK_STAPPEN: 'open steps',
  OPEN_WORK_VERWIJDERVERZOEKEN: 'takedown requests in progress',
  OPEN_WORK_EVALUATIES: 'evaluations not completed',
  OPEN_WORK_NAZORG: 'aftercare not planned',
  OPEN_WORK_ACTIES: 'actions not completed',
  DOCUMENT_CHECK_UNREADABLE:
    'This file could not be read. Check that it still exists and is not open in another program, then choose it again. Nothing was changed.',
  DOCUMENT_CHECK_TOO_BIG:
    'This file is larger than 512 MB. No document Vangnet makes is that large, so it was certainly not made by Vangnet. Nothing was changed.',
  DOCUMENT_WRITTEN_DIFFERS:
    'The saved file is not what Vangnet meant to save (the disk returned different data). The document was not recorded. Save it again, preferably in another place.',
  // ── Session and protocol (areas of src/core) ───────────────────────────
  RESTORE_NEEDS_CURRENT_PASSPHRASE:
    'Enter the passphrase of the current vault to have it replaced.',
  VAULT_NOT_IN_FOLDER:
    'There is no Vangnet vault in this folder. Choose the folder the vault is in.',
  VAULT_EXISTS_IN_FOLDER:
    'There already is a vault in this folder. Choose "Open existing vault".',
  FOLDER_NOT_WRITABLE: 'Vangnet cannot write in this folder. Choose another folder.',
  PROTOCOL_VERSION_DAMAGED:
    'Protocol version {{version}} in the vault is damaged and cannot be read.',
  PROTOCOL_VERSION_NOT_FOUND: 'Protocol version {{version}} does not exist.',
  PROTOCOL_MISSING: 'The vault contains no protocol.',
  PDF_NOT_SAVED_DISK_FULL: 'The disk is full. The PDF file was not saved.',
  PDF_NOT_SAVED_HERE: 'Vangnet cannot save the PDF file in this place. Choose another folder.',
  PROTOCOL_FILE_NOT_SAVED_DISK_FULL: 'The disk is full. The protocol file was not saved.',
  PROTOCOL_FILE_NOT_SAVED_HERE:
    'Vangnet cannot save the protocol file in this place. Choose another folder.',
  PROTOCOL_FILE_TOO_BIG: 'This file is too large for a protocol file and was not read.',
  FILE_UNREADABLE: 'Vangnet cannot read this file. Choose the file again.',
  IMPROVEMENT_POINT_GONE: 'An improvement point that was named does not exist (any more).',
  IMPROVEMENT_POINT_REJECTED:
    'A rejected improvement point cannot be worked into the protocol. Reopen it first.',
  PROTOCOL_FILE_UNREADABLE:
    'This file is not a Vangnet protocol file: its contents cannot be read.',
  NOT_A_PROTOCOL_FILE: 'This file is not a Vangnet protocol file.',
  PROTOCOL_FILE_TOO_NEW:
    'This protocol file was made with a newer version of Vangnet (file format {{format}}). Update Vangnet and read it again; nothing was changed.',
  PROTOCOL_FILE_DAMAGED:
    'This protocol file is damaged or incomplete and was not read: {{issue}}',
  PROTOCOL_IMPORT_DROPS_ESSENTIALS:
    'Essential steps are missing from this protocol ({{steps}}). It can only be read with an explicit reason (at least 10 characters) that is recorded in the history.',
  NO_CARD_UPDATE: 'There is no new version of the card to review.',
  STEP_NOT_CHANGED_ON_CARD: 'This step did not change on the new card: {{step}}.',
  CLOSED_DOSSIER_KEEPS_PROTOCOL: 'A closed case file keeps the protocol version it followed.',
  MOVE_ONLY_TO_NEWER:
    'This case file already follows version {{version}}. You can only move to a newer version.',
  KEPT_COPY_NOT_FOUND: 'This kept copy does not exist (any more).',
  RESTORE_WRONG_CURRENT_PASSPHRASE:
    'The passphrase of the current vault is not correct. Nothing was restored.',
  MONITORING_ALREADY_CORRECTED:
    'This version has already been corrected. Open the observation again and correct the newest version.',
  NOTHING_CHANGED_SINCE_VERSION:
    'Nothing changed compared with the previous version. Nothing was saved.',
  MONITORING_OTHER_DOSSIER: 'This observation belongs to another case file.',
  NOTHING_CHANGED: 'Nothing changed. Nothing was saved.',
  // ── Dossiers and evaluation (src/core/dossiers, src/core/evaluation) ──
  DOSSIER_CLOSED:
    'This case file is closed and can no longer be changed. Only aftercare and the logbook can still be added to. Reopen the case file if something needs to change.',
  RELATED_PERSON_OTHER_DOSSIER: 'The linked person does not belong to this case file.',
  PERSON_LINKED_TO_ITSELF: 'A person cannot be linked to themselves.',
  NVT_NEEDS_REASON: 'Say why this step does not apply.',
  LOGBOOK_TIME_IN_FUTURE: 'The time is in the future. A logbook line describes what has already happened.',
  LOGBOOK_ENTRY_OTHER_DOSSIER: 'This logbook line does not belong to this case file.',
  ONE_OF_PERSONS_OTHER_DOSSIER: 'One of the chosen people does not belong to this case file.',
  CHOSEN_PERSON_OTHER_DOSSIER: 'The chosen person does not belong to this case file.',
  EVALUATION_NOT_APPLICABLE: 'No other school is involved in this case file; this evaluation does not apply.',
  EVALUATION_UNKNOWN_QUESTION: 'An answer belongs to an unknown question.',
  EVALUATION_NOT_SAVED: 'The evaluation was not saved.',
  AFTERCARE_DONE_KEPT: 'A completed aftercare moment is kept. Reopen it if it needs to happen again.',
  IMPROVEMENT_REJECT_NEEDS_REASON: 'Say briefly why this improvement point is not adopted.',
  DESTROY_ONLY_CLOSED: 'Only a closed case file can be destroyed. Close the case file first.',
  DESTROY_OPEN_WORK:
    'Case file {{number}} cannot be destroyed before the end of the retention period ({{until}}): {{open}}. Finish that first.',
  // Items of {{open}}.
  DESTROY_OPEN_TAKEDOWNS_ONE: '1 takedown request is still in progress',
  DESTROY_OPEN_TAKEDOWNS: '{{n}} takedown requests are still in progress',
  DESTROY_OPEN_POLICE: 'the contact with the police is not finished yet',
  DESTROY_OPEN_AFTERCARE_ONE: '1 aftercare moment is still open',
  DESTROY_OPEN_AFTERCARE: '{{n}} aftercare moments are still open',
  DESTROY_CONFIRM_NUMBER:
    'Type the case file number {{number}} exactly to confirm that this case file may be destroyed.',
  DESTROY_ALREADY_MARKED: 'Case file {{number}} is already marked to be destroyed.',
  DESTROY_EARLY_NEEDS_REASON:
    'The retention period of this case file runs until {{until}}. Give a reason to destroy it now, for example a request for erasure.',
  DESTROY_REASON_HAS_NAME:
    'The reason stays in the logbook after the case file is destroyed. Do not name any of the people involved in it.',
  DESTROY_NOT_MARKED: 'Case file {{number}} is not marked to be destroyed.',
  DESTROY_MARK_REQUIRED:
    'Case file {{number}} is not marked "to be destroyed". Mark it first; it can only be destroyed after that.',
  DESTROY_MARK_CHANGED:
    'The mark on case file {{number}} has changed in the meantime. Nothing was destroyed.',
  // ── Exchange (src/core/exchange) ──
  HANDED_OVER_NOT_SENDABLE: 'This case file was handed over to {{to}} and can no longer be sent.',
  UPDATE_NEEDS_EARLIER_SEND:
    'This case file has not been sent to {{name}} before. First choose "Share with the other school" or "Hand over".',
  SEND_NEEDS_SECTION: 'Choose at least one part to send.',
  CARD_FILE_TOO_BIG: 'This file is too large for a Vangnet card.',
  OWN_CARD_AS_CONTACT: 'This is your own Vangnet card. Add the card of a colleague or partner school.',
  PACKAGE_TOO_BIG: 'This file is too large for a Vangnet package.',
  IMPORT_CONFLICTS_OPEN: 'First choose which version to keep for: {{labels}}.',
  // A record of an imported package, in the refusal above and the import preview (names as data).
  IMPORT_RECORD_FACTS: 'Facts of the incident',
  IMPORT_RECORD_PERSON: 'Person involved: {{name}}',
  IMPORT_RECORD_STEP: 'Step: {{title}}',
  IMPORT_RECORD_ACTION: 'Action: {{what}}',
  IMPORT_RECORD_CONVERSATION: 'Conversation with {{withWhom}}',
  IMPORT_RECORD_LOG: 'Log entry of {{at}} ({{author}})',
  IMPORT_RECORD_MONITORING: 'Monitoring entry: {{platform}} {{at}}',
  IMPORT_RECORD_NO_DATE: 'unknown',
  PACKAGE_NO_LONGER_OPEN: 'This package is no longer open. Choose the file again.',
  PACKAGE_NEEDS_PASSPHRASE:
    'This package is protected with a one-time passphrase. Enter the passphrase the sender gave you.',
  PACKAGE_OWN: 'You made this package yourself. It is meant for the recipient.',
  PACKAGE_NOT_ADDRESSED_TO_YOU:
    'According to the sender this package is not addressed to you, so it is not opened.',
  CONTACT_NOT_FOUND: 'This person is not (or no longer) in the address book.',
  NO_IDENTITY: 'This vault has no Vangnet identity yet.',
  NOT_A_CARD: 'This is not a Vangnet card. A card starts with "{{prefix}}".',
  CARD_DAMAGED: 'This Vangnet card is incomplete or damaged. Ask for the card again.',
  CARD_INVALID: 'This Vangnet card is not valid. Ask for the card again.',
  NOT_A_PACKAGE: 'This file is not a Vangnet package. Choose the .age file you received from the sender.',
  PACKAGE_WRONG_PASSPHRASE: 'The passphrase is not correct. Check the passphrase the sender gave you.',
  PACKAGE_NOT_FOR_YOU:
    'This package was not encrypted for you. Only the recipients the sender chose can open it. Ask the sender to send it again to your Vangnet card.',
  PACKAGE_DAMAGED:
    'This package is damaged or was changed after sending, so it is not opened. Ask the sender to send the package again.',
  PACKAGE_BAD_SIGNATURE:
    'The signature of this package is not valid: it was changed on the way or not made by the sender. The package is not opened.',
  PACKAGE_TOO_NEW:
    'This package was made with a newer version of Vangnet. Update Vangnet and then open the package again.',
  PACKAGE_CONTENT_INVALID: 'The content of this package is not valid, so it is not opened.',
  PACKAGE_SENDER_MISMATCH:
    'The sender named in this package is not the one who signed it. The package is not opened.',
  // ── Documents (src/core/documents) ──
  STATEMENT_NOT_PUBLISHED: 'There is no published version of the statement yet. Publish a version first.',
  RECIPIENT_NOT_FOR_LETTER: 'The chosen recipient does not belong to this letter.',
  CONVERSATION_NOT_WITH_RECIPIENT:
    'This conversation was not with this recipient. Choose a conversation from the list.',
  PERSON_NOT_IN_DOSSIER: 'This person does not (or no longer) belong to this case file.',
  CONVERSATION_NOT_IN_DOSSIER: 'This conversation does not (or no longer) belong to this case file.',
  STATEMENT_NO_DRAFT: 'There is no draft to publish yet. Write the statement first.',
  STATEMENT_PARTS_EMPTY: 'Fill in all three parts first. Still empty: {{parts}}.',
  // Items of {{parts}}: the parts as the statement form names them.
  STATEMENT_PART_WAT_SPEELT: '"What is going on? What do you think?"',
  STATEMENT_PART_WAT_DOET: '"What are you doing? Why?"',
  STATEMENT_PART_CONTACTPERSOON: '"Contact person"',
  STATEMENT_ALREADY_PUBLISHED:
    'This text has already been published. Change the draft to publish a new version.',
  CLASS_LIST_TOO_BIG: 'This file is too large for a class list (more than 5 MB).',
  CLASS_LIST_UNREADABLE:
    'The file could not be read. Check that it still exists and is not open in another program.',
  CSV_NOT_UTF8:
    'This file was not saved as UTF-8, so letters such as é or ş would be printed wrongly. Export the class list again as CSV (UTF-8).',
  CSV_EMPTY_FIRST_LINE:
    'The file is empty or starts with an empty line. The first line must hold the column names.',
  CSV_UNREADABLE:
    'The file could not be read as CSV. Check that it is a class list from Magister or SOMtoday, saved as CSV.',
  CSV_UNREADABLE_AT_LINE:
    'The file could not be read as CSV (around line {{line}}). Check that it is a class list from Magister or SOMtoday, saved as CSV.',
  CSV_NO_HEADER: 'The file has no column names.',
  CSV_MISSING_COLUMNS: 'Columns are missing from the class list: {{missing}}. Columns found: {{found}}.',
  CSV_MISSING_COLUMNS_NONE_FOUND:
    'Columns are missing from the class list: {{missing}}. Columns found: (none).',
  CSV_TOO_MANY_ROWS: 'The list has {{rows}} lines; at most {{max}} at a time.',
  MAIL_MERGE_HELD_BACK:
    'Nothing was made. These lines of the class list belong to pupils or parents in the case file: {{rows}}. Choose for each line whether that letter is left out or sent anyway.',
  // Items of {{rows}}, and why a row is held back (also shown per row before the choice).
  MAIL_MERGE_HELD_ROW: 'line {{line}} ({{why}})',
  MAIL_MERGE_HELD_CHILD: '{{child}} is {{role}} in this case file ({{person}}).',
  MAIL_MERGE_HELD_PARENT: '{{parent}} is a parent/carer of {{role}} in this case file.',
  INVOLVED_SLACHTOFFER: 'the victim',
  INVOLVED_DADER: 'the perpetrator/distributor',
  INVOLVED_BUDDY: 'a buddy',
  INVOLVED_KLASGENOOT: 'an involved classmate',
  MAIL_MERGE_ALL_LEFT_OUT: 'Every line was left out: there is no letter to make.',
  STATEMENT_VERSION_OTHER_DOSSIER: 'This version of the statement does not belong to this case file.',
  RECIPIENT_OTHER_DOSSIER: 'The chosen recipient does not belong to this case file.',
  CONVERSATION_OTHER_DOSSIER: 'The chosen conversation does not belong to this case file.',
  DOCUMENT_VALUES_MISSING: 'Not everything has been filled in, so nothing was made. Missing: {{list}}',
  // Items of {{list}}: the placeholder's name as data (the Dutch name of the letter's field, as
  // the template editor lists it), where to fill it in as a phrase (DOCUMENT_HINT_*).
  DOCUMENT_MISSING_VALUE: '{{label}} – {{hint}}',
  DOCUMENT_HINT_SCHOOL: 'Fill this in under School details.',
  DOCUMENT_HINT_FACTS: 'Fill this in under Facts.',
  DOCUMENT_HINT_AUTOMATIC: 'Vangnet fills this in itself; try again.',
  DOCUMENT_HINT_UNKNOWN_TAG: 'Vangnet does not know this field: check its spelling in the template.',
  DOCUMENT_HINT_RECIPIENT: 'Record the recipient under People and choose them when you make the letter.',
  DOCUMENT_HINT_RECIPIENT_SALUTATION: "When you make the letter, fill in the recipient's form of address, initials and surname.",
  DOCUMENT_HINT_RECIPIENT_SCHOOL: 'Fill in the school with the person (People).',
  DOCUMENT_HINT_RECIPIENT_ADDRESS: 'Fill in the address with the person (People), so that it shows in the window of the envelope.',
  DOCUMENT_HINT_SENDER: 'When you make the letter, choose who signs it.',
  DOCUMENT_HINT_SENDER_ROLE: "When you make the letter, fill in the sender's role.",
  DOCUMENT_HINT_SENDER_CONTACT: 'When you make the letter, fill in how the parent can reach the sender.',
  DOCUMENT_HINT_SIGNATORY: 'When you make the letter, choose who signs, or fill in the signatory under School details.',
  DOCUMENT_HINT_SIGNATORY_ROLE: 'Fill in the role of whoever signs (when you make the letter or under School details).',
  DOCUMENT_HINT_PUPIL: 'Record the pupil under People.',
  DOCUMENT_HINT_CLASS: 'Fill in the class with the pupil (People) or when you make the letter.',
  DOCUMENT_HINT_CONVERSATION: 'Record the conversation under Conversations.',
  DOCUMENT_HINT_LETTER_PART:
    "When you make the letter, write the part 'For the letter': what you discussed and agreed with the parent, in words for the parent.",
  DOCUMENT_HINT_FOLLOW_UP: 'Fill in the follow-up under Conversations.',
  DOCUMENT_HINT_STATEMENT_PUBLISH: 'Publish the communication statement first (Documents tab).',
  DOCUMENT_HINT_STATEMENT_WRITE: 'Write and publish the communication statement first (Documents tab).',
  DOCUMENT_HINT_MEDIA_PLAN: 'Fill in the media plan at the step "Be prepared for media attention".',
  LETTER_DELIVERY_UNRESOLVED:
    'Note: nothing was made. {{warnings}} First choose how the letter reaches the recipient (hand it over in person, another address, or by post after all).',
  // Items of {{warnings}}, and the letter flow's warnings: the dossier's own words as data.
  LETTER_WARNING_NIET_INFORMEREN:
    'The case file says about {{name}}: "{{quote}}". Discuss first whether this parent may receive the letter.',
  LETTER_WARNING_NIET_THUISADRES:
    'The case file says about {{name}}: "{{quote}}". A letter sent by post to the home address may be read by others in the household.',
  LETTER_WARNING_TOLK:
    'The case file says {{name}} needs an interpreter. A Dutch letter may then not get across: hand it over and discuss it with an interpreter.',
  LETTER_WARNING_TOLK_LANGUAGE:
    'The case file says {{name}} needs an interpreter ({{language}}). A Dutch letter may then not get across: hand it over and discuss it with an interpreter.',
  TEMPLATE_UNCLOSED:
    '{{where}}: the placeholders are not right (an {{open}} without {{close}} or a list that is not closed). Check the {{open}} {{close}} signs.',
  TEMPLATE_BAD_SYNTAX:
    '{{where}}: the placeholders are not right (wrong notation). Check the {{open}} {{close}} signs.',
  TEMPLATE_UNSUPPORTED: '{{where}}: this notation ({{form}}) is not supported.',
  TEMPLATE_UNKNOWN_TAG:
    '{{where}}: the placeholder {{tag}} does not exist. Choose a placeholder from the list next to the text.',
  // ── Shared protocol (src/shared/protocol) ──
  INVALID_DISCOVERED_AT: 'The moment of discovery is not valid.',
};
