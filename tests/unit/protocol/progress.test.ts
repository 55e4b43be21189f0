import { describe, expect, it } from 'vitest';
import type { StepState, StepStatus } from '../../../src/shared/domain';
import { AppError } from '../../../src/shared/errors';
import {
  emptyStepRecord,
  type StepId,
  blockedSteps,
  firstDayView,
  getPhase,
  getStep,
  isStepApplicable,
  nextSteps,
  overallProgress,
  overdueSteps,
  phaseProgress,
  PHASES,
  STEPS,
  stepsOfPhase,
  suggestedDueAt,
} from '../../../src/shared/protocol';

const DOSSIER = '0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const DISCOVERED = '2026-11-28T09:00:00+01:00'; // 08:00Z

function st(stepId: StepId, status: StepStatus, dueAt: string | null = null): StepState {
  return {
    dossierId: DOSSIER,
    stepId,
    status,
    nvtReason: status === 'nvt' ? 'Niet van toepassing in deze situatie.' : '',
    owner: 'Zorgcoördinator',
    dueAt,
    notes: '',
    data: emptyStepRecord(stepId),
    updatedAt: '2026-11-28T10:00:00+01:00',
  };
}

const countOf = (phaseId: string, list = phaseProgress([])) => list.find((p) => p.phaseId === phaseId);
const urgentIds = STEPS.filter((s) => s.urgent).map((s) => s.id);

describe('lookups', () => {
  it('finds steps and phases and throws NOT_FOUND for unknown ids', () => {
    expect(getStep('politie-advies').title).toBe('Betrek politie voor advies');
    expect(getPhase('evalueer').title).toBe('Evalueer');
    expect(() => getStep('bestaat-niet')).toThrow(AppError);
    try {
      getPhase('nope');
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).code).toBe('NOT_FOUND');
    }
  });

  it('lists the steps of a phase in card order', () => {
    expect(stepsOfPhase('analyseer').map((s) => s.id)).toEqual([
      'aandacht-slachtoffer',
      'omvang-impact',
      'check-protocol',
      'betrek-vertrouwenspersoon',
      'politie-advies',
      'acties-op-rijtje',
    ]);
    const all = PHASES.flatMap((p) => stepsOfPhase(p.id));
    expect(all).toEqual([...STEPS]);
  });
});

describe('applicability', () => {
  it('hides other-school steps unless the other school is involved', () => {
    const contact = getStep('contact-school-dader');
    expect(isStepApplicable(contact)).toBe(false);
    expect(isStepApplicable(contact, { otherSchoolInvolved: true })).toBe(true);
    expect(isStepApplicable(getStep('aandacht-dader'))).toBe(true);
  });

  it('shows spread-dependent steps unless spread is known to be limited', () => {
    const parents = getStep('informeer-ouders-overige-klassen');
    expect(isStepApplicable(parents)).toBe(true);
    expect(isStepApplicable(parents, { spreadBeyondClass: false })).toBe(false);
  });
});

describe('phaseProgress / overallProgress', () => {
  it('counts a step without state as open and excludes inapplicable steps', () => {
    const reageer = countOf('reageer');
    expect(reageer).toEqual({ phaseId: 'reageer', done: 0, total: 9, inProgress: 0 });
    const withOther = countOf('reageer', phaseProgress([], { otherSchoolInvolved: true }));
    expect(withOther?.total).toBe(10);
    expect(countOf('evalueer')?.total).toBe(4);
  });

  it('counts gedaan and nvt as done, bezig as in progress', () => {
    const states = [
      st('aandacht-slachtoffer', 'gedaan'),
      st('omvang-impact', 'bezig'),
      st('check-protocol', 'nvt'),
      st('politie-advies', 'open'),
      st('communicatiestatement', 'gedaan'),
    ];
    expect(countOf('analyseer', phaseProgress(states))).toEqual({
      phaseId: 'analyseer',
      done: 2,
      total: 6,
      inProgress: 1,
    });
    const overall = overallProgress(states);
    expect(overall.done).toBe(3);
    expect(overall.inProgress).toBe(1);
    expect(overall.total).toBe(STEPS.length - 3); // three other-school steps excluded
    expect(overall.percent).toBe(Math.floor((3 / overall.total) * 100));
  });

  it('uses the last state when a step appears twice and ignores unknown step ids', () => {
    const states = [st('nazorg', 'gedaan'), st('nazorg', 'bezig'), st('verouderde-stap' as StepId, 'gedaan')];
    expect(countOf('evalueer', phaseProgress(states))).toMatchObject({ done: 0, inProgress: 1 });
    expect(overallProgress(states).done).toBe(0);
  });

  it('reaches 100% only when every applicable step is done', () => {
    const almost = STEPS.filter(
      (s) => s.conditional !== 'andere-school' && s.id !== 'protocol-bijwerken',
    ).map((s) => st(s.id, 'gedaan'));
    expect(overallProgress(almost).percent).toBe(96);
    expect(overallProgress([...almost, st('protocol-bijwerken', 'nvt')]).percent).toBe(100);
    // The same states are not complete once the other school turns out to be involved.
    expect(
      overallProgress([...almost, st('protocol-bijwerken', 'nvt')], { otherSchoolInvolved: true }).percent,
    ).toBeLessThan(100);
  });
});

