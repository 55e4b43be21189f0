import type Database from 'better-sqlite3-multiple-ciphers';
import {
  DOSSIER_STATUS_LABELS,
  PERSON_ROLE_LABELS,
  type Person,
  type PersonRole,
} from '../../shared/domain/dossier';
import type { SubjectMatch } from '../../shared/domain/evaluation';
import { PACKAGE_KIND_LABELS, PACKAGE_SECTION_LABELS, type PackageKind, type PackageSection } from '../../shared/domain/exchange';
import { AppError } from '../../shared/errors';
import {
  getDossierRow,
  getPerson,
  listActions,
  listChronology,
  listConversations,
  listSteps,
} from '../dossiers';
import { findPersonName, fold } from './names';
import type { PlainBlock, PlainDocument, PlainSection } from './document';
import { hasTable, listAftercare, listEvaluations } from './repository';
import { STEPS, stepTitleIn } from '../../shared/protocol';
import { pinnedProtocolOf } from '../protocol';

/**
 * Subject access request (AVG art. 15, "inzageverzoek"): everything stored about one
 * person, across dossiers. Matching on the name is deliberately generous: for an access
 * request, showing one record too many is better than hiding one.
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

function personBlock(p: Person): PlainBlock {
  return {
    heading: `${p.name} (${PERSON_ROLE_LABELS[p.role]})`,
    fields: [
      ['Klas', p.className],
      ['School', p.school],
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

export function buildSubjectAccessDocument(
  db: Database.Database,
  personIds: string[],
  meta: { actor: string; now: Date },
): { doc: PlainDocument; dossierCount: number } {
  const persons = personIds.map((id) => getPerson(db, id));
  const names = [...new Set(persons.map((p) => p.name))];
  const byDossier = new Map<string, Person[]>();
  for (const p of persons) byDossier.set(p.dossierId, [...(byDossier.get(p.dossierId) ?? []), p]);

  const sections: PlainSection[] = [];
  for (const [dossierId, people] of byDossier) {
    const d = getDossierRow(db, dossierId);
    const ids = new Set(people.map((p) => p.id));
    const ownNames = people.map((p) => p.name);
    const mentions = (...texts: string[]) => findPersonName(texts.join('\n'), ownNames) !== null;
    const blocks: PlainBlock[] = [];

    blocks.push({
      heading: 'Dossiergegevens',
      fields: [
        ['Dossiernummer', d.number],
        ['Omschrijving', d.title],
        ['Ontdekt op', dateTime(d.discoveredAt)],
        ['Status', DOSSIER_STATUS_LABELS[d.status]],
        ['Regiehouder', d.lead],
      ],
      paragraphs: [d.howDiscovered, d.victimNeeds, d.summary].filter((t) => t.trim() && mentions(t)),
    });
    for (const p of people) blocks.push(personBlock(p));

    for (const c of listConversations(db, dossierId)) {
      if (
        !c.personIds.some((id) => ids.has(id)) &&
        !mentions(c.withWhom, c.summary, c.agreements, c.followUp)
      )
        continue;
      blocks.push({
        heading: `Gesprek op ${dateTime(c.heldAt)}`,
        fields: [
          ['Met wie', c.withWhom],
          ['Gevoerd door', c.heldBy],
          ['Locatie', c.location],
          ['Samenvatting', c.summary],
          ['Afspraken', c.agreements],
          ['Vervolg', c.followUp],
        ],
      });
    }
    for (const e of listChronology(db, dossierId)) {
      if (!mentions(e.text)) continue;
      blocks.push({
        heading: `Logboekregel ${e.seq} (${dateTime(e.occurredAt)})`,
        fields: [['Vastgelegd door', `${e.author}, ${dateTime(e.recordedAt)}`]],
        paragraphs: [e.text],
      });
    }
    for (const a of listActions(db, dossierId)) {
      if (!mentions(a.wie, a.wat, a.waar, a.hoe)) continue;
      blocks.push({
        heading: 'Actie',
        fields: [
          ['Wie', a.wie],
          ['Wat', a.wat],
          ['Wanneer', dateTime(a.wanneer)],
          ['Hoe', a.hoe],
        ],
      });
    }
    const protocol = pinnedProtocolOf(db, dossierId);
    for (const s of listSteps(db, dossierId)) {
      if (!s.notes.trim() || !mentions(s.notes)) continue;
      const title = stepTitleIn(protocol, s.stepId, STEPS);
      blocks.push({ heading: `Notitie bij stap "${title}"`, paragraphs: [s.notes] });
    }
    for (const e of listEvaluations(db, dossierId)) {
      const texts = [e.participants, e.notes, e.prevention, ...Object.values(e.answers)];
      if (!mentions(...texts)) continue;
      blocks.push({
        heading: `Evaluatie (${e.audience})`,
        paragraphs: texts.filter((t) => t.trim() && mentions(t)),
      });
    }
    for (const m of listAftercare(db, dossierId)) {
      if (!(m.personId && ids.has(m.personId)) && !mentions(m.label, m.outcome, m.needs)) continue;
      blocks.push({
        heading: `Nazorgmoment ${dateTime(m.dueAt)}`,
        fields: [
          ['Voor wie', m.label],
          ['Wie', m.who],
          ['Gedaan', m.done ? dateTime(m.doneAt) : 'nee'],
          ['Hoe gaat het', m.outcome],
          ['Nog nodig', m.needs],
        ],
      });
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
        blocks.push({
          heading: `${source.heading}${when}`,
          fields: values.filter(([, v]) => v.trim() !== ''),
        });
      }
    }
    blocks.push(recipientsBlock(db, dossierId));
    sections.push({ heading: `Dossier ${d.number}`, blocks });
  }

  return {
    dossierCount: byDossier.size,
    doc: {
      title: 'Inzageverzoek: vastgelegde gegevens',
      subtitle: `Betreft: ${names.join(', ')}. Opgesteld op ${dateTime(meta.now.toISOString())} door ${meta.actor}. Dit overzicht bevat alle gegevens in Vangnet waarin deze persoon voorkomt.`,
      footer: 'Vertrouwelijk — inzageverzoek',
      sections,
    },
  };
}

/**
 * AVG art. 15(1)(c): to whom the data were provided. Every sealed package sent from this dossier
 * (handover, sharing with the other school, updates) is listed with recipient, date and the parts
 * it carried; the exchange area records them (migration exchange) and they are never deleted
 * while the dossier exists.
 */
