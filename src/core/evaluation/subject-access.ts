import type Database from 'better-sqlite3-multiple-ciphers';
import {
  DOSSIER_STATUS_LABELS,
  PERSON_ROLE_LABELS,
  PUPIL_ROLES,
  type Person,
  type PersonRole,
} from '../../shared/domain/dossier';
import {
  EVALUATION_AUDIENCE_DEFS,
  retentionUntil,
  type SubjectAccessReview,
  type SubjectMatch,
} from '../../shared/domain/evaluation';
import { PACKAGE_KIND_LABELS, PACKAGE_SECTION_LABELS } from '../../shared/domain/exchange';
import { documentDelivery, type GeneratedDocument } from '../../shared/domain/documents';
import type { SchoolProfile } from '../../shared/domain/school';
import { AppError } from '../../shared/errors';
import {
  dossierRepo,
  getDossierRow,
  getPerson,
  listActions,
  listChronology,
  listConversations,
  listSteps,
} from '../dossiers';
import { findPersonName, fold, redactNames } from './names';
import type { PlainBlock, PlainDocument, PlainSection, SubjectAccessSources } from './document';
import { hasTable, listAftercare, listEvaluations, readRetentionPolicy } from './repository';
import { STEPS, stepTitleIn } from '../../shared/protocol';
import { pinnedProtocolOf } from '../protocol';
import type { CoreContext } from '../context';
import { readSchoolProfile } from '../school-profile';

/**
 * Subject access request (AVG art. 15, "inzageverzoek"): everything stored about one
 * person, across dossiers, with every element article 15 requires (purposes, categories,
 * recipients, retention, source, automated decisions, the rights and the complaint to the
 * Autoriteit Persoonsgegevens). Matching on the name is deliberately generous: for an access
 * request, showing one record too many is better than hiding one. Other pupils' and parents'
 * names are made unreadable (art. 15(4)); the coordinator confirms reviewing the rest.
 */

export function searchPersons(db: Database.Database, name: string): SubjectMatch[] {
  const needle = fold(name.trim()).replace(/\s+/g, ' ');
  const rows = db
    .prepare(
      `SELECT p.id, p.dossier_id, d.number, p.name, p.role, p.class_name
         FROM persons p JOIN dossiers d ON d.id = p.dossier_id ORDER BY p.name, d.number`,
    )
    .all() as Array<{
    id: string;
    dossier_id: string;
    number: string;
    name: string;
    role: PersonRole;
    class_name: string;
  }>;
  return rows
    .filter((r) => fold(r.name).replace(/\s+/g, ' ').includes(needle))
    .slice(0, 200)
    .map((r) => ({
      personId: r.id,
      dossierId: r.dossier_id,
      dossierNumber: r.number,
      name: r.name,
      role: PERSON_ROLE_LABELS[r.role] ?? r.role,
      className: r.class_name,
    }));
}

const dateTime = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString('nl-NL', {
        timeZone: 'Europe/Amsterdam',
        dateStyle: 'long',
        timeStyle: 'short',
      })
    : '—';
const dateLong = (iso: string) =>
  new Date(iso).toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });

/** The people whose names are not the subject's to see: other pupils and parents (staff act in their role). */
const THIRD_PARTY_ROLES: readonly PersonRole[] = [...PUPIL_ROLES, 'ouder', 'anders'];

function personBlock(p: Person): PlainBlock {
  return {
    heading: `${p.name} (${PERSON_ROLE_LABELS[p.role]})`,
    fields: [
      ['Klas', p.className],
      // Only recorded for someone of another school: "School —" read as if the school did not
      // know its own pupil's school, and guessing this school would be wrong for such a pupil.
      ...(p.school.trim() ? [['School', p.school] as [string, string]] : []),
      ['Telefoon', p.phone],
      ['E-mail', p.email],
      ['Adres', p.address],
      ['Taal', p.language],
      ['Tolk nodig', p.interpreterNeeded ? 'ja' : 'nee'],
      ['Aandachtspunten', p.sensitivities],
      ['Notities', p.notes],
      ['Vastgelegd op', dateTime(p.createdAt)],
      ['Laatst gewijzigd', dateTime(p.updatedAt)],
    ],
  };
}