describe('nextSteps', () => {
  it('starts a fresh dossier with the urgent steps in card order', () => {
    expect(nextSteps([], {}, 3).map((s) => s.id)).toEqual([
      'aandacht-slachtoffer',
      'omvang-impact',
      'check-protocol',
    ]);
  });

  it('puts every urgent step before any non-urgent step', () => {
    const ids = nextSteps([], {}, 100).map((s) => s.id);
    const firstNonUrgent = ids.findIndex((id) => !getStep(id).urgent);
    expect(ids.slice(0, firstNonUrgent)).toEqual(urgentIds.filter((id) => getStep(id).conditional === null));
    expect(ids.slice(firstNonUrgent).every((id) => !getStep(id).urgent)).toBe(true);
  });

  it('skips done and blocked steps, keeps steps in progress', () => {
    const states = [
      st('aandacht-slachtoffer', 'gedaan'),
      st('omvang-impact', 'bezig'),
      ...urgentIds
        .filter((id) => !['aandacht-slachtoffer', 'omvang-impact'].includes(id))
        .map((id) => st(id, 'gedaan')),
    ];
    const next = nextSteps(states, {}, 100).map((s) => s.id);
    expect(next[0]).toBe('omvang-impact');
    expect(next).not.toContain('aandacht-slachtoffer');
    // politie-advies is done, so the report decision is now available.
    expect(next).toContain('melding-aangifte');
    // evaluatie-zat is open, so the protocol update must wait.
    expect(next).not.toContain('protocol-bijwerken');
  });

  it('does not offer a step whose requirement is still open', () => {
    const next = nextSteps([], {}, 100).map((s) => s.id);
    expect(next).not.toContain('melding-aangifte');
    expect(next).not.toContain('informeer-ouders-klasgenoten');
    expect(next).not.toContain('communiceer-conform-statement');
  });

  it('includes other-school steps only when applicable', () => {
    expect(nextSteps([], {}, 100).map((s) => s.id)).not.toContain('contact-school-dader');
    expect(nextSteps([], { otherSchoolInvolved: true }, 100).map((s) => s.id)).toContain(
      'contact-school-dader',
    );
  });

  it('respects the limit and returns nothing when all is done', () => {
    expect(nextSteps([], {}, 0)).toEqual([]);
    expect(nextSteps([], {})).toHaveLength(3);
    const allDone = STEPS.map((s) => st(s.id, 'gedaan'));
    expect(nextSteps(allDone, { otherSchoolInvolved: true }, 10)).toEqual([]);
  });
});

describe('blockedSteps', () => {
  it('reports missing requirements of open steps', () => {
    const blocked = blockedSteps([]);
    const melding = blocked.find((b) => b.step.id === 'melding-aangifte');
    expect(melding?.missing).toEqual(['politie-advies']);
    const klas = blocked.find((b) => b.step.id === 'klas-slachtoffer');
    expect(klas?.missing).toEqual(['aandacht-slachtoffer', 'boodschap-leerlingen']);
  });

  it('treats nvt as done and unblocks once the requirement is met', () => {
    const states = [st('politie-advies', 'gedaan'), st('aandacht-slachtoffer', 'nvt')];
    const blocked = blockedSteps(states);
    expect(blocked.find((b) => b.step.id === 'melding-aangifte')).toBeUndefined();
    expect(blocked.find((b) => b.step.id === 'klas-slachtoffer')?.missing).toEqual(['boodschap-leerlingen']);
  });

  it('does not list steps that are already done, even if their requirement is not', () => {
    const blocked = blockedSteps([st('melding-aangifte', 'gedaan')]);
    expect(blocked.find((b) => b.step.id === 'melding-aangifte')).toBeUndefined();
  });

  it('only considers other-school steps when the other school is involved', () => {
    expect(blockedSteps([]).some((b) => b.step.id === 'afstemmen-school-dader')).toBe(false);
    const involved = blockedSteps([], { otherSchoolInvolved: true });
    expect(involved.find((b) => b.step.id === 'afstemmen-school-dader')?.missing).toEqual([
      'contact-school-dader',
    ]);
  });
});

