import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../src/core/vault';
import { AppError } from '../../src/shared/errors';
import { createTestService, seedDossier, type TestService } from '../unit/helpers';
import { Child, FULL, randomInt } from './fixtures/child';

/**
 * A child changes the passphrase in a loop (base+0 → base+1 → …) through the service and is
 * killed with SIGKILL at a random moment. Afterwards the vault must open with the last
 * acknowledged passphrase or the one being set — never with neither — and lose no data.
 */
const ROUNDS = FULL ? 30 : 4;
const BASE = 'kapstok vuurtoren zeemeeuw';
const phrase = (k: number) => `${BASE} ${k}`;

async function tryUnlock(dir: string, passphrase: string): Promise<Vault | null> {
  try {
    return await Vault.unlock(dir, passphrase);
  } catch (e) {
    if (e instanceof AppError && e.code === 'WRONG_PASSPHRASE') return null;
    throw e;
  }
}

describe(`interrupted passphrase change (${ROUNDS} rounds)`, () => {
  let t: TestService;
  let dossierId: string;

  beforeAll(async () => {
    t = await createTestService({ passphrase: phrase(0) });
    ({ dossierId } = await seedDossier(t));
    await t.dispatchOk('vault.lock', {});
  });
  afterAll(() => t?.cleanup());

  it(
    'the vault always opens with the old or the new passphrase, and keeps its data',
    async () => {
      let k = 0;
      let changes = 0;
      let landedOnNew = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const child = new Child(['passphrase', t.dirs.root, BASE, String(k)]);
        await child.waitFor((l) => l === 'READY');
        // Every other round lets at least one write land first, so a slow machine still
        // exercises kills in the middle of a stream of writes.
        if (round % 2 === 0) await child.waitFor((l) => l.startsWith('CHANGED '));
        await new Promise((r) => setTimeout(r, randomInt(0, 300)));
        await child.kill();
        const acked = child.lines.filter((l) => l.startsWith('CHANGED ')).map((l) => Number(l.split(' ')[1]));
        changes += acked.length;
        const last = acked.length ? Math.max(...acked) : k;

        const withOld = await tryUnlock(t.dirs.vault, phrase(last));
        let vault = withOld;
        if (!vault) {
          vault = await tryUnlock(t.dirs.vault, phrase(last + 1));
          landedOnNew += 1;
        }
        expect(vault, `round ${round}: neither "${last}" nor "${last + 1}" opens the vault`).not.toBeNull();
        try {
          expect(vault!.db.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(vault!.verifyAudit().ok).toBe(true);
          const n = vault!.db.prepare('SELECT count(*) FROM dossiers WHERE id = ?').pluck().get(dossierId);
          expect(n).toBe(1);
        } finally {
          vault!.close();
        }
        k = withOld ? last : last + 1;
      }
      console.info(
        `passphrase change: ${ROUNDS} SIGKILL rounds, ${changes} acknowledged changes, ${landedOnNew} kills landed after the new key file was committed but before it was acknowledged`,
      );
      expect(changes).toBeGreaterThan(0);

      // The recovery key printed at creation still works after all of this.
      const recovered = await Vault.unlockWithRecoveryKey(t.dirs.vault, t.recoveryKey, phrase(9999));
      recovered.close();
      const reopened = await Vault.unlock(t.dirs.vault, phrase(9999));
      reopened.close();
    },
    (FULL ? 600 : 120) * 1000,
  );
});