function columnNames(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string }>).map((c) => c.name);
}

/** Categories of personal data (art. 15(1)(b)), named after the kinds of record found. */
type Category =
  | 'incident'
  | 'identiteit'
  | 'contact'
  | 'taal'
  | 'aandachtspunten'
  | 'gesprekken'
  | 'logboek'
  | 'acties'
  | 'evaluatie'
  | 'nazorg'
  | 'online';
const CATEGORY_TEXT: Record<Category, string> = {
  incident:
    'Gegevens over het incident: het rondgaan van seksueel beeldmateriaal. Dit zijn gevoelige gegevens (over seksueel gedrag en mogelijk over strafbare feiten). De beelden zelf bewaart de school nooit.',
  identiteit: 'Naam, rol in het dossier, klas en school.',
  contact: 'Contactgegevens: telefoon, e-mail en adres.',
  taal: 'Taal en of een tolk nodig is.',
  aandachtspunten: 'Aandachtspunten en notities van het zorgteam.',
  gesprekken: 'Verslagen van gesprekken: met wie, wanneer, wat er is besproken en afgesproken.',
  logboek: 'Aantekeningen in het logboek en bij de stappen van het stappenplan.',
  acties: 'Acties van het zorgteam.',
  evaluatie: 'Antwoorden in de evaluatie van de aanpak.',
  nazorg: 'Nazorg: hoe het gaat en wat er nog nodig is.',
  online: 'Waarnemingen online en verwijderverzoeken (tekst, links en platforms; nooit beelden).',
};

/**
 * Records of other modules that can name a person, read only when their migration is
 * present. Every version of a monitoring entry is included: an access request covers
 * corrected text too.
 */
const OTHER_MODULE_TABLES: Array<{
  table: string;
  heading: string;
  when?: string;
  fields: Array<[string, string]>;
}> = [
  {
    table: 'monitoring_entries',
    heading: 'Monitoringregel',
    when: 'seen_at',
    fields: [
      ['platform', 'Platform'],
      ['location', 'Waar'],
      ['description', 'Wat is er te zien'],
      ['seen_by', 'Gezien door'],
      ['action_note', 'Toelichting op de actie'],
      ['correction_reason', 'Reden van correctie'],
      ['author', 'Vastgelegd door'],
    ],
  },
  {
    table: 'takedowns',
    heading: 'Verwijderverzoek',
    when: 'requested_at',
    fields: [
      ['platform', 'Platform'],
      ['location', 'Waar'],
      ['reference', 'Referentie'],
      ['status', 'Status'],
      ['notes', 'Notities'],
    ],
  },
  {
    table: 'takedown_events',
    heading: 'Opvolging verwijderverzoek',
    when: 'at',
    fields: [
      ['status', 'Status'],
      ['note', 'Notitie'],
      ['actor', 'Door'],
    ],
  },
];

interface SubjectAccessMeta {
  actor: string;
  now: Date;
  school: SchoolProfile;
}

/**
 * The export of these person registrations, and what the coordinator reviews before saving it.
 * `requesterPersonId`: a parent of a chosen person who asks herself; her name is hers to read
 * (in every chosen dossier where she is registered as that child's parent), other parents' and
 * pupils' names stay unreadable.
 */
