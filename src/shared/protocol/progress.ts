import type { StepState, StepStatus } from '../domain';
import { AppError, missingCase } from '../errors';
import { PHASES, STEPS } from './card';
import type { ApplicabilityOptions, Phase, PhaseId, ProtocolStep, ProtocolSteps } from './types';

const HOUR_MS = 3_600_000;

/**
 * Every function here works on the protocol a dossier follows: `opts.protocol` (its pinned
 * school version) or, when absent, the built-in card.
 */
export const BUILTIN_PROTOCOL: ProtocolSteps = { phases: PHASES, steps: STEPS };

// Versions are immutable, so an index per protocol object can be kept for as long as it lives.
const INDEX = new WeakMap<ProtocolSteps, ReadonlyMap<string, ProtocolStep>>();
function stepIndex(protocol: ProtocolSteps): ReadonlyMap<string, ProtocolStep> {
  let index = INDEX.get(protocol);
  if (!index) {
    index = new Map(protocol.steps.map((s) => [s.id, s]));
    INDEX.set(protocol, index);
  }
  return index;
}
const protocolOf = (opts: ApplicabilityOptions | undefined): ProtocolSteps => opts?.protocol ?? BUILTIN_PROTOCOL;
const stepsOf = (opts: ApplicabilityOptions | undefined): readonly ProtocolStep[] => protocolOf(opts).steps;

/** The step in the given protocol (default: the built-in card). */
export function findStep(id: string, protocol: ProtocolSteps = BUILTIN_PROTOCOL): ProtocolStep | undefined {
  return stepIndex(protocol).get(id);
}

export function getStep(id: string, protocol: ProtocolSteps = BUILTIN_PROTOCOL): ProtocolStep {
  const step = stepIndex(protocol).get(id);
  if (!step) throw new AppError('NOT_FOUND', { key: 'UNKNOWN_STEP', params: { step: id } });
  return step;
}

export function getPhase(id: string, protocol: ProtocolSteps = BUILTIN_PROTOCOL): Phase {
  const phase = protocol.phases.find((p) => p.id === id);
  if (!phase) throw new AppError('NOT_FOUND', { key: 'UNKNOWN_PHASE', params: { phase: id } });
  return phase;
}

export function stepsOfPhase(phaseId: PhaseId, protocol: ProtocolSteps = BUILTIN_PROTOCOL): ProtocolStep[] {
  return protocol.steps.filter((s) => s.phaseId === phaseId);
}

export function isStepApplicable(step: ProtocolStep, opts: ApplicabilityOptions = {}): boolean {
  // The school decided in its protocol version that this step does not apply to it.
  if (step.schoolNotApplicable) return false;
  const condition = step.conditional;
  if (condition === null) return true;
  switch (condition) {
    case 'andere-school':
      return opts.otherSchoolInvolved ?? false;
    case 'verspreiding':
      return opts.spreadBeyondClass ?? true;
    default:
      return missingCase(condition);
  }
}

export function isDoneStatus(status: StepStatus): boolean {
  return status === 'gedaan' || status === 'nvt';
}

/** Last state wins, so a caller may pass an append-only history. */
function indexStates(states: readonly StepState[]): Map<string, StepState> {
  const byId = new Map<string, StepState>();
  for (const state of states) byId.set(state.stepId, state);
  return byId;
}

/** A step without a recorded state is 'open'. */
export function statusOf(states: readonly StepState[] | Map<string, StepState>, stepId: string): StepStatus {
  const byId = states instanceof Map ? states : indexStates(states);
  return byId.get(stepId)?.status ?? 'open';
}

function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/**
 * Requirements that are not done. A requirement that is itself not applicable
 * (e.g. the other school is not involved) cannot block anything.
 */
function missingRequirements(
  step: ProtocolStep,
  byId: Map<string, StepState>,
  opts: ApplicabilityOptions,
): string[] {
  return step.requires.filter((reqId) => {
    const req = stepIndex(protocolOf(opts)).get(reqId);
    if (req && !isStepApplicable(req, opts)) return false;
    return !isDoneStatus(byId.get(reqId)?.status ?? 'open');
  });
}

export interface PhaseProgress {
  phaseId: PhaseId;
  /** 'gedaan' and 'nvt' both count as done. */
  done: number;
  /** Applicable steps only. */
  total: number;
  inProgress: number;
}

export function phaseProgress(
  states: readonly StepState[],
  opts: ApplicabilityOptions = {},
): PhaseProgress[] {
  const byId = indexStates(states);
  return protocolOf(opts).phases.map((phase) => {
    const result: PhaseProgress = { phaseId: phase.id, done: 0, total: 0, inProgress: 0 };
    for (const step of stepsOf(opts)) {
      if (step.phaseId !== phase.id || !isStepApplicable(step, opts)) continue;
      const status = byId.get(step.id)?.status ?? 'open';
      result.total += 1;
      if (isDoneStatus(status)) result.done += 1;
      else if (status === 'bezig') result.inProgress += 1;
    }
    return result;
  });
}

export interface OverallProgress {
  done: number;
  total: number;
  inProgress: number;
  /** 0–100, rounded down so 100 means everything is really done. */
  percent: number;
}

