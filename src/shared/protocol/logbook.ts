import type { ChronologyEntry } from '../domain/dossier';
import { eventStepId, isStatusEvent } from './events';
import { findStep } from './progress';
import type { PhaseId, ProtocolSteps } from './types';

/**
 * The logbook as people read it, shared by the logbook tab and the dossier-overview PDF so both
 * tell the same story: corrections stay with what they correct, acts stand on their own and
 * runs of status changes fold into one line ("7 stappen afgevinkt").
 */

export interface LogbookItem {
  entry: ChronologyEntry;
  /** Later corrections of this entry, oldest first. */
  corrections: ChronologyEntry[];
}

/**
 * Every original entry in logbook order, its corrections attached to it (the original stays
 * readable once corrected). Corrections never appear on their own, so the court-safe link is
 * always visible.
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
  /** Consecutive status changes shown as one line ("7 stappen afgevinkt"), in the rows' order. */
  | { type: 'folded'; key: string; items: LogbookItem[]; done: number };

export interface LogbookView {
  filter?: LogbookFilter;
  phase?: PhaseId | null;
  /** The tab shows the newest first; a document reads from the start. */
  order?: 'newest-first' | 'oldest-first';
}

/**
 * The logbook as shown: filtered by category and phase; in "alles" runs of status changes fold
 * into one row, so the acts tell the story and the clicks stay available (a corrected status
 * line is never folded away).
 */
export function logbookRows(items: readonly LogbookItem[], protocol: ProtocolSteps, view: LogbookView = {}): LogbookRow[] {
  const { filter = 'alles', phase = null, order = 'newest-first' } = view;
  const shown = (order === 'newest-first' ? [...items].reverse() : [...items])
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

/** The Dutch headline of a folded row: "7 stappen afgevinkt" or "4 stappen afgevinkt of gewijzigd". */
export function foldedHeadline(row: Extract<LogbookRow, { type: 'folded' }>): string {
  const n = row.items.length;
  const steps = n === 1 ? 'stap' : 'stappen';
  return row.done === n ? `${n} ${steps} afgevinkt` : `${n} ${steps} afgevinkt of gewijzigd`;
}