export function buildSubjectAccessDocument(
  ctx: CoreContext,
  personIds: string[],
  sources: SubjectAccessSources,
  requesterPersonId?: string,
): { doc: PlainDocument; review: SubjectAccessReview } {
  const db = ctx.db();
  const meta: SubjectAccessMeta = { actor: ctx.actor(), now: ctx.now(), school: readSchoolProfile(ctx) };
  const persons = personIds.map((id) => getPerson(db, id));
  const names = [...new Set(persons.map((p) => p.name))];
  const byDossier = new Map<string, Person[]>();
  for (const p of persons) byDossier.set(p.dossierId, [...(byDossier.get(p.dossierId) ?? []), p]);
  const chosen = new Set(personIds);
  const parents = [...byDossier.keys()].flatMap((dossierId) =>
    dossierRepo.listPersons(db, dossierId).filter((p) => p.role === 'ouder' && p.relatedPersonId !== null && chosen.has(p.relatedPersonId)),
  );
  const requester = requesterPersonId ? parents.find((p) => p.id === requesterPersonId) : undefined;
  if (requesterPersonId && !requester) {
    throw new AppError('VALIDATION', { key: 'SUBJECT_ACCESS_REQUESTER_NOT_PARENT', field: 'requesterPersonId' });
  }
  const isRequester = (p: Person) => requester !== undefined && parents.some((x) => x.id === p.id) && fold(p.name) === fold(requester.name);
  const { months } = readRetentionPolicy(db);
  const categories = new Set<Category>(['incident', 'identiteit']);
  const recipients: string[] = [];
  const received: string[] = [];
  const thirdParties: SubjectAccessReview['thirdParties'] = [];
  let records = 0;

  const sections: PlainSection[] = [];
  for (const [dossierId, people] of byDossier) {
    const d = getDossierRow(db, dossierId);
    const ids = new Set(people.map((p) => p.id));
    const ownNames = people.map((p) => p.name);
    const mentions = (...texts: string[]) => findPersonName(texts.join('\n'), ownNames) !== null;
    const others = dossierRepo
      .listPersons(db, dossierId)
      .filter((p) => !ids.has(p.id) && THIRD_PARTY_ROLES.includes(p.role) && !isRequester(p));
    const named = new Set<string>();
    // Other pupils' and parents' names become "[naam verwijderd]"; parts of the subject's own
    // name (a shared surname) are kept.
    const redact = (text: string) => {
      for (const o of others) if (!named.has(o.id) && redactNames(text, [o.name], ownNames) !== text.normalize('NFC')) named.add(o.id);
      return redactNames(text, others.map((o) => o.name), ownNames);
    };
    const blocks: PlainBlock[] = [];
    const push = (b: PlainBlock, category?: Category) => {
      if (category) categories.add(category);
      blocks.push({
        heading: b.heading,
        fields: (b.fields ?? []).map(([k, v]) => [k, redact(v)] as [string, string]),
      });
    };

    const closedUntil = d.closedAt ? retentionUntil(d.closedAt, months) : null;
    push({
      heading: 'Dossiergegevens',
      fields: [
        ['Dossiernummer', d.number],
        ['Omschrijving', d.title],
        ['Ontdekt op', dateTime(d.discoveredAt)],
        ['Status', DOSSIER_STATUS_LABELS[d.status]],
        ['Regiehouder', d.lead],
        ...(
          [
            ['Hoe het aan het licht kwam', d.howDiscovered],
            ['Wat het slachtoffer nodig heeft', d.victimNeeds],
            ['Samenvatting', d.summary],
          ] as Array<[string, string]>
        ).filter(([, t]) => t.trim() && mentions(t)),
        [
          'Bewaard tot',
          closedUntil
            ? `${dateLong(closedUntil)} (${months} maanden na het afsluiten op ${dateLong(d.closedAt!)})`
            : `${months} maanden na het afsluiten van het dossier (het dossier is nog niet afgesloten)`,
        ],
      ],
    });
    for (const p of people) {
      push(personBlock(p));
      if (p.phone || p.email || p.address) categories.add('contact');
      if (p.language || p.interpreterNeeded) categories.add('taal');
      if (p.sensitivities || p.notes) categories.add('aandachtspunten');
    }

    for (const c of listConversations(db, dossierId)) {
      if (
        !c.personIds.some((id) => ids.has(id)) &&
        !mentions(c.withWhom, c.summary, c.agreements, c.followUp)
      )
        continue;
      push(
        {
          heading: `Gesprek op ${dateTime(c.heldAt)}`,
          fields: [
            ['Met wie', c.withWhom],
            ['Gevoerd door', c.heldBy],
            ['Locatie', c.location],
            ['Samenvatting', c.summary],
            ['Afspraken', c.agreements],
            ['Vervolg', c.followUp],
          ],
        },
        'gesprekken',
      );
    }
    for (const e of listChronology(db, dossierId)) {
      if (!mentions(e.text)) continue;
      push(
        {
          heading: `Logboekregel ${e.seq} (${dateTime(e.occurredAt)})`,
          fields: [
            ['Tekst', e.text],
            ['Vastgelegd door', `${e.author}, ${dateTime(e.recordedAt)}`],
          ],
        },
        'logboek',
      );
    }
    for (const a of listActions(db, dossierId)) {
      if (!mentions(a.wie, a.wat, a.waar, a.hoe)) continue;
      push(
        {
          heading: 'Actie',
          fields: [
            ['Wie', a.wie],
            ['Wat', a.wat],
            ['Wanneer', dateTime(a.wanneer)],
            ['Hoe', a.hoe],
          ],
        },
        'acties',
      );
    }
    const protocol = pinnedProtocolOf(db, dossierId);
    for (const s of listSteps(db, dossierId)) {
      if (!s.notes.trim() || !mentions(s.notes)) continue;
      const title = stepTitleIn(protocol, s.stepId, STEPS);
      push({ heading: `Stap "${title}"`, fields: [['Notitie', s.notes]] }, 'logboek');
    }
    for (const e of listEvaluations(db, dossierId)) {
      const def = EVALUATION_AUDIENCE_DEFS.find((x) => x.id === e.audience);
      const labelled: Array<[string, string]> = [
        ['Aanwezig', e.participants],
        ...(def?.questions ?? []).map((q) => [q.label, e.answers[q.id] ?? ''] as [string, string]),
        ['Overige opmerkingen', e.notes],
        ['Afgesproken preventiemaatregelen', e.prevention],
      ];
      const naming = labelled.filter(([, t]) => t.trim() && mentions(t));
      if (naming.length === 0) continue;
      push({ heading: `Evaluatie met ${def?.label.toLowerCase() ?? e.audience}`, fields: naming }, 'evaluatie');
    }
    for (const m of listAftercare(db, dossierId)) {
      if (!(m.personId && ids.has(m.personId)) && !mentions(m.label, m.outcome, m.needs)) continue;
      push(
        {
          heading: `Nazorgmoment ${dateTime(m.dueAt)}`,
          fields: [
            ['Voor wie', m.label],
            ['Wie', m.who],
            ['Gedaan', m.done ? dateTime(m.doneAt) : 'nee'],
            ['Hoe gaat het', m.outcome],
            ['Nog nodig', m.needs],
          ],
        },
        'nazorg',
      );
    }
    for (const source of OTHER_MODULE_TABLES) {
      if (!hasTable(db, source.table)) continue;
      const present = new Set(columnNames(db, source.table));
      const fields = source.fields.filter(([col]) => present.has(col));
      if (!present.has('dossier_id') || fields.length === 0) continue;
      const rows = db.prepare(`SELECT * FROM "${source.table}" WHERE dossier_id = ?`).all(dossierId) as Array<
        Record<string, unknown>
      >;
      for (const r of rows) {
        const values = fields.map(
          ([col, label]) =>
            [label, r[col] === null || r[col] === undefined ? '' : String(r[col])] as [string, string],
        );
        if (!mentions(...values.map(([, v]) => v))) continue;
        const when =
          source.when && typeof r[source.when] === 'string' ? ` (${dateTime(r[source.when] as string)})` : '';
        push({ heading: `${source.heading}${when}`, fields: values.filter(([, v]) => v.trim() !== '') }, 'online');
      }
    }
    const provided = providedTo(ctx, sources, dossierId, ids);
    recipients.push(...provided.map((r) => `Dossier ${d.number}, ${dateTime(r.at)}: ${r.text}`));
    push({
      heading: 'Verstrekt aan (ontvangers)',
      fields: provided.length
        ? provided.map((r) => [dateTime(r.at), r.text] as [string, string])
        : [['Ontvangers', 'Uit dit dossier zijn geen gegevens via Vangnet aan anderen verstrekt.']],
    });
    received.push(
      ...sources
        .packages(ctx, dossierId)
        .filter((p) => p.direction === 'ontvangen')
        .map((p) => `Dossier ${d.number}: ontvangen van ${p.counterpart} op ${dateLong(p.at)} (${PACKAGE_KIND_LABELS[p.kind].toLowerCase()})`),
    );
    sections.push({ heading: `Dossier ${d.number}`, blocks });
    records += blocks.length;
    for (const o of others)
      if (named.has(o.id)) thirdParties.push({ name: o.name, role: PERSON_ROLE_LABELS[o.role], dossierNumber: d.number });
  }

  const about = aboutSection({ meta, months, categories, recipients, received, redacted: thirdParties.length > 0, requester: requester?.name ?? null });
  const childName = (p: Person) => persons.find((c) => c.id === p.relatedPersonId)?.name ?? '';
  return {
    review: {
      dossierCount: byDossier.size,
      records,
      thirdParties,
      parents: parents.map((p) => ({ personId: p.id, name: p.name, childName: childName(p), dossierNumber: getDossierRow(db, p.dossierId).number })),
    },
    doc: {
      title: 'Inzageverzoek: vastgelegde gegevens',
      subtitle: `Betreft: ${names.join(', ')}.${requester ? ` Gevraagd door ${requester.name}, ouder of verzorger.` : ''} Opgesteld op ${dateTime(meta.now.toISOString())} door ${meta.actor}${
        meta.school.name ? `, ${meta.school.name}` : ''
      }. Dit overzicht bevat de gegevens in Vangnet die aan deze persoon gekoppeld zijn of de naam noemen; zie "Hoe dit overzicht is gemaakt".`,
      footer: 'Vertrouwelijk — inzageverzoek',
      sections: [about, ...sections],
    },
  };
}

