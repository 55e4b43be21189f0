import {
  DOCUMENT_KIND_INFO,
  type DocBlock,
  type DocModel,
  type DocumentOptions,
  type DossierDocumentKind,
  type MergeRow,
  type MissingValue,
  type StatementVersion,
  type TemplateContent,
  type TemplateId,
} from '../../shared/api/documents';
import { EVALUATION_AUDIENCE_DEFS, type EvaluationReportData } from '../../shared/domain/evaluation';
import {
  DOSSIER_STATUS_LABELS,
  MATERIAL_KIND_LABELS,
  PERSON_ROLE_LABELS,
  STEP_STATUS_LABELS,
  VOLUNTARINESS_LABELS,
  type Conversation,
  type DossierDetail,
  type LetterWarning,
  type NameParts,
  type Person,
  type SchoolProfile,
  type StoredLetterParts,
} from '../../shared/domain';
import { MEDIA_PLAN_QUESTIONS, PHASES, STEPS, getStep } from '../../shared/protocol';
import { contentHash, dutchDate, dutchDateTime, emptyModel, shortDate, shortDateTime, signatureFrom, textToBlocks } from './model';
import {
  addressName,
  conversationsFor,
  letterWarnings,
  salutationName,
  suggestSenders,
} from './letters';
import { TAGS, findMissing, renderTemplate, withMissingMarked, withValues, type View } from './templates';

/** Everything a builder may use; gathered once per request by the handlers. */
export interface DocData {
  detail: DossierDetail;
  school: SchoolProfile;
  /** The statement version to use (latest published unless chosen), or null. */
  statement: StatementVersion | null;
  nowIso: string;
  /** Letter parts kept with the dossier: name parts per person, the letter part per conversation. */
  letters: { names: Map<string, NameParts>; parts: Map<string, StoredLetterParts> };
}

/** A built document: the model plus what the privacy guard and the missing-value check need. */
export interface Built {
  model: DocModel;
  missing: MissingValue[];
  /** Pupils the document may name (the recipient's own child). */
  allowedPersonIds: string[];
  allowedNames: string[];
  /** Generic description of the recipient for the dossier record. */
  recipientLabel: string;
  /** Personal letters: what the dossier says against sending it as it is. */
  warnings?: LetterWarning[];
  /** The warnings are answered (a way of delivery was chosen after reading them). */
  warningsResolved?: boolean;
}

/**
 * Help every letter to parents names, whatever the school adds: the police (the school's
 * wijkagent when known, and the general number), Meldknop and Helpwanted; for the victim's
 * parents also Slachtofferhulp and Veilig Thuis. A school entry for the same organisation
 * replaces the default's wording; the school's other entries follow the defaults.
 */
interface HelpDefault {
  key: RegExp;
  line: (school: SchoolProfile) => string;
  forLetters: 'all' | 'victim';
}

const DEFAULT_HELP: readonly HelpDefault[] = [
  {
    key: /politie|wijkagent/i,
    line: (s) => {
      const who = s.policeContact.trim();
      if (!who) return 'Politie – advies, melding of aangifte: 0900-8844 (www.politie.nl)';
      const details = s.policeContactDetails.trim();
      const general = details.includes('0900-8844') ? ' (www.politie.nl)' : '; algemeen nummer 0900-8844 (www.politie.nl)';
      return `Politie – ${/wijkagent/i.test(who) ? who : `wijkagent ${who}`}${details ? `, ${details}` : ''}${general}`;
    },
    forLetters: 'all',
  },
  { key: /meldknop/i, line: () => 'Meldknop.nl – hulp en melden bij online problemen (www.meldknop.nl)', forLetters: 'all' },
  {
    key: /helpwanted/i,
    line: () => 'Helpwanted.nl – hulp bij online seksueel misbruik, ook anoniem en ook voor ouders (www.helpwanted.nl)',
    forLetters: 'all',
  },
  {
    key: /slachtofferhulp/i,
    line: () => 'Slachtofferhulp Nederland – gratis steun en advies: 0900-0101 (www.slachtofferhulp.nl)',
    forLetters: 'victim',
  },
  {
    key: /veilig\s*thuis/i,
    line: () => 'Veilig Thuis – advies bij zorgen over de veiligheid van een kind, gratis en dag en nacht: 0800-2000',
    forLetters: 'victim',
  },
];

