import { describe, expect, it } from 'vitest';
import {
  ESSENTIAL_STEP_IDS,
  ProtocolDefinitionSchema,
  ProtocolEditError,
  STEPS,
  applyEdits,
  builtInDefinition,
  diffDefinitions,
  nextSteps,
  overallProgress,
  phaseProgress,
  previewMove,
  emptyStepRecord,
  type ProtocolEdit,
  type StepId,
} from '../../../src/shared/protocol';
import type { StepState } from '../../../src/shared/domain';

const base = builtInDefinition();
const addLeerplicht: ProtocolEdit = {
  op: 'addStep',
  phaseId: 'communiceer',
  afterStepId: 'communiceer-conform-statement',
  step: {
    title: 'Informeer de leerplichtambtenaar',
    guidance: 'Bij verzuim na het incident: bel de leerplichtambtenaar binnen twee dagen.',
    tips: [],
    subPoints: [{ label: 'Verzuim nagegaan' }, { label: 'Leerplichtambtenaar gebeld' }],
    defaultDueHours: 48,
    urgent: false,
  },
  reason: 'Slachtoffer verzuimde een week zonder dat leerplicht het wist.',
};

describe('protocol definitions are validated with the card schema', () => {
  it('the built-in card passes the schema that school versions must pass', () => {
    expect(ProtocolDefinitionSchema.safeParse(base).success).toBe(true);
    expect(base.steps.map((s) => s.id)).toEqual(STEPS.map((s) => s.id));
  });

  it('refuses duplicates, dangling requirements, unknown tools and foreign links', () => {
    const dup = { ...base, steps: [...base.steps, { ...base.steps[0]!, order: base.steps.length + 1 }] };
    expect(ProtocolDefinitionSchema.safeParse(dup).success).toBe(false);
    const dangling = { ...base, steps: base.steps.map((s, i) => (i === 1 ? { ...s, requires: ['bestaat-niet'] } : s)) };
    const r = ProtocolDefinitionSchema.safeParse(dangling);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('bestaat-niet');
    const tool = { ...base, steps: base.steps.map((s, i) => (i === 0 ? { ...s, tool: 'hack' } : s)) };
    expect(ProtocolDefinitionSchema.safeParse(tool).success).toBe(false);
    // Step records are typed by tool: a card step keeps its tool, a school step is a checklist,
    // and a step id is the card's or starts with school-.
    const otherTool = { ...base, steps: base.steps.map((s) => (s.id === 'politie-advies' ? { ...s, tool: 'checklist' } : s)) };
    expect(ProtocolDefinitionSchema.safeParse(otherTool).error?.issues[0]?.message).toMatch(/politie-advies.*ander hulpmiddel/);
    const school = { ...base, steps: base.steps.map((s, i) => (i === 0 ? { ...s, id: 'school-eigen', tool: 'statement' } : s)) };
    expect(ProtocolDefinitionSchema.safeParse(school).success).toBe(false);
    const foreign = { ...base, steps: base.steps.map((s, i) => (i === 0 ? { ...s, id: 'eigen-stap', tool: 'checklist' } : s)) };
    expect(ProtocolDefinitionSchema.safeParse(foreign).error?.issues[0]?.message).toContain('school-');
    const link = {
      ...base,
      steps: base.steps.map((s, i) => (i === 0 ? { ...s, links: [{ label: 'x', url: 'https://evil.example/' }] } : s)),
    };
    expect(ProtocolDefinitionSchema.safeParse(link).error?.issues[0]?.message).toContain('hulpsites');
  });
});

