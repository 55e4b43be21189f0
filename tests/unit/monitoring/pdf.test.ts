import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestService, seedDossier, type TestService } from '../helpers';

let t: TestService;
let dossierId: string;

beforeEach(async () => {
  t = await createTestService();
  ({ dossierId } = await seedDossier(t));
});
afterEach(() => t.cleanup());

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });

describe('monitoring log as PDF (documents module, kind monitoring-log)', () => {
  it('contains every observation, each correction with its reason, and the takedowns; no image', async () => {
    const base = {
      seenAt: '2026-11-27T20:15:00+01:00',
      seenBy: 'Mentor Jansen',
      platform: 'snapchat',
      location: 'Groepschat "3B chill"',
      description: 'Klasgenoten vragen elkaar de foto door te sturen',
      reach: 'groep',
      tone: 'negatief',
      risk: 'hoog',
      action: 'verwijderverzoek',
      actionNote: '',
      followUpAt: null,
      status: 'opvolgen',
    } as const;
    const first = await t.dispatchOk('monitoring.add', { dossierId, entry: base });
    await t.dispatchOk('monitoring.correct', { correctsId: first.id, reason: 'Bereik bleek groter na gesprek met mentor', entry: { ...base, reach: 'school' } });
    await t.dispatchOk('monitoring.add', {
      dossierId,
      entry: { ...base, platform: 'tiktok', location: '@anon3b', description: 'Video die naar het incident verwijst, zonder beeld', tone: 'onjuist', action: 'verwezen-naar-statement' },
    });
    await t.dispatchOk('takedown.add', {
      dossierId,
      takedown: { entryId: first.id, platform: 'snapchat', location: 'Groepschat "3B chill"', channel: 'platform', requestedAt: '2026-11-27T21:00:00+01:00', reference: 'SC-778899', status: 'aangevraagd', followUpAt: null, notes: '' },
    });

    const file = path.join(t.dirs.out, 'monitoring.pdf');
    t.platform.nextSavePath = file;
    const r = await t.dispatchOk('documents.generate', { dossierId, kind: 'monitoring-log', options: {} });
    expect(r.cancelled).toBe(false);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file).replace(/\s+/g, ' ');
    for (const needle of [
      'Monitoringslogboek sociale media',
      'Aantal waarnemingen 2',
      'Klasgenoten vragen elkaar',
      'Video die naar het incident verwijst',
      'Correcties',
      'Bereik bleek groter na gesprek met mentor',
      'Verwijderverzoeken',
      'SC-778899',
      'Er zijn geen beelden of video’s opgeslagen',
    ]) {
      expect(text, needle).toContain(needle);
    }
    // No embedded images: the log is text only.
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length).toBeLessThanOrEqual(2);
    const list = await t.dispatchOk('documents.list', { dossierId });
    expect(list.map((d) => d.kind)).toContain('monitoring-log');
  });
});
