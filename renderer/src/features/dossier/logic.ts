import type { DossierDetail, StepState } from '../../../../src/shared/domain';
import type { ErrorKey } from '../../../../src/shared/errors';
import {
  OPEN_WORK_PHRASES,
  emptyStepRecord,
  type OpenWorkCategory,
  type ApplicabilityOptions,
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


/**
 * A category of open work as the close dialog heads it ('Open steps'): the catalog phrase of the
 * refusal to close (OPEN_WORK_*), said by `say` in the UI language, with a capital.
 */
export function openWorkTitle(category: OpenWorkCategory, say: (key: ErrorKey) => string): string {
  const text = say(OPEN_WORK_PHRASES[category]);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
