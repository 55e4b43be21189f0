import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestService, type TestService } from '../helpers';

/**
 * The overview's search on a larger vault: a few thousand searchable rows through the real
 * service (encrypted vault, FTS5 triggers). The time goal (< 100 ms) is measured by
 * `npm run bench` (the dossier.search rows, 200,000 entries), not here: the brief forbids timed
 * assertions in `npm test`, and on a loaded 2-core machine this one failed without a regression.
 * What is asserted is what keeps it fast: every query answers, and the result list is bounded.
 */
const DOSSIERS = 300;
const ENTRIES_PER_DOSSIER = 25;
const FIRST = ['Sanne', 'Daan', 'Noor', 'Yusuf', 'Emma', 'Lotte', 'Mila', 'Finn', 'Sem', 'Lina'];
const WORDS = [
  'groepsapp',
  'snapchat',
  'mentor',
  'ouders',
  'conciërge',
  'schoolfeest',
  'gymles',
  'wijkagent',
  'buddy',
  'klas',
];

describe('dossier.search performance', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await createTestService();
    for (let i = 0; i < DOSSIERS; i += 1) {
      const { dossierId } = await t.dispatchOk('dossier.create', {
        title: `Incident ${i} ${WORDS[i % WORDS.length]}`,
        discoveredAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
        howDiscovered: `Gemeld door ${WORDS[(i + 3) % WORDS.length]}`,
        materialKind: 'foto',
        victimName: `${FIRST[i % FIRST.length]} Achternaam${i}`,
        victimClass: `${(i % 6) + 1}B`,
        lead: 'Marieke Jansen',
        otherSchoolInvolved: false,
      });
      for (let j = 0; j < ENTRIES_PER_DOSSIER; j += 1) {
        await t.dispatchOk('chronology.add', {
          dossierId,
          occurredAt: null,
          text: `Regel ${j}: ${FIRST[(i + j) % FIRST.length]} vertelde over ${WORDS[(i * 7 + j) % WORDS.length]} en ${WORDS[(j * 3) % WORDS.length]}.`,
        });
      }
    }
  }, 240_000);
  afterAll(() => t?.cleanup());

  it(`finds matches over ${DOSSIERS} dossiers and ${DOSSIERS * ENTRIES_PER_DOSSIER} logbook entries, with a bounded result list`, async () => {
    const queries = ['Yusuf', 'conciërge', 'groepsapp mentor', 'Achternaam12', 'wijk', 'schoolfeest Noor'];
    for (const query of queries) {
      const hits = await t.dispatchOk('dossier.search', { query });
      expect(hits.length, query).toBeGreaterThan(0);
      // Search ranks a bounded set and shows the best 50 (architecture.md), however common the word.
      expect(hits.length, query).toBeLessThanOrEqual(50);
    }
  });
});
