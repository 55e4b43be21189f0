import type Database from 'better-sqlite3-multiple-ciphers';
import { DOSSIER_STATUS_LABELS } from '../../shared/domain/dossier';
import {
  EVALUATION_AUDIENCE_DEFS,
  IMPROVEMENT_AREA_LABELS,
  IMPROVEMENT_STATUS_LABELS,
  type EvaluationReportData,
  type ReportSummary,
} from '../../shared/domain/evaluation';
import { PLATFORM_LABELS, TAKEDOWN_STATUS_LABELS, type Takedown } from '../../shared/domain/monitoring';
import { describeEvent, policeRecordOf } from '../../shared/protocol';
import { joinDutch } from '../../shared/text/join';
import { dossierEvents, getDossierRow, listSteps } from '../dossiers';
import { listAftercare, listEvaluations, listImprovements } from './repository';

/**
 * The evaluation report of one dossier as a plain model, for the documents renderer
 * (src/core/documents): evaluations per audience with the card's questions, the agreed
 * preventive measures, improvement points and aftercare. Only saved evaluations appear.
 */
export function loadEvaluationReportData(db: Database.Database, dossierId: string): EvaluationReportData {
  const dossier = getDossierRow(db, dossierId);
  const saved = new Map(listEvaluations(db, dossierId).map((e) => [e.audience, e]));
  const evaluations: EvaluationReportData['evaluations'] = [];
  for (const def of EVALUATION_AUDIENCE_DEFS) {
    const e = saved.get(def.id);
    if (!e) continue;
    evaluations.push({
      audience: def.id,
      audienceLabel: def.label,
      heldAt: e.heldAt,
      heldBy: e.heldBy,
      participants: e.participants,
      completed: e.completed,
      answers: def.questions.map((q) => ({ question: q.label, answer: e.answers[q.id] ?? '' })),
      notes: e.notes,
      prevention: e.prevention,
    });
  }
  return {
    dossier: {
      number: dossier.number,
      title: dossier.title,
      status: DOSSIER_STATUS_LABELS[dossier.status],
      lead: dossier.lead,
      discoveredAt: dossier.discoveredAt,
      closedAt: dossier.closedAt,
    },
    evaluations,
    preventiveMeasures: preventiveMeasures(evaluations),
    improvementPoints: listImprovements(db, { dossierId }).map((p) => ({
      area: IMPROVEMENT_AREA_LABELS[p.area],
      text: p.text,
      owner: p.owner,
      status: IMPROVEMENT_STATUS_LABELS[p.status],
      decisionNote: p.decisionNote,
    })),
    aftercare: listAftercare(db, dossierId).map((m) => ({
      label: m.label,
      dueAt: m.dueAt,
      who: m.who,
      done: m.done,
      doneAt: m.doneAt,
      outcome: m.outcome,
      needs: m.needs,
    })),
  };
}

/**
 * Prevention from every audience: the agreed measures of each evaluation AND the answers to the
 * card's prevention question (parents and teachers are asked it; before, only the separate
 * "afgesproken" field counted and the report said none were recorded). Same text once per audience.
 */
function preventiveMeasures(evaluations: EvaluationReportData['evaluations']): EvaluationReportData['preventiveMeasures'] {
  const out: EvaluationReportData['preventiveMeasures'] = [];
  for (const e of evaluations) {
    const def = EVALUATION_AUDIENCE_DEFS.find((d) => d.id === e.audience);
    const answered = (def?.questions ?? [])
      .map((q, i) => (q.id === 'preventie' ? (e.answers[i]?.answer ?? '') : ''))
      .map((t) => t.trim());
    const texts = [...answered, e.prevention.trim()].filter((t) => t !== '');
    for (const text of new Set(texts)) out.push({ audienceLabel: e.audienceLabel, text });
  }
  return out;
}

/** Logbook events that record a decision or a turn in the case (not the routine work). */
const DECISION_EVENTS = new Set([
  'statement.published',
  'buddies.chosen',
  'restperiod.set',
  'dossier.aftercare',
  'dossier.closed',
  'dossier.reopened',
]);

interface LetterEvent {
  at: string;
  text: string;
  label: string;
  count: number;
}

const dayMonth = (iso: string) =>
  new Date(iso).toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long' });

/**
 * The dossier's letters on the summary page: each on its own line when there are a few, else
 * one line for all (kinds with how often each was made, period), so a dossier with many letters still
 * has a one-page summary.
 */
