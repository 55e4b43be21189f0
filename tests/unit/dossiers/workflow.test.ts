import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STEPS, stepsOfPhase } from '../../../src/shared/protocol';
import { errorText } from '../../../src/shared/errors';
import { ERRORS_EN } from '../../../src/shared/i18n/errors.en';
import { createTestService, fixedClock, type TestService } from '../helpers';
import { closeReasonsFor } from '../evaluation/fixtures';

const INTAKE = {
  title: 'Foto rondgestuurd in klassenapp',
  discoveredAt: '2026-11-28T08:30:00+01:00',
  howDiscovered: 'Melding bij de mentor',
  materialKind: 'foto' as const,
  victimName: 'Zoë Kowalczyk',
  victimClass: '3B',
  lead: 'Marieke Jansen',
  otherSchoolInvolved: false,
};

describe('dossier workflow through the service', () => {
  let t: TestService;
  const clock = fixedClock('2026-11-28T09:00:00.000Z');
  beforeEach(async () => {
    clock.set('2026-11-28T09:00:00.000Z');
    t = await createTestService({ clock });
  });
  afterEach(() => t.cleanup());

  it('intake creates a numbered dossier with the victim, the Analyseer steps ready and a first logbook entry', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
    const d = await t.dispatchOk('dossier.get', { dossierId });
    expect(d.dossier.number).toBe('2026-001');
    expect(d.dossier.status).toBe('open');
    expect(d.persons).toEqual([expect.objectContaining({ role: 'slachtoffer', name: 'Zoë Kowalczyk', className: '3B' })]);
    for (const step of stepsOfPhase('analyseer')) {
      const state = d.steps.find((s) => s.stepId === step.id);
      expect(state, step.id).toBeDefined();
      expect(state?.owner).toBe('Marieke Jansen');
    }
    const urgent = STEPS.filter((s) => s.urgent && s.defaultDueHours !== null);
    expect(urgent.length).toBeGreaterThan(0);
    for (const step of urgent) expect(d.steps.find((s) => s.stepId === step.id)?.dueAt).not.toBeNull();
    expect(d.chronology).toHaveLength(1);
    expect(d.chronology[0]).toMatchObject({ kind: 'systeem', author: 'Marieke de Zorgcoördinator', seq: 1 });

    const second = await t.dispatchOk('dossier.create', { ...INTAKE, victimName: '' });
    const d2 = await t.dispatchOk('dossier.get', { dossierId: second.dossierId });
    expect(d2.dossier.number).toBe('2026-002');
    expect(d2.persons).toHaveLength(0);
  });

  it('step status changes are logged automatically; n.v.t. requires a reason', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
    const bad = await t.dispatch('step.update', { dossierId, stepId: 'check-protocol', patch: { status: 'nvt' } });
    // The same Dutch sentence, now from the catalog (key) and naming the field that was wrong.
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        key: 'NVT_NEEDS_REASON',
        field: 'patch.nvtReason',
        message: 'Geef aan waarom deze stap niet van toepassing is.',
      },
    });

    const done = await t.dispatchOk('step.update', {
      dossierId,
      stepId: 'check-protocol',
      patch: { status: 'nvt', nvtReason: 'School heeft geen apart protocol', notes: 'Besproken met directie' },
    });
    expect(done).toMatchObject({ status: 'nvt', nvtReason: 'School heeft geen apart protocol', notes: 'Besproken met directie' });
    // Notes only: no status entry.
    await t.dispatchOk('step.update', { dossierId, stepId: 'check-protocol', patch: { notes: 'Aangevuld' } });
    const d = await t.dispatchOk('dossier.get', { dossierId });
    const statusEntries = d.chronology.filter((c) => c.kind === 'status');
    expect(statusEntries).toHaveLength(1);
    expect(statusEntries[0]?.text).toContain('niet van toepassing');
    expect(statusEntries[0]?.text).toContain('School heeft geen apart protocol');

    const unknown = await t.dispatch('step.update', { dossierId, stepId: 'bestaat-niet', patch: { status: 'gedaan' } });
    expect(unknown.ok).toBe(false);
  });

  it('chronology is court-safe: corrections are new entries, the database refuses edits and deletes', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
    const entry = await t.dispatchOk('chronology.add', { dossierId, occurredAt: '2026-11-28T08:45:00+01:00', text: 'Moeder belt school.' });
    const correction = await t.dispatchOk('chronology.correct', { dossierId, correctsId: entry.id, text: 'Het was de vader die belde.' });
    expect(correction).toMatchObject({ kind: 'correctie', correctsId: entry.id, occurredAt: entry.occurredAt });
    expect(correction.seq).toBe(entry.seq + 1);

    const db = t.svc.ctx.db();
    expect(() => db.prepare('UPDATE chronology SET text = ? WHERE id = ?').run('gewijzigd', entry.id)).toThrow(/court-safe/);
    expect(() => db.prepare('DELETE FROM chronology WHERE id = ?').run(entry.id)).toThrow(/court-safe/);
    const d = await t.dispatchOk('dossier.get', { dossierId });
    expect(d.chronology.find((c) => c.id === entry.id)?.text).toBe('Moeder belt school.');

    // A correction must point into the same dossier.
    const other = await t.dispatchOk('dossier.create', INTAKE);
    const cross = await t.dispatch('chronology.correct', { dossierId: other.dossierId, correctsId: entry.id, text: 'x' });
    expect(cross.ok).toBe(false);
    // Entries about the future are refused.
    const future = await t.dispatch('chronology.add', { dossierId, occurredAt: '2026-12-01T10:00:00+01:00', text: 'later' });
    expect(future.ok).toBe(false);
  });

  it('closing lists the open work and needs a reason per part (recorded in the logbook); a closed dossier is read-only except logbook', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
    const refused = await t.dispatch('dossier.setStatus', { dossierId, status: 'gesloten', reason: '' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('CONFLICT');
      expect(refused.error.message).toContain('Geef per onderdeel een reden');
      expect(refused.error.message).toContain('(nog zonder reden: open stappen; evaluaties niet afgerond; nazorg niet gepland)');
      // The categories as phrases (no Dutch made in the core), so English reads English.
      expect(refused.error.params?.categories).toEqual([{ key: 'OPEN_WORK_STAPPEN' }, { key: 'OPEN_WORK_EVALUATIES' }, { key: 'OPEN_WORK_NAZORG' }]);
      expect(errorText(refused.error.key!, refused.error.params, ERRORS_EN)).toContain(
        '(still without a reason: open steps; evaluations not completed; aftercare not planned)',
      );
    }
    const work = await t.dispatchOk('dossier.openWork', { dossierId });
    expect(work.map((w) => w.category)).toEqual(['stappen', 'evaluaties', 'nazorg']);
    // The other-school steps do not apply here, so they are not listed.
    expect(work[0]!.items.map((i) => i.id)).not.toContain('contact-school-dader');
    // One reason missing: still refused, nothing written.
    const reasons = { stappen: 'Overgedragen aan het ZAT', evaluaties: 'Ouders wilden geen gesprek', nazorg: 'Via jeugdzorg' };
    const partly = await t.dispatch('dossier.setStatus', { dossierId, status: 'gesloten', reason: '', closeReasons: { ...reasons, nazorg: '' } });
    expect(partly.ok ? null : partly.error.code).toBe('CONFLICT');
    const closed = await t.dispatchOk('dossier.setStatus', { dossierId, status: 'gesloten', reason: 'Afgerond in ZAT', closeReasons: reasons });
    expect(closed.dossier.status).toBe('gesloten');
    const event = closed.chronology.at(-1)?.event;
    expect(event).toMatchObject({ type: 'dossier.closed', reason: 'Afgerond in ZAT' });
    expect(event?.type === 'dossier.closed' && event.openWork.map((w) => [w.category, w.reason])).toEqual([
      ['stappen', 'Overgedragen aan het ZAT'],
      ['evaluaties', 'Ouders wilden geen gesprek'],
      ['nazorg', 'Via jeugdzorg'],
    ]);
    expect(closed.chronology.at(-1)?.text).toContain('Gesloten met open werk');
    expect(closed.dossier.closedAt).toBe('2026-11-28T09:00:00.000Z');

    const write = await t.dispatch('step.update', { dossierId, stepId: 'check-protocol', patch: { notes: 'x' } });
    expect(write.ok ? null : write.error.code).toBe('FORBIDDEN');
    const person = await t.dispatch('person.add', {
      dossierId,
      person: { role: 'docent', name: 'X', className: '', school: '', phone: '', email: '', address: '', relatedPersonId: null, language: '', interpreterNeeded: false, sensitivities: '', notes: '' },
    });
    expect(person.ok).toBe(false);
    // The logbook stays open.
    await t.dispatchOk('chronology.add', { dossierId, occurredAt: null, text: 'Nazorggesprek gevoerd.' });
    // Reopening works and is logged.
    const reopened = await t.dispatchOk('dossier.setStatus', { dossierId, status: 'open', reason: 'Nieuwe verspreiding' });
    expect(reopened.dossier.closedAt).toBeNull();
    // Closing and reopening are events of the dossier's story (not step status changes).
    expect(reopened.chronology.map((c) => c.event?.type).filter((x) => x?.startsWith('dossier.'))).toEqual(['dossier.created', 'dossier.closed', 'dossier.reopened']);
    expect(reopened.chronology.at(-1)?.text).toContain('Dossier heropend (was gesloten). Reden: Nieuwe verspreiding');
  });

  it('persons: parents link to a pupil of the same dossier only; conversations only name persons of the dossier', async () => {
    const a = await t.dispatchOk('dossier.create', INTAKE);
    const b = await t.dispatchOk('dossier.create', INTAKE);
    const victimB = (await t.dispatchOk('dossier.get', { dossierId: b.dossierId })).persons[0]!;
    const base = { className: '', school: '', phone: '', email: '', address: '', language: 'Pools', interpreterNeeded: true, sensitivities: 'Tolk Pools regelen', notes: '' };
    const cross = await t.dispatch('person.add', { dossierId: a.dossierId, person: { ...base, role: 'ouder', name: 'Ouder', relatedPersonId: victimB.id } });
    expect(cross.ok).toBe(false);
    const parent = await t.dispatchOk('person.add', { dossierId: b.dossierId, person: { ...base, role: 'ouder', name: 'Ewa Kowalczyk', relatedPersonId: victimB.id } });
    expect(parent).toMatchObject({ interpreterNeeded: true, relatedPersonId: victimB.id, language: 'Pools' });

    const conv = {
      stepId: 'gesprek-ouders-slachtoffer',
      withWhom: 'Moeder',
      personIds: [parent.id],
      heldAt: '2026-11-28T10:00:00+01:00',
      heldBy: 'Marieke',
      location: '',
      preparation: { emoties: true },
      summary: 'Gesprek',
      agreements: 'Afspraken',
      followUp: '',
    };
    expect((await t.dispatch('conversation.add', { dossierId: a.dossierId, conversation: conv })).ok).toBe(false);
    const saved = await t.dispatchOk('conversation.add', { dossierId: b.dossierId, conversation: conv });
    expect(saved.preparation).toEqual({ emoties: true });
    const updated = await t.dispatchOk('conversation.update', { conversationId: saved.id, conversation: { ...conv, agreements: 'Nieuwe afspraken' } });
    expect(updated.agreements).toBe('Nieuwe afspraken');
  });

  it('overview: progress, next step, overdue steps and actions', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
    await t.dispatchOk('action.add', {
      dossierId,
      action: { stepId: 'gesprek-ouders-slachtoffer', wie: 'Mentor', wat: 'Ouders bellen', wanneer: '2026-11-28T12:00:00+01:00', waar: 'Telefoon', hoe: 'Rustig' },
    });
    let o = await t.dispatchOk('overview.get', {});
    expect(o.counts).toEqual({ open: 1, nazorg: 0, gesloten: 0 });
    expect(o.dossiers[0]?.nextStep).not.toBeNull();
    expect(o.overdue).toHaveLength(0);

    clock.set('2026-11-29T12:00:00.000Z');
    o = await t.dispatchOk('overview.get', {});
    const summary = o.dossiers[0]!;
    expect(summary.overdueCount).toBeGreaterThan(1);
    expect(o.overdue.some((x) => x.kind === 'actie' && x.title === 'Ouders bellen')).toBe(true);
    expect(o.overdue.some((x) => x.kind === 'stap')).toBe(true);

    await t.dispatchOk('step.update', { dossierId, stepId: 'aandacht-slachtoffer', patch: { status: 'gedaan' } });
    const after = await t.dispatchOk('overview.get', { status: 'open' });
    expect(after.dossiers[0]!.progress.done).toBe(summary.progress.done + 1);
    expect(after.dossiers[0]!.phaseProgress.find((p) => p.phaseId === 'analyseer')?.done).toBe(1);
    expect((await t.dispatchOk('overview.get', { status: 'gesloten' })).dossiers).toHaveLength(0);
  });

  it('search finds names regardless of diacritics and treats query syntax as text', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', { ...INTAKE, victimName: 'Şükrü Yılmaz' });
    await t.dispatchOk('chronology.add', { dossierId, occurredAt: null, text: 'Gesprek met de wijkagent over de melding' });
    const byName = await t.dispatchOk('dossier.search', { query: 'sukru yilm' });
    expect(byName.map((h) => h.source)).toEqual(['persoon']);
    // Snippets show the name as typed, with the match marked.
    expect(byName[0]?.snippet).toBe('«Şükrü» Yılmaz 3B');
    await t.dispatchOk('person.add', {
      dossierId,
      person: { role: 'dader', name: 'Łukasz Wiśniewski', className: '', school: '', phone: '', email: '', address: '', relatedPersonId: null, language: '', interpreterNeeded: false, sensitivities: '', notes: '' },
    });
    expect((await t.dispatchOk('dossier.search', { query: 'lukasz' }))[0]?.snippet).toBe('«Łukasz» Wiśniewski');
    const hits = await t.dispatchOk('dossier.search', { query: 'wijkag' });
    expect(hits[0]).toMatchObject({ dossierId, source: 'logboek' });
    expect(hits[0]?.snippet).toContain('«wijkagent»');
    // FTS5 syntax in the input is neutralised instead of erroring.
    for (const q of ['"unbalanced', 'NEAR(a b)', 'body:x', 'a OR', '**', '^x']) {
      const r = await t.dispatch('dossier.search', { query: q });
      expect(r.ok, q).toBe(true);
    }
    expect((await t.dispatch('dossier.search', { query: 'a' })).ok).toBe(false);
  });

  it('audits every write and the chain verifies', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
    await t.dispatchOk('chronology.add', { dossierId, occurredAt: null, text: 'Notitie' });
    const db = t.svc.ctx.db();
    const actions = (db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as Array<{ action: string }>).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['dossier.create', 'chronology.add']));
    expect((await t.dispatchOk('vault.verifyAudit', {})).ok).toBe(true);
    // Audit details never carry the victim's name.
    const details = (db.prepare('SELECT details FROM audit_log').all() as Array<{ details: string }>).map((r) => r.details).join('\n');
    expect(details).not.toContain('Kowalczyk');
  });
});

