import type { DocumentOptions } from '../../../shared/api/documents';
import type { DocModel, MissingValue, StatementVersion } from '../../../shared/domain/documents';
import { MATERIAL_IN_SENTENCE, type Conversation, type HelpResource, type LetterWarning, type NameParts, type Person, type SchoolProfile } from '../../../shared/domain';
import { dutchDate } from '../model';
import { isGeneralNumber, suggestSenders } from '../letters';
import { missingValue, type View } from '../templates';
import type { DocData } from './common';

/** What the templated letters share: the help list, the base view, sender and address. */

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
      // Details that end in their own brackets ("(vraag naar de wijkagent)") get no second pair.
      const general = details.includes('0900-8844')
        ? details.endsWith(')')
          ? ', www.politie.nl'
          : ' (www.politie.nl)'
        : '; algemeen nummer 0900-8844 (www.politie.nl)';
      return `Politie – ${/wijkagent/i.test(who) ? who : `wijkagent ${who}`}${details ? `, ${details}` : ''}${general}`;
    },
    forLetters: 'all',
  },
  {
    key: /meldknop/i,
    line: () => 'Meldknop.nl – hulp en melden bij online problemen (www.meldknop.nl)',
    forLetters: 'all',
  },
  {
    key: /helpwanted/i,
    line: () =>
      'Helpwanted.nl – hulp bij online seksueel misbruik, ook anoniem en ook voor ouders (www.helpwanted.nl)',
    forLetters: 'all',
  },
  {
    key: /slachtofferhulp/i,
    line: () => 'Slachtofferhulp Nederland – gratis steun en advies: 0900-0101 (www.slachtofferhulp.nl)',
    forLetters: 'victim',
  },
  {
    key: /veilig\s*thuis/i,
    line: () =>
      'Veilig Thuis – advies bij zorgen over de veiligheid van een kind, gratis en dag en nacht: 0800-2000',
    forLetters: 'victim',
  },
];

/** A web address (shown in brackets, like the standard lines), not a phone number or e-mail. */
const WEB_ADDRESS = /^(https?:\/\/)?(www\.)?[\p{L}\d-]+(\.[\p{L}\d-]+)+(\/\S*)?$/iu;

/**
 * A school's own help in the same shape as the standard lines: "Naam – omschrijving: 030 …" or
 * "Naam – omschrijving (www.…)". Joined with dashes it read "…, ook voor ouders. – helpwanted.nl".
 */
function ownHelpLine(h: HelpResource): string {
  const name = h.name.trim();
  const description = h.description.trim().replace(/[.;:,]+$/, '');
  const contact = h.contact.trim();
  const head = description ? `${name} – ${description}` : name;
  if (!contact) return head;
  return WEB_ADDRESS.test(contact) && !contact.includes('@') ? `${head} (${contact})` : `${head}: ${contact}`;
}

export function helpLines(
  school: SchoolProfile,
  forWhom: 'ouders' | 'leerlingen',
  letter: 'victim' | 'other' = 'other',
): Array<{ regel: string }> {
  const own = school.helpResources
    .filter((h) => h.forWhom === forWhom || h.forWhom === 'beide')
    .map((h) => ({ key: `${h.name} ${h.contact}`, regel: ownHelpLine(h) }));
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

function statementView(s: StatementVersion | null): View['statement'] {
  return s ? { watSpeelt: s.watSpeelt, watDoet: s.watDoet, contactpersoon: s.contactpersoon } : undefined;
}

export function baseView(data: DocData): View {
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
    materiaal: MATERIAL_IN_SENTENCE[detail.dossier.materialKind],
    statement: statementView(data.statement),
    hulpbronnen: helpLines(school, 'ouders'),
  };
}

/** Address block lines: name, street (one or more lines), "1234 AB  PLAATS" as PostNL asks. */
export function addressLines(name: string, address: string): string[] {
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

export interface LetterSetup {
  view: View;
  recipient: string[];
  reference: string;
  allowedPersonIds: string[];
  allowedNames: string[];
  recipientLabel: string;
  /** The dossier's person the letter is addressed to. */
  addresseeId?: string;
  extraMissing: MissingValue[];
  /** Group letters without a personal salutation use this one. */
  genericSalutation: string | null;
  /** Who signs (personal letters); null = the school's signatory. */
  signature?: DocModel['signature'];
  warnings?: LetterWarning[];
  warningsResolved?: boolean;
  /** When the conversation the letter parts come from was held (parents' letters). */
  conversationHeldAt?: string;
}

export function missingAddress(): MissingValue {
  return missingValue('ontvanger.adres', 'Adres van de ontvanger', 'DOCUMENT_HINT_RECIPIENT_ADDRESS');
}

/** Name parts as stored for the person; none stored = none (the letter then asks for them). */
export function namePartsOf(data: DocData, person: Person | undefined): NameParts | null {
  return person ? (data.letters.names.get(person.id) ?? null) : null;
}

/**
 * The sender (who signs, whom to contact): chosen in the letter flow, else the first
 * suggestion (the agreed contact, or who held the conversation). A sender without a role
 * or contact is reported as missing, never printed with a gap.
 */
export function senderView(
  data: DocData,
  options: DocumentOptions,
  conv: Conversation | null,
): { afzender: { naam: string; functie: string; contact: string }; signature: DocModel['signature'] } {
  const parts = conv ? (data.letters.parts.get(conv.id) ?? null) : null;
  const suggested = suggestSenders(data.detail, data.school, conv, parts);
  const s = options.sender ??
    suggested.find((x) => x.role && x.contact && !isGeneralNumber(x.contact, data.school)) ??
    suggested.find((x) => x.role && x.contact) ??
    suggested[0] ?? { name: '', role: '', contact: '' };
  return {
    afzender: { naam: s.name, functie: s.role, contact: s.contact },
    signature: { name: s.name, role: s.role, organisation: data.school.name },
  };
}

/** Address lines for the chosen delivery: post (home address), another address, or by hand (name only). */
export function deliveredAddress(
  name: string,
  home: string,
  options: DocumentOptions,
): { lines: string[]; missingAddress: boolean } {
  const d = options.delivery;
  if (d?.mode === 'persoonlijk') return { lines: [name, 'Persoonlijk overhandigd'], missingAddress: false };
  const address = d?.mode === 'ander-adres' ? (d.otherAddress ?? '') : home;
  return { lines: addressLines(name, address), missingAddress: address.trim() === '' };
}
