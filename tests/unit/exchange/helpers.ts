import fs from 'node:fs';
import { afterEach } from 'vitest';
import path from 'node:path';
import { loadIdentity } from '../../../src/core/exchange/identity';
import { openPackage } from '../../../src/core/exchange/seal';
import type { SendOptions } from '../../../src/shared/domain/exchange';
import { createTestService, fixedClock, type TestService } from '../helpers';

export interface Pair {
  a: TestService;
  b: TestService;
  /** A's contact id for B, and B's for A. */
  bAtA: string;
  aAtB: string;
  clock: ReturnType<typeof fixedClock>;
  cleanup(): void;
}

/**
 * The vaults a test makes, removed after each test: `make()` gives a fresh pair, `extra`
 * takes any further service (a third school). Call once in a describe block.
 */
export function vaultsPerTest(): { make(): Promise<Pair>; extra: TestService[] } {
  let pair: Pair | undefined;
  const extra: TestService[] = [];
  afterEach(() => {
    pair?.cleanup();
    pair = undefined;
    while (extra.length) extra.pop()?.cleanup();
  });
  return { make: async () => (pair = await makePair()), extra };
}

/** Two real vaults (sender A, receiver B) that have exchanged and verified each other's cards. */
export async function makePair(): Promise<Pair> {
  const clock = fixedClock('2026-11-28T09:00:00.000Z');
  const a = await createTestService({ clock, userName: 'Marieke de Zorgcoördinator' });
  const b = await createTestService({ clock, userName: 'Joris Vertrouwenspersoon' });
  await b.dispatchOk('school.update', {
    ...(await b.dispatchOk('school.get', {})),
    name: 'Het Baken College',
  });
  const bAtA = await addCardOf(a, b, 'school');
  const aAtB = await addCardOf(b, a, 'collega');
  return {
    a,
    b,
    bAtA,
    aAtB,
    clock,
    cleanup: () => {
      a.cleanup();
      b.cleanup();
    },
  };
}

/** Adds `owner`'s card, verified, to the address book of `to`; returns the new contact's id. */
export async function addCardOf(to: TestService, owner: TestService, kind: 'school' | 'collega' = 'collega'): Promise<string> {
  const card = await owner.dispatchOk('exchange.myCard', {});
  return (await to.dispatchOk('exchange.addContact', { text: card.text, kind, name: '', verified: true, note: '' })).id;
}

let counter = 0;

/** Sends from `from` through the real dialog path; returns the package file and its result. */
export async function send(
  from: TestService,
  o: Partial<SendOptions> & Pick<SendOptions, 'dossierId' | 'kind'>,
) {
  const file = path.join(from.dirs.out, `pakket-${++counter}.age`);
  from.platform.nextSavePath = file;
  const r = await from.dispatchOk('exchange.send', {
    contactIds: [],
    oneTimePassphrase: false,
    sections: [],
    includeThirdParties: false,
    keepAsCoOwner: false,
    ...o,
  });
  if (r.cancelled) throw new Error('send was cancelled');
  return { ...r, file };
}

/** Opens a package file in `to` and returns its preview (nothing written yet). */
export async function preview(to: TestService, file: string, passphrase: string | null = null) {
  to.platform.nextOpenPath = file;
  const chosen = await to.dispatchOk('exchange.chooseImport', {});
  if (chosen.cancelled) throw new Error('import was cancelled');
  const p = await to.dispatchOk('exchange.previewImport', { token: chosen.token, passphrase });
  return p;
}

export async function importFile(
  to: TestService,
  file: string,
  resolutions: Record<string, 'mijn' | 'hun'> = {},
) {
  const p = await preview(to, file);
  return { preview: p, result: await to.dispatchOk('exchange.applyImport', { token: p.token, resolutions }) };
}

/** Decrypts a package with the receiving vault's own identity (in memory), for assertions. */
export async function decryptFor(to: TestService, file: string) {
  const id = loadIdentity(to.svc.ctx.db());
  const opened = await openPackage(new Uint8Array(fs.readFileSync(file)), { identity: id.ageIdentity });
  return opened.doc;
}
