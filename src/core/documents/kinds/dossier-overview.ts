import type { DocBlock } from '../../../shared/domain/documents';
import {
  DOSSIER_STATUS_LABELS,
  MATERIAL_KIND_LABELS,
  PERSON_ROLE_LABELS,
  STEP_STATUS_LABELS,
  VOLUNTARINESS_LABELS,
} from '../../../shared/domain';
import { DECISION_OPTIONS, PHASES, REPORT_DECISIONS, STEPS, getStep, readToolRecord, recordLines } from '../../../shared/protocol';
import { contentHash, dutchDate, dutchDateTime, emptyModel, shortDate, shortDateTime } from '../model';
import type { Built, DocData } from './common';

/* ───────────── Dossier overview ───────────── */

export interface OverviewExtras {
  audit: Array<{ seq: number; at: string; actor: string; action: string; details: string }>;
  /** Tables of other areas (monitoring, takedowns …), when present. */
  extraTables: Array<{ title: string; columns: string[]; rows: string[][] }>;
}

/** How the overview shows times, dates and chosen options inside a step's record. */
const RECORD_FORMAT = {
  time: (iso: string) => shortDateTime(iso),
  date: (iso: string) => shortDate(iso),
  option: (field: string, id: string) =>
    field === 'decision'
      ? (REPORT_DECISIONS.find((o) => o.id === id)?.label ?? id)
      : (Object.values(DECISION_OPTIONS)
          .flat()
          .find((o) => o.id === id)?.label ?? id),
};

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
      [
        'Status',
        DOSSIER_STATUS_LABELS[d.status] + (d.closedAt ? ` (gesloten op ${dutchDate(d.closedAt)})` : ''),
      ],
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
      PERSON_ROLE_LABELS[p.role] +
        (p.relatedPersonId ? ` (van ${personName.get(p.relatedPersonId) ?? '?'})` : ''),
      p.name,
      [p.className, p.school].filter(Boolean).join(' / '),
      [p.phone, p.email, p.address.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join('\n'),
      [
        p.language ? `Taal: ${p.language}` : '',
        p.interpreterNeeded ? 'Tolk nodig' : '',
        p.sensitivities,
        p.notes,
      ]
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
      const status = s
        ? STEP_STATUS_LABELS[s.status] + (s.status === 'nvt' && s.nvtReason ? `: ${s.nvtReason}` : '')
        : 'Open';
      const who = [s?.owner ?? '', s?.dueAt ? shortDate(s.dueAt) : ''].filter(Boolean).join('\n');
      const lines = s ? recordLines(step, readToolRecord(step.tool, s.data), RECORD_FORMAT) : [];
      const notes = [s?.notes ?? '', ...lines].filter(Boolean).join('\n');
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
  if (detail.conversations.length === 0)
    blocks.push({ type: 'paragraph', text: 'Geen gesprekken vastgelegd.', tone: 'muted' });
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
      t.rows.length
        ? { type: 'table', columns: t.columns, rows: t.rows }
        : { type: 'paragraph', text: 'Niets vastgelegd.', tone: 'muted' },
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
      (e.correctsId
        ? `Correctie op #${seqOf.get(e.correctsId) ?? '?'}: `
        : e.kind === 'notitie'
          ? ''
          : `[${e.kind}] `) + e.text,
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
