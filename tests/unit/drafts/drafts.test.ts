import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { dossierReferences } from '../../../src/core/evaluation/destroy';
import {
  createTestService,
  describeHits,
  fixedClock,
  scanForStrings,
  seedDossier,
  type TestService,
} from '../helpers';
import { closeDossier, markAndDestroy } from '../evaluation/fixtures';

/** Drafts of unsaved form input, on a real encrypted vault. */
describe('drafts in the vault', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('saves, replaces, lists and discards a draft per dossier + form', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z');
    t = await createTestService({ clock });
    const a = await seedDossier(t, { tag: 'da11' });
    const b = await seedDossier(t, { tag: 'db22' });
    const key = 'conversation:new:gesprek-slachtoffer';

    expect(await t.dispatchOk('draft.get', { dossierId: a.dossierId, formKey: key })).toBeNull();
    await t.dispatchOk('draft.save', { dossierId: a.dossierId, formKey: key, data: { summary: 'Eerste zin' } });
    clock.advance(60_000);
    const saved = await t.dispatchOk('draft.save', {
      dossierId: a.dossierId,
      formKey: key,
      data: { summary: 'Eerste zin, tweede zin', personIds: ['x'], heldAt: null, n: 3 },
    });
    expect(saved.updatedAt).toBe('2026-12-01T09:01:00.000Z');
    await t.dispatchOk('draft.save', { dossierId: b.dossierId, formKey: key, data: { summary: 'Ander dossier' } });
    await t.dispatchOk('draft.save', { dossierId: null, formKey: 'intake', data: { victimName: 'Fenna' } });

    const got = await t.dispatchOk('draft.get', { dossierId: a.dossierId, formKey: key });
    expect(got?.data).toEqual({ summary: 'Eerste zin, tweede zin', personIds: ['x'], heldAt: null, n: 3 });
    expect(await t.dispatchOk('draft.list', { dossierId: a.dossierId })).toEqual([
      { dossierId: a.dossierId, formKey: key, updatedAt: '2026-12-01T09:01:00.000Z' },
    ]);
    expect((await t.dispatchOk('draft.list', { dossierId: null })).map((d) => d.formKey)).toEqual(['intake']);

    expect(await t.dispatchOk('draft.discard', { dossierId: a.dossierId, formKey: key })).toEqual({ discarded: true });
    expect(await t.dispatchOk('draft.discard', { dossierId: a.dossierId, formKey: key })).toEqual({ discarded: false });
    expect(await t.dispatchOk('draft.get', { dossierId: a.dossierId, formKey: key })).toBeNull();
    // The other dossier's draft and the intake draft are untouched.
    expect((await t.dispatchOk('draft.get', { dossierId: b.dossierId, formKey: key }))?.data).toEqual({
      summary: 'Ander dossier',
    });
    expect(await t.dispatchOk('draft.get', { dossierId: null, formKey: 'intake' })).not.toBeNull();
  });

  it('refuses unknown dossiers, bad keys, file-like content and oversized drafts, storing nothing', async () => {
    t = await createTestService();
    const { dossierId } = await seedDossier(t);
    const bad = async (input: Parameters<TestService['dispatch']>[1], code: string) => {
      const r = await t!.dispatch('draft.save', input as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe(code);
    };
    await bad({ dossierId: crypto.randomUUID(), formKey: 'person:new', data: { name: 'x' } }, 'NOT_FOUND');
    await bad({ dossierId, formKey: '../etc', data: {} }, 'VALIDATION');
    await bad({ dossierId, formKey: 'Person', data: {} }, 'VALIDATION');
    await bad({ dossierId, formKey: 'entry:new', data: { location: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUg' } }, 'VALIDATION');
    await bad({ dossierId, formKey: 'entry:new', data: { notes: ['a'.repeat(49_000), 'b'.repeat(49_000), 'c'.repeat(49_000), 'd'.repeat(49_000), 'e'.repeat(49_000)] } }, 'VALIDATION');
    expect(t.svc.ctx.db().prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(0);
    // Numbers and structure come back exactly as sent (no coercion of what the user typed).
    await t.dispatchOk('draft.save', { dossierId, formKey: 'extent:new', data: { count: '-5', words: 'twee' } });
    expect((await t.dispatchOk('draft.get', { dossierId, formKey: 'extent:new' }))?.data).toEqual({
      count: '-5',
      words: 'twee',
    });
  });

  it('keeps a text over its field limit (the record refuses it; the draft holds it until shortened)', async () => {
    t = await createTestService();
    const { dossierId } = await seedDossier(t);
    const notes = `Verslag ${'Moeder belde en vertelde wat er in de groep gebeurde. '.repeat(1_000)}`;
    expect(notes.length).toBeGreaterThan(50_000);
    const refused = await t.dispatch('step.update', { dossierId, stepId: 'check-protocol', patch: { notes } });
    expect(refused.ok).toBe(false);
    await t.dispatchOk('draft.save', { dossierId, formKey: 'step:check-protocol', data: { notes, owner: '', dueAt: null } });
    expect((await t.dispatchOk('draft.get', { dossierId, formKey: 'step:check-protocol' }))?.data.notes).toBe(notes);
    // A school's own step id (up to 86 characters) fits in a draft key.
    const schoolStep = `school-${'a'.repeat(79)}`;
    await t.dispatchOk('draft.save', { dossierId, formKey: `step:${schoolStep}`, data: { notes: 'kort' } });
    // The draft as a whole stays bounded.
    const tooBig = await t.dispatch('draft.save', { dossierId, formKey: 'step:check-protocol', data: { notes: 'x'.repeat(200_001) } });
    expect(tooBig.ok).toBe(false);
  });

  it('needs an unlocked vault, and survives lock + unlock', async () => {
    t = await createTestService();
    const { dossierId } = await seedDossier(t);
    await t.dispatchOk('draft.save', { dossierId, formKey: 'action:new', data: { wat: 'Ouders bellen om vier uur' } });
    await t.dispatchOk('vault.lock', {});
    const locked = await t.dispatch('draft.get', { dossierId, formKey: 'action:new' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    const lockedSave = await t.dispatch('draft.save', { dossierId, formKey: 'action:new', data: { wat: 'x' } });
    expect(lockedSave).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
    expect((await t.dispatchOk('draft.get', { dossierId, formKey: 'action:new' }))?.data).toEqual({
      wat: 'Ouders bellen om vier uur',
    });
  });

  it('is not readable in the vault folder, open or locked', async () => {
    t = await createTestService();
    const { dossierId } = await seedDossier(t);
    const secret = `Conceptverslag ${crypto.randomBytes(4).toString('hex')} over de foto`;
    await t.dispatchOk('draft.save', { dossierId, formKey: 'conversation:new', data: { summary: secret } });
    let hits = scanForStrings([t.dirs.vault, t.dirs.appData], [secret]);
    expect(hits, describeHits(hits)).toEqual([]);
    await t.dispatchOk('vault.lock', {});
    hits = scanForStrings([t.dirs.vault, t.dirs.appData], [secret]);
    expect(hits, describeHits(hits)).toEqual([]);
  });

  it('are removed when the dossier is destroyed under the retention policy', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z');
    t = await createTestService({ clock });
    const gone = await seedDossier(t, { tag: 'dx33' });
    const keep = await seedDossier(t, { tag: 'dk44' });
    const tag = crypto.randomBytes(4).toString('hex');
    const secret = `Half verslag Reigerdx33${tag}`;
    await t.dispatchOk('draft.save', { dossierId: gone.dossierId, formKey: 'conversation:new', data: { summary: secret } });
    await t.dispatchOk('draft.save', { dossierId: keep.dossierId, formKey: 'conversation:new', data: { summary: 'blijft' } });

    const db = t.svc.ctx.db();
    // Destruction discovers per-dossier tables from the schema: the drafts table is among them.
    expect(dossierReferences(db)).toContainEqual({ table: 'drafts', column: 'dossier_id' });

    await closeDossier(t, gone.dossierId);
    const number = (await t.dispatchOk('dossier.get', { dossierId: gone.dossierId })).dossier.number;
    clock.advance(3 * 365 * 86_400_000);
    await markAndDestroy(t, { dossierId: gone.dossierId, confirmNumber: number, reason: '' });

    expect(db.prepare('SELECT count(*) FROM drafts WHERE dossier_id = ?').pluck().get(gone.dossierId)).toBe(0);
    expect(await t.dispatchOk('draft.list', { dossierId: keep.dossierId })).toHaveLength(1);
    expect(db.serialize().includes(Buffer.from(secret))).toBe(false);
  });
});
