import {
  documentDelivery,
  OVERVIEW_EXTERNAL_DEFAULT,
  OVERVIEW_SECTIONS,
  OVERVIEW_SECTION_LABELS,
  type DocBlock,
  type GeneratedDocument,
  type OverviewForm,
  type OverviewSection,
} from '../../../shared/domain/documents';
import {
  DOSSIER_STATUS_LABELS,
  MATERIAL_KIND_LABELS,
  MONITORING_ACTION_LABELS,
  MONITORING_STATUS_LABELS,
  PERSON_ROLE_LABELS,
  PLATFORM_LABELS,
  REACH_LABELS,
  RISK_LABELS,
  STEP_STATUS_LABELS,
  TAKEDOWN_CHANNEL_LABELS,
  TAKEDOWN_STATUS_LABELS,
  TONE_LABELS,
  VOLUNTARINESS_LABELS,
  type ChronologyEntry,
  type MonitoringEntry,
  type Person,
  type Takedown,
} from '../../../shared/domain';
import type { EvaluationReportData } from '../../../shared/domain/evaluation';
import {
  PACKAGE_KIND_LABELS,
  PACKAGE_SECTION_LABELS,
  type ExchangeRecord,
} from '../../../shared/domain/exchange';
import {
  DECISION_OPTIONS,
  REPORT_DECISIONS,
  STEPS,
  buildLogbook,
  findStep,
  foldedHeadline,
  isStatusEvent,
  logbookRows,
  readToolRecord,
  recordLines,
  stepTitleIn,
  type ProtocolStep,
} from '../../../shared/protocol';
import { THIRD_PARTY_TOOLS, thirdParties } from '../../exchange';
import { auditLine } from '../audit-labels';
import { dutchDate, dutchDateTime, emptyModel, joinDutch } from '../model';

/** How the overview shows times, dates and chosen options inside a step's typed record. */
const RECORD_FORMAT = {
  time: (iso: string) => dutchDateTime(iso),
  date: (iso: string) => dutchDate(iso),
  option: (field: string, id: string) =>
    field === 'decision'
      ? (REPORT_DECISIONS.find((o) => o.id === id)?.label ?? id)
      : (Object.values(DECISION_OPTIONS)
          .flat()
          .find((o) => o.id === id)?.label ?? id),
};

function stepRecordLines(step: ProtocolStep, data: unknown): string[] {
  return recordLines(step, readToolRecord(step.tool, data), RECORD_FORMAT);
}
import type { Built, DocData } from './common';

/**
 * The dossier overview: every area in Dutch words and local time, built from the records
 * (never a table dump), each section once. Two forms:
 * - volledig: everything, for the care team;
 * - extern: for the police, Veilig Thuis, a court or the inspectorate. The coordinator picks the
 *   sections; third parties (buddies, other pupils, parents, others) and family sensitivities
 *   are left out unless chosen, with the same rules as a reduced package ("Delen"), and what
 *   was left out is stated in the document itself.
 */

export interface OverviewExtras {
  audit: Array<{ seq: number; at: string; actor: string; action: string; details: string }>;
  /** Current version of every monitoring entry, oldest first, and every correction. */
  monitoring: MonitoringEntry[];
  takedowns: Takedown[];
  evaluation: EvaluationReportData;
  exchanges: ExchangeRecord[];
  documents: GeneratedDocument[];
}

export interface OverviewChoice {
  form: OverviewForm;
  sections?: readonly OverviewSection[];
  includeThirdParties?: boolean;
}

/** The police record's two steps: shown once, in their own section. */
const POLICE_STEPS = ['politie-advies', 'melding-aangifte'] as const;

