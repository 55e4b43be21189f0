import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizePlatform } from '../../../src/core/evaluation/stats';
import { emptyPersonInput } from '../../../src/shared/domain';
import { createTestService, fixedClock, seedDossier, type TestService } from '../helpers';

describe('anonymous statistics', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('counts per year, time to first action and platforms without anything that identifies a pupil', async () => {
    t = await createTestService({ clock: fixedClock('2027-02-01T09:00:00.000Z') });
    const a = await seedDossier(t, { tag: 'st01' });
    const b = await seedDossier(t, { tag: 'st02' });
    await t.dispatchOk('dossier.updateFacts', {
      dossierId: a.dossierId,
      facts: {
        spread: {
          pupils: 40,
          groups: 2,
          platforms: ['Snapchat', 'whatsapp groep van Floortje Vermeulenst01', 'TikTok'],
        },
      },
    });
    await t.dispatchOk('dossier.updateFacts', {
      dossierId: b.dossierId,
      facts: { spread: { pupils: null, groups: null, platforms: ['snapchat'] } },
    });
    const c = await t.dispatchOk('dossier.create', {
      title: 'Filmpje rondgestuurd',
      discoveredAt: '2025-05-01T10:00:00+02:00',
      howDiscovered: '',
      materialKind: 'video',
      victimName: '',
      victimClass: '',
      lead: 'Zorgcoördinator',
      otherSchoolInvolved: false,
    });
    expect(c.dossierId).toBeTruthy();

    const stats = await t.dispatchOk('stats.get', {});
    expect(stats.total).toBe(3);
    expect(stats.perYear).toEqual([
      { year: 2025, count: 1 },
      { year: 2026, count: 2 },
    ]);
    expect(stats.byMaterial.find((m) => m.kind === 'foto')?.count).toBe(2);
    expect(stats.byMaterial.find((m) => m.kind === 'video')?.count).toBe(1);
    // Seeded dossiers: discovered 27-11 08:30, first logbook note at 09:00 (0.5 h) by occurredAt,
    // but actions/notes are recorded "now" (2027-02-01); the earliest is the conversation at 15:00 the same day.
    expect(stats.timeToFirstAction.measured).toBe(2);
    expect(stats.timeToFirstAction.buckets.find((x) => x.label === '4 tot 24 uur')?.count).toBe(2);
    expect(stats.timeToFirstAction.medianHours).toBe(6.5);
    expect(stats.platforms).toEqual([
      { platform: 'Snapchat', count: 2 },
      { platform: 'TikTok', count: 1 },
      { platform: 'WhatsApp', count: 1 },
    ]);
    const json = JSON.stringify(stats);
    for (const s of [
      ...a.secrets,
      ...b.secrets,
      'Filmpje rondgestuurd',
      '2026-001',
      '2026-002',
      '2025-001',
    ]) {
      expect(json).not.toContain(s);
    }
    expect(json.toLowerCase()).not.toContain('floortje');

    // Takedown success rate from the monitoring module's table: one of two removed.
    const takedown = {
      entryId: null,
      platform: 'tiktok' as const,
      location: 'Account bij TikTok',
      channel: 'platform' as const,
      requestedAt: null,
      reference: '',
      followUpAt: null,
      notes: '',
    };
    await t.dispatchOk('takedown.add', {
      dossierId: a.dossierId,
      takedown: { ...takedown, status: 'verwijderd' },
    });
    await t.dispatchOk('takedown.add', {
      dossierId: b.dossierId,
      takedown: { ...takedown, status: 'aangevraagd' },
    });
    const withTakedowns = await t.dispatchOk('stats.get', {});
    expect(withTakedowns.takedowns).toEqual({ available: true, requested: 2, removed: 1, successRate: 0.5 });
    // A dossier counts once per platform, whether the platform came from its facts or a takedown.
    expect(withTakedowns.platforms.find((p) => p.platform === 'TikTok')?.count).toBe(2);

    const only2025 = await t.dispatchOk('stats.get', { year: 2025 });
    expect(only2025.total).toBe(1);
    expect(only2025.timeToFirstAction.measured).toBe(0);
    expect(only2025.timeToFirstAction.medianHours).toBeNull();
  });

  it('maps typed platform text onto the fixed list', () => {
    expect(normalizePlatform('Insta')).toBe('Instagram');
    expect(normalizePlatform('twitter')).toBe('X (Twitter)');
    expect(normalizePlatform('snapchat story')).toBe('Snapchat');
    expect(normalizePlatform('account van Jan')).toBe('Overig');
    expect(normalizePlatform('')).toBe('Overig');
  });
});

describe('subject access request (inzageverzoek)', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('finds a person by name across dossiers and exports every record that names them', async () => {
    t = await createTestService({ clock: fixedClock('2027-02-01T09:00:00.000Z') });
    const a = await seedDossier(t, { tag: 'sa01' });
    const b = await seedDossier(t, { tag: 'sa02' });
    // The same pupil appears in a second dossier, written with and without accents.
    await t.dispatchOk('person.add', {
      dossierId: b.dossierId,
      person: emptyPersonInput({
        role: 'klasgenoot',
        name: 'Daan Kuipérssa01',
        className: '4A',
        notes: 'Heeft het filmpje niet doorgestuurd.',
      }),
    });
    await t.dispatchOk('chronology.add', {
      dossierId: b.dossierId,
      occurredAt: null,
      text: 'Daan Kuipérssa01 meldde zich bij de mentor.',
    });

    const matches = await t.dispatchOk('subjectAccess.search', { name: 'daan kuipers' });
    const mine = matches.filter((m) => m.name.endsWith('sa01'));
    expect(mine.map((m) => m.dossierId).sort()).toEqual([a.dossierId, b.dossierId].sort());
    expect(mine.every((m) => m.role === 'Dader / verspreider' || m.role === 'Klasgenoot')).toBe(true);

    expect(await t.dispatchOk('subjectAccess.exportPdf', { personIds: mine.map((m) => m.personId), thirdPartyReviewed: true })).toEqual(
      { cancelled: true },
    );
    const file = path.join(t.dirs.out, 'inzage.pdf');
    t.platform.nextSavePath = file;
    await t.dispatchOk('subjectAccess.exportPdf', { personIds: mine.map((m) => m.personId), thirdPartyReviewed: true });
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Inzageverzoek');
    expect(text).toContain('Daan Kuipérssa01');
    expect(text).toContain('Heeft foto doorgestuurd Lindeboomsa01'); // person notes, dossier a
    expect(text).toContain('Daan Kuipérssa01 meldde zich bij de mentor.'); // logbook, dossier b
    expect(text).toContain('Heeft het filmpje niet doorgestuurd.');
    // Records that do not name the person stay out, and other people's contact data too.
    expect(text).not.toContain('Politie gebeld');
    expect(text).not.toContain('Molenstraat 12sa01');
    expect(text).not.toContain('Lindeboomsa02');

    const audit = t.svc.ctx
      .db()
      .prepare("SELECT details FROM audit_log WHERE action = 'subjectAccess.export'")
      .pluck()
      .get() as string;
    expect(audit).toBe('Inzageoverzicht opgeslagen (2 persoonsregistraties, 2 dossiers; gecontroleerd op gegevens van anderen)');
  });
});