export function helpLines(
  school: SchoolProfile,
  forWhom: 'ouders' | 'leerlingen',
  letter: 'victim' | 'other' = 'other',
): Array<{ regel: string }> {
  const own = school.helpResources
    .filter((h) => h.forWhom === forWhom || h.forWhom === 'beide')
    .map((h) => ({ key: `${h.name} ${h.contact}`, regel: [h.name, h.description, h.contact].filter(Boolean).join(' – ') }));
  const used = new Set<number>();
  const lines: Array<{ regel: string }> = [];
  for (const d of DEFAULT_HELP) {
    if (d.forLetters === 'victim' && letter !== 'victim') continue;
    const i = own.findIndex((o, idx) => !used.has(idx) && d.key.test(o.key));
    if (i >= 0) used.add(i);
    lines.push({ regel: i >= 0 ? own[i]!.regel : d.line(school) });
  }
  own.forEach((o, i) => {
    if (!used.has(i)) lines.push({ regel: o.regel });
  });
  return lines;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

function statementView(s: StatementVersion | null): View['statement'] {
  return s ? { watSpeelt: s.watSpeelt, watDoet: s.watDoet, contactpersoon: s.contactpersoon } : undefined;
}

function baseView(data: DocData): View {
  const { school, detail } = data;
  return {
    datum: dutchDate(data.nowIso),
    school: {
      naam: school.name,
      plaats: school.city,
      telefoon: school.phone,
      email: school.email,
      website: school.website,
    },
    ondertekenaar: { naam: school.signatory, functie: school.signatoryRole },
    vertrouwenspersoon: { naam: school.confidant, contact: school.confidantContact },
    regiehouder: detail.dossier.lead,
    statement: statementView(data.statement),
    hulpbronnen: helpLines(school, 'ouders'),
  };
}

function byRole(detail: DossierDetail, role: Person['role']): Person[] {
  return detail.persons.filter((p) => p.role === role);
}

/** Address block lines: name, street (one or more lines), "1234 AB  PLAATS" as PostNL asks. */
function addressLines(name: string, address: string): string[] {
  const lines = address
    .split(/\r?\n|,\s*(?=\d{4}\s?[A-Za-z]{2}\b)/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^(\d{4})\s?([A-Za-z]{2})\s+(.+)$/.exec(l);
      return m ? `${m[1]} ${m[2]!.toUpperCase()}  ${m[3]!.toUpperCase()}` : l;
    });
  return [name, ...lines].filter(Boolean);
}

interface LetterSetup {
  view: View;
  recipient: string[];
  reference: string;
  allowedPersonIds: string[];
  allowedNames: string[];
  recipientLabel: string;
  extraMissing: MissingValue[];
  /** Group letters without a personal salutation use this one. */
  genericSalutation: string | null;
  /** Who signs (personal letters); null = the school's signatory. */
  signature?: DocModel['signature'];
  warnings?: LetterWarning[];
  warningsResolved?: boolean;
}

function missingAddress(): MissingValue {
  return {
    tag: 'ontvanger.adres',
    label: 'Adres van de ontvanger',
    hint: 'Vul het adres in bij de persoon (Personen), zodat het in het venster van de envelop valt.',
  };
}

/** Name parts as stored for the person; none stored = none (the letter then asks for them). */
function namePartsOf(data: DocData, person: Person | undefined): NameParts | null {
  return person ? (data.letters.names.get(person.id) ?? null) : null;
}

/**
 * The sender (who signs, whom to contact): chosen in the letter flow, else the first
 * suggestion (the agreed contact, or who held the conversation). A sender without a role
 * or contact is reported as missing, never printed with a gap.
 */
function senderView(
  data: DocData,
  options: DocumentOptions,
  conv: Conversation | null,
): { afzender: { naam: string; functie: string; contact: string }; signature: DocModel['signature'] } {
  const parts = conv ? (data.letters.parts.get(conv.id) ?? null) : null;
  const suggested = suggestSenders(data.detail, data.school, conv, parts);
  const s = options.sender ?? suggested.find((x) => x.role && x.contact) ?? suggested[0] ?? { name: '', role: '', contact: '' };
  return {
    afzender: { naam: s.name, functie: s.role, contact: s.contact },
    signature: { name: s.name, role: s.role, organisation: data.school.name },
  };
}

/** Address lines for the chosen delivery: post (home address), another address, or by hand (name only). */
function deliveredAddress(name: string, home: string, options: DocumentOptions): { lines: string[]; missingAddress: boolean } {
  const d = options.delivery;
  if (d?.mode === 'persoonlijk') return { lines: [name, 'Persoonlijk overhandigd'], missingAddress: false };
  const address = d?.mode === 'ander-adres' ? (d.otherAddress ?? '') : home;
  return { lines: addressLines(name, address), missingAddress: address.trim() === '' };
}

function parentLetterSetup(
  data: DocData,
  options: DocumentOptions,
  childRole: 'slachtoffer' | 'dader',
  stepId: string,
): LetterSetup {
  const { detail } = data;
  const children = byRole(detail, childRole);
  const parents = byRole(detail, 'ouder');
  let recipient: Person | undefined = options.recipientPersonId
    ? detail.persons.find((p) => p.id === options.recipientPersonId)
    : parents.find((p) => children.some((c) => c.id === p.relatedPersonId));
  const child =
    (recipient?.relatedPersonId ? children.find((c) => c.id === recipient!.relatedPersonId) : undefined) ?? children[0];
  if (!recipient && child) recipient = parents.find((p) => p.relatedPersonId === child.id);
  const candidates = conversationsFor(detail, recipient ?? null, stepId);
  const conv = (options.conversationId ? candidates.find((c) => c.id === options.conversationId) : undefined) ?? candidates[0] ?? null;
  const letterPart = conv ? data.letters.parts.get(conv.id) : undefined;
  const names = namePartsOf(data, recipient);
  const sender = senderView(data, options, conv);
  const view: View = {
    ...baseView(data),
    hulpbronnen: helpLines(data.school, 'ouders', childRole === 'slachtoffer' ? 'victim' : 'other'),
    ontvanger: { naam: recipient?.name ?? '', aanhef: names ? salutationName(names) : '' },
    kind: { roepnaam: child ? firstName(child.name) : '', naam: child?.name ?? '' },
    klas: child?.className ?? '',
    // Only the part written for the letter: the internal summary and agreements never go to the parent.
    gesprek: conv
      ? {
          datum: dutchDate(conv.heldAt),
          besproken: letterPart?.discussed ?? '',
          afgesproken: letterPart?.agreed ?? '',
          samenvatting: letterPart?.discussed ?? '',
          afspraken: letterPart?.agreed ?? '',
          vervolg: conv.followUp,
        }
      : {},
    afzender: sender.afzender,
  };
  const warnings = letterWarnings(recipient ?? null, child ?? null);
  const address = recipient ? deliveredAddress(names ? addressName(names) : recipient.name, recipient.address, options) : null;
  return {
    view,
    recipient: address?.lines ?? [],
    reference: detail.dossier.number,
    allowedPersonIds: child ? [child.id] : [],
    allowedNames: [],
    recipientLabel:
      (childRole === 'slachtoffer' ? 'Ouder/verzorger van het slachtoffer' : 'Ouder/verzorger van de dader') +
      (options.delivery?.mode === 'persoonlijk' ? ' (persoonlijk overhandigd)' : options.delivery?.mode === 'ander-adres' ? ' (ander adres)' : ''),
    extraMissing: address?.missingAddress ? [missingAddress()] : [],
    genericSalutation: null,
    signature: sender.signature,
    warnings,
    warningsResolved: warnings.length === 0 || (options.delivery?.warningsRead ?? false),
  };
}