function joinParts(parts: Array<string | null | undefined | false>, sep = ' · '): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(sep);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function buildDossierOverview(
  data: DocData,
  extras: OverviewExtras,
  choice: OverviewChoice = { form: 'volledig' },
): Built {
  const { detail } = data;
  const d = detail.dossier;
  const external = choice.form === 'extern';
  const chosen = new Set<OverviewSection>(
    choice.sections ?? (external ? OVERVIEW_EXTERNAL_DEFAULT : OVERVIEW_SECTIONS),
  );
  const has = (s: OverviewSection) => chosen.has(s);
  const third = external && !choice.includeThirdParties ? thirdParties(detail) : null;
  const leftIds = third?.leftIds ?? new Set<string>();
  const omitted: string[] = [];

  const model = emptyModel('dossier-overview', data.school, data.nowIso);
  model.title = external ? 'Dossieroverzicht voor externe partij' : 'Dossieroverzicht';
  model.pdfTitle = model.title;
  model.subtitle = joinParts([
    `Dossier ${d.number}`,
    DOSSIER_STATUS_LABELS[d.status],
    external ? 'samengesteld voor een externe partij' : 'volledig, alleen voor intern gebruik',
    `gemaakt op ${dutchDateTime(data.nowIso)}`,
  ]);
  model.dateLine = `Gevolgd protocol: versie ${detail.protocol.version}, vastgesteld op ${dutchDate(detail.protocol.establishedAt)}`;
  model.footerNote = `Vertrouwelijk – dossier ${d.number}${external ? ' – voor externe partij' : ''}`;

  const personName = new Map(detail.persons.map((p) => [p.id, p.name]));
  // The dossier's own protocol, including steps a later version dropped: never a raw school- id.
  const stepTitle = (id: string | null) => (id ? stepTitleIn(detail.protocol, id, STEPS) : '');
  const blocks: DocBlock[] = [];
  const section = (s: OverviewSection) => blocks.push({ type: 'heading', text: OVERVIEW_SECTION_LABELS[s] });
  const none = (text: string) => blocks.push({ type: 'paragraph', text, tone: 'muted' });

  if (external) {
    blocks.push({
      type: 'paragraph',
      text: 'Dit overzicht is door de school samengesteld voor een externe partij, zoals de politie, Veilig Thuis, een rechter of de onderwijsinspectie. Het bevat alleen de onderdelen die hieronder staan. Tijden zijn Nederlandse tijd. Er zijn geen beelden opgenomen: het bezitten of doorsturen van seksueel beeldmateriaal van een minderjarige is strafbaar.',
    });
  }

  if (has('feiten')) {
    section('feiten');
    const spread = joinParts(
      [
        d.spread.pupils !== null ? plural(d.spread.pupils, 'leerling', 'leerlingen') : '',
        d.spread.groups !== null ? plural(d.spread.groups, 'groep', 'groepen') : '',
        d.spread.platforms.length ? `via ${joinDutch(d.spread.platforms)}` : '',
      ],
      ', ',
    );
    blocks.push({
      type: 'fields',
      rows: (
        [
          ['Dossiernummer', d.number],
          ['Omschrijving', d.title],
          [
            'Status',
            DOSSIER_STATUS_LABELS[d.status] + (d.closedAt ? `, afgesloten op ${dutchDate(d.closedAt)}` : ''),
          ],
          ['Ontdekt op', dutchDateTime(d.discoveredAt)],
          ['Hoe aan het licht gekomen', d.howDiscovered],
          ['Soort beeldmateriaal', MATERIAL_KIND_LABELS[d.materialKind]],
          ['Vrijwillig gemaakt of gedeeld', VOLUNTARINESS_LABELS[d.voluntariness]],
          ['Verspreiding', spread || 'Niet bekend'],
          ['Dader op een andere school', d.otherSchoolInvolved ? 'Ja' : 'Nee'],
          ['Regiehouder', d.lead],
          ['Wat het slachtoffer nodig heeft', d.victimNeeds],
          ['Samenvatting', d.summary],
          ['Dossier aangemaakt op', dutchDateTime(d.createdAt)],
        ] as Array<[string, string]>
      ).filter(([, v]) => v.trim() !== ''),
    });
  }

  if (has('betrokkenen')) {
    section('betrokkenen');
    const shown = detail.persons.filter((p) => !leftIds.has(p.id));
    const describe = (p: Person) => {
      const lines = [
        joinParts([
          p.name,
          p.className ? `klas ${p.className}` : '',
          p.school,
          p.relatedPersonId && personName.get(p.relatedPersonId) && !leftIds.has(p.relatedPersonId)
            ? `ouder/verzorger van ${personName.get(p.relatedPersonId)}`
            : '',
        ]),
        joinParts([p.phone, p.email]),
        p.address.replace(/\s*\n\s*/g, ', '),
        joinParts([p.language ? `Taal: ${p.language}` : '', p.interpreterNeeded ? 'tolk nodig' : '']),
      ];
      if (!external)
        lines.push(
          p.sensitivities ? `Aandachtspunten: ${p.sensitivities}` : '',
          p.notes ? `Notities: ${p.notes}` : '',
        );
      return lines.filter(Boolean).join('\n');
    };
    if (shown.length)
      blocks.push({ type: 'fields', rows: shown.map((p) => [PERSON_ROLE_LABELS[p.role], describe(p)]) });
    else none('Geen betrokkenen vastgelegd.');
    if (external)
      omitted.push('Aandachtspunten (gevoeligheden, ook in het gezin) en notities bij betrokkenen.');
  }
  if (third?.leftStatement)
    omitted.push(`${third.leftStatement} ${third.replacedStatement('dit overzicht')}`);

  if (has('stappen')) {
    section('stappen');
    const stateOf = new Map(detail.steps.map((s) => [s.stepId, s]));
    const stripped: string[] = [];
    for (const phase of detail.protocol.phases) {
      const steps = detail.protocol.steps.filter((s) => s.phaseId === phase.id);
      if (steps.length === 0) continue;
      const rows: Array<[string, string]> = steps.map((step) => {
        const s = stateOf.get(step.id);
        const status = s ? STEP_STATUS_LABELS[s.status] : 'Open';
        const head = joinParts([
          status + (s?.status === 'nvt' && s.nvtReason ? `: ${s.nvtReason}` : ''),
          s?.owner ? `door ${s.owner}` : '',
          s?.dueAt ? `uiterlijk ${dutchDate(s.dueAt)}` : '',
          s?.updatedAt && s.status !== 'open' ? `bijgewerkt ${dutchDate(s.updatedAt)}` : '',
        ]);
        if (has('politie') && (POLICE_STEPS as readonly string[]).includes(step.id)) {
          return [step.title, `${head}\nZie het onderdeel "${OVERVIEW_SECTION_LABELS.politie}".`];
        }
        let body = s ? [s.notes.trim(), ...stepRecordLines(step, s.data)].filter(Boolean) : [];
        if (third && THIRD_PARTY_TOOLS.has(step.tool) && body.length) {
          stripped.push(step.title);
          body = [];
        }
        return [step.title, [head, ...body].join('\n')];
      });
      blocks.push({ type: 'paragraph', text: `Fase ${phase.title}`, tone: 'strong' });
      blocks.push({ type: 'fields', rows });
    }
    if (stripped.length)
      omitted.push(`Aantekeningen over derden bij de stappen: ${stripped.map((t) => `"${t}"`).join(', ')}.`);
  }

  if (has('politie')) {
    section('politie');
    const rows: Array<[string, string]> = [];
    for (const id of POLICE_STEPS) {
      const step = findStep(id, detail.protocol);
      const s = detail.steps.find((x) => x.stepId === id);
      if (!step) continue;
      const lines = s ? [...stepRecordLines(step, s.data), s.notes.trim()].filter(Boolean) : [];
      rows.push([step.title, [s ? STEP_STATUS_LABELS[s.status] : 'Open', ...lines].join('\n')]);
    }
    if (rows.length) blocks.push({ type: 'fields', rows });
    else none('Het gevolgde protocol heeft geen stappen voor politieadvies of melding.');
  }

  if (has('acties')) {
    section('acties');
    const actions = [...detail.actions].sort((a, b) =>
      (a.wanneer ?? a.createdAt).localeCompare(b.wanneer ?? b.createdAt),
    );
    if (actions.length) {
      blocks.push({
        type: 'bullets',
        items: actions.map((a) =>
          joinParts([
            `${a.wie}: ${a.wat}`,
            a.wanneer ? dutchDateTime(a.wanneer) : '',
            a.waar,
            a.hoe,
            a.done ? `gedaan${a.doneAt ? ` op ${dutchDate(a.doneAt)}` : ''}` : 'nog open',
          ]),
        ),
      });
    } else none('Geen acties vastgelegd.');
  }

  if (has('gesprekken')) {
    section('gesprekken');
    const all = [...detail.conversations].sort((a, b) => a.heldAt.localeCompare(b.heldAt));
    const shown = all.filter((c) => !c.personIds.some((id) => leftIds.has(id)));
    if (all.length - shown.length > 0) {
      const n = all.length - shown.length;
      omitted.push(`${plural(n, 'gesprek', 'gesprekken')} met of over weggelaten betrokkenen.`);
    }
    if (shown.length === 0)
      none(all.length ? 'Geen gesprekken in dit overzicht.' : 'Geen gesprekken vastgelegd.');
    for (const c of shown) {
      blocks.push({
        type: 'paragraph',
        text: `Gesprek met ${c.withWhom}, ${dutchDateTime(c.heldAt)}`,
        tone: 'strong',
      });
      blocks.push({
        type: 'fields',
        rows: (
          [
            ['Gevoerd door', c.heldBy],
            ['Plaats', c.location],
            ['Bij stap', stepTitle(c.stepId)],
            ['Samenvatting', c.summary],
            ['Afspraken', c.agreements],
            ['Vervolg', c.followUp],
          ] as Array<[string, string]>
        ).filter(([, v]) => v.trim() !== ''),
      });
    }
  }

  if (has('monitoring')) {
    section('monitoring');
    blocks.push({
      type: 'paragraph',
      tone: 'muted',
      text: 'Waarnemingen zijn in woorden vastgelegd; er zijn geen beelden bewaard. Een correctie overschrijft niets: het is een nieuwe versie met een reden.',
    });
    const current = extras.monitoring.filter((e) => !e.supersededById);
    if (current.length) {
      blocks.push({
        type: 'bullets',
        items: current.map((e) =>
          joinParts([
            `${dutchDateTime(e.seenAt)}, ${PLATFORM_LABELS[e.platform]}${e.location ? ` (${e.location})` : ''}: ${e.description}`,
            `gezien door ${e.seenBy}`,
            `toon ${TONE_LABELS[e.tone].toLowerCase()}, risico ${RISK_LABELS[e.risk].toLowerCase()}, bereik ${REACH_LABELS[e.reach].toLowerCase()}`,
            `${MONITORING_ACTION_LABELS[e.action]}${e.actionNote ? `: ${e.actionNote}` : ''}`,
            MONITORING_STATUS_LABELS[e.status],
            e.version > 1 ? `versie ${e.version}, gecorrigeerd: ${e.correctionReason}` : '',
          ]),
        ),
      });
    } else none('Geen waarnemingen vastgelegd.');
    blocks.push({ type: 'paragraph', text: 'Verwijderverzoeken', tone: 'strong' });
    if (extras.takedowns.length) {
      blocks.push({
        type: 'bullets',
        items: extras.takedowns.map((t) =>
          joinParts([
            `${PLATFORM_LABELS[t.platform]} (${t.location}) via ${TAKEDOWN_CHANNEL_LABELS[t.channel].toLowerCase()}`,
            t.requestedAt ? `aangevraagd op ${dutchDateTime(t.requestedAt)}` : 'nog niet aangevraagd',
            t.reference ? `referentie ${t.reference}` : '',
            `status: ${TAKEDOWN_STATUS_LABELS[t.status].toLowerCase()}`,
            t.notes,
          ]),
        ),
      });
    } else none('Geen verwijderverzoeken vastgelegd.');
  }

  if (has('nazorg')) {
    section('nazorg');
    const ev = extras.evaluation;
    const items = [
      ...ev.evaluations.map((e) =>
        joinParts([
          `Evaluatie ${e.audienceLabel.toLowerCase()}${e.heldAt ? ` op ${dutchDate(e.heldAt)}` : ''}`,
          e.heldBy ? `door ${e.heldBy}` : '',
          e.completed ? 'afgerond' : 'nog niet afgerond',
        ]),
      ),
      ...ev.aftercare.map((a) =>
        joinParts([
          `Nazorg: ${a.label}`,
          a.dueAt ? dutchDate(a.dueAt) : '',
          a.who,
          a.done ? `gedaan${a.doneAt ? ` op ${dutchDate(a.doneAt)}` : ''}` : 'gepland',
          a.outcome,
          a.needs ? `nodig: ${a.needs}` : '',
        ]),
      ),
      ...ev.improvementPoints.map((p) =>
        joinParts([`Verbeterpunt (${p.area.toLowerCase()}): ${p.text}`, p.owner, p.status]),
      ),
    ];
    if (items.length) blocks.push({ type: 'bullets', items });
    else none('Nog geen nazorg, evaluaties of verbeterpunten vastgelegd.');
  }

  if (has('logboek')) {
    section('logboek');
    const seqOf = new Map(detail.chronology.map((e) => [e.id, e.seq]));
    if (detail.chronology.length) {
      blocks.push({
        type: 'paragraph',
        tone: 'muted',
        text: 'Regels in het logboek worden nooit gewijzigd of verwijderd; een correctie is een nieuwe regel die naar de oude verwijst. Opeenvolgende statuswijzigingen van stappen staan samen op één regel.',
      });
      // A corrected line is never changed, so it must say itself that a later line corrects it.
      const correctedIn = new Map<string, number[]>();
      for (const e of detail.chronology) {
        if (e.correctsId) correctedIn.set(e.correctsId, [...(correctedIn.get(e.correctsId) ?? []), e.seq]);
      }
      const line = (e: ChronologyEntry) => {
        const recordedLater = Date.parse(e.recordedAt) - Date.parse(e.occurredAt) > 60 * 60 * 1000;
        const later = correctedIn.get(e.id);
        const mark = later?.length ? ` (gecorrigeerd in regel ${joinDutch(later.map(String))})` : '';
        // The prefix already says "Correctie"; a text that starts with it too would read it twice.
        const text = e.correctsId ? e.text.replace(/^\s*correctie\s*[:\-–]\s*/i, '') : e.text;
        const prefix = e.correctsId
          ? `Correctie op regel ${seqOf.get(e.correctsId) ?? '?'}: `
          : e.kind === 'status'
            ? 'Status: '
            : e.kind === 'systeem'
              ? 'Vangnet: '
              : '';
        return `${e.seq}. ${dutchDateTime(e.occurredAt)}${recordedLater ? ` (vastgelegd ${dutchDateTime(e.recordedAt)})` : ''}, ${e.author}: ${prefix}${text}${mark}`;
      };
      // The same folding as the logbook tab (src/shared/protocol/logbook.ts), read from the start.
      const rows = logbookRows(buildLogbook(detail.chronology), detail.protocol, { order: 'oldest-first' });
      blocks.push({
        type: 'bullets',
        items: rows.flatMap((row) => {
          if (row.type === 'entry') return [line(row.item.entry), ...row.item.corrections.map(line)];
          const first = row.items[0]!.entry;
          const last = row.items[row.items.length - 1]!.entry;
          const authors = [...new Set(row.items.map((i) => i.entry.author))].join(', ');
          const steps = row.items.map(({ entry: e }) => {
            if (!isStatusEvent(e.event)) return e.text.replace(/\.$/, '');
            const { title, from, to, derivedFrom, reason } = e.event;
            const change = row.done === row.items.length && from === 'open' ? '' : ` (${STEP_STATUS_LABELS[from].toLowerCase()} → ${STEP_STATUS_LABELS[to].toLowerCase()})`;
            const why = reason.trim().replace(/\.$/, '');
            return `${title}${change}${derivedFrom ? `, afgeleid van ${derivedFrom}` : ''}${why ? `, reden: ${why}` : ''}`;
          });
          // "2 december 2026, 09:10–11:40" within one day; both full moments otherwise.
          const [from, to] = [dutchDateTime(first.occurredAt), dutchDateTime(last.occurredAt)];
          const sameDay = dutchDate(first.occurredAt) === dutchDate(last.occurredAt);
          const span = from === to ? from : sameDay ? `${from}–${to.slice(to.lastIndexOf(' ') + 1)}` : `${from} – ${to}`;
          return [`${first.seq}–${last.seq}. ${span}, ${authors}: Status: ${foldedHeadline(row)}: ${steps.join('; ')}.`];
        }),
      });
    } else none('Het logboek is leeg.');
  }

  if (has('ontvangers')) {
    section('ontvangers');
    const items = [
      ...extras.documents.map((g) => ({
        at: g.createdAt,
        text: (() => {
          const { recipient, made } = documentDelivery({ ...g, pdf: /\.pdf$/i.test(g.fileName) });
          return `${dutchDateTime(g.createdAt)}: ${g.label} voor ${recipient} (${made}, ${plural(g.pages, 'pagina', "pagina's")}, door ${g.createdBy})`;
        })(),
      })),
      ...extras.exchanges.map((x) => ({
        at: x.at,
        text: `${dutchDateTime(x.at)}: pakket ${x.direction === 'verzonden' ? 'verstuurd aan' : 'ontvangen van'} ${x.counterpart} (${PACKAGE_KIND_LABELS[x.kind].toLowerCase()}${x.sections.length ? `; ${x.sections.map((s) => PACKAGE_SECTION_LABELS[s].toLowerCase()).join(', ')}` : ''})`,
      })),
    ].sort((a, b) => a.at.localeCompare(b.at));
    if (items.length) blocks.push({ type: 'bullets', items: items.map((i) => i.text) });
    else none('Uit dit dossier is nog niets verstrekt.');
  }

  if (has('audittrail')) {
    section('audittrail');
    if (extras.audit.length) {
      blocks.push({
        type: 'bullets',
        items: extras.audit.map((a) => `${dutchDateTime(a.at)}, ${a.actor}: ${auditLine(a, (id) => stepTitle(id))}`),
      });
    } else none('Geen vastleggingen.');
  }

  if (external) {
    // Said up front, right after the introduction: the reader knows what is missing before reading.
    const notIncluded = OVERVIEW_SECTIONS.filter((s) => !has(s)).map(
      (s) => `Niet opgenomen: ${OVERVIEW_SECTION_LABELS[s].toLowerCase()}.`,
    );
    const all = [...notIncluded, ...omitted];
    blocks.splice(
      1,
      0,
      { type: 'heading', text: 'Weggelaten uit dit overzicht' },
      all.length
        ? { type: 'bullets', items: all }
        : { type: 'paragraph', text: 'Niets: dit overzicht bevat alle onderdelen van het dossier.' },
    );
  }

  model.blocks = third ? third.redact(blocks) : blocks;
  return {
    model,
    missing: [],
    allowedPersonIds: [],
    allowedNames: [],
    recipientLabel: external
      ? 'Externe partij (politie, Veilig Thuis, rechter of inspectie)'
      : 'Zorgteam (intern)',
  };
}
