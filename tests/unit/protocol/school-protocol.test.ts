import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseUpdate, reviewBase, type BuiltInCard } from '../../../src/core/protocol/service';
import { builtInDefinition, type StepId, retiredStepsOf, stepTitleIn, type ProtocolEdit } from '../../../src/shared/protocol';
import { createTestService, fixedClock, type TestService } from '../helpers';
import { closeReasonsFor } from '../evaluation/fixtures';

const INTAKE = {
  title: 'Foto rondgestuurd in klassenapp',
  discoveredAt: '2026-11-28T08:00:00.000Z',
  howDiscovered: 'Melding bij de mentor',
  materialKind: 'foto' as const,
  victimName: 'Zoë Kowalczyk',
  victimClass: '3B',
  lead: 'Marieke Jansen',
  otherSchoolInvolved: false,
};
const LEERPLICHT = 'school-informeer-de-leerplichtambtenaar';
const addLeerplicht = (improvementPointIds: string[] = []): ProtocolEdit => ({
  op: 'addStep',
  phaseId: 'communiceer',
  afterStepId: null,
  step: {
    title: 'Informeer de leerplichtambtenaar',
    guidance: 'Bij verzuim na het incident.',
    tips: [],
    subPoints: [{ label: 'Leerplichtambtenaar gebeld' }],
    defaultDueHours: 48,
    urgent: false,
  },
  reason: 'Verzuim van het slachtoffer bleef onopgemerkt.',
  improvementPointIds,
});