describe('case numbers', () => {
  it('keep counting past 999 within a year (numeric, not text order)', async () => {
    const t = await createTestService();
    try {
      const db = t.svc.ctx.db();
      db.prepare(
        "INSERT INTO dossiers (id, number, title, discovered_at, material_kind, lead, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000999', '2026-999', 't', '2026-01-01T00:00:00Z', 'foto', 'l', 'x', 'x')",
      ).run();
      const intake = { ...INTAKE, victimName: '' };
      const a = await t.dispatchOk('dossier.create', intake);
      const b = await t.dispatchOk('dossier.create', intake);
      expect((await t.dispatchOk('dossier.get', { dossierId: a.dossierId })).dossier.number).toBe('2026-1000');
      expect((await t.dispatchOk('dossier.get', { dossierId: b.dossierId })).dossier.number).toBe('2026-1001');
    } finally {
      t.cleanup();
    }
  });
});

describe('search on a large vault', () => {
  it('a very common word returns the best of the newest matches; a rare word is found however old', async () => {
    const t = await createTestService();
    try {
      const { dossierId } = await t.dispatchOk('dossier.create', { ...INTAKE, victimName: '' });
      const db = t.svc.ctx.db();
      const ins = db.prepare(
        "INSERT INTO chronology (id, dossier_id, seq, occurred_at, recorded_at, author, kind, text) VALUES (?, ?, ?, 'x', 'x', 'a', 'notitie', ?)",
      );
      db.transaction(() => {
        ins.run('00000000-0000-4000-8000-000000000000', dossierId, 100, 'groepsapp oudste regel met zeldzaamwoord');
        for (let i = 1; i <= 1000; i++) {
          ins.run(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, dossierId, 100 + i, `groepsapp bericht ${i}`);
        }
      })();
      const common = await t.dispatchOk('dossier.search', { query: 'groepsapp' });
      expect(common).toHaveLength(50);
      // Only recent entries are ranked: none of the oldest 500 shows up.
      for (const hit of common) expect(Number(/bericht (\d+)/.exec(hit.snippet)?.[1] ?? 0)).toBeGreaterThan(500);
      const rare = await t.dispatchOk('dossier.search', { query: 'zeldzaamwoord' });
      expect(rare.map((h) => h.snippet)).toEqual(['groepsapp oudste regel met «zeldzaamwoord»']);
    } finally {
      t.cleanup();
    }
  });
});

