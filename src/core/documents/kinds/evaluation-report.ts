import type { DocBlock } from '../../../shared/domain/documents';
import { EVALUATION_AUDIENCE_DEFS, type EvaluationReportData, type ReportSummary } from '../../../shared/domain/evaluation';
import { DOSSIER_STATUS_LABELS, type DossierDetail, MATERIAL_IN_SENTENCE, type SchoolProfile, type Voluntariness } from '../../../shared/domain';
import { getStep } from '../../../shared/protocol';
import { dutchDate, dutchDateAtTime, emptyModel, joinDutch, shortDate, textToBlocks } from '../model';
import { stepAnswers, type Built } from './common';

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
  aftercare: Array<{
    label: string;
    dueAt: string;
    who: string;
    done: boolean;
    outcome: string;
    needs: string;
  }>;
  improvements: Array<{ area: string; text: string; owner: string; status: string }>;
  protocolChanges: string;
  /** The first page: what happened, key decisions, outcome (src/core/evaluation/report.ts). */
  summary?: ReportSummary;
}

const VOLUNTARINESS_SENTENCES: Record<Voluntariness, string> = {
  onbekend: 'Of het materiaal vrijwillig tot stand kwam, is niet vastgesteld.',
  ja: 'Het materiaal is vrijwillig gemaakt en gedeeld; het doorsturen gebeurde zonder toestemming.',
  nee: 'Het materiaal is niet vrijwillig gedeeld.',
  gedwongen: 'Het materiaal is onder dwang of druk tot stand gekomen.',
};

