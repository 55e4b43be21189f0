import type Database from 'better-sqlite3-multiple-ciphers';
import {
  PERSON_ROLE_LABELS,
  capitalFirst,
  type Conversation,
  type DossierDetail,
  type LetterParts,
  type LetterSender,
  type LetterWarning,
  type NameParts,
  type Person,
  type SchoolProfile,
  type StoredLetterParts,
} from '../../shared/domain';
import { errorText, type ErrorPhrase } from '../../shared/errors';
import { dutchDate, joinDutch } from './model';

// The salutation is shared with the letter dialog's preview, so what it shows is what prints.
export { greeting, salutationName } from '../../shared/domain';

/**
 * Letters written for their reader: salutations from name parts, the conversation's part
 * written for the letter (never its internal notes), who signs, and the warnings the
 * dossier gives before a letter goes by post.
 */

/* ───────────── Storage ───────────── */

interface NameRow {
  person_id: string;
  salutation: NameParts['salutation'];
  initials: string;
  infix: string;
  surname: string;
}

export function listNameParts(db: Database.Database, dossierId: string): Map<string, NameParts> {
  const rows = db.prepare('SELECT * FROM person_name_parts WHERE dossier_id = ?').all(dossierId) as NameRow[];
  return new Map(rows.map((r) => [r.person_id, { salutation: r.salutation, initials: r.initials, infix: r.infix, surname: r.surname }]));
}

export function putNameParts(db: Database.Database, dossierId: string, personId: string, p: NameParts, at: string): void {
  db.prepare(
    `INSERT INTO person_name_parts (person_id, dossier_id, salutation, initials, infix, surname, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(person_id) DO UPDATE SET salutation = excluded.salutation, initials = excluded.initials,
       infix = excluded.infix, surname = excluded.surname, updated_at = excluded.updated_at`,
  ).run(personId, dossierId, p.salutation, p.initials, p.infix, p.surname, at);
}

interface PartsRow {
  conversation_id: string;
  discussed: string;
  agreed: string;
  updated_at: string;
  updated_by: string;
}

export function listLetterParts(db: Database.Database, dossierId: string): Map<string, StoredLetterParts> {
  const rows = db.prepare('SELECT * FROM conversation_letter_parts WHERE dossier_id = ?').all(dossierId) as PartsRow[];
  return new Map(
    rows.map((r) => [
      r.conversation_id,
      { conversationId: r.conversation_id, discussed: r.discussed, agreed: r.agreed, updatedAt: r.updated_at, updatedBy: r.updated_by },
    ]),
  );
}

