import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIdentity, validityFrom } from '../../../src/core/exchange/identity';
import { createTestService, seedDossier, type TestService } from '../helpers';
import { addCardOf, preview, send, vaultsPerTest } from './helpers';

/** Dispatches a package preview and returns the refusal (code, key, Dutch message). */
async function refusal(t: TestService, file: string) {
  t.platform.nextOpenPath = file;
  const chosen = await t.dispatchOk('exchange.chooseImport', {});
  if (chosen.cancelled) throw new Error('cancelled');
  const r = await t.dispatch('exchange.previewImport', { token: chosen.token, passphrase: null });
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('Vangnet-cards have a validity end', () => {
  const { make: makeVaults, extra } = vaultsPerTest();

  it('a card carries its last valid day (two years after the identity was made); the address book keeps it', async () => {
    const pair = await makeVaults();
    const { a, b, aAtB } = pair;
    const mine = await a.dispatchOk('exchange.myCard', {});
    const id = loadIdentity(a.svc.ctx.db());
    expect(mine.card.validUntil).toBe(validityFrom(id.createdAt));
    expect(mine.card.validUntil).toMatch(/^20\d\d-\d\d-\d\d$/);
    const contact = (await b.dispatchOk('exchange.listContacts', {})).find((c) => c.id === aAtB)!;
    expect(contact.validUntil).toBe(mine.card.validUntil);
  });

  it('refuses a package signed with an expired card, in Dutch, until the renewed card is added; renewal keeps keys and verification', async () => {
    const pair = await makeVaults();
    const { a, b, bAtA, aAtB, clock } = pair;
    const s = await seedDossier(a, { tag: 'ex55' });
    const sent = await send(a, { dossierId: s.dossierId, kind: 'delen', contactIds: [bAtA], sections: ['feiten'] });
    expect((await preview(b, sent.file)).sender.contactId).toBe(aAtB);

    // Three years later, A's card (as B knows it) has expired.
    const validUntil = (await a.dispatchOk('exchange.myCard', {})).card.validUntil;
    clock.set('2030-01-15T09:00:00.000Z');
    const expired = await refusal(b, sent.file);
    expect(expired).toMatchObject({ code: 'IMPORT_ERROR', key: 'SIGNER_CARD_EXPIRED' });
    expect(expired.message).toContain('De Vangnet-kaart van Marieke de Zorgcoördinator is verlopen op');
    expect(expired.message).toContain(String(Number(validUntil.slice(0, 4))));
    expect(expired.message).toContain('Er is niets ingelezen.');

    // A cannot send on an expired card either: the receiver would refuse it.
    const ownExpired = await a.dispatch('exchange.send', {
      dossierId: s.dossierId,
      kind: 'delen',
      contactIds: [bAtA],
      oneTimePassphrase: false,
      sections: ['feiten'],
      includeThirdParties: false,
      keepAsCoOwner: false,
    });
    expect(ownExpired.ok).toBe(false);
    if (!ownExpired.ok) expect(ownExpired.error.key).toBe('OWN_CARD_EXPIRED');

    // A renews: same keys and fingerprint, two more years from today.
    const before = await a.dispatchOk('exchange.myCard', {});
    const renewed = await a.dispatchOk('exchange.renewCard', {});
    expect(renewed.card.validUntil).toBe('2032-01-15');
    expect(renewed.fingerprint).toBe(before.fingerprint);
    expect(renewed.card.signPublic).toBe(before.card.signPublic);

    // B reads the renewed card: recognised as a renewal, the same contact stays verified.
    const inspected = await b.dispatchOk('exchange.inspectCard', { text: renewed.text });
    expect(inspected).toMatchObject({ renews: true, existing: { id: aAtB } });
    const updated = await b.dispatchOk('exchange.addContact', { text: renewed.text, kind: 'collega', name: '', verified: false, note: '' });
    expect(updated).toMatchObject({ id: aAtB, verified: true, validUntil: '2032-01-15' });
    expect(await b.dispatchOk('exchange.listContacts', {})).toHaveLength(1);
    // The same card again is no renewal: refused as already known.
    const again = await b.dispatch('exchange.addContact', { text: renewed.text, kind: 'collega', name: '', verified: false, note: '' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.key).toBe('CARD_ALREADY_KNOWN');

    // The package that was refused now opens.
    expect((await preview(b, sent.file)).sender).toMatchObject({ contactId: aAtB, verified: true });

    // A still holds B's old card, which has expired: nothing is sealed to it.
    const toExpired = await a.dispatch('exchange.send', {
      dossierId: s.dossierId,
      kind: 'delen',
      contactIds: [bAtA],
      oneTimePassphrase: false,
      sections: ['feiten'],
      includeThirdParties: false,
      keepAsCoOwner: false,
    });
    expect(toExpired.ok).toBe(false);
    if (!toExpired.ok) {
      expect(toExpired.error.key).toBe('RECIPIENT_CARD_EXPIRED');
      expect(toExpired.error.message).toContain('Joris Vertrouwenspersoon');
    }
    // Audited, with the old and new end date.
    const audit = a.svc.ctx.db().prepare("SELECT details FROM audit_log WHERE action = 'exchange.renewCard'").pluck().all() as string[];
    expect(audit).toEqual([`Eigen Vangnet-kaart verlengd: geldig tot 2032-01-15 (was ${validUntil}); dezelfde sleutels`]);
  });

  it('refuses a package from an unknown signer with a Dutch message that names the sender and fingerprint', async () => {
    const pair = await makeVaults();
    const { b } = pair;
    const c = await createTestService({ userName: 'Carla Derde' });
    extra.push(c);
    const cAtC = await addCardOf(c, b);
    const sc = await seedDossier(c, { tag: 'uk99' });
    const fromC = await send(c, { dossierId: sc.dossierId, kind: 'overdracht', contactIds: [cAtC] });
    const cCard = await c.dispatchOk('exchange.myCard', {});
    const unknown = await refusal(b, fromC.file);
    expect(unknown).toMatchObject({ code: 'IMPORT_ERROR', key: 'SIGNER_UNKNOWN' });
    expect(unknown.message).toContain('ondertekend door Carla Derde');
    expect(unknown.message).toContain(cCard.fingerprint);
    expect(fs.existsSync(fromC.file)).toBe(true);
  });

  it('refuses a card without a validity end (an old card) with a Dutch message', async () => {
    const pair = await makeVaults();
    const { a, b } = pair;
    const card = (await a.dispatchOk('exchange.myCard', {})).card;
    const { validUntil: _drop, ...old } = card;
    const text = `VANGNET-KAART:${Buffer.from(JSON.stringify(old), 'utf8').toString('base64url')}`;
    const r = await b.dispatch('exchange.inspectCard', { text });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/Vangnet-kaart/);
  });
});
