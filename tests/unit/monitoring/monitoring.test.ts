import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MonitoringEntryInput } from '../../../src/shared/domain';
import { createTestService, fixedClock, seedDossier, tableCounts, type TestService } from '../helpers';

const clock = fixedClock('2026-11-28T09:00:00.000Z');
let t: TestService;
let dossierId: string;

const entry = (over: Partial<MonitoringEntryInput> = {}): MonitoringEntryInput => ({
  seenAt: '2026-11-28T08:15:00+01:00',
  seenBy: 'Mentor Jansen',
  platform: 'instagram',
  location: 'https://www.instagram.com/p/abc123/',
  description: 'Story met roddel over leerling uit 3B, geen beeld te zien',
  reach: 'groep',
  tone: 'negatief',
  risk: 'middel',
  action: 'gemeld-bij-platform',
  actionNote: '',
  followUpAt: null,
  status: 'open',
  ...over,
});

beforeEach(async () => {
  clock.set('2026-11-28T09:00:00.000Z');
  t = await createTestService({ clock });
  ({ dossierId } = await seedDossier(t));
});
afterEach(() => t.cleanup());

describe('monitoring log', () => {
  it('adds an entry, stores times as UTC and lists it for the dossier and school-wide', async () => {
    const added = await t.dispatchOk('monitoring.add', { dossierId, entry: entry() });
    expect(added.seenAt).toBe('2026-11-28T07:15:00.000Z');
    expect(added.version).toBe(1);
    expect(added.rootId).toBe(added.id);
    expect(added.author).toBe(t.svc.ctx.actor());

    const page = await t.dispatchOk('monitoring.list', { dossierId, filters: {} });
    expect(page.total).toBe(1);
    expect(page.entries[0]?.description).toContain('roddel');

    const other = await seedDossier(t);
    await t.dispatchOk('monitoring.quickAdd', {
      dossierId: other.dossierId,
      platform: 'snapchat',
      location: 'groep "3B chill"',
      description: 'Berichten over het filmpje',
    });
    const school = await t.dispatchOk('monitoring.list', { dossierId: null, filters: {} });
    expect(school.total).toBe(2);
    expect(new Set(school.entries.map((e) => e.dossierNumber)).size).toBe(2);
  });

  it('quick add fills the rest with safe defaults', async () => {
    const quick = await t.dispatchOk('monitoring.quickAdd', {
      dossierId,
      platform: 'tiktok',
      location: '@account_x',
      description: 'Video waarin naar de foto wordt verwezen',
    });
    expect(quick).toMatchObject({
      seenAt: '2026-11-28T09:00:00.000Z',
      seenBy: t.svc.ctx.actor(),
      tone: 'onbekend',
      risk: 'onbekend',
      reach: 'onbekend',
      action: 'geen',
      status: 'open',
      followUpAt: null,
    });
  });

  it('filters on platform, tone, risk, status and period, and pages', async () => {
    await t.dispatchOk('monitoring.add', { dossierId, entry: entry({ platform: 'instagram', tone: 'negatief', seenAt: '2026-11-20T10:00:00Z' }) });
    await t.dispatchOk('monitoring.add', { dossierId, entry: entry({ platform: 'snapchat', tone: 'bedreigend', risk: 'hoog', seenAt: '2026-11-25T10:00:00Z' }) });
    await t.dispatchOk('monitoring.add', { dossierId, entry: entry({ platform: 'tiktok', tone: 'onjuist', status: 'afgehandeld', seenAt: '2026-11-27T10:00:00Z' }) });
    const list = (filters: object, extra: object = {}) =>
      t.dispatchOk('monitoring.list', { dossierId, filters, ...extra });

    expect((await list({ platforms: ['snapchat', 'tiktok'] })).total).toBe(2);
    expect((await list({ tones: ['bedreigend'] })).entries.map((e) => e.platform)).toEqual(['snapchat']);
    expect((await list({ risks: ['hoog'] })).total).toBe(1);
    expect((await list({ statuses: ['afgehandeld'] })).entries[0]?.platform).toBe('tiktok');
    // Period bounds compare instants: 11:30+01:00 is 10:30Z, after the 10:00Z entry.
    expect((await list({ from: '2026-11-25T00:00:00+01:00', to: '2026-11-27T10:30:00+01:00' })).total).toBe(1);
    expect((await list({ from: '2026-11-25T00:00:00Z' })).total).toBe(2);
    const page = await list({}, { limit: 2, offset: 0 });
    expect(page.total).toBe(3);
    expect(page.entries.map((e) => e.platform)).toEqual(['tiktok', 'snapchat']);
    expect((await list({}, { limit: 2, offset: 2 })).entries.map((e) => e.platform)).toEqual(['instagram']);
  });

  it('is court-safe: a correction is a new version, the original stays, the database refuses edits', async () => {
    const first = await t.dispatchOk('monitoring.add', { dossierId, entry: entry() });
    const corrected = await t.dispatchOk('monitoring.correct', {
      correctsId: first.id,
      reason: 'Platform verkeerd gekozen',
      entry: entry({ platform: 'snapchat', tone: 'bedreigend', description: 'Story met dreigende tekst over 3B' }),
    });
    expect(corrected).toMatchObject({ version: 2, rootId: first.id, correctsId: first.id, platform: 'snapchat' });
    expect(corrected.correctionReason).toBe('Platform verkeerd gekozen');

    // The list shows the current version only; the history shows both.
    const page = await t.dispatchOk('monitoring.list', { dossierId, filters: {} });
    expect(page.entries.map((e) => e.id)).toEqual([corrected.id]);
    // Filters, counts and the chart see the corrected values only.
    expect((await t.dispatchOk('monitoring.list', { dossierId, filters: { platforms: ['instagram'] } })).total).toBe(0);
    expect((await t.dispatchOk('monitoring.list', { dossierId, filters: { platforms: ['snapchat'] } })).total).toBe(1);
    expect((await t.dispatchOk('monitoring.stats', { dossierId, filters: {}, utcOffsetMinutes: 0 })).platforms).toEqual(['snapchat']);
    const history = await t.dispatchOk('monitoring.history', { entryId: first.id });
    expect(history.map((e) => [e.version, e.platform, e.supersededById])).toEqual([
      [1, 'instagram', corrected.id],
      [2, 'snapchat', null],
    ]);

    // Correcting an old version again would fork the history: refused.
    const again = await t.dispatch('monitoring.correct', { correctsId: first.id, reason: 'x', entry: entry({ tone: 'neutraal' }) });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('CONFLICT');
    // A "correction" that changes nothing is refused.
    const same = await t.dispatch('monitoring.correct', { correctsId: corrected.id, reason: 'x', entry: entry({ platform: 'snapchat', tone: 'bedreigend', description: 'Story met dreigende tekst over 3B' }) });
    expect(same.ok).toBe(false);

    const db = t.svc.ctx.db();
    expect(() => db.prepare("UPDATE monitoring_entries SET description = 'x'").run()).toThrow(/court-safe/);
    expect(() => db.prepare('DELETE FROM monitoring_entries').run()).toThrow(/court-safe/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO monitoring_entries (id, dossier_id, root_id, version, seen_at, seen_by, platform, description, reach, tone, risk, action, status, recorded_at, author, corrects_id)
           VALUES ('x', ?, ?, 5, 'a', 'b', 'x', 'c', 'onbekend', 'onbekend', 'onbekend', 'geen', 'open', 'a', 'b', ?)`,
        )
        .run(dossierId, first.id, corrected.id),
    ).toThrow(/court-safe/);

    // Search finds the current text, not the corrected one.
    const hits = await t.dispatchOk('dossier.search', { query: 'dreigende' });
    expect(hits.filter((h) => h.source === 'monitoring')).toHaveLength(1);
    const old = await t.dispatchOk('dossier.search', { query: 'roddel' });
    expect(old.filter((h) => h.source === 'monitoring')).toHaveLength(0);
  });

  it('allows deletion only while the dossier is being destroyed', async () => {
    await t.dispatchOk('monitoring.add', { dossierId, entry: entry() });
    const td = await t.dispatchOk('takedown.add', {
      dossierId,
      takedown: { entryId: null, platform: 'instagram', location: '@x', channel: 'platform', requestedAt: null, reference: '', status: 'aangevraagd', followUpAt: null, notes: '' },
    });
    const db = t.svc.ctx.db();
    expect(() => db.prepare('DELETE FROM takedowns WHERE id = ?').run(td.id)).toThrow(/court-safe/);
    expect(() => db.prepare('DELETE FROM takedown_events').run()).toThrow(/court-safe/);
    expect(() => db.prepare("UPDATE takedown_events SET note = 'x'").run()).toThrow(/court-safe/);
    db.transaction(() => {
      db.prepare('INSERT INTO destruction_in_progress (dossier_id) VALUES (?)').run(dossierId);
      db.prepare('DELETE FROM chronology WHERE dossier_id = ?').run(dossierId);
      db.prepare('DELETE FROM dossiers WHERE id = ?').run(dossierId);
      db.prepare('DELETE FROM destruction_in_progress WHERE dossier_id = ?').run(dossierId);
    })();
    const counts = tableCounts(db);
    expect(counts.monitoring_entries).toBe(0);
    expect(counts.monitoring_current).toBe(0);
    expect(counts.takedowns).toBe(0);
    expect(counts.takedown_events).toBe(0);
  });

  it('counts entries per day per platform in the viewer’s time zone', async () => {
    await t.dispatchOk('monitoring.add', { dossierId, entry: entry({ platform: 'instagram', seenAt: '2026-11-26T23:30:00Z' }) });
    await t.dispatchOk('monitoring.add', { dossierId, entry: entry({ platform: 'instagram', seenAt: '2026-11-27T10:00:00Z' }) });
    await t.dispatchOk('monitoring.add', { dossierId, entry: entry({ platform: 'whatsapp', seenAt: '2026-11-27T11:00:00Z' }) });
    const utc = await t.dispatchOk('monitoring.stats', { dossierId, filters: {}, utcOffsetMinutes: 0 });
    expect(utc.days).toEqual([
      { day: '2026-11-26', total: 1, counts: { instagram: 1 } },
      { day: '2026-11-27', total: 2, counts: { instagram: 1, whatsapp: 1 } },
    ]);
    expect(utc.platforms).toEqual(['instagram', 'whatsapp']);
    // At UTC+1 the 23:30Z entry belongs to the next day.
    const nl = await t.dispatchOk('monitoring.stats', { dossierId, filters: {}, utcOffsetMinutes: 60 });
    expect(nl.days).toEqual([{ day: '2026-11-27', total: 3, counts: { instagram: 2, whatsapp: 1 } }]);
    const filtered = await t.dispatchOk('monitoring.stats', { dossierId: null, filters: { platforms: ['whatsapp'] }, utcOffsetMinutes: 60 });
    expect(filtered.total).toBe(1);
  });

  it('refuses writes to a closed dossier, and to unknown dossiers', async () => {
    // Closing needs a finished evaluation; that flow is not what is tested here.
    t.svc.ctx.db().prepare("UPDATE dossiers SET status = 'gesloten' WHERE id = ?").run(dossierId);
    const r = await t.dispatch('monitoring.quickAdd', { dossierId, platform: 'x', location: '', description: 'iets' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    const unknown = await t.dispatch('monitoring.list', { dossierId: '00000000-0000-4000-8000-000000000000', filters: {} });
    expect(unknown.ok).toBe(false);
  });

  it('writes an audit record for every change', async () => {
    const before = t.svc.ctx.db().prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'monitoring.%'").pluck().get();
    const e = await t.dispatchOk('monitoring.add', { dossierId, entry: entry() });
    await t.dispatchOk('monitoring.correct', { correctsId: e.id, reason: 'Toon', entry: entry({ tone: 'onjuist' }) });
    const after = t.svc.ctx.db().prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'monitoring.%'").pluck().get();
    expect(Number(after) - Number(before)).toBe(2);
    expect((await t.dispatchOk('vault.verifyAudit', {})).ok).toBe(true);
  });
});

describe('takedown tracker', () => {
  const takedown = {
    entryId: null,
    platform: 'instagram' as const,
    location: 'https://www.instagram.com/p/abc123/',
    channel: 'meldpunt-kinderporno' as const,
    requestedAt: '2026-11-28T09:00:00+01:00',
    reference: 'MK-2026-1234',
    status: 'aangevraagd' as const,
    followUpAt: '2026-11-30T09:00:00+01:00',
    notes: 'Alleen de link gemeld',
  };

  it('creates, updates and follows up a takedown with its history', async () => {
    const e = await t.dispatchOk('monitoring.add', { dossierId, entry: entry() });
    const created = await t.dispatchOk('takedown.add', { dossierId, takedown: { ...takedown, entryId: e.id } });
    expect(created.events.map((ev) => ev.kind)).toEqual(['aangemaakt']);
    expect(created.followUpAt).toBe('2026-11-30T08:00:00.000Z');
    expect(created.overdue).toBe(false);

    clock.set('2026-11-29T10:00:00.000Z');
    const updated = await t.dispatchOk('takedown.update', { takedownId: created.id, patch: { status: 'in-behandeling' }, note: 'Bevestiging ontvangen' });
    expect(updated.status).toBe('in-behandeling');
    expect(updated.events.at(-1)?.note).toContain('Aangevraagd → In behandeling');
    expect(updated.events.at(-1)?.note).toContain('Bevestiging ontvangen');

    const followed = await t.dispatchOk('takedown.addFollowUp', {
      takedownId: created.id,
      note: 'Gebeld: materiaal is offline',
      status: 'verwijderd',
      nextFollowUpAt: null,
    });
    expect(followed.status).toBe('verwijderd');
    expect(followed.followUpAt).toBeNull();
    expect(followed.events.map((ev) => ev.kind)).toEqual(['aangemaakt', 'gewijzigd', 'opvolging']);

    const none = await t.dispatch('takedown.update', { takedownId: created.id, patch: {}, note: '' });
    expect(none.ok).toBe(false);

    const open = await t.dispatchOk('takedown.list', { dossierId: null, openOnly: true });
    expect(open).toHaveLength(0);
    const all = await t.dispatchOk('takedown.list', { dossierId, openOnly: false });
    expect(all).toHaveLength(1);
  });

  it('refuses linking an entry of another dossier', async () => {
    const other = await seedDossier(t);
    const e = await t.dispatchOk('monitoring.add', { dossierId: other.dossierId, entry: entry() });
    const r = await t.dispatch('takedown.add', { dossierId, takedown: { ...takedown, entryId: e.id } });
    expect(r.ok).toBe(false);
  });

  it('puts open takedowns and overdue follow-ups on the overview', async () => {
    const td = await t.dispatchOk('takedown.add', { dossierId, takedown });
    await t.dispatchOk('takedown.add', { dossierId, takedown: { ...takedown, status: 'verwijderd', followUpAt: '2026-11-29T09:00:00Z' } });
    await t.dispatchOk('monitoring.add', {
      dossierId,
      entry: entry({ followUpAt: '2026-11-29T12:00:00Z', status: 'opvolgen', description: 'Nagaan of de groep is opgeheven' }),
    });

    let overview = await t.dispatchOk('overview.get', {});
    expect(overview.openTakedowns).toBe(1);
    expect(overview.dossiers.find((d) => d.id === dossierId)?.openTakedowns).toBe(1);
    expect(overview.overdue.filter((o) => o.kind === 'takedown' || o.kind === 'monitoring')).toHaveLength(0);

    clock.set('2026-12-01T09:00:00.000Z');
    overview = await t.dispatchOk('overview.get', {});
    const reminders = overview.overdue.filter((o) => o.kind === 'takedown' || o.kind === 'monitoring');
    expect(reminders.map((o) => o.kind).sort()).toEqual(['monitoring', 'takedown']);
    expect(reminders.find((o) => o.kind === 'takedown')?.title).toContain('Meldpunt Kinderporno');
    expect(reminders.find((o) => o.kind === 'monitoring')?.title).toContain('Nagaan of de groep');
    const list = await t.dispatchOk('takedown.list', { dossierId: null, openOnly: true });
    expect(list.map((x) => [x.id, x.overdue])).toEqual([[td.id, true]]);

    // Following it up with a new date clears the reminder.
    await t.dispatchOk('takedown.addFollowUp', { takedownId: td.id, note: 'Nog niet verwijderd, opnieuw gemeld', status: 'in-behandeling', nextFollowUpAt: '2026-12-03T09:00:00Z' });
    overview = await t.dispatchOk('overview.get', {});
    expect(overview.overdue.filter((o) => o.kind === 'takedown')).toHaveLength(0);
  });
});