const sentence = (t: string) => (/[.!?]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Wat er gebeurde": the intake facts in words, without names (the report may reach the inspector). */
function happened(f: ReportSummary['facts']): string {
  const spread = [
    f.spread.pupils !== null ? `door ongeveer ${count(f.spread.pupils, 'leerling', 'leerlingen')}` : '',
    f.spread.groups !== null ? `in ${count(f.spread.groups, 'groep', 'groepen')}` : '',
    f.spread.platforms.length ? `via ${joinDutch(f.spread.platforms)}` : '',
  ].filter(Boolean);
  return [
    `Op ${dutchDateAtTime(f.discoveredAt)} werd bekend dat ${MATERIAL_IN_SENTENCE[f.materialKind]} van een leerling rondging.`,
    f.howDiscovered.trim() ? `Hoe het bekend werd: ${sentence(f.howDiscovered)}` : '',
    spread.length ? `Het materiaal is gezien of gedeeld ${spread.join(' ')}.` : '',
    VOLUNTARINESS_SENTENCES[f.voluntariness],
    f.otherSchoolInvolved ? 'De leerling die het verspreidde, zit op een andere school.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** One line per takedown, or per platform when it had several (the summary stays one page). */
function takedownLines(takedowns: ReportSummary['takedowns']): Array<{ at: string | null; text: string }> {
  const byPlatform = new Map<string, ReportSummary['takedowns']>();
  for (const t of takedowns) byPlatform.set(t.platform, [...(byPlatform.get(t.platform) ?? []), t]);
  return [...byPlatform.values()].map((same) => {
    const t = same[0]!;
    if (same.length === 1)
      return { at: t.requestedAt, text: `Verwijderverzoek bij ${t.platform}: ${t.status.toLowerCase()}${t.settledAt ? ` op ${dutchDate(t.settledAt)}` : ''}.` };
    const counts = new Map<string, number>();
    for (const x of same) counts.set(x.status.toLowerCase(), (counts.get(x.status.toLowerCase()) ?? 0) + 1);
    const first = same.reduce((a, x) => (x.requestedAt < a ? x.requestedAt : a), t.requestedAt);
    return { at: first, text: `Verwijderverzoeken bij ${t.platform} (${same.length}): ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}.` };
  });
}

/** The report's first page: one page an inspector or the school board reads first. */
function summaryBlocks(s: ReportSummary, preventive: string[]): DocBlock[] {
  const sub = (text: string): DocBlock => ({ type: 'paragraph', text, tone: 'strong' });
  const decisions: Array<{ at: string | null; text: string }> = [
    ...s.decisions,
    ...takedownLines(s.takedowns),
  ].sort((a, b) => (a.at ?? '9999').localeCompare(b.at ?? '9999'));
  const removed = s.takedowns.filter((t) => t.status === 'Verwijderd').length;
  const outcome = [
    `Status van het dossier: ${DOSSIER_STATUS_LABELS[s.facts.status].toLowerCase()}${
      s.facts.closedAt ? `, afgesloten op ${dutchDate(s.facts.closedAt)}` : ''
    }.`,
    s.takedowns.length
      ? `Verwijderverzoeken: ${s.takedowns.length} ingediend, ${removed} verwijderd, ${s.takedowns.length - removed} niet (of nog niet) verwijderd.`
      : 'Er zijn geen verwijderverzoeken vastgelegd.',
    s.aftercare.planned
      ? `Nazorg: ${s.aftercare.done} van de ${count(s.aftercare.planned, 'moment', 'momenten')} gedaan.`
      : 'Er is nog geen nazorg gepland.',
    s.evaluationsCompleted.length
      ? `Evaluaties afgerond met: ${s.evaluationsCompleted.join(', ')}.`
      : 'Er zijn nog geen evaluaties afgerond.',
    ...(s.improvementPoints ? [`${count(s.improvementPoints, 'verbeterpunt', 'verbeterpunten')} voor het protocol (zie verderop).`] : []),
  ];
  return [
    { type: 'heading', text: 'Samenvatting' },
    sub('Wat er gebeurde'),
    { type: 'paragraph', text: happened(s.facts) },
    sub('Belangrijke besluiten'),
    decisions.length
      ? { type: 'fields', rows: decisions.map((d) => [d.at ? dutchDate(d.at) : 'Datum niet vastgelegd', d.text]) }
      : { type: 'paragraph', text: 'Er zijn nog geen besluiten vastgelegd.', tone: 'muted' },
    // Letters informed people about the decisions; they are not decisions themselves.
    sub('Brieven'),
    // Many letters are one sentence with their period, at full width (the page stays one page).
    s.letters.length === 0
      ? { type: 'paragraph', text: 'Er zijn geen brieven gemaakt.', tone: 'muted' }
      : s.letters.every((l) => l.at !== null)
        ? { type: 'fields', rows: s.letters.map((l) => [dutchDate(l.at!), l.text]) }
        : { type: 'paragraph', text: s.letters.map((l) => l.text).join(' ') },
    sub('Uitkomst'),
    { type: 'bullets', items: outcome },
    sub('Preventiemaatregelen'),
    preventive.length
      ? { type: 'bullets', items: preventive }
      : { type: 'paragraph', text: 'Nog geen preventiemaatregelen vastgelegd.', tone: 'muted' },
    { type: 'pagebreak' },
  ];
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
    aftercare: data.aftercare.map((a) => ({
      label: a.label,
      dueAt: a.dueAt,
      who: a.who,
      done: a.done,
      outcome: a.outcome,
      needs: a.needs,
    })),
    improvements: data.improvementPoints.map((p) => ({
      area: p.area,
      text: p.text,
      owner: p.owner,
      status: p.status,
    })),
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
    const answers = stepAnswers(detail, stepId, 'evaluation');
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
      perspectives.push({
        label: step.title,
        heldAt: state.updatedAt,
        heldBy: state.owner,
        participants: '',
        answers: rows,
        notes: state.notes,
      });
    }
  }
  const aftercare = detail.actions
    .filter((a) => a.stepId === 'nazorg')
    .map((a) => ({
      label: a.wat,
      dueAt: a.wanneer ?? '',
      who: a.wie,
      done: a.done,
      outcome: a.hoe,
      needs: '',
    }));
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

export function buildEvaluationReport(
  input: EvaluationReportInput,
  school: SchoolProfile,
  nowIso: string,
  /** The protocol version the dossier followed: the first question an inspector asks. */
  protocol: { version: number; establishedAt: string } | null = null,
): Built {
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
        ...(protocol
          ? [['Gevolgd protocol', `versie ${protocol.version}, vastgesteld op ${dutchDate(protocol.establishedAt)}`] as [string, string]]
          : []),
      ],
    },
  ];
  if (input.summary) blocks.push(...summaryBlocks(input.summary, input.preventiveMeasures));
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
    blocks.push({
      type: 'paragraph',
      text: 'Er zijn nog geen evaluatiegesprekken vastgelegd.',
      tone: 'muted',
    });
  }
  // With a summary page the measures are listed there, once.
  if (!input.summary) list('Preventiemaatregelen', input.preventiveMeasures, 'Nog geen preventiemaatregelen vastgelegd.');
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
