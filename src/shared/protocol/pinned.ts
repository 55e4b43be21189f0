import type { ProtocolDefinition, SchoolContact } from './schema';
import type { PhaseId, ProtocolStep } from './types';
import type { StepId } from './step-ids';

/**
 * A step that an earlier school version had and the pinned version no longer has. A dossier
 * moved past that version keeps the step's state; the dossier shows it as "vervallen in versie N".
 */
export interface RetiredStep {
  id: StepId;
  /** The step's title in the last version that had it. */
  title: string;
  phaseId: PhaseId;
  /** The first version without the step. */
  removedInVersion: number;
}

/**
 * What a dossier carries about the protocol it follows. Its own module (re-exported by
 * versions.ts) so src/shared/domain can name it without importing versions.ts, which itself
 * reads domain types — that pair was an import cycle.
 */
export interface PinnedProtocol {
  version: number;
  establishedAt: string;
  phases: ProtocolDefinition['phases'];
  steps: ProtocolStep[];
  contacts: SchoolContact[];
  /** Steps of earlier versions that this version dropped (empty for version 1). */
  retiredSteps: RetiredStep[];
}

/**
 * Steps that left the protocol on the way to `versions.at(-1)`, given every version up to
 * and including it in ascending order.
 */
export function retiredStepsOf(versions: ReadonlyArray<{ version: number; steps: readonly ProtocolStep[] }>): RetiredStep[] {
  const last = versions.at(-1);
  if (!last) return [];
  const current = new Set(last.steps.map((s) => s.id));
  const lastSeen = new Map<StepId, { step: ProtocolStep; version: number }>();
  for (const v of versions) for (const s of v.steps) lastSeen.set(s.id, { step: s, version: v.version });
  const retired: RetiredStep[] = [];
  for (const [id, seen] of lastSeen) {
    if (current.has(id)) continue;
    const removedIn = versions.find((v) => v.version > seen.version)?.version ?? seen.version + 1;
    retired.push({ id, title: seen.step.title, phaseId: seen.step.phaseId, removedInVersion: removedIn });
  }
  return retired.sort((x, y) => x.removedInVersion - y.removedInVersion);
}

/**
 * The title a step id has for a dossier: from the version it follows, else from the version
 * that dropped it; the id itself only for an id no version ever had.
 */
export function stepTitleIn(
  protocol: Pick<PinnedProtocol, 'steps'> & Partial<Pick<PinnedProtocol, 'retiredSteps'>>,
  stepId: string,
  fallback: readonly ProtocolStep[] = [],
): string {
  return (
    protocol.steps.find((s) => s.id === stepId)?.title ??
    protocol.retiredSteps?.find((s) => s.id === stepId)?.title ??
    fallback.find((s) => s.id === stepId)?.title ??
    stepId
  );
}
