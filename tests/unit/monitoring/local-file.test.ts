import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_FILE_MESSAGE, looksLikeLocalFile } from '../../../src/shared/domain';
import { createTestService, seedDossier, tableCounts, type TestService } from '../helpers';

/**
 * A path on somebody's disk in a "where" field means someone has the image. It is not a place
 * the school can report; the core refuses to store it (the UI warns while typing).
 */
describe('local file paths in the monitoring log', () => {
  it('recognises paths and camera file names, not links or group names', () => {
    for (const path of [
      'C:\\Users\\Jan\\Pictures\\IMG_2041.jpg',
      'c:/Users/jan/Downloads/video.mp4',
      'D:\\Foto\'s\\klas 3b.png',
      '\\\\server\\leerlingen\\3B\\foto.jpg',
      '/home/jan/Afbeeldingen/IMG_2041.jpg',
      '/Users/marieke/Desktop/screenshot.png',
      '~/Downloads/IMG_2041.HEIC',
      'IMG_2041.jpg',
      'VID-20261128-WA0003.mp4',
      'staat in "C:\\Users\\Jan\\Pictures\\x.jpg"',
    ]) {
      expect(looksLikeLocalFile(path), path).toBe(true);
    }
    for (const place of [
      'https://www.instagram.com/p/Cx1Ab2/',
      'https://example.org/images/IMG_2041.jpg',
      'instagram.com/anon_3b/foto.jpg',
      't.me/groep3b',
      'Groepschat "3B chill"',
      '@anon_3b_roddels',
      '',
      'Snapchat-verhaal van account x, 14:30',
    ]) {
      expect(looksLikeLocalFile(place), place).toBe(false);
    }
  });

  let t: TestService;
  let dossierId: string;
  beforeAll(async () => {
    t = await createTestService();
    ({ dossierId } = await seedDossier(t));
  });
  afterAll(() => t?.cleanup());

  it('the core refuses them in every "where" field, calmly and in Dutch, storing nothing', async () => {
    const path = 'C:\\Users\\Jan\\Pictures\\IMG_2041.jpg';
    const before = tableCounts(t.svc.ctx.db());
    const entry = {
      seenAt: '2026-11-28T08:15:00+01:00',
      seenBy: 'Mentor Jansen',
      platform: 'whatsapp' as const,
      location: path,
      description: 'Leerling liet de foto zien op een laptop',
      reach: 'onbekend' as const,
      tone: 'onbekend' as const,
      risk: 'onbekend' as const,
      action: 'geen' as const,
      actionNote: '',
      followUpAt: null,
      status: 'open' as const,
    };
    const results = [
      await t.dispatch('monitoring.add', { dossierId, entry }),
      await t.dispatch('monitoring.quickAdd', { dossierId, platform: 'whatsapp', location: path, description: 'x' }),
      await t.dispatch('takedown.add', {
        dossierId,
        takedown: {
          entryId: null,
          platform: 'whatsapp',
          location: path,
          channel: 'platform',
          requestedAt: null,
          reference: '',
          status: 'aangevraagd',
          followUpAt: null,
          notes: '',
        },
      }),
    ];
    for (const r of results) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.message).toContain(LOCAL_FILE_MESSAGE);
      }
    }
    expect(LOCAL_FILE_MESSAGE).toMatch(/politie/);
    expect(tableCounts(t.svc.ctx.db())).toEqual(before);
    // The same entry with the place online is stored.
    const ok = await t.dispatch('monitoring.add', { dossierId, entry: { ...entry, location: 'https://wa.me/groep/3b' } });
    expect(ok.ok).toBe(true);
  });
});
