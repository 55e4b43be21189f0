import type Database from 'better-sqlite3-multiple-ciphers';
import { PERSON_ROLE_LABELS, type Person, type PersonRole } from '../../shared/domain/dossier';
import type { SubjectMatch } from '../../shared/domain/evaluation';
import { AppError } from '../../shared/errors';
import {
  getDossierRow,
  getPerson,
  listActions,
  listChronology,
  listConversations,
  listSteps,
} from '../dossiers/repository';
import { findPersonName, fold } from './names';
import type { PlainBlock, PlainDocument, PlainSection } from './pdf';
import { hasTable, listAftercare, listEvaluations } from './repository';
import { getStep } from '../../shared/protocol';

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
    .all() as Array<{ id: string; dossier_id: string; number: string; name: string; role: PersonRole; class_name: string }>;
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
  iso ? new Date(iso).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' }) : '—';

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

/** Text columns of a table of another module (present only after its migration). */
function textColumns(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string; type: string }>)
    .filter((c) => /TEXT/i.test(c.type) && !/(^id$|_id$|_at$|_json$)/.test(c.name))
    .map((c) => c.name);
}

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
        ['Status', d.status],
        ['Regiehouder', d.lead],
      ],
      paragraphs: [d.howDiscovered, d.victimNeeds, d.summary].filter((t) => t.trim() && mentions(t)),
    });
    for (const p of people) blocks.push(personBlock(p));

    for (const c of listConversations(db, dossierId)) {
      if (!c.personIds.some((id) => ids.has(id)) && !mentions(c.withWhom, c.summary, c.agreements, c.followUp)) continue;
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
      blocks.push({ heading: 'Actie', fields: [['Wie', a.wie], ['Wat', a.wat], ['Wanneer', dateTime(a.wanneer)], ['Hoe', a.hoe]] });
    }
    for (const s of listSteps(db, dossierId)) {
      if (!s.notes.trim() || !mentions(s.notes)) continue;
      let title = s.stepId;
      try {
        title = getStep(s.stepId).title;
      } catch {
        /* an unknown step id keeps its id as title */
      }
      blocks.push({ heading: `Notitie bij stap "${title}"`, paragraphs: [s.notes] });
    }
    for (const e of listEvaluations(db, dossierId)) {
      const texts = [e.participants, e.notes, e.prevention, ...Object.values(e.answers)];
      if (!mentions(...texts)) continue;
      blocks.push({ heading: `Evaluatie (${e.audience})`, paragraphs: texts.filter((t) => t.trim() && mentions(t)) });
    }
    for (const m of listAftercare(db, dossierId)) {
      if (!(m.personId && ids.has(m.personId)) && !mentions(m.label, m.outcome, m.needs)) continue;
      blocks.push({
        heading: `Nazorgmoment ${dateTime(m.dueAt)}`,
        fields: [['Voor wie', m.label], ['Wie', m.who], ['Gedaan', m.done ? dateTime(m.doneAt) : 'nee'], ['Hoe gaat het', m.outcome], ['Nog nodig', m.needs]],
      });
    }
    if (hasTable(db, 'monitoring_entries')) {
      const cols = textColumns(db, 'monitoring_entries');
      const rows = db.prepare('SELECT * FROM monitoring_entries WHERE dossier_id = ?').all(dossierId) as Array<Record<string, unknown>>;
      for (const r of rows) {
        const texts = cols.map((c) => String(r[c] ?? ''));
        if (!mentions(...texts)) continue;
        blocks.push({
          heading: `Monitoringregel ${typeof r.seen_at === 'string' ? dateTime(r.seen_at) : ''}`.trim(),
          fields: cols.map((c, i) => [c, texts[i] ?? ''] as [string, string]).filter(([, v]) => v.trim() !== ''),
        });
      }
    }
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

export function assertPersonsExist(db: Database.Database, personIds: string[]): void {
  for (const id of personIds) {
    const row = db.prepare('SELECT 1 FROM persons WHERE id = ?').get(id);
    if (!row) throw new AppError('NOT_FOUND', 'Een gekozen persoon bestaat niet (meer).');
  }
}
