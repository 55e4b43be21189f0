import type Database from 'better-sqlite3-multiple-ciphers';
import type { DossierDetail, Person, PersonRole } from '../../shared/domain';
import {
  PACKAGE_SECTIONS,
  PACKAGE_SECTION_LABELS,
  type PackageKind,
  type PackageSection,
} from '../../shared/domain/exchange';
import { STEPS, emptyToolRecord, findStep, hasRecordContent } from '../../shared/protocol';
import type { PackageDocument } from './document';
import {
  keyOf,
  listMonitoring,
  recordHash,
  toPackageAction,
  toPackageChronology,
  toPackageConversation,
  toPackagePerson,
  toPackageStep,
} from './records';

/** Roles kept in a share with the other school; everyone else is a third party. */
const SHARED_ROLES: readonly PersonRole[] = [
  'slachtoffer',
  'dader',
  'school-dader',
  'mentor',
  'docent',
  'vertrouwenspersoon',
  'politie',
];
/** Step tools whose records are about third parties (buddies, family, conversations). */
export const THIRD_PARTY_TOOLS: ReadonlySet<string> = new Set<string>([
  'victim-support',
  'buddies',
  'parent-help',
  'conversation',
  'aftercare',
]);
const REDACTED = '[weggelaten]';

export interface ExtractOptions {
  kind: PackageKind;
  sections: readonly PackageSection[];
  includeThirdParties: boolean;
  /** Bijwerken: hashes already sent per record key (per recipient); a record is sent if any differs. */
  alreadySent: Array<Map<string, string>> | null;
}