export function overallProgress(
  states: readonly StepState[],
  opts: ApplicabilityOptions = {},
): OverallProgress {
  let done = 0;
  let total = 0;
  let inProgress = 0;
  for (const p of phaseProgress(states, opts)) {
    done += p.done;
    total += p.total;
    inProgress += p.inProgress;
  }
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return { done, total, inProgress, percent };
}

/**
 * What to do next: applicable, not done, not blocked. Phases are guidance rather
 * than a locked sequence, so urgent steps come first, then card order.
 */
export function nextSteps(
  states: readonly StepState[],
  opts: ApplicabilityOptions = {},
  limit = 3,
): ProtocolStep[] {
  const byId = indexStates(states);
  const candidates = stepsOf(opts).filter(
    (step) =>
      isStepApplicable(step, opts) &&
      !isDoneStatus(byId.get(step.id)?.status ?? 'open') &&
      missingRequirements(step, byId, opts).length === 0,
  );
  // Array.prototype.sort is stable, so card order is kept within each group.
  candidates.sort((a, b) => Number(b.urgent) - Number(a.urgent));
  return candidates.slice(0, Math.max(0, limit));
}

export interface OverdueStep {
  step: ProtocolStep;
  status: StepStatus;
  dueAt: string;
}

/** Only explicit due dates count: a suggestion is not a commitment. Most overdue first. */
export function overdueSteps(
  states: readonly StepState[],
  now: Date,
  opts: ApplicabilityOptions = {},
): OverdueStep[] {
  const nowMs = now.getTime();
  const result: Array<OverdueStep & { due: number }> = [];
  for (const state of indexStates(states).values()) {
    const step = stepIndex(protocolOf(opts)).get(state.stepId);
    const due = parseTime(state.dueAt);
    if (!step || due === null || !state.dueAt) continue;
    if (!isStepApplicable(step, opts) || isDoneStatus(state.status) || due >= nowMs) continue;
    result.push({ step, status: state.status, dueAt: state.dueAt, due });
  }
  result.sort((a, b) => a.due - b.due || a.step.order - b.step.order);
  return result.map(({ step, status, dueAt }) => ({ step, status, dueAt }));
}

export interface BlockedStep {
  step: ProtocolStep;
  /** Ids of required steps that are not yet done. */
  missing: string[];
}

/** Open or ongoing applicable steps that still wait for another step, in card order. */
export function blockedSteps(states: readonly StepState[], opts: ApplicabilityOptions = {}): BlockedStep[] {
  const byId = indexStates(states);
  const result: BlockedStep[] = [];
  for (const step of stepsOf(opts)) {
    if (!isStepApplicable(step, opts) || isDoneStatus(byId.get(step.id)?.status ?? 'open')) continue;
    const missing = missingRequirements(step, byId, opts);
    if (missing.length > 0) result.push({ step, missing });
  }
  return result;
}

/** Discovery time + the step's default offset, as a UTC ISO string. */
export function suggestedDueAt(step: ProtocolStep, discoveredAt: string): string | null {
  if (step.defaultDueHours === null) return null;
  const start = parseTime(discoveredAt);
  if (start === null) throw new AppError('VALIDATION', { key: 'INVALID_DISCOVERED_AT', field: 'discoveredAt' });
  return new Date(start + step.defaultDueHours * HOUR_MS).toISOString();
}

export interface FirstDayItem {
  step: ProtocolStep;
  status: StepStatus;
  /** The recorded due time, else the suggested one. */
  dueAt: string | null;
  /** True when dueAt came from the step's default rather than from the dossier. */
  suggested: boolean;
  overdue: boolean;
}

/** The urgent steps of the first 24 hours, soonest due first (ties in card order). */
export function firstDayView(
  states: readonly StepState[],
  discoveredAt: string,
  now: Date,
  opts: ApplicabilityOptions = {},
): FirstDayItem[] {
  const byId = indexStates(states);
  const nowMs = now.getTime();
  const items = stepsOf(opts).filter((step) => step.urgent && isStepApplicable(step, opts)).map((step) => {
    const state = byId.get(step.id);
    const status = state?.status ?? 'open';
    // An unparsable recorded date falls back to the suggestion rather than hiding the step.
    const recorded = state?.dueAt && parseTime(state.dueAt) !== null ? state.dueAt : null;
    const dueAt = recorded ?? suggestedDueAt(step, discoveredAt);
    const due = parseTime(dueAt);
    return {
      step,
      status,
      dueAt,
      suggested: recorded === null && dueAt !== null,
      overdue: due !== null && due < nowMs && !isDoneStatus(status),
      due,
    };
  });
  items.sort((a, b) => {
    if (a.due === null || b.due === null) {
      if (a.due !== b.due) return a.due === null ? 1 : -1;
      return a.step.order - b.step.order;
    }
    return a.due - b.due || a.step.order - b.step.order;
  });
  return items.map(({ step, status, dueAt, suggested, overdue }) => ({
    step,
    status,
    dueAt,
    suggested,
    overdue,
  }));
}