/**
 * AVG art. 15(1)(c): to whom the data were provided. Every sealed package sent from this dossier
 * (handover, sharing with the other school, updates) and every personal document saved or
 * printed for someone outside the care team (letters to parents, the letter to the other school,
 * the overview for the police), with date, if it concerns the person (addressed to them or naming
 * them: the letter to the perpetrator's parents is not a recipient of the victim's data). Group
 * letters never name a pupil and are not listed. A document made before Vangnet recorded whom it
 * concerns is listed, saying that it may hold the data.
 */
function providedTo(
  ctx: CoreContext,
  sources: SubjectAccessSources,
  dossierId: string,
  personIds: ReadonlySet<string>,
): Array<{ at: string; text: string }> {
  const lines: Array<{ at: string; text: string }> = [];
  for (const p of sources.packages(ctx, dossierId)) {
    if (p.direction !== 'verzonden') continue;
    const parts = p.sections.map((x) => PACKAGE_SECTION_LABELS[x] ?? x);
    lines.push({
      at: p.at,
      text: `${p.counterpart}, in een versleuteld pakket (${PACKAGE_KIND_LABELS[p.kind] ?? p.kind}${
        parts.length ? `; ${parts.join(', ')}` : ''
      })`,
    });
  }
  for (const g of sources.documents(ctx, dossierId)) {
    if (g.audience !== 'individual' || /intern/i.test(g.recipientLabel)) continue;
    if (g.concerns !== null && !g.concerns.some((id) => personIds.has(id))) continue;
    const unsure = g.concerns === null ? ' (gemaakt voordat Vangnet bijhield over wie een document gaat; het kan deze gegevens bevatten)' : '';
    lines.push({ at: g.createdAt, text: `${documentLine(g)}${unsure}` });
  }
  return lines.sort((a, b) => a.at.localeCompare(b.at));
}

