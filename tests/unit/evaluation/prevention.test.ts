import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestService, fixedClock, seedDossier, type TestService } from '../helpers';

const MEASURE = { text: 'Lessen over relaties en digitaal burgerschap in leerjaar 3.', owner: 'Mentoren leerjaar 3', planDate: '2027-03-12', planStatus: 'gepland' as const };

describe('prevention plan', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('preventive points form the plan: proposals are taken in with owner, date and status; others and rejected ones stay out', async () => {
    t = await createTestService({ clock: fixedClock('2027-01-10T09:00:00.000Z') });
    const a = await seedDossier(t, { tag: 'pp11' });
    expect(await t.dispatchOk('prevention.list', {})).toEqual({ measures: [], counts: { gepland: 0, bezig: 0, uitgevoerd: 0, vervallen: 0 } });

    const proposal = await t.dispatchOk('improvement.add', {
      dossierId: a.dossierId,
      audience: 'ouders',
      point: { area: 'preventie', text: 'Ouderavond over sexting in leerjaar 2.', owner: '' },
    });
    const rejected = await t.dispatchOk('improvement.add', {
      dossierId: a.dossierId,
      audience: 'zat',
      point: { area: 'preventie', text: 'Telefoonverbod in de hele school.', owner: '' },
    });
    await t.dispatchOk('improvement.decide', { pointId: rejected.id, status: 'afgewezen', note: 'Past niet bij onze visie.' });
    const protocolPoint = await t.dispatchOk('improvement.add', {
      dossierId: a.dossierId,
      audience: 'zat',
      point: { area: 'protocol', text: 'Wijkagent eerder bellen.', owner: 'Teamleider' },
    });

    let plan = await t.dispatchOk('prevention.list', {});
    expect(plan.measures.map((m) => [m.text, m.status, m.planStatus])).toEqual([['Ouderavond over sexting in leerjaar 2.', 'open', 'gepland']]);

    // Planning a proposal takes it into the plan (the point becomes "overgenomen").
    const planned = await t.dispatchOk('prevention.update', {
      pointId: proposal.id,
      measure: { text: proposal.text, owner: 'Zorgcoördinator', planDate: '2027-02-05', planStatus: 'gepland' },
    });
    expect(planned).toMatchObject({ status: 'overgenomen', decisionNote: 'Opgenomen in het preventieplan.', planDate: '2027-02-05', owner: 'Zorgcoördinator' });
    const own = await t.dispatchOk('prevention.add', { measure: { ...MEASURE, planDate: null, planStatus: 'bezig' } });
    expect(own).toMatchObject({ area: 'preventie', dossierId: null, status: 'overgenomen', planStatus: 'bezig', planDate: null });

    plan = await t.dispatchOk('prevention.list', {});
    // Dated first by date, undated last.
    expect(plan.measures.map((m) => m.id)).toEqual([proposal.id, own.id]);
    expect(plan.counts).toEqual({ gepland: 1, bezig: 1, uitgevoerd: 0, vervallen: 0 });

    // Status moves on; the audit names it.
    await t.dispatchOk('prevention.update', { pointId: proposal.id, measure: { text: proposal.text, owner: 'Zorgcoördinator', planDate: '2027-02-05', planStatus: 'uitgevoerd' } });
    const audit = t.svc.ctx.db().prepare("SELECT details FROM audit_log WHERE action = 'prevention.update' ORDER BY rowid").pluck().all() as string[];
    expect(audit.at(-1)).toContain('gepland -> uitgevoerd');

    // Refusals, in Dutch, with nothing changed.
    for (const [pointId, key] of [
      [protocolPoint.id, 'PREVENTION_NOT_PREVENTIVE'],
      [rejected.id, 'PREVENTION_REJECTED'],
    ] as const) {
      const r = await t.dispatch('prevention.update', { pointId, measure: MEASURE });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.key).toBe(key);
    }
    const named = await t.dispatch('prevention.add', { measure: { ...MEASURE, text: 'Gesprek met Floortje Vermeulenpp11 over de les.' } });
    expect(named.ok).toBe(false);
    if (!named.ok) expect(named.error).toMatchObject({ key: 'IMPROVEMENT_HAS_NAME', params: { name: 'Floortje Vermeulenpp11' } });
    for (const bad of [
      { ...MEASURE, owner: '' },
      { ...MEASURE, planDate: '12-03-2027' },
      { ...MEASURE, planDate: '1999-12-31' },
      { ...MEASURE, planStatus: 'klaar' },
      { ...MEASURE, extra: 1 },
    ]) {
      const r = await t.dispatch('prevention.add', { measure: bad as typeof MEASURE });
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    }
    expect((await t.dispatchOk('prevention.list', {})).measures).toHaveLength(2);
  });

  it('counts in the yearly statistics by the year it is dated in (undated: recorded in)', async () => {
    t = await createTestService({ clock: fixedClock('2027-01-10T09:00:00.000Z') });
    await t.dispatchOk('prevention.add', { measure: { ...MEASURE, planDate: '2026-10-01', planStatus: 'uitgevoerd' } });
    await t.dispatchOk('prevention.add', { measure: { ...MEASURE, planDate: '2027-03-12' } });
    await t.dispatchOk('prevention.add', { measure: { ...MEASURE, planDate: null, planStatus: 'bezig' } });
    expect((await t.dispatchOk('stats.get', {})).prevention).toEqual({ gepland: 1, bezig: 1, uitgevoerd: 1, vervallen: 0 });
    expect((await t.dispatchOk('stats.get', { year: 2027 })).prevention).toEqual({ gepland: 1, bezig: 1, uitgevoerd: 0, vervallen: 0 });
    expect((await t.dispatchOk('stats.get', { year: 2026 })).prevention).toEqual({ gepland: 0, bezig: 0, uitgevoerd: 1, vervallen: 0 });
  });

  it('exports the plan as a PDF for the safety plan: every measure with owner, date and status, no names', async () => {
    t = await createTestService({ clock: fixedClock('2027-01-10T09:00:00.000Z') });
    const a = await seedDossier(t, { tag: 'pp22' });
    await t.dispatchOk('prevention.add', { measure: MEASURE });
    const p = await t.dispatchOk('improvement.add', {
      dossierId: a.dossierId,
      audience: 'zat',
      point: { area: 'preventie', text: 'Mentorprogramma weerbaarheid online.', owner: '' },
    });
    await t.dispatchOk('prevention.update', { pointId: p.id, measure: { text: p.text, owner: 'Teamleider onderbouw', planDate: null, planStatus: 'bezig' } });

    const file = path.join(t.dirs.out, 'preventieplan.pdf');
    t.platform.nextSavePath = file;
    expect(await t.dispatchOk('prevention.exportPdf', {})).toEqual({ file, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Preventieplan');
    expect(text).toContain('veiligheidsplan');
    expect(text).toMatch(/Bezig \(1\)[\s\S]*Mentorprogramma weerbaarheid online\.[\s\S]*Teamleider onderbouw[\s\S]*nog te plannen/);
    expect(text).toMatch(/Gepland \(1\)[\s\S]*Lessen over relaties[\s\S]*Mentoren leerjaar 3[\s\S]*12 maart 2027/);
    expect(text).toContain('Uit de evaluatie van een incident');
    expect(text).toContain('Door de school toegevoegd');
    for (const secret of a.secrets) expect(text).not.toContain(secret);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    // Cancelled: nothing written, no audit of an export.
    t.platform.nextSavePath = null;
    expect(await t.dispatchOk('prevention.exportPdf', {})).toEqual({ cancelled: true });
  });
});
