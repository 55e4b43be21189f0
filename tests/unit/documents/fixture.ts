import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { OpInput, OpName, OpOutput } from '../../../src/shared/api';
import type { DocumentOptions } from '../../../src/shared/api/documents';
import { emptyPersonInput, type PersonInput, type PersonRole } from '../../../src/shared/domain';
import type { DossierDocumentKind } from '../../../src/shared/domain/documents';
import { createTestService, type TestService, type TestServiceOptions } from '../helpers/service';

interface CanDispatch {
  dispatchOk<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>>;
}

/** Fictitious names chosen for their letters: Turkish, Polish, Hungarian, Arabic transliteration. */
export const NAMES = {
  victim: 'Zeynep Yılmaz',
  victimParent: 'Ayşe Yılmaz-Öztürk',
  perpetrator: 'Łukasz Wiśniewski',
  perpetratorParent: 'Małgorzata Wiśniewska',
  classmate: 'Ömer Şahin',
  buddy: 'Āmina al-Hāšimī',
  otherSchoolContact: 'Gergő Szőke',
} as const;


/** What the care team wrote for itself: never to appear in a letter. */
export const INTERNAL_NOTES = {
  victimSummary: 'Moeder erg geschrokken en boos op school. Veel schaamte naar de familie toe. Zeynep wil niet in de kantine.',
  victimAgreements: 'pauze bij mentor; mentor belt vr.',
  perpetratorSummary: 'Vader ontkent eerst, moeder huilt. Spanning tussen de ouders merkbaar.',
  perpetratorAgreements: 'kopieën vandaag weg; over 2 wk verder',
} as const;

/** The parts written for the letters, in words for the parent. */
export const LETTER_PARTS = {
  victim: {
    discussed: 'We hebben met u besproken wat er is gebeurd en hoe het nu met Zeynep gaat. Zeynep wil voorlopig liever niet in de kantine zijn.',
    agreed: '- Zeynep kan de komende week in de pauze bij de mentor terecht.\n- De mentor belt u vrijdag.',
  },
  perpetrator: {
    discussed: 'We hebben uitgelegd wat er is gebeurd en waarom het doorsturen zo veel schade doet.',
    agreed: '- Alle kopieën worden vandaag verwijderd.\n- Over twee weken praten we verder.',
  },
} as const;

export interface DocumentsFixture {
  dossierId: string;
  ids: Record<keyof typeof NAMES, string>;
}