describe('overdueSteps', () => {
  const now = new Date('2026-11-29T12:00:00+01:00');

  it('lists unfinished steps past their due time, most overdue first', () => {
    const states = [
      st('politie-advies', 'open', '2026-11-29T09:00:00+01:00'),
      st('aandacht-slachtoffer', 'bezig', '2026-11-28T11:00:00+01:00'),
      st('omvang-impact', 'gedaan', '2026-11-28T13:00:00+01:00'),
      st('check-protocol', 'nvt', '2026-11-28T13:00:00+01:00'),
      st('communicatiestatement', 'open', '2026-11-29T18:00:00+01:00'),
      st('acties-op-rijtje', 'open', null),
    ];
    const overdue = overdueSteps(states, now);
    expect(overdue.map((o) => o.step.id)).toEqual(['aandacht-slachtoffer', 'politie-advies']);
    expect(overdue[0]).toMatchObject({ status: 'bezig', dueAt: '2026-11-28T11:00:00+01:00' });
  });

  it('compares instants, not strings, across time-zone offsets', () => {
    // 11:30Z is 12:30+01:00: not yet overdue at 12:00+01:00.
    expect(overdueSteps([st('politie-advies', 'open', '2026-11-29T11:30:00Z')], now)).toEqual([]);
    expect(overdueSteps([st('politie-advies', 'open', '2026-11-29T10:30:00Z')], now)).toHaveLength(1);
  });

  it('is not overdue exactly at the due time', () => {
    expect(overdueSteps([st('politie-advies', 'open', now.toISOString())], now)).toEqual([]);
  });

  it('ignores inapplicable steps, unknown steps and unparsable dates', () => {
    const states = [
      st('contact-school-dader', 'open', '2026-11-28T12:00:00+01:00'),
      st('onbekend' as StepId, 'open', '2026-11-28T12:00:00+01:00'),
      st('nazorg', 'open', 'geen datum'),
    ];
    expect(overdueSteps(states, now)).toEqual([]);
    expect(overdueSteps(states, now, { otherSchoolInvolved: true }).map((o) => o.step.id)).toEqual([
      'contact-school-dader',
    ]);
  });
});

describe('suggestedDueAt', () => {
  it('adds the default offset to the moment of discovery', () => {
    expect(suggestedDueAt(getStep('aandacht-slachtoffer'), DISCOVERED)).toBe('2026-11-28T10:00:00.000Z');
    expect(suggestedDueAt(getStep('politie-advies'), DISCOVERED)).toBe('2026-11-29T08:00:00.000Z');
  });

  it('returns null without a default and rejects a bad discovery time', () => {
    const step = { ...getStep('nazorg'), defaultDueHours: null };
    expect(suggestedDueAt(step, DISCOVERED)).toBeNull();
    expect(() => suggestedDueAt(getStep('politie-advies'), 'gisteren')).toThrow(AppError);
  });
});

describe('firstDayView', () => {
  const now = new Date('2026-11-28T12:00:00+01:00'); // 3 hours after discovery

  it('shows only urgent applicable steps, soonest due first', () => {
    const view = firstDayView([], DISCOVERED, now);
    const ids = view.map((i) => i.step.id);
    expect(ids[0]).toBe('aandacht-slachtoffer');
    expect(ids).not.toContain('contact-school-dader');
    expect(ids).not.toContain('rustperiode');
    expect(ids.every((id) => getStep(id).urgent)).toBe(true);
    const dues = view.map((i) => Date.parse(i.dueAt ?? ''));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    // Ties keep card order: both 4h steps in the order of the card.
    expect(ids.indexOf('omvang-impact')).toBeLessThan(ids.indexOf('check-protocol'));
    expect(firstDayView([], DISCOVERED, now, { otherSchoolInvolved: true }).map((i) => i.step.id)).toContain(
      'contact-school-dader',
    );
  });

  it('flags overdue open steps and uses suggestions only where nothing was recorded', () => {
    const view = firstDayView(
      [st('omvang-impact', 'gedaan'), st('politie-advies', 'bezig', '2026-11-28T10:30:00+01:00')],
      DISCOVERED,
      now,
    );
    const item = (id: string) => view.find((i) => i.step.id === id);
    // 2h after discovery = 11:00, now 12:00, nothing done yet.
    expect(item('aandacht-slachtoffer')).toMatchObject({ status: 'open', overdue: true, suggested: true });
    // Done steps are never overdue.
    expect(item('omvang-impact')).toMatchObject({ status: 'gedaan', overdue: false });
    // A recorded due date beats the 24h suggestion and moves the step to the front.
    expect(item('politie-advies')).toMatchObject({
      dueAt: '2026-11-28T10:30:00+01:00',
      suggested: false,
      overdue: true,
    });
    expect(view[0]?.step.id).toBe('politie-advies');
    expect(item('communicatiestatement')?.overdue).toBe(false);
  });
});