describe('applyEdits (making a new version)', () => {
  it('adds a school step with a school- id, its checklist and deadline, after the chosen step', () => {
    const { definition, changes } = applyEdits(base, [addLeerplicht]);
    const idx = definition.steps.findIndex((s) => s.id === 'school-informeer-de-leerplichtambtenaar');
    expect(idx).toBeGreaterThan(0);
    expect(definition.steps[idx - 1]!.id).toBe('communiceer-conform-statement');
    const step = definition.steps[idx]!;
    expect(step).toMatchObject({ phaseId: 'communiceer', tool: 'checklist', defaultDueHours: 48, order: idx + 1 });
    expect(step.subPoints.map((p) => p.id)).toEqual(['verzuim-nagegaan', 'leerplichtambtenaar-gebeld']);
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'stap-toegevoegd', subjectId: step.id, reason: addLeerplicht.reason }),
    ]);
    // Orders stay 1..n after insertion.
    expect(definition.steps.map((s) => s.order)).toEqual(definition.steps.map((_, i) => i + 1));
  });

  it('edits guidance and deadline of a card step, keeping sub-point ids for unchanged labels', () => {
    const step = base.steps.find((s) => s.id === 'informeer-ouders-klasgenoten')!;
    const { definition, changes } = applyEdits(base, [
      {
        op: 'editStep',
        stepId: step.id,
        changes: {
          defaultDueHours: 24,
          subPoints: [...step.subPoints.map((p) => ({ label: p.label })), { label: 'Ouders slachtoffer akkoord met de brief' }],
        },
        reason: 'Klasbrief binnen 24 uur, na akkoord van de ouders van het slachtoffer',
      },
    ]);
    const after = definition.steps.find((s) => s.id === step.id)!;
    expect(after.defaultDueHours).toBe(24);
    expect(after.subPoints.slice(0, step.subPoints.length).map((p) => p.id)).toEqual(step.subPoints.map((p) => p.id));
    expect(after.subPoints.at(-1)?.id).toBe('ouders-slachtoffer-akkoord-met-de-brief');
    expect(changes[0]!.summary).toContain('termijn');
  });

  it('requires a reason for every change and refuses no-op edits', () => {
    expect(() => applyEdits(base, [{ ...addLeerplicht, reason: '' }])).toThrow('reden');
    expect(() => applyEdits(base, [])).toThrow(ProtocolEditError);
    expect(() =>
      applyEdits(base, [{ op: 'editStep', stepId: 'nazorg', changes: { title: base.steps.find((s) => s.id === 'nazorg')!.title }, reason: 'niets' }]),
    ).toThrow('niets veranderd');
  });

  it('refuses a result the schema refuses (e.g. a 0-length title)', () => {
    expect(() => applyEdits(base, [{ op: 'editStep', stepId: 'nazorg', changes: { title: '' }, reason: 'leeg maken' }])).toThrow(
      ProtocolEditError,
    );
  });
});

describe('essential steps', () => {
  it('can be reworded without a special reason', () => {
    const { definition } = applyEdits(base, [
      { op: 'editStep', stepId: 'aandacht-slachtoffer', changes: { title: 'Eerst het slachtoffer' }, reason: 'Kortere titel' },
    ]);
    expect(definition.steps.find((s) => s.id === 'aandacht-slachtoffer')?.title).toBe('Eerst het slachtoffer');
  });

  it.each(ESSENTIAL_STEP_IDS)('%s cannot be removed or switched off without an explicit reason, which is logged', (stepId) => {
    expect(() => applyEdits(base, [{ op: 'removeStep', stepId, reason: 'Doen we anders' }])).toThrow('essentiële stap');
    expect(() => applyEdits(base, [{ op: 'setNotApplicable', stepId, notApplicable: true, reason: 'Niet bij ons' }])).toThrow(
      'essentiële stap',
    );
    const essentialReason = 'Besluit MR 12-11: dit doet het samenwerkingsverband voor ons.';
    const { definition, changes } = applyEdits(base, [{ op: 'removeStep', stepId, reason: 'Doen we anders', essentialReason }]);
    expect(definition.steps.some((s) => s.id === stepId)).toBe(false);
    expect(changes[0]).toMatchObject({ kind: 'stap-verwijderd', essentialReason });
    // Nothing keeps waiting on the removed step.
    for (const s of definition.steps) expect(s.requires).not.toContain(stepId);
  });

  it('non-essential card steps can be marked not applicable with the reason', () => {
    const { definition } = applyEdits(base, [
      { op: 'setNotApplicable', stepId: 'media-voorbereiding', notApplicable: true, reason: 'Het bestuur doet alle perscontact.' },
    ]);
    const step = definition.steps.find((s) => s.id === 'media-voorbereiding')!;
    expect(step.schoolNotApplicable).toEqual({ reason: 'Het bestuur doet alle perscontact.' });
    // Progress no longer counts it.
    const withIt = overallProgress([]).total;
    expect(overallProgress([], { protocol: definition }).total).toBe(withIt - 1);
  });
});

describe('progress follows the pinned protocol', () => {
  it('counts, suggests and blocks school steps of the version', () => {
    const { definition } = applyEdits(base, [addLeerplicht]);
    const states: StepState[] = [];
    const comm = (p: ReturnType<typeof phaseProgress>) => p.find((x) => x.phaseId === 'communiceer')!.total;
    expect(comm(phaseProgress(states, { protocol: definition }))).toBe(comm(phaseProgress(states)) + 1);
    expect(nextSteps(states, { protocol: definition }, 100).map((s) => s.id)).toContain('school-informeer-de-leerplichtambtenaar');
    expect(nextSteps(states, {}, 100).map((s) => s.id)).not.toContain('school-informeer-de-leerplichtambtenaar');
  });
});

