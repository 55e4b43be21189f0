import type { StepId } from './step-ids';

/**
 * The protocol card ("Help! Er circuleert een naaktfoto / seksfilmpje op mijn school!")
 * modelled as data. Pure types: shared by renderer and main process.
 */

export const PHASE_IDS = [
  'analyseer',
  'reageer',
  'faciliteer',
  'activeer',
  'communiceer',
  'evalueer',
] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export interface Phase {
  id: PhaseId;
  /** Dutch title as shown in the UI, e.g. 'Analyseer'. */
  title: string;
  /** 1-based position on the card. */
  order: number;
  summary: string;
  /** Phase-level texts from the card (not tied to one step). */
  tips: readonly string[];
}

/** Every step opens exactly one tool in the UI; the step's `data` record is shaped by it. */
export const TOOL_KINDS = [
  'victim-support',
  'extent',
  'protocol-check',
  'confidant',
  'police-advice',
  'action-plan',
  'conversation',
  'parent-help',
  'perpetrator',
  'school-contact',
  'report-decision',
  'takedown',
  'rest-period',
  'decision',
  'statement',
  'teacher-guidance',
  'class-session',
  'buddies',
  'letter',
  'monitoring',
  'media-plan',
  'evaluation',
  'aftercare',
  'protocol-update',
  'checklist',
] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];

/**
 * Why a step may not apply:
 * - 'andere-school': only when the perpetrator attends another school;
 * - 'verspreiding': only when the material spread beyond the victim's class.
 */
export type StepCondition = 'andere-school' | 'verspreiding';

export interface SubPoint {
  /** Stable within its step (kebab-case). */
  id: string;
  label: string;
  help?: string;
}

export interface HelpLink {
  label: string;
  /** Always https, always an allowlisted Dutch help site (see ALLOWED_LINK_HOSTS). */
  url: string;
}

export interface ProtocolStep {
  /** Stable kebab-case id; stored in StepState.stepId, so never rename (CARD_STEP_IDS). */
  id: StepId;
  phaseId: PhaseId;
  /** 1-based position on the whole card (card order across phases). */
  order: number;
  /** The card's wording. */
  title: string;
  /** Dutch paragraphs (separated by a blank line) expanding the card. */
  guidance: string;
  tips: readonly string[];
  subPoints: readonly SubPoint[];
  conditional: StepCondition | null;
  /** Belongs in the "eerste 24 uur" view. */
  urgent: boolean;
  /** Suggested due offset from the moment of discovery. */
  defaultDueHours: number | null;
  tool: ToolKind;
  /** Step ids that must be done (or n.v.t.) before this step is unblocked. */
  requires: readonly StepId[];
  links?: readonly HelpLink[];
  /** Set in a school version: the step does not apply to this school, with the school's reason. */
  schoolNotApplicable?: { reason: string } | null;
}

/** The steps a dossier follows: the built-in card or the school version it pins. */
export interface ProtocolSteps {
  phases: readonly Phase[];
  steps: readonly ProtocolStep[];
}

export interface ChecklistItem {
  id: string;
  label: string;
}

export interface DecisionOption {
  id: string;
  label: string;
  help: string;
}

export type ReportDecisionId = 'geen-melding' | 'melding' | 'aangifte';
export interface ReportDecisionOption extends DecisionOption {
  id: ReportDecisionId;
}

export interface MediaPlanQuestion {
  id: string;
  label: string;
  help?: string;
}

/** Facts about the dossier that decide whether conditional steps apply. */
export interface ApplicabilityOptions {
  /** The perpetrator attends another school. Default: false (not known to be involved). */
  otherSchoolInvolved?: boolean;
  /**
   * The material spread beyond the victim's class. Default: true, because missing
   * these steps is worse than marking them 'nvt' with a reason.
   */
  spreadBeyondClass?: boolean;
  /** The protocol version the dossier follows; the built-in card when absent. */
  protocol?: ProtocolSteps;
}