export function putLetterParts(
  db: Database.Database,
  dossierId: string,
  conversationId: string,
  p: LetterParts,
  at: string,
  by: string,
): void {
  db.prepare(
    `INSERT INTO conversation_letter_parts (conversation_id, dossier_id, discussed, agreed, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(conversation_id) DO UPDATE SET discussed = excluded.discussed, agreed = excluded.agreed,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(conversationId, dossierId, p.discussed, p.agreed, at, by);
}

/* ───────────── Names and salutations ───────────── */

const INFIXES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'in', "'s", 'op', 'la', 'le', 'du', 'da', 'di', 'el', 'al', 'bin', 'ibn']);

/** A first guess from the full name, for the coordinator to correct: "Henk de Vries" → H. / de / Vries. */
export function suggestNameParts(fullName: string): NameParts {
  const tokens = fullName.trim().split(/\s+/).filter(Boolean);
  if (tokens.length <= 1) return { salutation: '', initials: '', infix: '', surname: tokens[0] ?? '' };
  const first = tokens[0]!;
  let i = 1;
  const infix: string[] = [];
  while (i < tokens.length - 1 && INFIXES.has(tokens[i]!.toLowerCase())) infix.push(tokens[i++]!.toLowerCase());
  return {
    salutation: '',
    initials: /^\p{Lu}\.$/u.test(first) ? first : `${[...first][0]!.toUpperCase()}.`,
    infix: infix.join(' '),
    surname: tokens.slice(i).join(' '),
  };
}

/** First line of the address block: "Mevrouw A. Yılmaz-Öztürk", "De heer H. de Vries". */
export function addressName(p: NameParts): string {
  const name = [p.initials, p.infix, p.surname].filter(Boolean).join(' ');
  if (p.salutation === 'mevrouw') return `Mevrouw ${name}`;
  if (p.salutation === 'heer') return `De heer ${name}`;
  return name;
}

/* ───────────── Conversations ───────────── */

/**
 * The conversations a letter to this recipient may be about: those the recipient took part
 * in (newest first). Only when none names the recipient, a conversation of the letter's step
 * that names nobody else's parent: never the other parent's conversation.
 */
export function conversationsFor(detail: DossierDetail, recipient: Person | null, stepId: string): Conversation[] {
  const newest = [...detail.conversations].sort((a, b) => b.heldAt.localeCompare(a.heldAt));
  if (!recipient) return newest.filter((c) => c.stepId === stepId);
  const own = newest.filter((c) => c.personIds.includes(recipient.id));
  if (own.length) return own;
  const parents = new Set(detail.persons.filter((p) => p.role === 'ouder').map((p) => p.id));
  return newest.filter((c) => c.stepId === stepId && !c.personIds.some((id) => parents.has(id)));
}

/**
 * A starting point for the letter part, for the coordinator to rewrite in words for the
 * parent. It never carries the internal summary; the agreements become a list to rephrase.
 */
export function suggestLetterParts(c: Conversation, childFirstName: string): LetterParts {
  const child = childFirstName || 'uw kind';
  const items = c.agreements
    .split(/\r?\n|;\s*/)
    .map((s) => s.trim().replace(/^[-•*]\s*/, '').replace(/[.;]+$/, ''))
    .filter(Boolean)
    .map((s) => `- ${capitalFirst(s)}.`);
  return {
    discussed: `In ons gesprek van ${dutchDate(c.heldAt)} hebben we met u besproken wat er is gebeurd, hoe het nu met ${child} gaat en wat ${child} en u nodig hebben.`,
    agreed: items.length ? items.join('\n') : `We houden contact met u over hoe het met ${child} gaat.`,
  };
}

/* ───────────── Senders ───────────── */

function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:,|\ben\b|&|\/)\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Staff who can sign and be the parent's contact; pupils, parents and outsiders cannot. */
const SENDER_ROLES: ReadonlySet<Person['role']> = new Set(['mentor', 'vertrouwenspersoon', 'docent', 'anders']);

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** The contact is nothing but the school's general phone number (no own number or e-mail). */
export function isGeneralNumber(contact: string, school: SchoolProfile): boolean {
  const own = digitsOf(contact);
  return own !== '' && own === digitsOf(school.phone) && !/@/.test(contact);
}

/**
 * Who can sign: the agreed contact (a mentor or confidant the agreements name), each person
 * who held the conversation, then the school's signatory. Role and contact come from the
 * dossier's persons (their own phone and e-mail) and the school profile (the confidant's
 * contact); the school's general number only when nothing better is known.
 */
export function suggestSenders(
  detail: DossierDetail,
  school: SchoolProfile,
  conv: Conversation | null,
  parts: LetterParts | null,
): Array<LetterSender & { why: string }> {
  const out: Array<LetterSender & { why: string }> = [];
  const add = (s: LetterSender & { why: string }) => {
    if (s.name && !out.some((o) => o.name.toLowerCase() === s.name.toLowerCase())) out.push(s);
  };
  const staff = detail.persons.filter((p) => SENDER_ROLES.has(p.role));
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const describe = (raw: string, why: string): LetterSender & { why: string } => {
    // "Marieke Jansen (zorgcoördinator)": the role as written in the dossier; the person's own
    // phone and e-mail are still looked up by the name.
    const m = /^(.+?)\s*\(([^)]+)\)$/.exec(raw.trim());
    const name = m ? m[1]!.trim() : raw.trim();
    const written = m ? capitalFirst(m[2]!.trim()) : '';
    const person = staff.find((p) => same(p.name, name) || same(p.name, raw));
    const own = person ? [person.phone, person.email].map((x) => x.trim()).filter(Boolean).join(' of ') : '';
    const role =
      written ||
      (person && person.role !== 'anders' ? PERSON_ROLE_LABELS[person.role] : '') ||
      (same(name, school.signatory) ? school.signatoryRole : '') ||
      (same(name, school.confidant) ? 'Vertrouwenspersoon' : '');
    const contact = own || (same(name, school.confidant) ? school.confidantContact.trim() : '') ||
      (same(name, school.signatory) ? school.signatoryContact.trim() : '') ||
      school.phone;
    return { name, role, contact, why };
  };
  const agreedText = `${parts?.agreed ?? ''} ${conv?.agreements ?? ''}`.toLowerCase();
  for (const p of staff.filter((x) => x.role !== 'anders')) {
    const label = PERSON_ROLE_LABELS[p.role].toLowerCase();
    if (agreedText.includes(label) && /aanspreekpunt|contactpersoon|contact/.test(agreedText)) {
      add(describe(p.name, `Afgesproken contactpersoon (${label})`));
    }
  }
  for (const n of splitNames(conv?.heldBy ?? '')) add(describe(n, 'Voerde het gesprek'));
  if (detail.dossier.lead) add(describe(detail.dossier.lead, 'Regiehouder van het dossier'));
  if (school.signatory) add(describe(school.signatory, 'Ondertekenaar van de school'));
  return out;
}

/* ───────────── Warnings ───────────── */

const NOT_HOME = /zonder\s+(?:de\s+|haar\s+|zijn\s+)?(?:vader|moeder|partner|ouder|man|vrouw)|niet\s+(?:via|naar|op)\s+(?:het\s+)?(?:huis|thuis)(?:adres)?|geen\s+post|niet\s+thuis\s+(?:sturen|bezorgen)|post\s+niet/i;
const NOT_INFORM = /niet\s+(?:informeren|inlichten|op\s+de\s+hoogte)|mag\s+(?:het\s+)?niet\s+weten/i;

function quote(text: string, re: RegExp): string {
  const sentence = text.split(/(?<=[.;!?])\s+/).find((s) => re.test(s)) ?? text;
  return sentence.trim().replace(/[.;]+$/, '');
}

/**
 * What the dossier says against sending this letter by post as it is: a wish not to go via
 * the home address (in the recipient's or the child's record), an interpreter needed, or
 * a parent who is not to be informed.
 */
export function letterWarnings(recipient: Person | null, child: Person | null): LetterWarning[] {
  if (!recipient) return [];
  const out: LetterWarning[] = [];
  const records = [recipient, child].filter((p): p is Person => p !== null);
  // The warning is a catalog phrase with the names and the dossier's own words as data;
  // `message` is its Dutch text.
  const warning = (kind: LetterWarning['kind'], phrase: ErrorPhrase, choices: LetterWarning['choices']): LetterWarning => ({
    kind,
    message: errorText(phrase.key, phrase.params),
    phrase,
    choices,
  });
  for (const p of records) {
    const text = `${p.sensitivities}\n${p.notes}`;
    if (NOT_INFORM.test(text) && p.id === recipient.id) {
      const phrase: ErrorPhrase = { key: 'LETTER_WARNING_NIET_INFORMEREN', params: { name: p.name, quote: quote(text, NOT_INFORM) } };
      out.push(warning('niet-informeren', phrase, ['persoonlijk', 'post']));
    }
    if (NOT_HOME.test(text) && !out.some((w) => w.kind === 'niet-thuisadres')) {
      const phrase: ErrorPhrase = { key: 'LETTER_WARNING_NIET_THUISADRES', params: { name: p.name, quote: quote(text, NOT_HOME) } };
      out.push(warning('niet-thuisadres', phrase, ['persoonlijk', 'ander-adres', 'post']));
    }
  }
  if (recipient.interpreterNeeded || /tolk/i.test(recipient.language)) {
    const phrase: ErrorPhrase = recipient.language
      ? { key: 'LETTER_WARNING_TOLK_LANGUAGE', params: { name: recipient.name, language: recipient.language } }
      : { key: 'LETTER_WARNING_TOLK', params: { name: recipient.name } };
    out.push(warning('tolk', phrase, ['persoonlijk', 'post']));
  }
  return out;
}

/* ───────────── Relative time words ───────────── */

const NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
};
const NUMBER = `(?:\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;

/**
 * Words that only mean something on the day they were said. The coordinator writes the letter
 * part from the conversation ("de foto wordt vandaag verwijderd"); the letter carries the date
 * it is made, often days later, and then "vandaag" points at the wrong day. `days`: how many
 * days after the conversation the word points at, when that is one day.
 */
const RELATIVE_TIME: ReadonlyArray<{ re: RegExp; days?: (m: RegExpExecArray) => number }> = [
  { re: /eergisteren/, days: () => -2 },
  { re: /gisteren(?:ochtend|middag|avond)?/, days: () => -1 },
  { re: /vandaag/, days: () => 0 },
  { re: /overmorgen/, days: () => 2 },
  { re: /morgen(?:ochtend|middag|avond|vroeg)?/, days: () => 1 },
  { re: /van(?:ochtend|morgen|middag|avond|nacht)/, days: () => 0 },
  { re: /straks|zojuist|zometeen|zo meteen/ },
  { re: /(?:deze|volgende|komende|vorige|afgelopen) (?:week|maand)/ },
  { re: /(?:dit|volgend|komend|vorig|afgelopen) weekend/ },
  { re: new RegExp(`over ${NUMBER} dag(?:en)?`), days: (m) => countOf(m[0]) },
  { re: new RegExp(`over ${NUMBER} we(?:ek|ken)`), days: (m) => 7 * countOf(m[0]) },
  { re: new RegExp(`${NUMBER} dag(?:en)? geleden`), days: (m) => -countOf(m[0]) },
];

function countOf(phrase: string): number {
  const n = phrase.split(' ').find((w) => /^\d+$/.test(w) || w in NUMBER_WORDS) ?? '1';
  return /^\d+$/.test(n) ? Number(n) : (NUMBER_WORDS[n] ?? 1);
}

/** The calendar day (Amsterdam) of `iso` plus `days`, at noon UTC (the same calendar day in Amsterdam, summer or winter). */
function noonAfter(iso: string, days: number): Date {
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days, 12));
}

/** The calendar day (Amsterdam) of `iso` plus `days`, as "29 november 2026". */
function dayAfter(iso: string, days: number): string {
  return dutchDate(noonAfter(iso, days));
}

export interface RelativeTimeFinding {
  /** The word as written ("vandaag", "over twee dagen"). */
  word: string;
  /** The date it meant, counted from the conversation; null when it is not one day ("deze week"). */
  meant: string | null;
  /** Days after the conversation it meant (negative: before); null when it is not one day. */
  days: number | null;
}

/** The relative time words in a text, each once, in the order written. */
export function findRelativeTime(text: string, heldAt: string): RelativeTimeFinding[] {
  const lower = text.toLocaleLowerCase('nl-NL');
  const hits: Array<RelativeTimeFinding & { at: number; end: number }> = [];
  for (const { re, days } of RELATIVE_TIME) {
    // Whole words only: "morgen" is not found in "vanmorgen", nor "week" in "weekend".
    const global = new RegExp(`(?<![\\p{L}\\d])(?:${re.source})(?![\\p{L}])`, 'gu');
    for (let m = global.exec(lower); m; m = global.exec(lower)) {
      const at = m.index;
      const end = at + m[0].length;
      if (hits.some((h) => at < h.end && end > h.at)) continue;
      const n = days ? days(m) : null;
      hits.push({ word: text.slice(at, end), meant: n === null ? null : dayAfter(heldAt, n), days: n, at, end });
    }
  }
  const seen = new Set<string>();
  return hits
    .sort((a, b) => a.at - b.at)
    .filter((h) => !seen.has(h.word.toLowerCase()) && seen.add(h.word.toLowerCase()))
    .map(({ word, meant, days }) => ({ word, meant, days }));
}

/**
 * A notice per letter part that says "vandaag", "morgen", "volgende week" … while the letter
 * is dated on another day than the conversation: which word, in which part, and the date to
 * write instead. Nothing when the letter is made on the day of the conversation.
 */
export function relativeTimeNotices(
  parts: ReadonlyArray<{ label: string; text: string }>,
  heldAt: string,
  letterIso: string,
): string[] {
  const held = dutchDate(heldAt);
  const dated = dutchDate(letterIso);
  if (held === dated) return [];
  const out: string[] = [];
  for (const part of parts) {
    const found = findRelativeTime(part.text, heldAt);
    if (found.length === 0) continue;
    const words = found.map((f) => `"${f.word}"`);
    const list = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} en ${words[words.length - 1]!}`;
    // A word that looked ahead ("morgen", "over twee dagen") to a day before the letter's date is
    // a promise whose moment has passed: printing that date would promise something in the past.
    const passed = found.filter((f) => f.days !== null && f.days > 0 && noonAfter(heldAt, f.days) < noonAfter(letterIso, 0));
    const rest = found.filter((f) => !passed.includes(f));
    const dates = rest.filter((f) => f.meant !== null).map((f) => `"${f.word}" is ${f.meant}`);
    const vague = rest.filter((f) => f.meant === null).map((f) => `"${f.word}"`);
    const advice = [
      ...(dates.length ? [`: ${dates.join(', ')}`] : []),
      ...(vague.length ? [`${dates.length ? '; bij ' : ', bij '}${vague.join(' en ')} bijvoorbeeld "in de week van …"`] : []),
    ].join('');
    const passedText = passed.length
      ? ` ${joinDutch(passed.map((f) => `"${f.word}" (${f.meant})`))} ${passed.length === 1 ? 'is' : 'zijn'} op ${dated} al voorbij: schrijf wat er toen is gebeurd, of spreek een nieuwe datum af en schrijf die.`
      : '';
    out.push(
      `In "${part.label}" staat ${list}. Het gesprek was op ${held}, maar de brief is gedateerd ${dated}: de ouder rekent vanaf die datum.${rest.length ? ` Schrijf liever de datum${advice}.` : ''}${passedText}`,
    );
  }
  return out;
}
