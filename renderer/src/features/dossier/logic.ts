import type { ChronologyEntry, DossierDetail, StepState } from '../../../../src/shared/domain';
import {
  emptyStepRecord,
  eventStepId,
  findStep,
  isStatusEvent,
  type ApplicabilityOptions,
  type PhaseId,
  type ProtocolSteps,
  type StepId,
  type ToolKind,
} from '../../../../src/shared/protocol';

/**
 * Pure view logic of the dossier screens: no React, no I/O, so it is unit-tested
 * (tests/unit/renderer/view-logic.test.ts).
 */

/** Tabs owned by other screens; a step with one of these tools links there. */
export type ExternalToolTab = 'documenten' | 'monitoring' | 'evaluatie';

export const TOOL_TAB: Record<ToolKind, ExternalToolTab | null> = {
  'victim-support': null,
  extent: null,
  'protocol-check': null,
  confidant: null,
  'police-advice': null,
  'action-plan': null,
  conversation: null,
  'parent-help': null,
  perpetrator: null,
  'school-contact': null,
  'report-decision': null,
  takedown: 'monitoring',
  'rest-period': null,
  decision: null,
  statement: 'documenten',
  'teacher-guidance': 'documenten',
  'class-session': null,
  buddies: null,
  letter: 'documenten',
  monitoring: 'monitoring',
  'media-plan': null,
  evaluation: 'evaluatie',
  aftercare: 'evaluatie',
  'protocol-update': 'evaluatie',
  checklist: null,
};

export interface Elapsed {
  totalMinutes: number;
  days: number;
  hours: number;
  minutes: number;
}

export function elapsedSince(fromIso: string, now: Date): Elapsed {
  const from = Date.parse(fromIso);
  return elapsedFromMinutes(Number.isNaN(from) ? 0 : Math.floor((now.getTime() - from) / 60_000));
}

export function elapsedFromMinutes(minutes: number): Elapsed {
  const totalMinutes = Math.max(0, Math.floor(minutes));
  return {
    totalMinutes,
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

/** "2 dagen, 3 uur en 5 minuten" — Dutch, singular/plural right. */
export function formatElapsedNl(e: Elapsed): string {
  const parts: string[] = [];
  if (e.days > 0) parts.push(`${e.days} ${e.days === 1 ? 'dag' : 'dagen'}`);
  if (e.hours > 0) parts.push(`${e.hours} uur`);
  if (e.days === 0) parts.push(`${e.minutes} ${e.minutes === 1 ? 'minuut' : 'minuten'}`);
  if (parts.length === 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

export interface LogbookItem {
  entry: ChronologyEntry;
  /** Later corrections of this entry, oldest first. */
  corrections: ChronologyEntry[];
}

/**
 * The logbook as shown: every original entry in order, its corrections attached to it
 * (the original stays readable, struck through, once corrected). Corrections never
 * appear on their own, so the court-safe link is always visible.
 */
export function buildLogbook(entries: readonly ChronologyEntry[]): LogbookItem[] {
  const byId = new Map<string, LogbookItem>();
  const items: LogbookItem[] = [];
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  for (const entry of sorted) {
    if (entry.kind === 'correctie' && entry.correctsId) {
      // A correction of a correction belongs to the same original.
      let target = byId.get(entry.correctsId);
      if (!target) {
        const parent = sorted.find((e) => e.id === entry.correctsId);
        if (parent?.correctsId) target = byId.get(parent.correctsId);
      }
      if (target) {
        target.corrections.push(entry);
        byId.set(entry.id, target);
        continue;
      }
    }
    const item = { entry, corrections: [] };
    byId.set(entry.id, item);
    items.push(item);
  }
  return items;
}

export const LOGBOOK_FILTERS = ['alles', 'notities', 'gebeurtenissen', 'status'] as const;
export type LogbookFilter = (typeof LOGBOOK_FILTERS)[number];

/** Which filter an entry belongs to: a note (or its correction), a status change, or an act. */
export function logbookCategory(entry: ChronologyEntry): Exclude<LogbookFilter, 'alles'> {
  if (entry.kind === 'notitie' || entry.kind === 'correctie') return 'notities';
  if (isStatusEvent(entry.event) || (entry.event === null && entry.kind === 'status')) return 'status';
  return 'gebeurtenissen';
}

/** The phase an entry is about (through its event's step), or null when it is about the dossier. */
export function logbookPhase(entry: ChronologyEntry, protocol: ProtocolSteps): PhaseId | null {
  const stepId = entry.event ? eventStepId(entry.event) : null;
  return stepId ? (findStep(stepId, protocol)?.phaseId ?? null) : null;
}

export type LogbookRow =
  | { type: 'entry'; item: LogbookItem }
  /** Consecutive status changes shown as one line ("7 stappen afgevinkt"), expandable. */
  | { type: 'folded'; key: string; items: LogbookItem[]; done: number };

/**
 * The logbook as shown, newest first: filtered by category and phase; in "alles" runs of status
 * changes fold into one line, so the acts tell the story and the clicks stay available.
 */
export function logbookRows(
  items: readonly LogbookItem[],
  filter: LogbookFilter,
  phase: PhaseId | null,
  protocol: ProtocolSteps,
): LogbookRow[] {
  const shown = [...items]
    .reverse()
    .filter((i) => filter === 'alles' || logbookCategory(i.entry) === filter)
    .filter((i) => phase === null || logbookPhase(i.entry, protocol) === phase);
  if (filter !== 'alles') return shown.map((item) => ({ type: 'entry', item }));
  const rows: LogbookRow[] = [];
  let run: LogbookItem[] = [];
  const flush = () => {
    if (run.length === 1) rows.push({ type: 'entry', item: run[0]! });
    else if (run.length > 1) {
      const done = run.filter((i) => isStatusEvent(i.entry.event) && i.entry.event.to === 'gedaan').length;
      rows.push({ type: 'folded', key: run[0]!.entry.id, items: run, done });
    }
    run = [];
  };
  for (const item of shown) {
    if (logbookCategory(item.entry) === 'status' && item.corrections.length === 0) run.push(item);
    else {
      flush();
      rows.push({ type: 'entry', item });
    }
  }
  flush();
  return rows;
}

/**
 * Same options the core's overview uses, so progress matches everywhere. Spread-dependent
 * steps stay applicable; the user marks them 'niet van toepassing' with a reason.
 */
export function applicability(detail: DossierDetail): ApplicabilityOptions {
  // The protocol version the dossier follows drives every progress/next/overdue computation.
  return { otherSchoolInvolved: detail.dossier.otherSchoolInvolved, protocol: detail.protocol };
}

export function stepState(detail: DossierDetail, stepId: StepId): StepState {
  return (
    detail.steps.find((s) => s.stepId === stepId) ?? {
      dossierId: detail.dossier.id,
      stepId,
      status: 'open',
      nvtReason: '',
      owner: '',
      dueAt: null,
      notes: '',
      data: emptyStepRecord(stepId),
      updatedAt: null,
    }
  );
}