/** A dossier with every person a letter needs, two parent talks, a published statement and a school profile. */
export async function seedDocumentsDossier(t: CanDispatch): Promise<DocumentsFixture> {
  await t.dispatchOk('school.update', {
    name: 'Scholengemeenschap De Brug',
    address: 'Schoolstraat 1',
    postalCode: '3511 AB',
    city: 'Utrecht',
    phone: '030 123 45 67',
    email: 'zorg@debrug.example',
    website: 'www.debrug.example',
    logoDataUrl: '',
    protocolReference: '',
    confidant: 'Mevrouw De Wit',
    confidantContact: '030 123 45 68',
    policeContact: 'Wijkagent Bakker',
    policeContactDetails: '0900-8844',
    signatory: 'Marieke de Zorgcoördinator',
    signatoryRole: 'Zorgcoördinator',
    signatoryContact: '',
    helpResources: [],
    notes: '',
  });
  const { dossierId } = await t.dispatchOk('dossier.create', {
    title: 'Foto rondgestuurd in klas 2B',
    discoveredAt: '2026-11-26T08:30:00+01:00',
    howDiscovered: 'Melding bij de mentor',
    materialKind: 'foto',
    victimName: '',
    victimClass: '',
    lead: 'Marieke de Zorgcoördinator',
    otherSchoolInvolved: true,
  });
  const add = async (role: PersonRole, name: string, extra: Partial<PersonInput> = {}) =>
    (await t.dispatchOk('person.add', { dossierId, person: emptyPersonInput({ role, name, ...extra }) })).id;

  const victim = await add('slachtoffer', NAMES.victim, { className: '2B' });
  const perpetrator = await add('dader', NAMES.perpetrator, { className: '3C', school: 'Het Anker College' });
  const classmate = await add('klasgenoot', NAMES.classmate, { className: '2B' });
  const buddy = await add('buddy', NAMES.buddy, { className: '2B' });
  const victimParent = await add('ouder', NAMES.victimParent, {
    relatedPersonId: victim,
    address: 'Kerkstraat 12\n3512 CD Utrecht',
  });
  const perpetratorParent = await add('ouder', NAMES.perpetratorParent, {
    relatedPersonId: perpetrator,
    address: 'Dorpsweg 3a, 3600 AA Maarssen',
  });
  const otherSchoolContact = await add('school-dader', NAMES.otherSchoolContact, {
    school: 'Het Anker College',
    address: 'Postbus 100\n3600 AC Maarssen',
  });

  const victimTalk = await t.dispatchOk('conversation.add', {
    dossierId,
    conversation: {
      stepId: 'gesprek-ouders-slachtoffer',
      withWhom: NAMES.victimParent,
      personIds: [victimParent],
      heldAt: '2026-11-26T15:00:00+01:00',
      heldBy: 'Marieke de Zorgcoördinator',
      location: 'Kamer zorgcoördinator',
      preparation: {},
      summary: INTERNAL_NOTES.victimSummary,
      agreements: INTERNAL_NOTES.victimAgreements,
      followUp: '',
    },
  });
  const perpetratorTalk = await t.dispatchOk('conversation.add', {
    dossierId,
    conversation: {
      stepId: 'gesprek-ouders-dader',
      withWhom: NAMES.perpetratorParent,
      personIds: [perpetratorParent],
      heldAt: '2026-11-27T10:00:00+01:00',
      heldBy: 'Marieke de Zorgcoördinator',
      location: 'Kamer zorgcoördinator',
      preparation: {},
      summary: INTERNAL_NOTES.perpetratorSummary,
      agreements: INTERNAL_NOTES.perpetratorAgreements,
      followUp: '',
    },
  });
  // Letters: name parts for the salutations and the part of each conversation written for the letter.
  const names = [
    [victimParent, { salutation: 'mevrouw', initials: 'A.', infix: '', surname: 'Yılmaz-Öztürk' }],
    [perpetratorParent, { salutation: 'mevrouw', initials: 'M.', infix: '', surname: 'Wiśniewska' }],
    [otherSchoolContact, { salutation: 'heer', initials: 'G.', infix: '', surname: 'Szőke' }],
  ] as const;
  for (const [personId, parts] of names) await t.dispatchOk('letters.saveNameParts', { dossierId, personId, parts });
  await t.dispatchOk('letters.saveLetterParts', { dossierId, conversationId: victimTalk.id, parts: LETTER_PARTS.victim });
  await t.dispatchOk('letters.saveLetterParts', { dossierId, conversationId: perpetratorTalk.id, parts: LETTER_PARTS.perpetrator });
  await t.dispatchOk('statement.saveDraft', {
    dossierId,
    parts: {
      watSpeelt:
        'Er is een seksueel getinte foto van een leerling van onze school zonder toestemming rondgestuurd. Wij vinden dit ernstig: het doorsturen doet de leerling veel pijn en is strafbaar.',
      watDoet:
        'Wij steunen de betrokken leerling, spreken de leerlingen aan die de foto verspreidden en werken samen met de politie. Zo willen we de rust en veiligheid op school herstellen.',
      contactpersoon: 'Voor vragen kunt u terecht bij de zorgcoördinator, telefoon 030 123 45 67.',
    },
  });
  await t.dispatchOk('statement.publish', { dossierId });
  await t.dispatchOk('step.update', {
    dossierId,
    stepId: 'media-voorbereiding',
    patch: {
      data: {
        tool: 'media-plan',
        answers: {
          'wie-doet-wat': 'De directeur staat de pers te woord; de zorgcoördinator houdt contact met de ouders.',
          woordvoerder: 'Directeur J. de Boer (030 123 45 60); bij afwezigheid de adjunct-directeur.',
          'receptie-poort': 'Geen informatie geven, pers niet binnenlaten, doorverbinden met de directeur.',
        },
      },
    },
  });
  return {
    dossierId,
    ids: { victim, victimParent, perpetrator, perpetratorParent, classmate, buddy, otherSchoolContact },
  };
}