function schoolLetterSetup(data: DocData, options: DocumentOptions): LetterSetup {
  const { detail } = data;
  const contact =
    (options.recipientPersonId ? detail.persons.find((p) => p.id === options.recipientPersonId) : undefined) ??
    byRole(detail, 'school-dader')[0];
  const pupil = byRole(detail, 'dader').find((p) => contact && p.school && p.school === contact.school) ?? byRole(detail, 'dader')[0];
  const names = namePartsOf(data, contact);
  const conv = contact ? (conversationsFor(detail, contact, 'contact-school-dader')[0] ?? null) : null;
  const sender = senderView(data, options, conv);
  const view: View = {
    ...baseView(data),
    ontvanger: { naam: contact?.name ?? '', aanhef: names ? salutationName(names) : '', school: contact?.school ?? '' },
    kind: { roepnaam: pupil ? firstName(pupil.name) : '', naam: pupil?.name ?? '' },
    afzender: sender.afzender,
  };
  const address = contact ? deliveredAddress(names ? addressName(names) : contact.name, contact.address, options) : null;
  const lines = address?.lines ?? [];
  if (contact?.school && options.delivery?.mode !== 'persoonlijk') lines.splice(1, 0, contact.school);
  return {
    view,
    recipient: lines,
    reference: detail.dossier.number,
    allowedPersonIds: pupil ? [pupil.id] : [],
    allowedNames: [],
    recipientLabel: 'School van de dader',
    extraMissing: address?.missingAddress ? [missingAddress()] : [],
    genericSalutation: null,
    signature: sender.signature,
    warnings: [],
    warningsResolved: true,
  };
}

function victimClass(detail: DossierDetail): string {
  return byRole(detail, 'slachtoffer').find((p) => p.className)?.className ?? '';
}

function groupLetterSetup(data: DocData, options: DocumentOptions, kind: TemplateId, row: MergeRow | null): LetterSetup {
  const klas = row?.className || options.className || (kind === 'letter-class-parents' ? victimClass(data.detail) : '');
  const view: View = { ...baseView(data), klas };
  if (row) {
    view.ontvanger = { naam: row.parentName };
    view.kind = { roepnaam: row.childFirstName || firstName(row.childName), naam: row.childName };
  }
  const generic =
    kind === 'teacher-guidance'
      ? []
      : [kind === 'letter-class-parents' && klas ? `Aan de ouders/verzorgers van de leerlingen van klas ${klas}` : 'Aan de ouders/verzorgers'];
  return {
    view,
    recipient: row ? [row.parentName, row.street, `${row.postalCode}  ${row.city.toUpperCase()}`] : generic,
    reference: '',
    allowedPersonIds: [],
    allowedNames: row ? [row.childName, row.childFirstName].filter(Boolean) : [],
    recipientLabel:
      kind === 'teacher-guidance'
        ? 'Docenten en mentoren'
        : kind === 'letter-class-parents'
          ? `Ouders/verzorgers van klas ${klas || '(onbekend)'}`
          : 'Ouders/verzorgers van overige klassen',
    extraMissing: [],
    genericSalutation: row ? null : kind === 'teacher-guidance' ? null : 'Beste ouders en verzorgers,',
  };
}

