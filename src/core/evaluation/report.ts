import type Database from 'better-sqlite3-multiple-ciphers';
import { DOSSIER_STATUS_LABELS } from '../../shared/domain/dossier';
import {
  EVALUATION_AUDIENCE_DEFS,
  IMPROVEMENT_AREA_LABELS,
  IMPROVEMENT_STATUS_LABELS,
  type EvaluationReportData,
} from '../../shared/domain/evaluation';
import { getDossierRow } from '../dossiers';
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
    preventiveMeasures: evaluations
      .filter((e) => e.prevention.trim() !== '')
      .map((e) => ({ audienceLabel: e.audienceLabel, text: e.prevention.trim() })),
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