/**
 * A fresh service on a new vault with `seedDocumentsDossier` in it: where every documents test
 * starts (`beforeEach(async () => ({ t, f } = await openDocumentsDossier()))`, then
 * `afterEach(() => t.cleanup())`).
 */
export async function openDocumentsDossier(opts: TestServiceOptions = {}): Promise<{ t: TestService; f: DocumentsFixture }> {
  const t = await createTestService(opts);
  try {
    return { t, f: await seedDocumentsDossier(t) };
  } catch (err) {
    t.cleanup();
    throw err;
  }
}

/**
 * Generates a document of the dossier as the user saves it: to `name` in the test's output
 * folder. A cancelled save dialog fails the test (the path was set, so it cannot be one).
 */
export async function generateDocument(
  t: TestService,
  dossierId: string,
  kind: DossierDocumentKind,
  name: string,
  options: DocumentOptions = {},
) {
  const file = path.join(t.dirs.out, name);
  t.platform.nextSavePath = file;
  const result = await t.dispatchOk('documents.generate', { dossierId, kind, options });
  if (result.cancelled) throw new Error('cancelled');
  return { file, result };
}

/** Prevention answers of three audiences: the evaluation report's summary lists them all. */
export const PREVENTION = {
  parents: 'Een ouderavond over sexting en wat je thuis kunt bespreken.',
  teachers: 'Lessen over relaties en digitaal burgerschap in leerjaar 2.',
  zat: 'Vaste afspraken met de wijkagent over advies binnen een dag.',
} as const;

/**
 * A fuller dossier than the demo on top of `seedDocumentsDossier`: the police record with a
 * reference, a takedown that succeeded, a letter saved for the victim's mother, evaluations of
 * parents, teachers and the ZAT (each with prevention), aftercare, an improvement point and a
 * close with its reason. `saveTo` receives the file names the letter is saved under.
 */