/** Builds a letter (or teacher guidance) from its template. */
export function buildTemplated(
  kind: TemplateId,
  template: TemplateContent,
  data: DocData,
  options: DocumentOptions,
  row: MergeRow | null,
  mode: 'print' | 'preview',
): Built {
  const setup =
    kind === 'letter-victim-parents'
      ? parentLetterSetup(data, options, 'slachtoffer', 'gesprek-ouders-slachtoffer')
      : kind === 'letter-perpetrator-parents'
        ? parentLetterSetup(data, options, 'dader', 'gesprek-ouders-dader')
        : kind === 'letter-perpetrator-school'
          ? schoolLetterSetup(data, options)
          : groupLetterSetup(data, options, kind, row);
  // Group letters without mail merge use a generic salutation, so its tags are not needed.
  const effective: TemplateContent = setup.genericSalutation
    ? { ...template, salutation: setup.genericSalutation }
    : template;
  const view = withValues(setup.view, options.values);
  const signature = setup.signature ?? signatureFrom(data.school);
  const missing = [...findMissing(effective, view), ...setup.extraMissing, ...letterCompleteness(data.school, signature, kind)];
  const renderView = mode === 'preview' ? withMissingMarked(view, missing) : view;
  const text = renderTemplate(effective, renderView);
  const model = emptyModel(kind, data.school, data.nowIso);
  const info = DOCUMENT_KIND_INFO[kind];
  model.layout = kind === 'teacher-guidance' ? 'report' : 'letter';
  model.title = kind === 'teacher-guidance' ? text.subject : info.label;
  model.subtitle = kind === 'teacher-guidance' ? 'Intern – voor alle medewerkers' : '';
  model.recipient = setup.recipient;
  model.reference = setup.reference;
  model.subject = kind === 'teacher-guidance' ? '' : text.subject;
  model.salutation = text.salutation;
  model.blocks = textToBlocks(text.body);
  model.closing = text.closing;
  model.signature = signature;
  model.footerNote = info.audience === 'individual' ? 'Vertrouwelijk' : '';
  return {
    model,
    missing,
    allowedPersonIds: setup.allowedPersonIds,
    allowedNames: setup.allowedNames,
    recipientLabel: setup.recipientLabel,
    warnings: setup.warnings ?? [],
    warningsResolved: setup.warningsResolved ?? true,
  };
}

/**
 * A letter is only complete with a letterhead (the school's name) and a signature (name and
 * role): without them it would go out as "School" with an empty signature.
 */
function letterCompleteness(school: SchoolProfile, signature: DocModel['signature'], kind: TemplateId): MissingValue[] {
  const out: MissingValue[] = [];
  if (!school.name.trim()) {
    out.push({ tag: 'school.naam', label: 'Naam van de school (briefhoofd)', hint: 'Vul dit in bij Schoolgegevens.' });
  }
  if (kind === 'teacher-guidance') return out;
  if (!signature?.name.trim()) {
    out.push({ tag: 'ondertekening.naam', label: 'Naam onder de brief', hint: 'Kies bij het maken van de brief wie ondertekent, of vul de ondertekenaar in bij Schoolgegevens.' });
  }
  if (!signature?.role.trim()) {
    out.push({ tag: 'ondertekening.functie', label: 'Functie onder de brief', hint: 'Vul de functie van wie ondertekent in (bij het maken van de brief of bij Schoolgegevens).' });
  }
  return out;
}

const STATEMENT_MISSING: MissingValue = {
  tag: 'statement',
  label: 'Gepubliceerd communicatiestatement',
  hint: 'Schrijf en publiceer eerst het communicatiestatement (tab Documenten).',
};

export function statementText(s: StatementVersion, schoolName: string): string {
  return [
    `Communicatiestatement${schoolName ? ` – ${schoolName}` : ''}`,
    `Versie ${s.version}, ${dutchDate(s.publishedAt)}`,
    '',
    'Wat speelt er? Wat vinden wij?',
    s.watSpeelt.trim(),
    '',
    'Wat doen wij? Waarom?',
    s.watDoet.trim(),
    '',
    'Contactpersoon',
    s.contactpersoon.trim(),
    '',
  ].join('\n');
}

export function buildStatement(data: DocData): Built {
  const model = emptyModel('statement', data.school, data.nowIso);
  const s = data.statement;
  const missing: MissingValue[] = [];
  if (!s) {
    missing.push(STATEMENT_MISSING);
    model.blocks = [{ type: 'paragraph', text: '[ontbreekt: gepubliceerd communicatiestatement]', tone: 'muted' }];
  } else {
    model.subtitle = `Versie ${s.version} · gepubliceerd op ${dutchDate(s.publishedAt)}`;
    model.blocks = [
      { type: 'heading', text: 'Wat speelt er? Wat vinden wij?' },
      ...textToBlocks(s.watSpeelt),
      { type: 'heading', text: 'Wat doen wij? Waarom?' },
      ...textToBlocks(s.watDoet),
      { type: 'heading', text: 'Contactpersoon' },
      ...textToBlocks(s.contactpersoon),
    ];
  }
  return { model, missing, allowedPersonIds: [], allowedNames: [], recipientLabel: 'Iedereen (website, pers, medewerkers)' };
}

function stepAnswers(detail: DossierDetail, stepId: string): Record<string, string> {
  const data = detail.steps.find((s) => s.stepId === stepId)?.data ?? {};
  const out: Record<string, string> = {};
  const answers = (data as { answers?: unknown }).answers;
  const sources = [answers && typeof answers === 'object' ? (answers as Record<string, unknown>) : {}, data];
  for (const src of sources) {
    for (const [k, v] of Object.entries(src)) {
      if (typeof v === 'string' && v.trim() && !(k in out)) out[k] = v.trim();
    }
  }
  return out;
}

