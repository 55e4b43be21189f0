import type { StepState } from '../domain';
import { OPEN_WORK_CATEGORIES, OPEN_WORK_LABELS, type OpenWorkCategory } from './events';
import { isDoneStatus, isStepApplicable } from './progress';
import type { ProtocolSteps } from './types';

/**
 * What is still open in a dossier, for the close dialog and the core's refusal. Pure: the core
 * gathers the rows, the renderer shows the same list the core checks.
 */
export interface OpenWorkInput {
  protocol: ProtocolSteps;
  otherSchoolInvolved: boolean;
  steps: readonly StepState[];
  /** Takedown requests: open ones are listed. */
  takedowns: ReadonlyArray<{ id: string; platformLabel: string; open: boolean }>;
  /** Evaluations that apply to this dossier, with whether each is completed. */
  evaluations: ReadonlyArray<{ audience: string; label: string; completed: boolean }>;
  /** Planned aftercare moments (done or not). None planned is open work. */
  aftercareCount: number;
  actions: ReadonlyArray<{ id: string; wat: string; wie: string; done: boolean }>;
}

export interface OpenWorkItem {
  id: string;
  label: string;
  /** Who has it ("eigenaar"), when known. */
  owner: string;
}
export interface OpenWork {
  category: OpenWorkCategory;
  label: string;
  items: OpenWorkItem[];
}

/** Every category with something open, in a fixed order. */
export function openWorkOf(input: OpenWorkInput): OpenWork[] {
  const states = new Map(input.steps.map((s) => [s.stepId, s]));
  const opts = { otherSchoolInvolved: input.otherSchoolInvolved, protocol: input.protocol };
  const byCategory: Record<OpenWorkCategory, OpenWorkItem[]> = {
    stappen: input.protocol.steps
      .filter((s) => isStepApplicable(s, opts))
      // Evaluation steps are listed under "evaluaties" through their evaluations.
      .filter((s) => s.phaseId !== 'evalueer' || s.tool !== 'evaluation')
      .filter((s) => !isDoneStatus(states.get(s.id)?.status ?? 'open'))
      .map((s) => ({ id: s.id, label: s.title, owner: states.get(s.id)?.owner ?? '' })),
    verwijderverzoeken: input.takedowns.filter((t) => t.open).map((t) => ({ id: t.id, label: t.platformLabel, owner: '' })),
    evaluaties: input.evaluations.filter((e) => !e.completed).map((e) => ({ id: e.audience, label: e.label, owner: '' })),
    nazorg: input.aftercareCount === 0 ? [{ id: 'nazorg', label: 'Er is geen nazorgmoment gepland', owner: '' }] : [],
    acties: input.actions.filter((a) => !a.done).map((a) => ({ id: a.id, label: a.wat, owner: a.wie })),
  };
  return OPEN_WORK_CATEGORIES.filter((c) => byCategory[c].length > 0).map((c) => ({
    category: c,
    label: OPEN_WORK_LABELS[c],
    items: byCategory[c],
  }));
}

/** Reasons to close anyway, one per category of open work. */
export type CloseReasons = Partial<Record<OpenWorkCategory, string>>;

/**
 * Whether a dossier may be closed: with nothing open, always; with open work, only when every
 * category has a reason (at least a few characters). `missing` lists the categories without one.
 */
export function canClose(work: readonly OpenWork[], reasons: CloseReasons = {}): { ok: boolean; missing: OpenWorkCategory[] } {
  const missing = work.filter((w) => (reasons[w.category] ?? '').trim().length < 3).map((w) => w.category);
  return { ok: missing.length === 0, missing };
}