function letterLines(all: readonly LetterEvent[]): Array<{ at: string | null; text: string }> {
  if (all.length <= 3) return all.map((l) => ({ at: l.at, text: l.text }));
  const sorted = [...all].sort((x, y) => x.at.localeCompare(y.at));
  const first = sorted[0]!.at;
  const last = sorted[sorted.length - 1]!.at;
  const span = dayMonth(first) === dayMonth(last) ? `op ${dayMonth(first)}` : `van ${dayMonth(first)} t/m ${dayMonth(last)}`;
  // What is counted: letters made (a whole-class letter is one, not one per parent) and, for mail
  // merges, how many letters on name they became. "van" is repeated per kind: "ouders van
  // klasgenoten (12×) en de dader (5×)" read as a letter to the pupil.
  const perKind = new Map<string, number>();
  for (const l of sorted) {
    const raw = l.label.replace(/^brief aan /i, '');
    const to = raw.charAt(0).toLowerCase() + raw.slice(1);
    perKind.set(to, (perKind.get(to) ?? 0) + 1);
  }
  const merges = sorted.filter((l) => l.count > 1);
  const onName = merges.reduce((n, l) => n + l.count, 0);
  const PARENTS = 'ouders van ';
  const parents = [...perKind].filter(([to]) => to.startsWith(PARENTS)).map(([to, n], i) => `${i === 0 ? to : to.slice('ouders '.length)} (${n}×)`);
  const others = [...perKind].filter(([to]) => !to.startsWith(PARENTS)).map(([to, n]) => `${to} (${n}×)`);
  const kinds = [...(parents.length ? [joinDutch(parents)] : []), ...others].join('; ');
  const merged = merges.length ? ` (${onName} op naam)` : '';
  return [{ at: null, text: `${all.length} brieven ${span}${merged}: ${kinds}.` }];
}

/**
 * The report's summary page. The police lines come from the typed police record (the current
 * truth, with its reference); the rest from the typed logbook events, worded by `describeEvent`.
 * Letters are listed apart from the decisions (making a letter is not a decision); they count
 * when they were saved or printed for a named recipient. Takedowns come from the takedown tracker (monitoring area, handed in by the caller), one line each: when it was
 * requested and where it stands.
 */
export function loadReportSummary(db: Database.Database, dossierId: string, takedownList: readonly Takedown[]): ReportSummary {
  const dossier = getDossierRow(db, dossierId);
  const events = dossierEvents(db, dossierId);
  const decisions: ReportSummary['decisions'] = [];

  const police = policeRecordOf(listSteps(db, dossierId));
  const { consultation, decision } = police;
  const consultedAt = events.find((e) => e.event.type === 'police.consulted')?.occurredAt ?? null;
  if (consultation.officer || consultation.contactedAt || consultation.advice) {
    decisions.push({
      at: consultation.contactedAt ?? consultedAt,
      text:
        describeEvent({ type: 'police.consulted', officer: consultation.officer, contactedAt: null }) +
        (consultation.advice.trim() ? ` Advies: ${consultation.advice.trim()}` : ''),
    });
  }
  if (decision.decision) {
    decisions.push({
      at: decision.decidedAt ?? events.find((e) => e.event.type === 'police.decided')?.occurredAt ?? null,
      text:
        describeEvent({ type: 'police.decided', decision: decision.decision, reference: decision.reference, decidedBy: decision.decidedBy }) +
        (decision.reasons.trim() ? ` Afwegingen: ${decision.reasons.trim()}` : ''),
    });
  }

  const letters: LetterEvent[] = [];
  for (const e of events) {
    const ev = e.event;
    if (DECISION_EVENTS.has(ev.type)) decisions.push({ at: e.occurredAt, text: e.text });
    else if (ev.type === 'document.produced' && ev.documentKind.startsWith('letter-'))
      letters.push({ at: e.occurredAt, text: e.text, label: ev.label, count: ev.recipientCount });
  }
  decisions.sort((a, b) => (a.at ?? '9999').localeCompare(b.at ?? '9999'));

  const aftercare = listAftercare(db, dossierId);
  const completed = new Set(listEvaluations(db, dossierId).filter((e) => e.completed).map((e) => e.audience));
  return {
    facts: {
      discoveredAt: dossier.discoveredAt,
      howDiscovered: dossier.howDiscovered,
      materialKind: dossier.materialKind,
      voluntariness: dossier.voluntariness,
      spread: dossier.spread,
      otherSchoolInvolved: dossier.otherSchoolInvolved,
      status: dossier.status,
      closedAt: dossier.closedAt,
    },
    decisions,
    letters: letterLines(letters),
    takedowns: [...takedownList]
      .reverse()
      .map((t) => ({
        platform: PLATFORM_LABELS[t.platform],
        requestedAt: t.requestedAt ?? t.createdAt,
        status: TAKEDOWN_STATUS_LABELS[t.status],
        // When it reached its final answer: the first tracker event with that status.
        settledAt:
          t.status === 'verwijderd' || t.status === 'geweigerd'
            ? (t.events.find((x) => x.status === t.status)?.at ?? t.updatedAt)
            : null,
      })),
    evaluationsCompleted: EVALUATION_AUDIENCE_DEFS.filter((d) => completed.has(d.id)).map((d) => d.label),
    aftercare: { planned: aftercare.length, done: aftercare.filter((m) => m.done).length },
    improvementPoints: listImprovements(db, { dossierId }).length,
  };
}