describe('diffDefinitions', () => {
  it('lists added, removed and changed steps with before/after text, in protocol order', () => {
    const { definition } = applyEdits(base, [
      addLeerplicht,
      { op: 'editStep', stepId: 'nazorg', changes: { defaultDueHours: 24 * 14 }, reason: 'Twee weken' },
      { op: 'removeStep', stepId: 'alternatieve-interventies', reason: 'Zit in rustperiode' },
      { op: 'addContact', contact: { name: 'Wijkagent Jansen', role: 'Politie', phone: '0900-8844', email: '', note: 'Advies' }, reason: 'Vast aanspreekpunt' },
    ]);
    const diff = diffDefinitions(base, definition);
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 1 });
    const nazorg = diff.steps.find((s) => s.stepId === 'nazorg')!;
    expect(nazorg.kind).toBe('gewijzigd');
    expect(nazorg.fields).toContainEqual(
      expect.objectContaining({ field: 'defaultDueHours', before: expect.any(String), after: '14 dagen' }),
    );
    const removedIdx = diff.steps.findIndex((s) => s.stepId === 'alternatieve-interventies');
    expect(diff.steps[removedIdx]!.kind).toBe('verwijderd');
    // Removed step sits where it used to be: right after its old predecessor.
    const oldPrev = base.steps[base.steps.findIndex((s) => s.id === 'alternatieve-interventies') - 1]!.id;
    expect(diff.steps[removedIdx - 1]!.stepId).toBe(oldPrev);
    expect(diff.steps.find((s) => s.stepId.startsWith('school-'))?.kind).toBe('toegevoegd');
    expect(diff.contacts).toEqual([expect.objectContaining({ kind: 'toegevoegd', after: expect.objectContaining({ name: 'Wijkagent Jansen' }) })]);
    expect(diffDefinitions(base, base).counts).toEqual({ added: 0, removed: 0, changed: 0 });
  });
});

describe('previewMove', () => {
  const discoveredAt = '2026-11-28T08:00:00.000Z';
  const st = (stepId: StepId, patch: Partial<StepState> = {}): StepState => ({
    dossierId: 'd',
    stepId,
    status: 'open',
    nvtReason: '',
    owner: '',
    dueAt: null,
    notes: '',
    data: emptyStepRecord(stepId),
    updatedAt: null,
    ...patch,
  });

  it('shows new steps with their due date, removed steps with their state, and which deadlines move', () => {
    const nazorgHours = base.steps.find((s) => s.id === 'nazorg')!.defaultDueHours!;
    const evalHours = base.steps.find((s) => s.id === 'evaluatie-zat')!.defaultDueHours;
    const { definition } = applyEdits(base, [
      addLeerplicht,
      { op: 'removeStep', stepId: 'alternatieve-interventies', reason: 'Zit in rustperiode' },
      { op: 'editStep', stepId: 'nazorg', changes: { defaultDueHours: nazorgHours + 24 }, reason: 'Een dag later' },
      { op: 'editStep', stepId: 'evaluatie-zat', changes: { defaultDueHours: (evalHours ?? 0) + 24 }, reason: 'Later' },
    ]);
    const states = [
      st('alternatieve-interventies', { status: 'gedaan', notes: 'Herstelgesprek gevoerd' }),
      // Follows the default: moves.
      st('nazorg', { dueAt: new Date(Date.parse(discoveredAt) + nazorgHours * 3_600_000).toISOString() }),
      // Set by hand: stays.
      st('evaluatie-zat', { dueAt: '2027-01-15T09:00:00.000Z' }),
    ];
    const p = previewMove({ version: 1, definition: base }, { version: 2, definition }, states, discoveredAt);
    expect(p.added).toEqual([
      expect.objectContaining({ stepId: 'school-informeer-de-leerplichtambtenaar', dueAt: '2026-11-30T08:00:00.000Z' }),
    ]);
    expect(p.removed).toEqual([
      expect.objectContaining({ stepId: 'alternatieve-interventies', state: expect.objectContaining({ notes: 'Herstelgesprek gevoerd' }) }),
    ]);
    expect(p.deadlines.find((d) => d.stepId === 'nazorg')).toMatchObject({ willChange: true });
    expect(p.deadlines.find((d) => d.stepId === 'evaluatie-zat')).toMatchObject({
      willChange: false,
      newDueAt: '2027-01-15T09:00:00.000Z',
    });
  });
});