export function buildMediaPlan(data: DocData): Built {
  const model = emptyModel('media-plan', data.school, data.nowIso);
  model.subtitle = 'Voor receptie, conciërge, poortwacht en alle medewerkers';
  const answers = stepAnswers(data.detail, 'media-voorbereiding');
  const missing: MissingValue[] = [];
  const answered = MEDIA_PLAN_QUESTIONS.filter((q) => answers[q.id]);
  if (answered.length === 0) {
    missing.push({
      tag: 'mediaplan',
      label: 'Afspraken van het mediaplan',
      hint: 'Vul het mediaplan in bij de stap "Wees voorbereid op media aandacht".',
    });
  }
  const spokesperson = answers['woordvoerder'] ?? '';
  const contact = data.statement?.contactpersoon ?? '';
  const blocks: DocBlock[] = [
    {
      type: 'paragraph',
      tone: 'strong',
      text: 'Geef nooit informatie over leerlingen of over wat er is gebeurd, ook niet "off the record". Verwijs altijd vriendelijk door.',
    },
    { type: 'heading', text: 'Als een journalist belt, mailt of aan de deur staat' },
    {
      type: 'bullets',
      items: [
        'Blijf vriendelijk en rustig. Zeg: "Ik kan u hier niets over vertellen. Ik verbind u door met onze woordvoerder" of noteer naam, medium en telefoonnummer.',
        spokesperson
          ? `Woordvoerder: ${spokesperson.replace(/[.\s]+$/, '')}.`
          : 'Verwijs door naar de woordvoerder die de schoolleiding heeft aangewezen.',
        'Laat pers en cameraploegen niet binnen; vraag hen het schoolterrein te verlaten.',
        'Zorg dat leerlingen niet worden gefilmd of geïnterviewd op of bij het schoolterrein.',
        'Meld elk contact met de pers direct aan de regiehouder of de schoolleiding.',
      ],
    },
    { type: 'heading', text: 'Als ouders of anderen bellen met vragen' },
    {
      type: 'bullets',
      items: [
        'Zeg dat de school op de hoogte is en er zorgvuldig mee omgaat.',
        contact
          ? `Verwijs door naar de contactpersoon uit het communicatiestatement: "${contact.replace(/\s+/g, ' ').trim()}"`
          : 'Verwijs voor vragen naar de contactpersoon uit het communicatiestatement.',
        'Bevestig of ontken geen namen en deel geen details, ook niet als de beller ze al lijkt te kennen.',
        'Onjuiste berichten op sociale media? Verwijs naar het communicatiestatement op de website.',
      ],
    },
  ];
  if (answered.length > 0) {
    blocks.push({ type: 'heading', text: 'Afspraken' });
    blocks.push({ type: 'fields', rows: answered.map((q) => [q.label, answers[q.id]!]) });
  }
  blocks.push({
    type: 'paragraph',
    tone: 'muted',
    text: 'Bekijk, kopieer of stuur het beeldmateriaal nooit zelf door, ook niet om te laten zien waar het over gaat.',
  });
  model.blocks = blocks;
  return { model, missing, allowedPersonIds: [], allowedNames: [], recipientLabel: 'Receptie en medewerkers' };
}

/* ───────────── Evaluation report ───────────── */

/** The plain input of the evaluation report, independent of where the data is kept. */
export interface EvaluationReportInput {
  dossierNumber: string;
  title: string;
  lead: string;
  discoveredAt: string;
  closedAt: string | null;
  perspectives: Array<{
    label: string;
    heldAt: string | null;
    heldBy: string;
    participants: string;
    answers: Array<{ question: string; answer: string }>;
    notes: string;
  }>;
  wentWell: string[];
  couldBeBetter: string[];
  preventiveMeasures: string[];
  aftercare: Array<{ label: string; dueAt: string; who: string; done: boolean; outcome: string; needs: string }>;
  improvements: Array<{ area: string; text: string; owner: string; status: string }>;
  protocolChanges: string;
}

/** Maps the evaluation area's report data (src/core/evaluation) onto the report's input. */
export function evaluationInputFromData(
  data: EvaluationReportData,
  protocolChanges: string,
): EvaluationReportInput {
  const pick = (ids: readonly string[]) =>
    data.evaluations.flatMap((e) => {
      const def = EVALUATION_AUDIENCE_DEFS.find((d) => d.id === e.audience);
      return e.answers
        .filter((a, i) => a.answer.trim() && ids.includes(def?.questions[i]?.id ?? ''))
        .map((a) => `${e.audienceLabel}: ${a.answer.trim()}`);
    });
  return {
    dossierNumber: data.dossier.number,
    title: data.dossier.title,
    lead: data.dossier.lead,
    discoveredAt: data.dossier.discoveredAt,
    closedAt: data.dossier.closedAt,
    perspectives: data.evaluations.map((e) => ({
      label: e.audienceLabel + (e.completed ? '' : ' (nog niet afgerond)'),
      heldAt: e.heldAt,
      heldBy: e.heldBy,
      participants: e.participants,
      answers: e.answers.filter((a) => a.answer.trim()),
      notes: e.notes,
    })),
    wentWell: pick(['ging-goed', 'hielp']),
    couldBeBetter: pick(['kon-beter', 'beter']),
    preventiveMeasures: data.preventiveMeasures.map((p) => `${p.audienceLabel}: ${p.text}`),
    aftercare: data.aftercare.map((a) => ({ label: a.label, dueAt: a.dueAt, who: a.who, done: a.done, outcome: a.outcome, needs: a.needs })),
    improvements: data.improvementPoints.map((p) => ({ area: p.area, text: p.text, owner: p.owner, status: p.status })),
    protocolChanges,
  };
}