function recipientsBlock(db: Database.Database, dossierId: string): PlainBlock {
  const heading = 'Verstrekt aan (ontvangers)';
  if (!hasTable(db, 'exchange_packages')) return { heading, paragraphs: ['Uit dit dossier zijn geen gegevens via Vangnet aan anderen verstrekt.'] };
  const sent = db
    .prepare("SELECT kind, counterpart, sections_json, at FROM exchange_packages WHERE dossier_id = ? AND direction = 'verzonden' ORDER BY at")
    .all(dossierId) as Array<{ kind: PackageKind; counterpart: string; sections_json: string; at: string }>;
  if (sent.length === 0) return { heading, paragraphs: ['Uit dit dossier zijn geen gegevens via Vangnet aan anderen verstrekt.'] };
  return {
    heading,
    paragraphs: [
      'Gegevens uit dit dossier zijn in een versleuteld pakket verstrekt aan:',
      ...sent.map((p) => {
        const parts = (JSON.parse(p.sections_json) as PackageSection[]).map((x) => PACKAGE_SECTION_LABELS[x] ?? x);
        return `${dateTime(p.at)}: ${p.counterpart} (${PACKAGE_KIND_LABELS[p.kind] ?? p.kind}${parts.length ? `; ${parts.join(', ')}` : ''})`;
      }),
    ],
  };
}

export function assertPersonsExist(db: Database.Database, personIds: string[]): void {
  for (const id of personIds) {
    const row = db.prepare('SELECT 1 FROM persons WHERE id = ?').get(id);
    if (!row) throw new AppError('NOT_FOUND', 'Een gekozen persoon bestaat niet (meer).');
  }
}
