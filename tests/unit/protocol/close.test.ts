import { describe, expect, it } from 'vitest';
import { BUILTIN_PROTOCOL, canClose, emptyStepRecord, openWorkOf, type OpenWorkInput } from '../../../src/shared/protocol';
import type { StepState } from '../../../src/shared/domain';

const state = (stepId: StepState['stepId'], status: StepState['status'], owner = ''): StepState => ({
  dossierId: 'd',
  stepId,
  status,
  nvtReason: status === 'nvt' ? 'n.v.t.' : '',
  owner,
  dueAt: null,
  notes: '',
  data: emptyStepRecord(stepId),
  updatedAt: null,
});

const allDone = BUILTIN_PROTOCOL.steps.map((s) => state(s.id, s.conditional === 'andere-school' ? 'nvt' : 'gedaan'));
const clean: OpenWorkInput = {
  protocol: BUILTIN_PROTOCOL,
  otherSchoolInvolved: false,
  steps: allDone,
  takedowns: [{ id: 't1', platformLabel: 'Instagram', open: false }],
  evaluations: [
    { audience: 'slachtoffer', label: 'Slachtoffer', completed: true },
    { audience: 'zat', label: 'ZAT', completed: true },
  ],
  aftercareCount: 2,
  actions: [{ id: 'a1', wat: 'Klas bijpraten', wie: 'Mentor', done: true }],
};

describe('canClose: what is still open decides whether a dossier may be closed', () => {
  it('nothing open: closing needs no reasons', () => {
    expect(openWorkOf(clean)).toEqual([]);
    expect(canClose([])).toEqual({ ok: true, missing: [] });
  });

  it('lists every kind of open work, with owners, in a fixed order', () => {
    const work = openWorkOf({
      ...clean,
      steps: allDone.map((s) => (s.stepId === 'aandacht-slachtoffer' ? state(s.stepId, 'bezig', 'Mentor') : s)),
      takedowns: [{ id: 't2', platformLabel: 'TikTok (@x)', open: true }],
      evaluations: [
        { audience: 'slachtoffer', label: 'Slachtoffer', completed: false },
        { audience: 'ouders', label: 'Ouders', completed: false },
        { audience: 'zat', label: 'ZAT', completed: true },
      ],
      aftercareCount: 0,
      actions: [{ id: 'a2', wat: 'Ouders terugbellen', wie: 'Zorgcoördinator', done: false }],
    });
    expect(work.map((w) => w.category)).toEqual(['stappen', 'verwijderverzoeken', 'evaluaties', 'nazorg', 'acties']);
    expect(work[0]!.items).toEqual([{ id: 'aandacht-slachtoffer', label: expect.any(String), owner: 'Mentor' }]);
    expect(work[2]!.items.map((i) => i.label)).toEqual(['Slachtoffer', 'Ouders']);
    expect(work[4]!.items[0]).toMatchObject({ label: 'Ouders terugbellen', owner: 'Zorgcoördinator' });

    // A reason per category; blank or too short does not count.
    expect(canClose(work, {}).missing).toEqual(['stappen', 'verwijderverzoeken', 'evaluaties', 'nazorg', 'acties']);
    const reasons = { stappen: 'Overgedragen aan mentor', verwijderverzoeken: 'Politie volgt op', evaluaties: 'Ouders willen niet', nazorg: ' ', acties: 'ok' };
    expect(canClose(work, reasons)).toEqual({ ok: false, missing: ['nazorg', 'acties'] });
    expect(canClose(work, { ...reasons, nazorg: 'Via jeugdzorg', acties: 'Vervallen' }).ok).toBe(true);
  });

  it('steps that do not apply are not open work; the evaluation steps are counted through their evaluations', () => {
    const steps = allDone.filter((s) => s.stepId !== 'contact-school-dader' && s.stepId !== 'evaluatie-zat');
    const work = openWorkOf({ ...clean, steps });
    // contact-school-dader applies only with another school; evaluatie-zat is covered by the ZAT evaluation.
    expect(work).toEqual([]);
    expect(openWorkOf({ ...clean, steps, otherSchoolInvolved: true }).flatMap((w) => w.items.map((i) => i.id))).toContain('contact-school-dader');
  });
});