/** Fallback source: the Evalueer steps' own records (data per sub-point, notes) and aftercare actions. */
export function evaluationInputFromSteps(detail: DossierDetail): EvaluationReportInput {
  const perspectives: EvaluationReportInput['perspectives'] = [];
  const wentWell: string[] = [];
  const couldBeBetter: string[] = [];
  const preventive: string[] = [];
  for (const stepId of ['evaluatie-betrokkenen', 'terugkoppeling-school-dader', 'evaluatie-zat']) {
    const step = getStep(stepId);
    const state = detail.steps.find((s) => s.stepId === stepId);
    if (!step || !state) continue;
    const answers = stepAnswers(detail, stepId);
    const rows: Array<{ question: string; answer: string }> = [];
    for (const sp of step.subPoints) {
      const a = answers[sp.id];
      if (!a) continue;
      if (sp.id === 'ging-goed') wentWell.push(a);
      else if (sp.id === 'kon-beter') couldBeBetter.push(a);
      else if (sp.id === 'preventie') preventive.push(a);
      else rows.push({ question: sp.label, answer: a });
    }
    if (rows.length || state.notes.trim()) {
      perspectives.push({ label: step.title, heldAt: state.updatedAt, heldBy: state.owner, participants: '', answers: rows, notes: state.notes });
    }
  }
  const aftercare = detail.actions
    .filter((a) => a.stepId === 'nazorg')
    .map((a) => ({ label: a.wat, dueAt: a.wanneer ?? '', who: a.wie, done: a.done, outcome: a.hoe, needs: '' }));
  const protocol = detail.steps.find((s) => s.stepId === 'protocol-bijwerken');
  return {
    dossierNumber: detail.dossier.number,
    title: detail.dossier.title,
    lead: detail.dossier.lead,
    discoveredAt: detail.dossier.discoveredAt,
    closedAt: detail.dossier.closedAt,
    perspectives,
    wentWell,
    couldBeBetter,
    preventiveMeasures: preventive,
    aftercare,
    improvements: [],
    protocolChanges: protocol?.notes ?? '',
  };
}

export function buildEvaluationReport(input: EvaluationReportInput, school: SchoolProfile, nowIso: string): Built {
  const model = emptyModel('evaluation-report', school, nowIso);
  model.subtitle = `Dossier ${input.dossierNumber} · regiehouder ${input.lead}`;
  model.footerNote = `Vertrouwelijk – dossier ${input.dossierNumber}`;
  const blocks: DocBlock[] = [
    {
      type: 'fields',
      rows: [
        ['Dossier', `${input.dossierNumber} – ${input.title}`],
        ['Ontdekt op', dutchDate(input.discoveredAt)],
        ['Afgesloten op', input.closedAt ? dutchDate(input.closedAt) : 'Nog niet afgesloten'],
      ],
    },
  ];
  const list = (title: string, items: string[], empty: string) => {
    blocks.push({ type: 'heading', text: title });
    if (items.length) blocks.push({ type: 'bullets', items });
    else blocks.push({ type: 'paragraph', text: empty, tone: 'muted' });
  };
  list('Wat ging goed?', input.wentWell, 'Nog niet vastgelegd.');
  list('Wat kon beter?', input.couldBeBetter, 'Nog niet vastgelegd.');
  for (const p of input.perspectives) {
    blocks.push({ type: 'heading', text: `Evaluatie: ${p.label}` });
    const meta: Array<[string, string]> = [];
    if (p.heldAt) meta.push(['Datum', dutchDate(p.heldAt)]);
    if (p.heldBy) meta.push(['Gevoerd door', p.heldBy]);
    if (p.participants) meta.push(['Aanwezig', p.participants]);
    for (const a of p.answers) meta.push([a.question, a.answer]);
    if (meta.length) blocks.push({ type: 'fields', rows: meta });
    if (p.notes.trim()) blocks.push(...textToBlocks(p.notes));
  }
  if (input.perspectives.length === 0) {
    blocks.push({ type: 'heading', text: 'Evaluaties met betrokkenen' });
    blocks.push({ type: 'paragraph', text: 'Er zijn nog geen evaluatiegesprekken vastgelegd.', tone: 'muted' });
  }
  list('Preventiemaatregelen', input.preventiveMeasures, 'Nog geen preventiemaatregelen vastgelegd.');
  blocks.push({ type: 'heading', text: 'Nazorg' });
  if (input.aftercare.length) {
    blocks.push({
      type: 'table',
      columns: ['Voor wie / wat', 'Wanneer', 'Wie', 'Status', 'Hoe gaat het / nodig'],
      widths: [3, 2.8, 2, 1.4, 3.5],
      rows: input.aftercare.map((a) => [
        a.label,
        a.dueAt ? shortDate(a.dueAt) : '',
        a.who,
        a.done ? 'Gedaan' : 'Gepland',
        [a.outcome, a.needs].filter(Boolean).join(' – '),
      ]),
    });
  } else {
    blocks.push({ type: 'paragraph', text: 'Er zijn nog geen nazorgmomenten gepland.', tone: 'muted' });
  }
  if (input.improvements.length) {
    blocks.push({ type: 'heading', text: 'Verbeterpunten' });
    blocks.push({
      type: 'table',
      columns: ['Onderwerp', 'Verbeterpunt', 'Wie', 'Status'],
      widths: [2, 6, 2, 2],
      rows: input.improvements.map((p) => [p.area, p.text, p.owner, p.status]),
    });
  }
  blocks.push({ type: 'heading', text: 'Verwerking in protocol en handelingsplan' });
  blocks.push(
    ...(input.protocolChanges.trim()
      ? textToBlocks(input.protocolChanges)
      : [{ type: 'paragraph', text: 'Nog niet vastgelegd.', tone: 'muted' } as DocBlock]),
  );
  model.blocks = blocks;
  return { model, missing: [], allowedPersonIds: [], allowedNames: [], recipientLabel: 'Zorgteam (intern)' };
}

