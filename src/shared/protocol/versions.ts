import { z } from 'zod';
import type { StepState } from '../domain';
import { foldText } from '../text/fold';
import { PHASES, STEPS } from './card';
import {
  ProtocolDefinitionSchema,
  ProtocolStepIdSchema,
  StepIdSchema,
  SubPointSchema,
  firstIssue,
  type ProtocolDefinition,
  type SchoolContact,
} from './schema';
import type { PinnedProtocol, RetiredStep } from './pinned';
import type { SchoolStepId, StepId } from './step-ids';
import { PHASE_IDS, type PhaseId, type ProtocolStep } from './types';

/**
 * School protocol versions: version 1 is the built-in card, later versions are the school's
 * own. Everything here is pure so the editor can preview exactly what the core will store.
 */

/** Bump when the built-in card's content changes; schools then see what changed in the base. */
export const BUILTIN_CARD_REVISION = '2026.1';

/** Steps the card treats as essential: they can be reworded, but removing them needs a logged reason. */
export const ESSENTIAL_STEP_IDS: readonly string[] = [
  'aandacht-slachtoffer',
  'politie-advies',
  'offline-halen',
  'evaluatie-betrokkenen',
  'evaluatie-zat',
];
export function isEssentialStep(stepId: string): boolean {
  return ESSENTIAL_STEP_IDS.includes(stepId);
}

/** School-added steps: `school-<kebab>`, so they can never collide with a card step id. */
export const SCHOOL_STEP_PREFIX = 'school-';
export function isSchoolStepId(stepId: string): boolean {
  return stepId.startsWith(SCHOOL_STEP_PREFIX);
}

export function builtInDefinition(): ProtocolDefinition {
  return ProtocolDefinitionSchema.parse({
    phases: PHASES.map((p) => ({ ...p, tips: [...p.tips] })),
    steps: STEPS.map((s) => ({ ...s })),
    contacts: [],
  });
}

export const PROTOCOL_ORIGINS = ['kaart', 'school', 'import'] as const;
export type ProtocolOrigin = (typeof PROTOCOL_ORIGINS)[number];

