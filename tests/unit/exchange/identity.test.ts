import Database from 'better-sqlite3-multiple-ciphers';
import { identityToRecipient } from 'age-encryption';
import { afterEach, describe, expect, it } from 'vitest';
import { cardText, fingerprint, loadIdentity, parseCard } from '../../../src/core/exchange/identity';
import { MIGRATIONS, runMigrations } from '../../../src/core/vault';
import { createTestService, type TestService } from '../helpers';

describe('Vangnet identity and address book', () => {
  const open: TestService[] = [];
  afterEach(() => {
    while (open.length) open.pop()?.cleanup();
  });
  const service = async (userName: string) => {
    const t = await createTestService({ userName });
    open.push(t);
    return t;
  };

  it('gives every new vault its own key pairs; the age recipient matches its identity', async () => {
    const a = await service('Marieke');
    const b = await service('Joris');
    const ia = loadIdentity(a.svc.ctx.db());
    const ib = loadIdentity(b.svc.ctx.db());
    expect(ia.ageIdentity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    expect(await identityToRecipient(ia.ageIdentity)).toBe(ia.ageRecipient);
    expect(ia.signPublic).not.toBe(ib.signPublic);
    expect(ia.ageRecipient).not.toBe(ib.ageRecipient);
  });

  it('adds an identity to an existing vault by migration', () => {
    const db = new Database(':memory:');
    runMigrations(
      db,
      MIGRATIONS.filter((m) => m.version < 7),
    );
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'exchange_identity'").pluck().get(),
    ).toBe(0);
    runMigrations(db);
    const id = loadIdentity(db);
    expect(id.signPublic).toMatch(/^[A-Za-z0-9_-]{43}$/);
    db.close();
  });

  it('shows my card as text with a fingerprint of six groups of five digits, and saves it as a file', async () => {
    const a = await service('Marieke');
    await a.dispatchOk('school.update', { ...(await a.dispatchOk('school.get', {})), name: 'Het Lyceum' });
    const mine = await a.dispatchOk('exchange.myCard', {});
    expect(mine.card).toMatchObject({ name: 'Marieke', organisation: 'Het Lyceum' });
    expect(mine.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(parseCard(mine.text)).toEqual(mine.card);
    a.platform.nextSavePath = `${a.dirs.out}/kaart.vangnetkaart`;
    const saved = await a.dispatchOk('exchange.saveMyCard', {});
    expect(saved.cancelled).toBe(false);
    a.platform.nextOpenPath = `${a.dirs.out}/kaart.vangnetkaart`;
    const read = await a.dispatchOk('exchange.readCardFile', {});
    expect(read).toEqual({ cancelled: false, text: mine.text });
  });

  it('keeps an address book marked verified or not, and refuses my own card, duplicates and garbage in Dutch', async () => {
    const a = await service('Marieke');
    const b = await service('Joris');
    const cardB = await b.dispatchOk('exchange.myCard', {});
    const inspected = await a.dispatchOk('exchange.inspectCard', {
      text: ` ${cardB.text.slice(0, 30)}\n${cardB.text.slice(30)} `,
    });
    expect(inspected.fingerprint).toBe(cardB.fingerprint);
    expect(inspected.existing).toBeNull();
    const c = await a.dispatchOk('exchange.addContact', {
      text: cardB.text,
      kind: 'collega',
      name: '',
      verified: false,
      note: '',
    });
    expect(c).toMatchObject({ name: 'Joris', verified: false, fingerprint: cardB.fingerprint });
    const v = await a.dispatchOk('exchange.setVerified', { contactId: c.id, verified: true });
    expect(v.verified).toBe(true);
    expect(v.verifiedAt).not.toBeNull();

    const dup = await a.dispatch('exchange.addContact', {
      text: cardB.text,
      kind: 'collega',
      name: 'Nog eens',
      verified: false,
      note: '',
    });
    expect(dup.ok ? '' : dup.error.message).toContain('staat al in het adresboek');
    const self = await a.dispatch('exchange.addContact', {
      text: (await a.dispatchOk('exchange.myCard', {})).text,
      kind: 'collega',
      name: '',
      verified: false,
      note: '',
    });
    expect(self.ok ? '' : self.error.message).toContain('je eigen Vangnet-kaart');
    const junk = await a.dispatch('exchange.inspectCard', { text: 'hallo' });
    expect(junk.ok ? '' : junk.error.message).toContain('geen Vangnet-kaart');
    const broken = await a.dispatch('exchange.inspectCard', { text: cardB.text.slice(0, 40) });
    expect(broken.ok ? '' : broken.error.code).toBe('VALIDATION');

    // A card whose key was swapped on the way has a different fingerprint: comparing it catches that.
    const swapped = cardText({ ...cardB.card, signPublic: loadIdentity(a.svc.ctx.db()).signPublic });
    expect(fingerprint(parseCard(swapped).ageRecipient, parseCard(swapped).signPublic)).not.toBe(
      cardB.fingerprint,
    );

    await a.dispatchOk('exchange.removeContact', { contactId: c.id });
    expect(await a.dispatchOk('exchange.listContacts', {})).toEqual([]);
  });
});