/* ───────────── Dossier overview ───────────── */

export interface OverviewExtras {
  audit: Array<{ seq: number; at: string; actor: string; action: string; details: string }>;
  /** Tables of other areas (monitoring, takedowns …), when present. */
  extraTables: Array<{ title: string; columns: string[]; rows: string[][] }>;
}

function flattenData(value: unknown, prefix = ''): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => flattenData(v, `${prefix}${prefix ? ' ' : ''}${i + 1}`));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flattenData(v, prefix ? `${prefix} › ${k}` : k));
  }
  const text = typeof value === 'boolean' ? (value ? 'ja' : 'nee') : String(value);
  return [prefix ? `${prefix}: ${text}` : text];
}

export function buildDossierOverview(data: DocData, extras: OverviewExtras): Built {
  const { detail } = data;
  const d = detail.dossier;
  const model = emptyModel('dossier-overview', data.school, data.nowIso);
  model.subtitle = `Dossier ${d.number} · ${DOSSIER_STATUS_LABELS[d.status]} · gemaakt op ${dutchDateTime(data.nowIso)}`;
  model.dateLine = '';
  model.footerNote = `Vertrouwelijk – dossier ${d.number}`;
  const personName = new Map(detail.persons.map((p) => [p.id, p.name]));
  const blocks: DocBlock[] = [];

  blocks.push({ type: 'heading', text: 'Feiten' });
  blocks.push({
    type: 'fields',
    rows: [
      ['Nummer', d.number],
      ['Omschrijving', d.title],
      ['Status', DOSSIER_STATUS_LABELS[d.status] + (d.closedAt ? ` (gesloten op ${dutchDate(d.closedAt)})` : '')],
      ['Ontdekt op', dutchDateTime(d.discoveredAt)],
      ['Hoe aan het licht gekomen', d.howDiscovered],
      ['Soort beeldmateriaal', MATERIAL_KIND_LABELS[d.materialKind]],
      ['Vrijwilligheid', VOLUNTARINESS_LABELS[d.voluntariness]],
      [
        'Verspreiding',
        [
          d.spread.pupils !== null ? `${d.spread.pupils} leerlingen` : '',
          d.spread.groups !== null ? `${d.spread.groups} groepen` : '',
          d.spread.platforms.length ? `via ${d.spread.platforms.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join(', '),
      ],
      ['Andere school betrokken', d.otherSchoolInvolved ? 'Ja' : 'Nee'],
      ['Regiehouder', d.lead],
      ['Wat heeft het slachtoffer nodig', d.victimNeeds],
      ['Samenvatting', d.summary],
      ['Aangemaakt', dutchDateTime(d.createdAt)],
    ],
  });

  blocks.push({ type: 'heading', text: 'Betrokkenen' });
  blocks.push({
    type: 'table',
    columns: ['Rol', 'Naam', 'Klas / school', 'Contact', 'Aandachtspunten'],
    widths: [2, 3, 2, 3, 4],
    rows: detail.persons.map((p) => [
      PERSON_ROLE_LABELS[p.role] + (p.relatedPersonId ? ` (van ${personName.get(p.relatedPersonId) ?? '?'})` : ''),
      p.name,
      [p.className, p.school].filter(Boolean).join(' / '),
      [p.phone, p.email, p.address.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join('\n'),
      [p.language ? `Taal: ${p.language}` : '', p.interpreterNeeded ? 'Tolk nodig' : '', p.sensitivities, p.notes]
        .filter(Boolean)
        .join('\n'),
    ]),
  });

  blocks.push({ type: 'heading', text: 'Stappen van het protocol' });
  const stateOf = new Map(detail.steps.map((s) => [s.stepId, s]));
  blocks.push({
    type: 'table',
    columns: ['Fase', 'Stap', 'Status', 'Wie / uiterlijk', 'Notities en vastgelegde gegevens'],
    widths: [1.7, 3.8, 1.4, 3, 4.6],
    rows: STEPS.map((step) => {
      const s = stateOf.get(step.id);
      const phase = PHASES.find((p) => p.id === step.phaseId)?.title ?? step.phaseId;
      const status = s ? STEP_STATUS_LABELS[s.status] + (s.status === 'nvt' && s.nvtReason ? `: ${s.nvtReason}` : '') : 'Open';
      const who = [s?.owner ?? '', s?.dueAt ? shortDate(s.dueAt) : ''].filter(Boolean).join('\n');
      const notes = [s?.notes ?? '', ...flattenData(s?.data ?? {})].filter(Boolean).join('\n');
      return [phase, step.title, status, who, notes];
    }),
  });

  blocks.push({ type: 'heading', text: 'Acties' });
  blocks.push(
    detail.actions.length
      ? {
          type: 'table',
          columns: ['Wie', 'Wat', 'Wanneer', 'Waar / hoe', 'Status'],
          widths: [2, 4.5, 2, 3, 1.8],
          rows: detail.actions.map((a) => [
            a.wie,
            a.wat,
            a.wanneer ? shortDateTime(a.wanneer) : '',
            [a.waar, a.hoe].filter(Boolean).join('\n'),
            a.done ? `Gedaan${a.doneAt ? ` ${shortDate(a.doneAt)}` : ''}` : 'Open',
          ]),
        }
      : { type: 'paragraph', text: 'Geen acties vastgelegd.', tone: 'muted' },
  );

  blocks.push({ type: 'heading', text: 'Gesprekken' });
  if (detail.conversations.length === 0) blocks.push({ type: 'paragraph', text: 'Geen gesprekken vastgelegd.', tone: 'muted' });
  for (const c of [...detail.conversations].sort((a, b) => a.heldAt.localeCompare(b.heldAt))) {
    blocks.push({
      type: 'fields',
      rows: [
        ['Gesprek met', c.withWhom],
        ['Wanneer / waar', [dutchDateTime(c.heldAt), c.location].filter(Boolean).join(' · ')],
        ['Gevoerd door', c.heldBy],
        ['Stap', c.stepId ? (getStep(c.stepId)?.title ?? c.stepId) : ''],
        ['Samenvatting', c.summary],
        ['Afspraken', c.agreements],
        ['Vervolg', c.followUp],
      ],
    });
  }

  for (const t of extras.extraTables) {
    blocks.push({ type: 'heading', text: t.title });
    blocks.push(
      t.rows.length ? { type: 'table', columns: t.columns, rows: t.rows } : { type: 'paragraph', text: 'Niets vastgelegd.', tone: 'muted' },
    );
  }

  blocks.push({ type: 'heading', text: 'Logboek (chronologie met correcties)' });
  const seqOf = new Map(detail.chronology.map((e) => [e.id, e.seq]));
  blocks.push({
    type: 'table',
    columns: ['#', 'Gebeurd op', 'Vastgelegd', 'Door', 'Tekst'],
    widths: [0.6, 2.2, 2.2, 2.6, 6],
    rows: detail.chronology.map((e) => [
      String(e.seq),
      shortDateTime(e.occurredAt),
      shortDateTime(e.recordedAt),
      e.author,
      (e.correctsId ? `Correctie op #${seqOf.get(e.correctsId) ?? '?'}: ` : e.kind === 'notitie' ? '' : `[${e.kind}] `) + e.text,
    ]),
  });

  blocks.push({ type: 'heading', text: 'Audittrail' });
  blocks.push({
    type: 'table',
    columns: ['#', 'Tijdstip', 'Door', 'Handeling', 'Details'],
    widths: [0.7, 2.2, 2.6, 2.7, 5.5],
    rows: extras.audit.map((a) => [String(a.seq), shortDateTime(a.at), a.actor, a.action, a.details]),
  });

  model.blocks = blocks;
  model.contentHash = contentHash(model);
  return { model, missing: [], allowedPersonIds: [], allowedNames: [], recipientLabel: 'Zorgteam (intern)' };
}

/* ───────────── Recovery sheet ───────────── */

export function buildRecoverySheet(recoveryKey: string, school: SchoolProfile, nowIso: string): DocModel {
  const model = emptyModel('recovery-sheet', school, nowIso);
  model.title = 'Herstelblad voor de Vangnet-kluis';
  model.subtitle = `Gemaakt op ${dutchDate(nowIso)}`;
  model.dateLine = '';
  model.footerNote = 'Strikt vertrouwelijk – bewaar achter slot';
  model.blocks = [
    {
      type: 'paragraph',
      text: 'Met deze herstelsleutel opent u de kluis van Vangnet als de wachtwoordzin kwijt is. Wie dit blad heeft, kan samen met een kopie van de kluis alle dossiers lezen. Bewaar het daarom net zo zorgvuldig als de dossiers zelf.',
    },
    { type: 'heading', text: 'Herstelsleutel' },
    { type: 'code', text: recoveryKey },
    { type: 'heading', text: 'Zo bewaart u dit blad' },
    {
      type: 'bullets',
      items: [
        'Leg het in een afgesloten kast of kluis op school, bijvoorbeeld bij de directie.',
        'Maak geen foto of scan en bewaar de sleutel niet op de computer, in e-mail of in de cloud.',
        'Verwijder het PDF-bestand nadat u dit blad hebt afgedrukt, en leeg de prullenbak.',
        'Bent u het blad kwijt of heeft iemand anders het gezien? Meld dat dan direct bij de schoolleiding.',
      ],
    },
    { type: 'heading', text: 'Zo gebruikt u de sleutel' },
    {
      type: 'bullets',
      items: [
        'Kies in het openingsscherm van Vangnet voor herstellen met de herstelsleutel.',
        'Typ de sleutel over. Hoofdletters, spaties en streepjes maken niet uit.',
        'Kies daarna een nieuwe wachtwoordzin.',
      ],
    },
  ];
  return model;
}

export const DOSSIER_KINDS_WITH_BUILDERS: readonly DossierDocumentKind[] = [
  'statement',
  'letter-victim-parents',
  'letter-perpetrator-parents',
  'letter-class-parents',
  'letter-other-classes',
  'letter-perpetrator-school',
  'teacher-guidance',
  'media-plan',
  'evaluation-report',
  'dossier-overview',
  'monitoring-log',
];

export { TAGS };