export interface Extract {
  doc: Omit<
    PackageDocument,
    'packageId' | 'createdAt' | 'sender' | 'recipients' | 'oneTimePassphrase' | 'coOwner'
  >;
  /** key -> hash of every record that goes along (as sent). */
  sent: Map<string, string>;
  /** key -> hash of records sent exactly as they are in this vault (not redacted). */
  unaltered: Set<string>;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces every listed name (whole words, any case) in every string of a value. */
function makeRedactor(words: string[]): <T>(v: T) => T {
  const unique = [...new Set(words.map((w) => w.trim()).filter((w) => w.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  if (unique.length === 0) return (v) => v;
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(re, REDACTED);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return <T>(v: T) => walk(v) as T;
}

/** Names to blank out for a left-out person: the full name and its capitalised parts. */
function nameWords(p: Person): string[] {
  const parts = p.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w.length >= 3);
  return [p.name, ...parts];
}

/** The third parties of a dossier for a reader outside the school's care team. */
export interface ThirdParties {
  /** Persons left out: buddies, other pupils, parents/guardians and others (see SHARED_ROLES). */
  left: Person[];
  leftIds: Set<string>;
  /** Replaces their names and the persons' sensitivities/notes in any value by [weggelaten]. */
  redact: <T>(v: T) => T;
  /** "2 betrokkenen weggelaten (…)", or '' when nobody is left out. */
  leftStatement: string;
  /** "hun namen zijn overal in <where> vervangen door [weggelaten]." */
  replacedStatement: (where: string) => string;
}

/**
 * Who is a third party for the other school, the police or an inspector, and how their details
 * are blanked out: shared by the reduced package ("Delen") and the overview "voor externe partij".
 */
export function thirdParties(detail: Pick<DossierDetail, 'persons'>): ThirdParties {
  const left = detail.persons.filter((p) => !SHARED_ROLES.includes(p.role));
  const leftIds = new Set(left.map((p) => p.id));
  const secrets = detail.persons.flatMap((p) => [p.sensitivities, p.notes]).filter((t) => t.trim().length >= 12);
  // A parent often shares the pupil's surname: never blank out a word of a name that stays.
  const keptWords = new Set(
    detail.persons.filter((p) => !leftIds.has(p.id)).flatMap((p) => p.name.toLowerCase().split(/\s+/)),
  );
  const leftWords = left.flatMap(nameWords).filter((w) => w.includes(' ') || !keptWords.has(w.toLowerCase()));
  return {
    left,
    leftIds,
    redact: makeRedactor([...leftWords, ...secrets]),
    leftStatement:
      left.length > 0
        ? `${left.length} ${left.length === 1 ? 'betrokkene' : 'betrokkenen'} weggelaten (buddy's, andere leerlingen, ouders/verzorgers en overigen);`
        : '',
    replacedStatement: (where) => `hun namen zijn overal in ${where} vervangen door ${REDACTED}.`,
  };
}

/**
 * Builds the document of a package from a dossier: everything for a hand-over; for a share,
 * only the chosen sections with third parties left out (and said so); for an update, only the
 * records that differ from what was last sent to these recipients.
 */
export function buildExtract(db: Database.Database, detail: DossierDetail, o: ExtractOptions): Extract {
  const full = o.kind === 'overdracht';
  const sections = full ? [...PACKAGE_SECTIONS] : PACKAGE_SECTIONS.filter((s) => o.sections.includes(s));
  const has = (s: PackageSection) => sections.includes(s);
  const strip = !full && !o.includeThirdParties;
  const omitted: string[] = [];
  for (const s of PACKAGE_SECTIONS)
    if (!has(s)) omitted.push(`Niet meegestuurd: ${PACKAGE_SECTION_LABELS[s].toLowerCase()}.`);

  const third = strip ? thirdParties(detail) : null;
  const leftIds = third?.leftIds ?? new Set<string>();
  const redact = third?.redact ?? (<T>(v: T) => v);
  if (third?.leftStatement) omitted.push(`${third.leftStatement} ${third.replacedStatement('dit pakket')}`);
  if (strip && has('personen')) {
    omitted.push('Gevoeligheden (o.a. in het gezin) en notities bij betrokkenen zijn weggelaten.');
  }

  const persons = has('personen')
    ? detail.persons
        .filter((p) => !leftIds.has(p.id))
        .map((p) => {
          const pp = toPackagePerson(p);
          if (!strip) return pp;
          return {
            ...pp,
            sensitivities: '',
            notes: '',
            relatedPersonId:
              pp.relatedPersonId && leftIds.has(pp.relatedPersonId) ? null : pp.relatedPersonId,
          };
        })
    : [];

  const strippedSteps: string[] = [];
  const steps = has('stappen')
    ? detail.steps.map((s) => {
        const ps = toPackageStep(s);
        const tool = s.data.tool;
        if (strip && THIRD_PARTY_TOOLS.has(tool) && (hasRecordContent(s.data) || ps.notes)) {
          strippedSteps.push(findStep(s.stepId, detail.protocol)?.title ?? STEPS.find((x) => x.id === s.stepId)?.title ?? s.stepId);
          return { ...ps, data: emptyToolRecord(tool), notes: '' };
        }
        return ps;
      })
    : [];
  if (strippedSteps.length > 0) {
    omitted.push(
      `Gegevens over derden weggelaten bij de stappen: ${strippedSteps.map((t) => `"${t}"`).join(', ')}.`,
    );
  }

  let conversations = has('gesprekken') ? detail.conversations.map(toPackageConversation) : [];
  if (strip) {
    const before = conversations.length;
    conversations = conversations.filter((c) => !c.personIds.some((id) => leftIds.has(id)));
    const dropped = before - conversations.length;
    if (dropped > 0)
      omitted.push(
        `${dropped} ${dropped === 1 ? 'gesprek' : 'gesprekken'} met of over weggelaten betrokkenen niet meegestuurd.`,
      );
  }

  const raw = {
    persons,
    steps,
    actions: has('acties') ? detail.actions.map(toPackageAction) : [],
    conversations,
    chronology: has('logboek') ? detail.chronology.map(toPackageChronology) : [],
    monitoring: has('monitoring') ? listMonitoring(db, detail.dossier.id) : [],
  };
  const d = detail.dossier;
  const facts = has('feiten')
    ? {
        title: d.title,
        discoveredAt: d.discoveredAt,
        howDiscovered: d.howDiscovered,
        materialKind: d.materialKind,
        voluntariness: d.voluntariness,
        spread: d.spread,
        lead: d.lead,
        victimNeeds: d.victimNeeds,
        summary: d.summary,
      }
    : null;

  // Redact everything that goes along (free text may name anyone).
  const red = redact({ ...raw, facts, title: d.title });
  const sent = new Map<string, string>();
  const unaltered = new Set<string>();
  const changedFor = (key: string, hash: string) =>
    !o.alreadySent || o.alreadySent.some((m) => m.get(key) !== hash);

  const pick = <T>(list: T[], rawList: T[], key: (x: T) => string): T[] =>
    list.filter((x, i) => {
      const k = key(x);
      const h = recordHash(x);
      if (!changedFor(k, h)) return false;
      sent.set(k, h);
      if (recordHash(rawList[i]) === h) unaltered.add(k);
      return true;
    });

  let chronology = pick(red.chronology, raw.chronology, keyOf.log);
  let monitoring = pick(red.monitoring, raw.monitoring, keyOf.monitoring);
  if (o.alreadySent) {
    // An update carries what a correction needs (its target; a monitoring entry's earlier
    // versions), so it can be imported before the update that first carried them.
    const needLog = new Set(chronology.map((e) => e.correctsId).filter((x): x is string => !!x));
    chronology = red.chronology.filter((e) => needLog.has(e.id) || chronology.includes(e));
    const roots = new Set(monitoring.map((m) => m.rootId));
    monitoring = red.monitoring.filter((m) => roots.has(m.rootId));
    for (const e of chronology) sent.set(keyOf.log(e), recordHash(e));
    for (const m of monitoring) sent.set(keyOf.monitoring(m), recordHash(m));
  }
  let factsOut = red.facts;
  if (factsOut) {
    const h = recordHash(factsOut);
    if (changedFor(keyOf.facts(), h)) {
      sent.set(keyOf.facts(), h);
      if (recordHash(facts) === h) unaltered.add(keyOf.facts());
    } else factsOut = null;
  }

  return {
    doc: {
      format: 'vangnet-dossierpakket',
      v: 1,
      kind: o.kind,
      dossier: {
        id: d.id,
        number: d.number,
        title: red.title,
        discoveredAt: d.discoveredAt,
        materialKind: d.materialKind,
        status: d.status,
        otherSchoolInvolved: d.otherSchoolInvolved,
        updatedAt: d.updatedAt,
      },
      facts: factsOut,
      sections,
      omitted,
      persons: pick(red.persons, raw.persons, keyOf.person),
      steps: pick(red.steps, raw.steps, keyOf.step),
      actions: pick(red.actions, raw.actions, keyOf.action),
      conversations: pick(red.conversations, raw.conversations, keyOf.conversation),
      chronology,
      monitoring,
    },
    sent,
    unaltered,
  };
}