describe('overview of closed dossiers', () => {
  it('reuses closed dossiers’ progress only while they are unchanged', async () => {
    const t = await createTestService();
    try {
      const { dossierId } = await t.dispatchOk('dossier.create', { ...INTAKE, victimName: '' });
      for (const step of stepsOfPhase('evalueer')) {
        if (step.conditional === 'andere-school') continue;
        await t.dispatchOk('step.update', { dossierId, stepId: step.id, patch: { status: 'gedaan' } });
      }
      await t.dispatchOk('dossier.setStatus', { dossierId, status: 'gesloten', reason: '', closeReasons: await closeReasonsFor(t, dossierId) });
      const closed = (await t.dispatchOk('overview.get', {})).dossiers[0]!;
      expect(closed.phaseProgress.find((p) => p.phaseId === 'evalueer')?.done).toBeGreaterThan(0);
      expect((await t.dispatchOk('overview.get', {})).dossiers[0]).toEqual(closed);

      await t.dispatchOk('dossier.setStatus', { dossierId, status: 'open', reason: 'Nieuwe verspreiding' });
      await t.dispatchOk('step.update', { dossierId, stepId: 'check-protocol', patch: { status: 'gedaan' } });
      const reopened = (await t.dispatchOk('overview.get', {})).dossiers[0]!;
      expect(reopened.progress.done).toBe(closed.progress.done + 1);
    } finally {
      t.cleanup();
    }
  });
});
