import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../src/core/vault';
import { createTestService, type TestService } from '../unit/helpers';
import { Child, FULL, randomInt } from './fixtures/child';

/**
 * A child process writes dossier changes through the service and is killed with SIGKILL at a
 * random moment. Afterwards the vault must open, pass integrity_check, contain every write the
 * child acknowledged, and have an intact audit chain. 50 rounds in the full run.
 */
const ROUNDS = FULL ? 50 : 5;

describe(`crash safety: SIGKILL during writes (${ROUNDS} rounds)`, () => {
  let t: TestService;
  let dossierId: string;
  const acked = { chronology: new Set<string>(), person: new Set<string>() };
  let lastSummary = -1;
  let lastRoundSummary = '';

  beforeAll(async () => {
    t = await createTestService();
    ({ dossierId } = await t.dispatchOk('dossier.create', {
      title: 'Crashtest',
      discoveredAt: '2026-11-27T08:30:00+01:00',
      howDiscovered: '',
      materialKind: 'foto',
      victimName: '',
      victimClass: '',
      lead: 'Regiehouder',
      otherSchoolInvolved: false,
    }));
    // The child needs the vault folder to itself, like a second app start after a crash.
    await t.dispatchOk('vault.lock', {});
  });
  afterAll(() => t?.cleanup());

  it(
    'every acknowledged write survives, the vault stays intact and the audit chain verifies',
    async () => {
      let totalAcks = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const child = new Child(['write', t.dirs.root, t.passphrase, dossierId, String(round)]);
        await child.waitFor((l) => l === 'READY');
        // Every other round lets at least one write land first, so a slow machine still
        // exercises kills in the middle of a stream of writes.
        if (round % 2 === 0) await child.waitFor((l) => l.startsWith('ACK '));
        // Kill somewhere between "right away" and "after a few hundred writes".
        await new Promise((r) => setTimeout(r, randomInt(0, 400)));
        await child.kill();

        for (const line of child.lines) {
          const [tag, kind, id, n] = line.split(' ');
          if (tag !== 'ACK') continue;
          totalAcks += 1;
          if (kind === 'chronology' || kind === 'person') acked[kind].add(id!);
          if (kind === 'summary') {
            lastSummary = Number(n);
            lastRoundSummary = `summary ${id} ${n}`;
          }
        }

        const vault = await Vault.unlock(t.dirs.vault, t.passphrase);
        try {
          expect(vault.db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
          const chronology = new Set(
            vault.db
              .prepare('SELECT id FROM chronology WHERE dossier_id = ?')
              .pluck()
              .all(dossierId) as string[],
          );
          const persons = new Set(
            vault.db
              .prepare('SELECT id FROM persons WHERE dossier_id = ?')
              .pluck()
              .all(dossierId) as string[],
          );
          for (const id of acked.chronology)
            expect(chronology.has(id), `chronology ${id} (round ${round})`).toBe(true);
          for (const id of acked.person) expect(persons.has(id), `person ${id} (round ${round})`).toBe(true);
          if (lastSummary >= 0) {
            const summary = vault.db
              .prepare('SELECT summary FROM dossiers WHERE id = ?')
              .pluck()
              .get(dossierId) as string;
            const [, r, n] = summary.split(' ');
            // The stored summary is the last acknowledged one or a later, unacknowledged one: never older.
            const stored = Number(r) * 1e9 + Number(n);
            const [, ar, an] = lastRoundSummary.split(' ');
            expect(stored, `summary after round ${round}`).toBeGreaterThanOrEqual(
              Number(ar) * 1e9 + Number(an),
            );
          }
          const audit = vault.verifyAudit();
          expect(audit.ok, `audit chain after round ${round}: ${JSON.stringify(audit)}`).toBe(true);
        } finally {
          vault.close();
        }
      }
      console.info(`crash safety: ${ROUNDS} SIGKILL rounds, ${totalAcks} acknowledged writes verified`);
      // The test means something only if the child really wrote before it died.
      expect(totalAcks).toBeGreaterThan(ROUNDS);
    },
    (FULL ? 600 : 120) * 1000,
  );
});