/** A document as its reader can follow it: for whom, what, and what Vangnet knows happened to it. */
function documentLine(g: GeneratedDocument): string {
  const { recipient, made } = documentDelivery({ ...g, pdf: /\.pdf$/i.test(g.fileName) });
  return `${recipient}: ${g.label.toLowerCase()}, ${made}`;
}

/** The article 15 elements that hold for every dossier, written for the person who asked ("u"). */
function aboutSection(x: {
  meta: SubjectAccessMeta;
  months: number;
  categories: Set<Category>;
  recipients: string[];
  received: string[];
  redacted: boolean;
  /** A parent who asks for her child's data: her own name is not made unreadable. */
  requester: string | null;
}): PlainSection {
  const s = x.meta.school;
  const schoolName = s.name || 'De school';
  const contact = [
    s.name,
    [s.address, [s.postalCode, s.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    s.phone ? `telefoon ${s.phone}` : '',
    s.email ? `e-mail ${s.email}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const order = Object.keys(CATEGORY_TEXT) as Category[];
  return {
    heading: 'Over deze gegevens (AVG artikel 15)',
    intro:
      'U heeft gevraagd welke persoonsgegevens de school heeft vastgelegd. Hieronder staat waarvoor de school ze gebruikt, welke gegevens het zijn, wie ze heeft gekregen, hoe lang ze worden bewaard, waar ze vandaan komen en welke rechten u heeft. Daarna volgen per dossier de gegevens zelf.',
    blocks: [
      {
        // What was searched, said plainly: records that only say "het slachtoffer" are not found
        // by name, so "alle gegevens" would promise more than the export holds.
        heading: 'Hoe dit overzicht is gemaakt',
        paragraphs: [
          'Vangnet heeft gezocht op de registratie van deze persoon in elk dossier: de persoonsgegevens zelf, de gesprekken die aan deze persoon gekoppeld zijn, en de gesprekken, logboekregels, acties en andere notities waarin de naam staat. Gegevens die over deze persoon gaan zonder de naam te noemen (bijvoorbeeld een notitie over "het slachtoffer") vindt Vangnet op deze manier niet en staan hier daarom niet in. Wilt u weten of er zulke gegevens zijn, vraag het dan aan de school.',
        ],
      },
      {
        heading: 'Waarvoor de school deze gegevens gebruikt (doeleinden)',
        paragraphs: [
          `${schoolName} legt deze gegevens vast in Vangnet, het vertrouwelijke dossier van het zorgteam, om een leerling te beschermen en te begeleiden nadat een naaktfoto of seksfilmpje is rondgegaan: het slachtoffer steunen, ouders en zo nodig de politie betrekken, het materiaal offline laten halen, de rust en veiligheid op school herstellen, en de aanpak achteraf evalueren. Dit hoort bij de zorgplicht van de school voor de veiligheid van leerlingen.`,
        ],
      },
      {
        heading: 'Welke gegevens (categorieën)',
        paragraphs: order.filter((c) => x.categories.has(c)).map((c) => `• ${CATEGORY_TEXT[c]}`),
      },
      {
        heading: 'Wie de gegevens krijgt of heeft gekregen (ontvangers)',
        paragraphs: [
          'Binnen de school kunnen alleen de leden van het zorgteam die met het dossier werken de gegevens zien. De gegevens staan versleuteld op een computer van de school, niet in de cloud.',
          x.recipients.length
            ? 'Buiten het zorgteam zijn gegevens over deze persoon verstrekt aan (brieven en documenten gericht aan deze persoon of de ouders, of waarin de naam staat):'
            : 'Buiten het zorgteam zijn via Vangnet geen gegevens verstrekt.',
          ...x.recipients.map((r) => `• ${r}`),
        ],
      },
      {
        heading: 'Hoe lang de gegevens worden bewaard (bewaartermijn)',
        paragraphs: [
          `De school bewaart een dossier tot ${x.months} maanden nadat het is afgesloten. Daarna wordt het vernietigd. Per dossier staat hieronder tot wanneer.`,
        ],
      },
      {
        heading: 'Waar de gegevens vandaan komen (bron)',
        paragraphs: [
          'Medewerkers van het zorgteam hebben de gegevens vastgelegd: uit de melding, uit gesprekken met u, uw kind en andere betrokkenen, en uit contact met de politie of een andere school.',
          ...(x.received.length ? ['Gegevens die de school van een andere school heeft ontvangen:', ...x.received.map((r) => `• ${r}`)] : []),
        ],
      },
      {
        heading: 'Geautomatiseerde besluitvorming',
        paragraphs: [
          'Er is geen sprake van geautomatiseerde besluitvorming of profilering (AVG artikel 22). Alle besluiten over de aanpak nemen mensen van het zorgteam.',
        ],
      },
      {
        heading: 'Uw rechten',
        paragraphs: [
          'U heeft het recht om:',
          '• gegevens die niet kloppen of onvolledig zijn te laten verbeteren of aanvullen (rectificatie, artikel 16);',
          '• gegevens te laten wissen als de school ze niet meer nodig heeft of niet had mogen vastleggen (artikel 17);',
          '• de verwerking te laten beperken, bijvoorbeeld zolang wordt nagegaan of gegevens kloppen (artikel 18);',
          '• bezwaar te maken tegen het gebruik van uw gegevens (artikel 21).',
          `Zo doet u dat: neem contact op met ${contact || 'de school'}. De school antwoordt binnen een maand.`,
        ],
      },
      {
        heading: 'Klacht bij de Autoriteit Persoonsgegevens',
        // Checked against the AP's own pages (December 2026): complaints go through the form on
        // its website or by letter to Postbus 93374, 2509 AJ Den Haag; the free number
        // 088 - 1805 250 is for asking first whether to complain, not for filing a complaint.
        paragraphs: [
          'Bent u het niet eens met hoe de school met uw gegevens omgaat, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens (AP): met het klachtenformulier op www.autoriteitpersoonsgegevens.nl, of per brief aan Autoriteit Persoonsgegevens, Postbus 93374, 2509 AJ Den Haag. Twijfelt u of u een klacht wilt of kunt indienen, dan kunt u de AP eerst gratis bellen: 088 - 1805 250. U kunt ook eerst met de school in gesprek gaan.',
        ],
      },
      {
        heading: 'Gegevens van anderen',
        paragraphs: [
          `Dit overzicht gaat over ${x.requester ? 'uw kind' : 'u'}. Namen van andere leerlingen en ouders die in dezelfde aantekeningen staan, zijn onleesbaar gemaakt ("[naam verwijderd]") om hun privacy te beschermen (AVG artikel 15, lid 4)${
            x.redacted ? '' : '; in dit overzicht kwam dat niet voor'
          }.${x.requester ? ` Uw eigen naam (${x.requester}) is leesbaar gebleven: u vroeg dit overzicht als ouder of verzorger aan.` : ''} ${x.meta.actor} heeft het overzicht op ${dateTime(x.meta.now.toISOString())} gecontroleerd op gegevens van anderen voordat het werd opgeslagen.`,
        ],
      },
    ],
  };
}

export function assertPersonsExist(db: Database.Database, personIds: string[]): void {
  for (const id of personIds) {
    const row = db.prepare('SELECT 1 FROM persons WHERE id = ?').get(id);
    if (!row) throw new AppError('NOT_FOUND', { key: 'SUBJECT_ACCESS_PERSON_GONE' });
  }
}