export const CHANGE_KINDS = [
  'stap-gewijzigd',
  'stap-toegevoegd',
  'stap-verwijderd',
  'stap-niet-van-toepassing',
  'stap-weer-van-toepassing',
  'contact-toegevoegd',
  'contact-verwijderd',
  'basis-overgenomen',
  'geimporteerd',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ProtocolChange {
  kind: ChangeKind;
  /** The step or contact the change is about; null for a whole-protocol change. */
  subjectId: string | null;
  /** The step title or contact name at the time, so history reads without the definition. */
  subject: string;
  /** What changed, in one Dutch sentence. */
  summary: string;
  reason: string;
  /** The explicit reason for removing an essential step (or marking it not applicable). */
  essentialReason: string | null;
  improvementPointIds: string[];
}

export interface ProtocolVersionSummary {
  version: number;
  /** "Vastgesteld op". */
  establishedAt: string;
  establishedBy: string;
  origin: ProtocolOrigin;
  /** The built-in card revision this version builds on. */
  cardRevision: string;
  /** For imported versions: which school and version it came from. */
  importedFrom: { school: string; version: number } | null;
  changes: ProtocolChange[];
}
export interface ProtocolVersion extends ProtocolVersionSummary {
  definition: ProtocolDefinition;
}

export { retiredStepsOf, stepTitleIn, type PinnedProtocol, type RetiredStep } from './pinned';

const PINNED = new WeakMap<ProtocolVersion, PinnedProtocol>();
/**
 * One object per stored version, so per-protocol indexes (progress.ts) are built once.
 * `retiredSteps` comes from the earlier versions, which only the vault knows (the core's
 * pinnedProtocolOf passes them); without them the pinned protocol lists none.
 */
export function pinnedOf(v: ProtocolVersion, retiredSteps?: RetiredStep[]): PinnedProtocol {
  const known = PINNED.get(v);
  if (known && (retiredSteps === undefined || known.retiredSteps === retiredSteps)) return known;
  const pinned: PinnedProtocol = {
    version: v.version,
    establishedAt: v.establishedAt,
    phases: v.definition.phases,
    steps: v.definition.steps,
    contacts: v.definition.contacts,
    retiredSteps: retiredSteps ?? [],
  };
  PINNED.set(v, pinned);
  return pinned;
}

// ── Edits ─────────────────────────────────────────────────────────────────────

const reasonText = z
  .string({ error: 'Reden: tekst verwacht.' })
  .trim()
  .min(3, { error: 'Geef bij elke wijziging een reden.' })
  .max(2_000, { error: 'De reden is te lang (maximaal 2000 tekens).' });
const optText = (label: string, max: number) =>
  z
    .string({ error: `${label}: tekst verwacht.` })
    .trim()
    .max(max, { error: `${label} is te lang (maximaal ${max} tekens).` });
const uuid = z.string().regex(/^[0-9a-f-]{36}$/, { error: 'Ongeldige id.' });

const EditSubPointSchema = z
  .object({
    id: StepIdSchema.optional(),
    label: SubPointSchema.shape.label,
    help: SubPointSchema.shape.help,
  })
  .strict();
const DueHoursSchema = z
  .number({ error: 'Termijn: getal (uren) verwacht.' })
  .int({ error: 'Termijn in hele uren.' })
  .min(0, { error: 'Een termijn kan niet negatief zijn.' })
  .max(24 * 366, { error: 'Een termijn van meer dan een jaar is niet mogelijk.' })
  .nullable();

const StepContentSchema = z
  .object({
    title: optText('Titel van de stap', 200).min(1, { error: 'Titel van de stap is verplicht.' }),
    guidance: optText('Uitleg bij de stap', 10_000),
    tips: z.array(optText('Tip', 500).min(1, { error: 'Een tip mag niet leeg zijn.' })).max(30),
    subPoints: z.array(EditSubPointSchema).max(40),
    defaultDueHours: DueHoursSchema,
    urgent: z.boolean(),
  })
  .strict();
export type StepContent = z.infer<typeof StepContentSchema>;

const common = {
  reason: reasonText,
  improvementPointIds: z.array(uuid).max(20).default([]),
};

export const ProtocolEditSchema = z.discriminatedUnion(
  'op',
  [
    z.object({ op: z.literal('editStep'), stepId: ProtocolStepIdSchema, changes: StepContentSchema.partial(), ...common }).strict(),
    z
      .object({
        op: z.literal('addStep'),
        phaseId: z.enum(PHASE_IDS),
        /** Insert after this step; null = first step of the phase. */
        afterStepId: ProtocolStepIdSchema.nullable(),
        step: StepContentSchema,
        ...common,
      })
      .strict(),
    z
      .object({
        op: z.literal('removeStep'),
        stepId: ProtocolStepIdSchema,
        essentialReason: optText('Reden voor het verwijderen van een essentiële stap', 2_000).optional(),
        ...common,
      })
      .strict(),
    z
      .object({
        op: z.literal('setNotApplicable'),
        stepId: ProtocolStepIdSchema,
        notApplicable: z.boolean(),
        essentialReason: optText('Reden voor een essentiële stap', 2_000).optional(),
        ...common,
      })
      .strict(),
    z
      .object({
        op: z.literal('addContact'),
        contact: z
          .object({
            name: optText('Naam van het contact', 200).min(1, { error: 'Naam van het contact is verplicht.' }),
            role: optText('Rol of organisatie', 200),
            phone: optText('Telefoon', 60),
            email: optText('E-mail', 200),
            note: optText('Waarvoor', 1_000),
          })
          .strict(),
        ...common,
      })
      .strict(),
    z.object({ op: z.literal('removeContact'), contactId: StepIdSchema, ...common }).strict(),
    /** Take over the built-in card's current version of one step (added, changed or removed there). */
    z.object({ op: z.literal('adoptBaseStep'), stepId: ProtocolStepIdSchema, ...common }).strict(),
  ],
  { error: 'Onbekende soort wijziging.' },
);
export type ProtocolEdit = z.input<typeof ProtocolEditSchema>;
type ParsedEdit = z.output<typeof ProtocolEditSchema>;

export class ProtocolEditError extends Error {}

function slug(text: string): string {
  return (
    foldText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'stap'
  );
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function withSubPointIds(points: StepContent['subPoints'], previous: ProtocolStep['subPoints']): ProtocolStep['subPoints'] {
  const byLabel = new Map(previous.map((p) => [p.label, p.id]));
  const taken = new Set<string>();
  // Explicit ids first, so a new point cannot take the id of an existing one.
  for (const p of points) if (p.id) taken.add(p.id);
  return points.map((p) => {
    const id = p.id ?? (byLabel.has(p.label) && !taken.has(byLabel.get(p.label)!) ? byLabel.get(p.label)! : null);
    const finalId = id ?? uniqueId(slug(p.label), taken);
    taken.add(finalId);
    return p.help ? { id: finalId, label: p.label, help: p.help } : { id: finalId, label: p.label };
  });
}

const FIELD_LABELS: Record<keyof StepContent, string> = {
  title: 'titel',
  guidance: 'uitleg',
  tips: 'tips',
  subPoints: 'deelpunten',
  defaultDueHours: 'termijn',
  urgent: 'eerste 24 uur',
};

export function formatDueHours(hours: number | null): string {
  if (hours === null) return 'geen termijn';
  if (hours === 0) return 'direct';
  if (hours % 24 === 0) return hours === 24 ? '1 dag' : `${hours / 24} dagen`;
  return hours === 1 ? '1 uur' : `${hours} uur`;
}

function renumber(steps: ProtocolStep[]): ProtocolStep[] {
  // Steps stay grouped by phase in phase order; within a phase their relative order is kept.
  const ordered = PHASE_IDS.flatMap((phaseId) => steps.filter((s) => s.phaseId === phaseId));
  return ordered.map((s, i) => ({ ...s, order: i + 1 }));
}

function requireEssentialReason(step: ProtocolStep, essentialReason: string | undefined, what: string): string | null {
  if (!isEssentialStep(step.id)) return null;
  const reason = (essentialReason ?? '').trim();
  if (reason.length < 10) {
    throw new ProtocolEditError(
      `"${step.title}" is een essentiële stap van het stappenplan. Je kunt de tekst aanpassen, maar ${what} kan alleen met een uitdrukkelijke reden (minstens 10 tekens) die in de geschiedenis wordt vastgelegd.`,
    );
  }
  return reason;
}

export interface ApplyResult {
  definition: ProtocolDefinition;
  changes: ProtocolChange[];
}

/**
 * Applies the editor's edits, in order, to a definition. Throws ProtocolEditError with a Dutch
 * message for anything that is not allowed; the result is validated with the card's schema.
 */
export function applyEdits(
  base: ProtocolDefinition,
  rawEdits: readonly ProtocolEdit[],
  builtIn: ProtocolDefinition = builtInDefinition(),
): ApplyResult {
  if (rawEdits.length === 0) throw new ProtocolEditError('Er zijn geen wijzigingen om vast te stellen.');
  let steps: ProtocolStep[] = base.steps.map((s) => ({ ...s }));
  let contacts: SchoolContact[] = base.contacts.map((c) => ({ ...c }));
  const changes: ProtocolChange[] = [];
  const find = (id: string): ProtocolStep => {
    const step = steps.find((s) => s.id === id);
    if (!step) throw new ProtocolEditError(`Deze stap staat niet (meer) in het protocol: ${id}.`);
    return step;
  };
  const replace = (next: ProtocolStep) => {
    steps = steps.map((s) => (s.id === next.id ? next : s));
  };

  for (const raw of rawEdits) {
    const parsed = ProtocolEditSchema.safeParse(raw);
    if (!parsed.success) throw new ProtocolEditError(firstIssue(parsed.error));
    const edit: ParsedEdit = parsed.data;
    const change = (c: Omit<ProtocolChange, 'reason' | 'improvementPointIds' | 'essentialReason'> & { essentialReason?: string | null }) =>
      changes.push({
        essentialReason: null,
        ...c,
        reason: edit.reason,
        improvementPointIds: [...new Set(edit.improvementPointIds)],
      });

    switch (edit.op) {
      case 'editStep': {
        const step = find(edit.stepId);
        const next: ProtocolStep = { ...step };
        const fields: string[] = [];
        const c = edit.changes;
        const set = <K extends keyof ProtocolStep>(key: K, value: ProtocolStep[K], label: string) => {
          next[key] = value;
          fields.push(label);
        };
        if (c.title !== undefined && c.title !== step.title) set('title', c.title, FIELD_LABELS.title);
        if (c.guidance !== undefined && c.guidance !== step.guidance) set('guidance', c.guidance, FIELD_LABELS.guidance);
        if (c.tips !== undefined && JSON.stringify(c.tips) !== JSON.stringify(step.tips)) set('tips', c.tips, FIELD_LABELS.tips);
        if (c.subPoints !== undefined) {
          const sub = withSubPointIds(c.subPoints, step.subPoints);
          if (JSON.stringify(sub) !== JSON.stringify(step.subPoints)) set('subPoints', sub, FIELD_LABELS.subPoints);
        }
        if (c.defaultDueHours !== undefined && c.defaultDueHours !== step.defaultDueHours) {
          set(
            'defaultDueHours',
            c.defaultDueHours,
            `${FIELD_LABELS.defaultDueHours} (${formatDueHours(step.defaultDueHours)} → ${formatDueHours(c.defaultDueHours)})`,
          );
        }
        if (c.urgent !== undefined && c.urgent !== step.urgent) set('urgent', c.urgent, FIELD_LABELS.urgent);
        if (fields.length === 0) throw new ProtocolEditError(`Er is niets veranderd aan "${step.title}".`);
        replace(next);
        change({ kind: 'stap-gewijzigd', subjectId: step.id, subject: next.title, summary: `Aangepast: ${fields.join(', ')}.` });
        break;
      }
      case 'addStep': {
        const taken = new Set(steps.map((s) => s.id));
        const id = uniqueId(`${SCHOOL_STEP_PREFIX}${slug(edit.step.title)}`, taken) as SchoolStepId;
        if (edit.afterStepId !== null) {
          const after = find(edit.afterStepId);
          if (after.phaseId !== edit.phaseId) throw new ProtocolEditError('De nieuwe stap moet na een stap uit dezelfde fase komen.');
        }
        const step: ProtocolStep = {
          id,
          phaseId: edit.phaseId,
          order: 0,
          title: edit.step.title,
          guidance: edit.step.guidance,
          tips: edit.step.tips,
          subPoints: withSubPointIds(edit.step.subPoints, []),
          conditional: null,
          urgent: edit.step.urgent,
          defaultDueHours: edit.step.defaultDueHours,
          // A school step has no dedicated tool: its sub-points are its checklist.
          tool: 'checklist',
          requires: [],
        };
        const index =
          edit.afterStepId === null
            ? steps.findIndex((s) => PHASE_IDS.indexOf(s.phaseId) >= PHASE_IDS.indexOf(edit.phaseId))
            : steps.findIndex((s) => s.id === edit.afterStepId) + 1;
        steps.splice(index < 0 ? steps.length : index, 0, step);
        steps = renumber(steps);
        change({
          kind: 'stap-toegevoegd',
          subjectId: id,
          subject: step.title,
          summary: `Nieuwe stap in ${PHASES.find((p) => p.id === edit.phaseId)?.title ?? edit.phaseId}${
            step.defaultDueHours !== null ? `, termijn ${formatDueHours(step.defaultDueHours)}` : ''
          }${step.subPoints.length ? `, ${step.subPoints.length} ${step.subPoints.length === 1 ? 'deelpunt' : 'deelpunten'}` : ''}.`,
        });
        break;
      }
      case 'removeStep': {
        const step = find(edit.stepId);
        const essentialReason = requireEssentialReason(step, edit.essentialReason, 'verwijderen');
        steps = renumber(
          steps.filter((s) => s.id !== step.id).map((s) => ({ ...s, requires: s.requires.filter((r) => r !== step.id) })),
        );
        change({ kind: 'stap-verwijderd', subjectId: step.id, subject: step.title, summary: 'Stap verwijderd.', essentialReason });
        break;
      }
      case 'setNotApplicable': {
        const step = find(edit.stepId);
        const currently = Boolean(step.schoolNotApplicable);
        if (currently === edit.notApplicable) {
          throw new ProtocolEditError(`"${step.title}" is al ${currently ? 'niet ' : ''}van toepassing.`);
        }
        const essentialReason = edit.notApplicable
          ? requireEssentialReason(step, edit.essentialReason, 'hem als niet van toepassing markeren')
          : null;
        replace({ ...step, schoolNotApplicable: edit.notApplicable ? { reason: edit.reason } : null });
        change({
          kind: edit.notApplicable ? 'stap-niet-van-toepassing' : 'stap-weer-van-toepassing',
          subjectId: step.id,
          subject: step.title,
          summary: edit.notApplicable ? 'Voor onze school niet van toepassing.' : 'Weer van toepassing voor onze school.',
          essentialReason,
        });
        break;
      }
      case 'addContact': {
        const id = uniqueId(slug(edit.contact.name), new Set(contacts.map((c) => c.id)));
        contacts = [...contacts, { id, ...edit.contact }];
        change({
          kind: 'contact-toegevoegd',
          subjectId: id,
          subject: edit.contact.name,
          summary: `Contact toegevoegd aan de hulplijst${edit.contact.role ? ` (${edit.contact.role})` : ''}.`,
        });
        break;
      }
      case 'removeContact': {
        const contact = contacts.find((c) => c.id === edit.contactId);
        if (!contact) throw new ProtocolEditError('Dit contact staat niet (meer) in de hulplijst.');
        contacts = contacts.filter((c) => c.id !== edit.contactId);
        change({ kind: 'contact-verwijderd', subjectId: contact.id, subject: contact.name, summary: 'Contact verwijderd uit de hulplijst.' });
        break;
      }
      case 'adoptBaseStep': {
        const fromCard = builtIn.steps.find((s) => s.id === edit.stepId);
        const current = steps.find((s) => s.id === edit.stepId);
        if (!fromCard && !current) throw new ProtocolEditError(`Deze stap bestaat niet: ${edit.stepId}.`);
        if (!fromCard && current) {
          if (isSchoolStepId(current.id)) throw new ProtocolEditError('Een eigen stap van de school staat niet op de kaart.');
          const essentialReason = requireEssentialReason(current, undefined, 'verwijderen');
          steps = renumber(steps.filter((s) => s.id !== current.id).map((s) => ({ ...s, requires: s.requires.filter((r) => r !== current.id) })));
          change({ kind: 'basis-overgenomen', subjectId: current.id, subject: current.title, summary: 'Van de nieuwe kaart overgenomen: stap verwijderd.', essentialReason });
          break;
        }
        const card = fromCard!;
        if (current) {
          // Keep the school's own n.v.t. choice; the rest follows the card.
          replace({ ...card, order: current.order, schoolNotApplicable: current.schoolNotApplicable ?? null });
          change({ kind: 'basis-overgenomen', subjectId: card.id, subject: card.title, summary: 'Tekst en termijn van de nieuwe kaart overgenomen.' });
        } else {
          const ids = new Set(steps.map((s) => s.id));
          const cardIndex = builtIn.steps.findIndex((s) => s.id === card.id);
          const prev = builtIn.steps.slice(0, cardIndex).reverse().find((s) => ids.has(s.id) && s.phaseId === card.phaseId);
          const index = prev ? steps.findIndex((s) => s.id === prev.id) + 1 : steps.findIndex((s) => PHASE_IDS.indexOf(s.phaseId) >= PHASE_IDS.indexOf(card.phaseId));
          steps.splice(index < 0 ? steps.length : index, 0, { ...card, requires: card.requires.filter((r) => ids.has(r)) });
          steps = renumber(steps);
          change({ kind: 'basis-overgenomen', subjectId: card.id, subject: card.title, summary: 'Nieuwe stap van de kaart overgenomen.' });
        }
        break;
      }
    }
  }

  const result = ProtocolDefinitionSchema.safeParse({ phases: base.phases, steps, contacts });
  if (!result.success) throw new ProtocolEditError(firstIssue(result.error));
  return { definition: result.data, changes };
}

/** Essential steps present in `from` but missing (or switched off) in `to`. */
export function droppedEssentials(from: ProtocolDefinition, to: ProtocolDefinition): ProtocolStep[] {
  return from.steps.filter((s) => {
    if (!isEssentialStep(s.id) || s.schoolNotApplicable) return false;
    const after = to.steps.find((t) => t.id === s.id);
    return !after || Boolean(after.schoolNotApplicable);
  });
}

// ── Diff ──────────────────────────────────────────────────────────────────────

export interface FieldDiff {
  field: 'title' | 'phase' | 'guidance' | 'tips' | 'subPoints' | 'defaultDueHours' | 'urgent' | 'notApplicable' | 'requires';
  label: string;
  before: string;
  after: string;
}
export interface StepDiff {
  stepId: StepId;
  kind: 'toegevoegd' | 'verwijderd' | 'gewijzigd' | 'gelijk';
  title: string;
  phaseId: PhaseId;
  before: ProtocolStep | null;
  after: ProtocolStep | null;
  fields: FieldDiff[];
}
export interface ContactDiff {
  contactId: string;
  kind: 'toegevoegd' | 'verwijderd' | 'gewijzigd';
  before: SchoolContact | null;
  after: SchoolContact | null;
}
export interface ProtocolDiff {
  steps: StepDiff[];
  contacts: ContactDiff[];
  /** Number of steps added, removed, changed. */
  counts: { added: number; removed: number; changed: number };
}

const lines = (items: readonly string[]) => items.map((t) => `• ${t}`).join('\n');
const phaseTitle = (id: PhaseId) => PHASES.find((p) => p.id === id)?.title ?? id;

function fieldDiffs(a: ProtocolStep, b: ProtocolStep): FieldDiff[] {
  const out: FieldDiff[] = [];
  const push = (field: FieldDiff['field'], label: string, before: string, after: string) => {
    if (before !== after) out.push({ field, label, before, after });
  };
  push('title', 'Titel', a.title, b.title);
  push('phase', 'Fase', phaseTitle(a.phaseId), phaseTitle(b.phaseId));
  push('guidance', 'Uitleg', a.guidance, b.guidance);
  push('tips', 'Tips', lines(a.tips), lines(b.tips));
  push('subPoints', 'Deelpunten', lines(a.subPoints.map((p) => p.label)), lines(b.subPoints.map((p) => p.label)));
  push('defaultDueHours', 'Termijn na ontdekking', formatDueHours(a.defaultDueHours), formatDueHours(b.defaultDueHours));
  push('urgent', 'Eerste 24 uur', a.urgent ? 'ja' : 'nee', b.urgent ? 'ja' : 'nee');
  push(
    'notApplicable',
    'Van toepassing op onze school',
    a.schoolNotApplicable ? `nee: ${a.schoolNotApplicable.reason}` : 'ja',
    b.schoolNotApplicable ? `nee: ${b.schoolNotApplicable.reason}` : 'ja',
  );
  push('requires', 'Wacht op', a.requires.join(', '), b.requires.join(', '));
  return out;
}

/** Step-by-step and contact differences between two definitions, in the order of `to` (removed steps at their old place). */
export function diffDefinitions(from: ProtocolDefinition, to: ProtocolDefinition): ProtocolDiff {
  const fromById = new Map(from.steps.map((s) => [s.id, s]));
  const toIds = new Set(to.steps.map((s) => s.id));
  const steps: StepDiff[] = [];
  const emitRemovedBefore = (index: number) => {
    // Removed steps appear right after their old predecessor that still exists.
    for (const s of from.steps) {
      if (toIds.has(s.id) || steps.some((d) => d.stepId === s.id)) continue;
      const prevKept = from.steps.slice(0, from.steps.indexOf(s)).reverse().find((p) => toIds.has(p.id));
      const prevIndex = prevKept ? to.steps.findIndex((t) => t.id === prevKept.id) : -1;
      if (prevIndex < index) steps.push({ stepId: s.id, kind: 'verwijderd', title: s.title, phaseId: s.phaseId, before: s, after: null, fields: [] });
    }
  };
  to.steps.forEach((b, i) => {
    emitRemovedBefore(i);
    const a = fromById.get(b.id);
    if (!a) {
      steps.push({ stepId: b.id, kind: 'toegevoegd', title: b.title, phaseId: b.phaseId, before: null, after: b, fields: [] });
      return;
    }
    const fields = fieldDiffs(a, b);
    steps.push({ stepId: b.id, kind: fields.length ? 'gewijzigd' : 'gelijk', title: b.title, phaseId: b.phaseId, before: a, after: b, fields });
  });
  emitRemovedBefore(to.steps.length);

  const contacts: ContactDiff[] = [];
  const toContacts = new Map(to.contacts.map((c) => [c.id, c]));
  for (const c of from.contacts) {
    const after = toContacts.get(c.id);
    if (!after) contacts.push({ contactId: c.id, kind: 'verwijderd', before: c, after: null });
    else if (JSON.stringify(after) !== JSON.stringify(c)) contacts.push({ contactId: c.id, kind: 'gewijzigd', before: c, after });
  }
  for (const c of to.contacts) {
    if (!from.contacts.some((f) => f.id === c.id)) contacts.push({ contactId: c.id, kind: 'toegevoegd', before: null, after: c });
  }
  return {
    steps,
    contacts,
    counts: {
      added: steps.filter((s) => s.kind === 'toegevoegd').length,
      removed: steps.filter((s) => s.kind === 'verwijderd').length,
      changed: steps.filter((s) => s.kind === 'gewijzigd').length,
    },
  };
}

// ── Moving a dossier to a newer version ───────────────────────────────────────

const HOUR_MS = 3_600_000;
function suggested(hours: number | null, discoveredAt: string): string | null {
  if (hours === null) return null;
  const t = Date.parse(discoveredAt);
  return Number.isNaN(t) ? null : new Date(t + hours * HOUR_MS).toISOString();
}
const sameInstant = (a: string | null, b: string | null) => a !== null && b !== null && Date.parse(a) === Date.parse(b);

export interface MovePreview {
  fromVersion: number;
  toVersion: number;
  /** New steps, with the due date they will get. */
  added: Array<{ stepId: StepId; title: string; phaseId: PhaseId; dueAt: string | null }>;
  /** Steps that are no longer in the protocol; their recorded state stays in the dossier as history. */
  removed: Array<{ stepId: StepId; title: string; state: StepState | null }>;
  /** Steps whose default deadline changed. Only a due date that still equals the old suggestion moves. */
  deadlines: Array<{ stepId: StepId; title: string; currentDueAt: string | null; newDueAt: string | null; willChange: boolean }>;
  /** Steps whose text changed (no effect on recorded work). */
  reworded: Array<{ stepId: StepId; title: string }>;
  /** Steps that became (or stopped being) not applicable for the school. */
  applicability: Array<{ stepId: StepId; title: string; notApplicable: boolean }>;
}

export function previewMove(
  from: { version: number; definition: ProtocolDefinition },
  to: { version: number; definition: ProtocolDefinition },
  states: readonly StepState[],
  discoveredAt: string,
): MovePreview {
  const byId = new Map<string, StepState>();
  for (const s of states) byId.set(s.stepId, s);
  const diff = diffDefinitions(from.definition, to.definition);
  const preview: MovePreview = {
    fromVersion: from.version,
    toVersion: to.version,
    added: [],
    removed: [],
    deadlines: [],
    reworded: [],
    applicability: [],
  };
  for (const d of diff.steps) {
    if (d.kind === 'toegevoegd' && d.after) {
      // A state may already exist (the step was in an even older version): keep it, no new date.
      const existing = byId.get(d.stepId);
      preview.added.push({
        stepId: d.stepId,
        title: d.title,
        phaseId: d.phaseId,
        dueAt: existing ? existing.dueAt : suggested(d.after.defaultDueHours, discoveredAt),
      });
    } else if (d.kind === 'verwijderd') {
      preview.removed.push({ stepId: d.stepId, title: d.title, state: byId.get(d.stepId) ?? null });
    } else if (d.kind === 'gewijzigd' && d.before && d.after) {
      if (d.fields.some((f) => f.field === 'defaultDueHours')) {
        const current = byId.get(d.stepId)?.dueAt ?? null;
        const oldSuggestion = suggested(d.before.defaultDueHours, discoveredAt);
        const newSuggestion = suggested(d.after.defaultDueHours, discoveredAt);
        const status = byId.get(d.stepId)?.status ?? 'open';
        // A date someone set by hand, or a step already done, is left alone.
        const followsDefault = current === null ? oldSuggestion === null : sameInstant(current, oldSuggestion);
        const willChange = followsDefault && status !== 'gedaan' && status !== 'nvt';
        preview.deadlines.push({ stepId: d.stepId, title: d.title, currentDueAt: current, newDueAt: willChange ? newSuggestion : current, willChange });
      }
      if (d.fields.some((f) => ['title', 'guidance', 'tips', 'subPoints'].includes(f.field))) {
        preview.reworded.push({ stepId: d.stepId, title: d.title });
      }
      if (d.fields.some((f) => f.field === 'notApplicable')) {
        preview.applicability.push({ stepId: d.stepId, title: d.title, notApplicable: Boolean(d.after.schoolNotApplicable) });
      }
    }
  }
  return preview;
}