export async function seedFullerDossier(
  t: CanDispatch & { platform: { nextSavePath: string | null } },
  f: DocumentsFixture,
  saveTo: string,
): Promise<void> {
  const { dossierId } = f;
  await t.dispatchOk('step.update', {
    dossierId,
    stepId: 'politie-advies',
    patch: { status: 'gedaan', data: { tool: 'police-advice', officer: 'Wijkagent Bakker', contactedAt: '2026-11-26T11:15:00+01:00', advice: 'Niet bekijken of bewaren; aangifte is mogelijk.' } },
  });
  await t.dispatchOk('step.update', {
    dossierId,
    stepId: 'melding-aangifte',
    patch: { status: 'gedaan', data: { tool: 'report-decision', decision: 'melding', reasons: 'Ouders willen nog geen aangifte.', reference: 'PL0900-2026-4711', decidedAt: '2026-11-26T16:30:00+01:00', decidedBy: 'Marieke de Zorgcoördinator' } },
  });
  const takedown = await t.dispatchOk('takedown.add', {
    dossierId,
    takedown: { entryId: null, platform: 'instagram', location: 'account @2b.chill', channel: 'platform', requestedAt: '2026-11-27T09:00:00+01:00', reference: 'IG-55120', status: 'aangevraagd', followUpAt: null, notes: '' },
  });
  await t.dispatchOk('takedown.update', { takedownId: takedown.id, patch: { status: 'verwijderd' }, note: 'Account is offline gehaald.' });
  t.platform.nextSavePath = saveTo;
  await t.dispatchOk('documents.generate', { dossierId, kind: 'letter-victim-parents', options: { recipientPersonId: f.ids.victimParent } });
  const evaluation = {
    heldAt: '2026-12-01T15:00:00+01:00',
    heldBy: 'Marieke de Zorgcoördinator',
    participants: '',
    notes: '',
    prevention: '',
    completed: true,
  };
  await t.dispatchOk('evaluation.save', {
    dossierId,
    audience: 'ouders',
    form: { ...evaluation, participants: 'Moeder', answers: { ervaring: 'Snel en betrokken.', preventie: PREVENTION.parents } },
  });
  await t.dispatchOk('evaluation.save', {
    dossierId,
    audience: 'docenten',
    form: { ...evaluation, participants: 'Mentor en twee vakdocenten', answers: { klas: 'Rustig na het klassengesprek.', preventie: PREVENTION.teachers } },
  });
  await t.dispatchOk('evaluation.save', {
    dossierId,
    audience: 'zat',
    form: { ...evaluation, participants: 'Vertrouwenspersoon, wijkagent', answers: { 'ging-goed': 'Korte lijnen.' }, prevention: PREVENTION.zat },
  });
  await t.dispatchOk('aftercare.add', {
    dossierId,
    moment: { personId: f.ids.victim, label: 'Slachtoffer', dueAt: '2026-12-03T10:00:00+01:00', who: 'Mentor' },
  });
  await t.dispatchOk('improvement.add', {
    dossierId,
    audience: 'zat',
    point: { area: 'protocol', text: 'Telefoonlijst politie vooraf in het protocol zetten.', owner: 'Zorgcoördinator' },
  });
  const work = await t.dispatchOk('dossier.openWork', { dossierId });
  await t.dispatchOk('dossier.setStatus', {
    dossierId,
    status: 'gesloten',
    reason: 'Materiaal offline, evaluaties gehouden.',
    closeReasons: Object.fromEntries(work.map((w) => [w.category, 'Loopt door in de nazorg van de mentor.'])),
  });
}

/** A real class list of the victim's class: the victim's own family (line 3) and a buddy (line 4), typed without diacritics. */
export const HOLD_BACK_CSV =
  'Naam ouder/verzorger;Roepnaam;Tussenvoegsel;Achternaam;Klas;Adres;Postcode;Woonplaats;E-mail\n' +
  'Fatma Çelik;Emre;;Çelik;2B;Lindelaan 4;3521 AA;Utrecht;\n' +
  'Ayse Yilmaz-Ozturk;Zeynep;;Yilmaz;2B;Kerkstraat 12;3512 CD;Utrecht;\n' +
  'Rashid al-Hasimi;Amina;;al-Hasimi;2B;Wilgenlaan 21;3521 AF;Utrecht;\n' +
  'Henk de Vries;Sanne;de;Vries;2B;Beukenlaan 10;3521 AB;Utrecht;\n';

/** A class list as Magister exports it: ';', BOM, Dutch headers, one bad postcode, one row with no address. */
export const CLASS_LIST_CSV =
  '\uFEFFNaam ouder/verzorger;Roepnaam;Tussenvoegsel;Achternaam;Klas;Adres;Postcode;Woonplaats;E-mail\n' +
  'Fatma Çelik;Emre;;Çelik;2B;Lindelaan 4;3521 AA;Utrecht;fatma@example.nl\n' +
  'Henk de Vries;Sanne;de;Vries;2B;Beukenlaan 10;3521AB;utrecht;\n' +
  'Zsófia Kovács;Bence;;Kovács;2B;Eikenlaan 7;35XX 1A;Utrecht;\n' +
  'Jan Jansen;Pieter;;Jansen;2B;;3521 AC;Utrecht;\n' +
  '"Grzegorz Brzęczyszczykiewicz";Kasia;;Brzęczyszczykiewicz;2B;"Populierenlaan 2; bus 3";3521 AD;Utrecht;\n';

export function pdfText(file: string | Buffer): string {
  if (typeof file === 'string') return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const tmp = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'vangnet-pdf-'));
  const p = path.join(tmp, 'x.pdf');
  fs.writeFileSync(p, file);
  try {
    return execFileSync('pdftotext', ['-layout', p, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}