describe('school protocol versions in the vault', () => {
  let t: TestService;
  const clock = fixedClock('2026-11-28T09:00:00.000Z');
  beforeEach(async () => {
    clock.set('2026-11-28T09:00:00.000Z');
    t = await createTestService({ clock });
  });
  afterEach(() => t.cleanup());

  it('starts at version 1 = the built-in card; a new version carries changes, reasons and cited points', async () => {
    const start = await t.dispatchOk('protocol.overview', {});
    expect(start.current.version).toBe(1);
    expect(start.current.origin).toBe('kaart');
    expect(start.current.definition).toEqual(builtInDefinition());

    const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
    const point = await t.dispatchOk('improvement.add', {
      dossierId,
      audience: 'zat',
      point: { area: 'protocol', text: 'Leerplicht eerder betrekken bij verzuim.', owner: 'Zorgcoördinator' },
    });
    const v2 = await t.dispatchOk('protocol.create', { edits: [addLeerplicht([point.id])] });
    expect(v2).toMatchObject({ version: 2, origin: 'school', establishedBy: 'Marieke de Zorgcoördinator' });
    expect(v2.changes).toEqual([
      expect.objectContaining({ kind: 'stap-toegevoegd', subjectId: LEERPLICHT, improvementPointIds: [point.id] }),
    ]);
    const after = (await t.dispatchOk('improvement.list', {})).find((p) => p.id === point.id)!;
    expect(after).toMatchObject({ status: 'overgenomen', protocolVersion: 2, decisionNote: 'Verwerkt in protocol versie 2.' });

    const overview = await t.dispatchOk('protocol.overview', {});
    expect(overview.versions.map((v) => [v.version, v.dossierCount])).toEqual([
      [2, 0],
      [1, 1],
    ]);
  });

  it('refuses invalid edits with a Dutch message and stores nothing', async () => {
    const bad = await t.dispatch('protocol.create', {
      edits: [{ op: 'removeStep', stepId: 'politie-advies', reason: 'Doen we niet' }],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('essentiële stap');
    const unknownPoint = await t.dispatch('protocol.create', { edits: [addLeerplicht(['00000000-0000-4000-8000-000000000000'])] });
    expect(unknownPoint.ok).toBe(false);
    if (!unknownPoint.ok) expect(unknownPoint.error.message).toContain('verbeterpunt');
    expect((await t.dispatchOk('protocol.overview', {})).versions).toHaveLength(1);
    // Stored versions are immutable even for SQL that bypasses the core.
    expect(() => t.svc.ctx.db().prepare("UPDATE protocol_versions SET established_by = 'x'").run()).toThrow(/immutable/);
  });

  it('pins: a new dossier follows the current version; older dossiers keep theirs', async () => {
    const old = await t.dispatchOk('dossier.create', INTAKE);
    await t.dispatchOk('protocol.create', { edits: [addLeerplicht()] });
    const fresh = await t.dispatchOk('dossier.create', INTAKE);

    const oldDetail = await t.dispatchOk('dossier.get', { dossierId: old.dossierId });
    const newDetail = await t.dispatchOk('dossier.get', { dossierId: fresh.dossierId });
    expect(oldDetail.protocol.version).toBe(1);
    expect(oldDetail.protocol.steps.some((s) => s.id === LEERPLICHT)).toBe(false);
    expect(newDetail.protocol.version).toBe(2);
    // The new step got its deadline from the version: discovery + 48 h.
    expect(newDetail.steps.find((s) => s.stepId === LEERPLICHT)?.dueAt).toBe('2026-11-30T08:00:00.000Z');
    expect(newDetail.chronology[0]!.text).toContain('versie 2');

    // Steps of another version are refused for this dossier.
    const refused = await t.dispatch('step.update', { dossierId: old.dossierId, stepId: LEERPLICHT, patch: { status: 'bezig' } });
    expect(refused.ok).toBe(false);
    await t.dispatchOk('step.update', { dossierId: fresh.dossierId, stepId: LEERPLICHT, patch: { status: 'gedaan' } });

    // The overview counts each dossier against its own version.
    const overview = await t.dispatchOk('overview.get', {});
    const total = (id: string) => overview.dossiers.find((d) => d.id === id)!.progress.total;
    expect(total(fresh.dossierId)).toBe(total(old.dossierId) + 1);
  });

  it('moving an open dossier keeps every step state, note, record, action and logbook entry', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
    await t.dispatchOk('step.update', {
      dossierId,
      stepId: 'alternatieve-interventies',
      patch: { status: 'gedaan', notes: 'Herstelgesprek gevoerd', data: { tool: 'decision', choices: ['herstelgesprek'] } },
    });
    await t.dispatchOk('step.update', { dossierId, stepId: 'nazorg', patch: { notes: 'Na 6 weken bellen', owner: 'Mentor' } });
    await t.dispatchOk('action.add', {
      dossierId,
      action: { stepId: 'alternatieve-interventies', wie: 'Mentor', wat: 'Gesprek plannen', wanneer: null, waar: '', hoe: '' },
    });
    const before = await t.dispatchOk('dossier.get', { dossierId });

    await t.dispatchOk('protocol.create', {
      edits: [
        addLeerplicht(),
        { op: 'removeStep', stepId: 'alternatieve-interventies', reason: 'Valt samen met de rustperiode' },
      ],
    });
    const preview = await t.dispatchOk('protocol.previewMove', { dossierId, toVersion: 2 });
    expect(preview.added.map((a) => a.stepId)).toEqual([LEERPLICHT]);
    expect(preview.removed).toEqual([
      expect.objectContaining({ stepId: 'alternatieve-interventies', state: expect.objectContaining({ status: 'gedaan' }) }),
    ]);

    const moved = await t.dispatchOk('protocol.moveDossier', { dossierId, toVersion: 2 });
    expect(moved.protocol.version).toBe(2);
    // Every earlier state is still there, unchanged (the removed step's state is history).
    for (const s of before.steps) {
      const now = moved.steps.find((x) => x.stepId === s.stepId);
      expect(now, s.stepId).toMatchObject({ status: s.status, notes: s.notes, owner: s.owner, data: s.data, dueAt: s.dueAt });
    }
    expect(moved.steps.find((s) => s.stepId === LEERPLICHT)?.dueAt).toBe('2026-11-30T08:00:00.000Z');
    expect(moved.actions).toEqual(before.actions);
    expect(moved.chronology.slice(0, before.chronology.length)).toEqual(before.chronology);
    expect(moved.chronology.at(-1)!.text).toMatch(/versie 1 naar versie 2.*Informeer de leerplichtambtenaar.*bewaard/);
    // A typed event (not a plain line), written with the move: one event, one audit row.
    expect(moved.chronology.at(-1)!.event).toEqual({
      type: 'protocol.moved',
      fromVersion: 1,
      toVersion: 2,
      added: ['Informeer de leerplichtambtenaar'],
      removed: [expect.any(String)],
      deadlinesChanged: [],
    });
    expect(moved.chronology.filter((e) => e.event?.type === 'protocol.moved')).toHaveLength(1);
    const audit = t.svc.ctx
      .db()
      .prepare("SELECT details FROM audit_log WHERE action = 'protocol.moveDossier'")
      .pluck()
      .all();
    expect(audit).toEqual(['Protocolversie 1 -> 2 · protocol.moved']);

    // Only forward, only open dossiers.
    const back = await t.dispatch('protocol.moveDossier', { dossierId, toVersion: 1 });
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.error.message).toContain('nieuwere versie');
  });

  it('a moved dossier knows the steps its version dropped, by title and the version that dropped them', async () => {
    // v2 adds the school's own step; a dossier on v2 works on it; v3 drops it again.
    await t.dispatchOk('protocol.create', { edits: [addLeerplicht()] });
    const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
    await t.dispatchOk('step.update', {
      dossierId,
      stepId: LEERPLICHT,
      patch: { status: 'bezig', notes: 'Leerplicht gebeld, terugbelverzoek', owner: 'Mentor' },
    });
    await t.dispatchOk('action.add', {
      dossierId,
      action: { stepId: LEERPLICHT, wie: 'Mentor', wat: 'Verzuim nagaan', wanneer: null, waar: '', hoe: '' },
    });
    const onV2 = await t.dispatchOk('dossier.get', { dossierId });
    expect(onV2.protocol.retiredSteps).toEqual([]);
    expect(stepTitleIn(onV2.protocol, LEERPLICHT)).toBe('Informeer de leerplichtambtenaar');

    await t.dispatchOk('protocol.create', {
      edits: [{ op: 'removeStep', stepId: LEERPLICHT, reason: 'De leerplichtambtenaar zit nu in het ZAT.', improvementPointIds: [] }],
    });
    const moved = await t.dispatchOk('protocol.moveDossier', { dossierId, toVersion: 3 });
    expect(moved.protocol.steps.some((s) => s.id === LEERPLICHT)).toBe(false);
    expect(moved.protocol.retiredSteps).toEqual([
      { id: LEERPLICHT, title: 'Informeer de leerplichtambtenaar', phaseId: 'communiceer', removedInVersion: 3 },
    ]);
    // The kept state and the linked action are still there, and titled, not a raw id.
    expect(moved.steps.find((s) => s.stepId === LEERPLICHT)).toMatchObject({ status: 'bezig', notes: 'Leerplicht gebeld, terugbelverzoek' });
    expect(stepTitleIn(moved.protocol, moved.actions[0]!.stepId!)).toBe('Informeer de leerplichtambtenaar');
    // A new dossier on v3 never had the step: nothing retired shows for it (no state).
    const fresh = await t.dispatchOk('dossier.create', { ...INTAKE, title: 'Tweede melding' });
    const freshDetail = await t.dispatchOk('dossier.get', { dossierId: fresh.dossierId });
    expect(freshDetail.steps.some((s) => s.stepId === LEERPLICHT)).toBe(false);
  });

  it('retiredStepsOf: the last title and the first version without the step', () => {
    const step = (id: string, title: string) => ({ ...builtInDefinition().steps[0]!, id: id as StepId, title });
    const a = step('a', 'A'), b = step('b', 'B'), b2 = step('b', 'B herschreven');
    expect(
      retiredStepsOf([
        { version: 1, steps: [a, b] },
        { version: 2, steps: [a, b2] },
        { version: 3, steps: [a] },
        { version: 4, steps: [] },
      ]),
    ).toEqual([
      { id: 'b', title: 'B herschreven', phaseId: a.phaseId, removedInVersion: 3 },
      { id: 'a', title: 'A', phaseId: a.phaseId, removedInVersion: 4 },
    ]);
    expect(retiredStepsOf([])).toEqual([]);
    expect(stepTitleIn({ steps: [], retiredSteps: [] }, 'school-onbekend')).toBe('school-onbekend');
  });

  it('a closed dossier stays on the version it followed', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
    for (const stepId of ['evaluatie-betrokkenen', 'evaluatie-zat', 'nazorg', 'protocol-bijwerken', 'terugkoppeling-school-dader']) {
      await t.dispatchOk('step.update', { dossierId, stepId, patch: { status: 'gedaan' } });
    }
    await t.dispatchOk('dossier.setStatus', { dossierId, status: 'gesloten', reason: '', closeReasons: await closeReasonsFor(t, dossierId) });
    await t.dispatchOk('protocol.create', { edits: [addLeerplicht()] });
    const r = await t.dispatch('protocol.previewMove', { dossierId, toVersion: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('gesloten');
  });

  describe('protocol files', () => {
    const write = (name: string, content: string) => {
      const file = path.join(t.dirs.out, name);
      fs.writeFileSync(file, content);
      return file;
    };

    it('exports a version and imports it as the next version, naming the author school', async () => {
      await t.dispatchOk('school.update', { ...(await t.dispatchOk('school.get', {})), name: 'Het Baken' });
      await t.dispatchOk('protocol.create', { edits: [addLeerplicht()] });
      t.platform.nextSavePath = path.join(t.dirs.out, 'protocol.json');
      await t.dispatchOk('protocol.exportFile', { version: 2 });
      const file = JSON.parse(fs.readFileSync(path.join(t.dirs.out, 'protocol.json'), 'utf8'));
      expect(file).toMatchObject({ format: 'vangnet-protocol', formatVersion: 1, version: 2, school: 'Het Baken' });

      const other = await createTestService({ clock });
      try {
        other.platform.nextOpenPath = path.join(t.dirs.out, 'protocol.json');
        const imported = await other.dispatchOk('protocol.importFile', { reason: 'Basis van het schoolbestuur' });
        expect(imported).toMatchObject({ version: 2, origin: 'import', importedFrom: { school: 'Het Baken', version: 2 } });
        const v = await other.dispatchOk('protocol.get', { version: 2 });
        expect(v.definition.steps.some((s) => s.id === LEERPLICHT)).toBe(true);
      } finally {
        other.cleanup();
      }
    });

    it.each([
      ['not JSON', 'dit is geen json', 'geen Vangnet-protocolbestand'],
      ['another format', JSON.stringify({ format: 'iets-anders' }), 'geen Vangnet-protocolbestand'],
      ['a newer format', JSON.stringify({ format: 'vangnet-protocol', formatVersion: 2 }), 'nieuwere versie van Vangnet'],
      [
        'a broken definition',
        JSON.stringify({
          format: 'vangnet-protocol',
          formatVersion: 1,
          exportedAt: '2026-11-28T09:00:00.000Z',
          school: 'X',
          version: 3,
          establishedAt: '2026-11-28T09:00:00.000Z',
          cardRevision: '2026.1',
          definition: { ...builtInDefinition(), steps: builtInDefinition().steps.map((s, i) => (i === 0 ? { ...s, tool: 'onbekend' } : s)) },
          changes: [],
        }),
        'beschadigd of onvolledig',
      ],
    ])('refuses %s with a clear Dutch message and changes nothing', async (_label, content, message) => {
      t.platform.nextOpenPath = write('bad.json', content);
      const r = await t.dispatch('protocol.importFile', { reason: 'Basis van het bestuur' });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.message).toContain(message);
      }
      expect((await t.dispatchOk('protocol.overview', {})).versions).toHaveLength(1);
    });

    it('refuses a file without an essential step unless an explicit reason is given', async () => {
      const def = builtInDefinition();
      const steps = def.steps.filter((s) => s.id !== 'offline-halen').map((s, i) => ({ ...s, order: i + 1, requires: s.requires.filter((r) => r !== 'offline-halen') }));
      const content = JSON.stringify({
        format: 'vangnet-protocol',
        formatVersion: 1,
        exportedAt: '2026-11-28T09:00:00.000Z',
        school: 'De Ander',
        version: 4,
        establishedAt: '2026-11-20T09:00:00.000Z',
        cardRevision: '2026.1',
        definition: { ...def, steps },
        changes: [],
      });
      t.platform.nextOpenPath = write('no-takedown.json', content);
      const r = await t.dispatch('protocol.importFile', { reason: 'Bestuur' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('essentiële stappen');
      t.platform.nextOpenPath = write('no-takedown.json', content);
      const ok = await t.dispatchOk('protocol.importFile', { reason: 'Bestuur', essentialReason: 'Het bestuur regelt offline halen centraal.' });
      expect(ok).toMatchObject({ version: 2, changes: [expect.objectContaining({ essentialReason: 'Het bestuur regelt offline halen centraal.' })] });
    });
  });

  it('a revised built-in card is shown as a change in the base; only chosen steps are taken over', async () => {
    const ctx = t.svc.ctx;
    expect(baseUpdate(ctx.db())).toBeNull();
    const def = builtInDefinition();
    const revised: BuiltInCard = {
      revision: '2027.1',
      definition: {
        ...def,
        steps: def.steps.map((s) =>
          s.id === 'nazorg' ? { ...s, defaultDueHours: 24 * 10 } : s.id === 'rustperiode' ? { ...s, title: 'Rustperiode en herstel' } : s,
        ),
      },
    };
    const update = baseUpdate(ctx.db(), revised)!;
    expect(update.toRevision).toBe('2027.1');
    expect(update.diff.steps.filter((s) => s.kind !== 'gelijk').map((s) => s.stepId).sort()).toEqual(['nazorg', 'rustperiode']);
    // Nothing changed yet: the current version is untouched.
    expect((await t.dispatchOk('protocol.overview', {})).current.version).toBe(1);

    const v = reviewBase(ctx, ['nazorg'], 'Nieuwe landelijke termijn voor nazorg overgenomen', revised)!;
    expect(v.version).toBe(2);
    expect(v.cardRevision).toBe('2027.1');
    const stored = await t.dispatchOk('protocol.get', { version: 2 });
    expect(stored.definition.steps.find((s) => s.id === 'nazorg')?.defaultDueHours).toBe(240);
    expect(stored.definition.steps.find((s) => s.id === 'rustperiode')?.title).toBe(def.steps.find((s) => s.id === 'rustperiode')!.title);
    expect(baseUpdate(ctx.db(), revised)).toBeNull();
  });

  it('the protocol PDF names the version and date and lists every change with its reason', async () => {
    await t.dispatchOk('protocol.create', { edits: [addLeerplicht()] });
    const pdf = path.join(t.dirs.out, 'stappenplan.pdf');
    t.platform.nextSavePath = pdf;
    await t.dispatchOk('protocol.exportPdf', { version: 2 });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Ons stappenplan bij een rondgaande\s+naaktfoto of seksfilmpje/);
    expect(text).toMatch(/Versie 2, vastgesteld op 28 november 2026/);
    expect(text).toContain('Informeer de leerplichtambtenaar');
    expect(text).toContain('Bijlage: wijzigingsgeschiedenis');
    expect(text).toContain('Verzuim van het slachtoffer bleef'); // the reason, in the Reden column
  });
});
