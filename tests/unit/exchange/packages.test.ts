import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIdentity } from '../../../src/core/exchange/identity';
import { openPackage, sealPackage } from '../../../src/core/exchange/seal';
import type { PackageDocument } from '../../../src/core/exchange/document';
import { emptyPersonInput } from '../../../src/shared/domain';
import { STEPS } from '../../../src/shared/protocol';
import { errorText } from '../../../src/shared/errors';
import { ERRORS_EN } from '../../../src/shared/i18n/errors.en';
import { addPerson, createTestService, scanForStrings, seedDossier, type TestService } from '../helpers';
import { addCardOf, decryptFor, importFile, preview, send, vaultsPerTest } from './helpers';

const hasAge = (() => {
  try {
    execFileSync('age', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe('sealed packages between two real vaults', () => {
  const { make: makeVaults, extra } = vaultsPerTest();

  it('hands over a whole dossier: the receiver gets everything with original authors and times, the sender copy becomes read-only', async () => {
    const pair = await makeVaults();
    const { a, b, bAtA, clock } = pair;
    const s = await seedDossier(a, { tag: 'ho11' });
    const original = await a.dispatchOk('dossier.get', { dossierId: s.dossierId });
    clock.advance(60_000);
    const sent = await send(a, { dossierId: s.dossierId, kind: 'overdracht', contactIds: [bAtA] });
    expect(sent.passphrase).toBeNull();
    expect(fs.readFileSync(sent.file).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');

    clock.advance(60_000);
    const { preview: p, result } = await importFile(b, sent.file);
    expect(p.sender).toMatchObject({ name: 'Marieke de Zorgcoördinator', verified: true });
    expect(p.signature).toBe('geldig');
    expect(p.dossier.existsHere).toBe(false);
    expect(p.changes.every((c) => c.effect === 'nieuw')).toBe(true);
    expect(result.added).toBeGreaterThan(5);

    const copy = await b.dispatchOk('dossier.get', { dossierId: s.dossierId });
    expect(copy.persons.map((x) => x.name).sort()).toEqual(original.persons.map((x) => x.name).sort());
    expect(copy.conversations).toHaveLength(1);
    expect(copy.actions.map((x) => x.wat)).toEqual(original.actions.map((x) => x.wat));
    for (const e of original.chronology) {
      const mine = copy.chronology.find((x) => x.id === e.id);
      expect(mine).toMatchObject({
        author: e.author,
        occurredAt: e.occurredAt,
        recordedAt: e.recordedAt,
        text: e.text,
      });
    }
    const last = copy.chronology.at(-1)!;
    expect(last.author).toBe('Joris Vertrouwenspersoon');
    expect(last.text).toMatch(/^Ontvangen van Marieke de Zorgcoördinator \(pakket van .*overdragen/);
    // Typed events on both sides, each written with its act.
    expect(last.event).toMatchObject({
      type: 'package.received',
      kind: 'overdracht',
      from: expect.stringMatching(/^Marieke de Zorgcoördinator/),
      senderVerified: true,
      senderDossierNumber: original.dossier.number,
      added: result.added,
    });
    const mine = (await a.dispatchOk('dossier.get', { dossierId: s.dossierId })).chronology;
    const told = mine.filter((e) => e.event?.type === 'package.sent');
    expect(told).toHaveLength(1);
    expect(told[0]!.event).toMatchObject({ type: 'package.sent', kind: 'overdracht', keepAsCoOwner: false });
    expect(told[0]!.text).toBe('Dossier overgedragen aan Joris Vertrouwenspersoon (Het Baken College). Dit exemplaar is vanaf nu alleen-lezen.');

    // The sender's copy is read-only now, for every write path.
    const state = await a.dispatchOk('exchange.dossierState', { dossierId: s.dossierId });
    expect(state.handover).toMatchObject({
      handedOverTo: 'Joris Vertrouwenspersoon (Het Baken College)',
      coOwner: false,
    });
    const refused = await a.dispatch('step.update', {
      dossierId: s.dossierId,
      stepId: STEPS[1]!.id,
      patch: { status: 'gedaan' },
    });
    expect(refused.ok ? '' : refused.error).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('overgedragen'),
    });
    const note = await a.dispatch('chronology.add', {
      dossierId: s.dossierId,
      occurredAt: null,
      text: 'nog iets',
    });
    expect(note.ok).toBe(false);

    // Both sides keep an audit record with the hash of the package.
    expect(state.packages).toEqual([
      expect.objectContaining({ direction: 'verzonden', kind: 'overdracht', hash: sent.hash }),
    ]);
    const got = await b.dispatchOk('exchange.dossierState', { dossierId: s.dossierId });
    expect(got.packages).toEqual([expect.objectContaining({ direction: 'ontvangen', hash: sent.hash })]);
  });

  it('keeps the sender as co-owner when asked: their copy stays writable', async () => {
    const pair = await makeVaults();
    const s = await seedDossier(pair.a, { tag: 'co22' });
    await send(pair.a, {
      dossierId: s.dossierId,
      kind: 'overdracht',
      contactIds: [pair.bAtA],
      keepAsCoOwner: true,
    });
    const ok = await pair.a.dispatch('chronology.add', {
      dossierId: s.dossierId,
      occurredAt: null,
      text: 'Verder samen',
    });
    expect(ok.ok).toBe(true);
  });

  it('importing the same package twice changes nothing', async () => {
    const pair = await makeVaults();
    const s = await seedDossier(pair.a, { tag: 'tw33' });
    const sent = await send(pair.a, { dossierId: s.dossierId, kind: 'overdracht', contactIds: [pair.bAtA] });
    await importFile(pair.b, sent.file);
    const before = await pair.b.dispatchOk('dossier.get', { dossierId: s.dossierId });
    const again = await importFile(pair.b, sent.file);
    expect(again.preview.alreadyImported).toBe(true);
    expect(again.result).toMatchObject({ added: 0, updated: 0, alreadyImported: true });
    expect(await pair.b.dispatchOk('dossier.get', { dossierId: s.dossierId })).toEqual(before);
  });

  it('shares a reduced extract: third parties are absent from the decrypted package, and what was left out is stated inside', async () => {
    const pair = await makeVaults();
    const { a, b, bAtA } = pair;
    const s = await seedDossier(a, { tag: 'sh44' });
    const buddy = await addPerson(a, s.dossierId, { role: 'buddy', name: 'Sanne Buddysh44', className: '3B' });
    await a.dispatchOk('chronology.add', {
      dossierId: s.dossierId,
      occurredAt: null,
      text: 'Sanne Buddysh44 loopt mee in de pauze',
    });
    const victim = (await a.dispatchOk('dossier.get', { dossierId: s.dossierId })).persons.find(
      (p) => p.role === 'slachtoffer',
    )!;
    await a.dispatchOk('person.update', {
      personId: victim.id,
      person: emptyPersonInput({
        role: victim.role,
        name: victim.name,
        className: victim.className,
        sensitivities: 'Vader mag niets weten van de foto Gezinsgevoelig sh44',
      }),
    });
    const o = {
      dossierId: s.dossierId,
      kind: 'delen' as const,
      contactIds: [bAtA],
      sections: ['feiten', 'personen', 'stappen', 'logboek', 'gesprekken'] as const,
    };
    const pv = await a.dispatchOk('exchange.previewSend', {
      ...o,
      sections: [...o.sections],
      oneTimePassphrase: false,
      includeThirdParties: false,
      keepAsCoOwner: false,
    });
    expect(pv.omitted.join('\n')).toMatch(/2 betrokkenen weggelaten/);
    expect(pv.omitted.join('\n')).toMatch(/Niet meegestuurd: monitoringlog/);
    expect(pv.sections.find((x) => x.section === 'personen')?.count).toBe(2);

    const sent = await send(a, { ...o, sections: [...o.sections] });
    const doc = await decryptFor(b, sent.file);
    const text = JSON.stringify(doc);
    for (const secret of [
      'Ingrid Vermeulensh44',
      'ingrid.sh44@voorbeeld.nl',
      '06-55sh44',
      'Molenstraat 12sh44',
      'Sanne',
      'Buddysh44',
      'Gezinsgevoelig sh44',
      'Kruidvatsh44',
      'Walvissh44',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    expect(text).toContain('Daan Kuiperssh44');
    expect(text).toContain('[weggelaten] loopt mee in de pauze');
    expect(doc.persons.map((p) => p.id)).not.toContain(buddy.id);
    expect(doc.omitted.length).toBeGreaterThan(1);
    expect(doc.monitoring).toEqual([]);
    expect(doc.actions).toEqual([]);

    const { preview: p } = await importFile(b, sent.file);
    expect(p.omitted).toEqual(doc.omitted);
    const copy = await b.dispatchOk('dossier.get', { dossierId: s.dossierId });
    expect(copy.persons.map((x) => x.role).sort()).toEqual(['dader', 'slachtoffer']);
    expect(copy.conversations).toEqual([]);
  });

  it('updates twice and imports out of order: the newest value wins and nothing is lost', async () => {
    const pair = await makeVaults();
    const { a, b, bAtA, clock } = pair;
    const s = await seedDossier(a, { tag: 'up55' });
    const sections = ['feiten', 'personen', 'stappen', 'acties', 'logboek'] as const;
    const first = await send(a, {
      dossierId: s.dossierId,
      kind: 'delen',
      contactIds: [bAtA],
      sections: [...sections],
    });
    await importFile(b, first.file);

    const step = STEPS[2]!.id;
    clock.advance(3_600_000);
    await a.dispatchOk('step.update', {
      dossierId: s.dossierId,
      stepId: step,
      patch: { status: 'bezig', owner: 'Mentor' },
    });
    await a.dispatchOk('chronology.add', {
      dossierId: s.dossierId,
      occurredAt: null,
      text: 'Eerste update up55',
    });
    const u1 = await send(a, {
      dossierId: s.dossierId,
      kind: 'bijwerken',
      contactIds: [bAtA],
      sections: [...sections],
    });
    const d1 = await decryptFor(b, u1.file);
    expect(d1.persons).toEqual([]); // only what changed
    expect(d1.steps.map((x) => x.stepId)).toEqual([step]);

    clock.advance(3_600_000);
    await a.dispatchOk('step.update', { dossierId: s.dossierId, stepId: step, patch: { status: 'gedaan' } });
    const log2 = await a.dispatchOk('chronology.add', {
      dossierId: s.dossierId,
      occurredAt: null,
      text: 'Tweede update up55',
    });
    await a.dispatchOk('chronology.correct', {
      dossierId: s.dossierId,
      correctsId: log2.id,
      text: 'Correctie op tweede update up55',
    });
    const u2 = await send(a, {
      dossierId: s.dossierId,
      kind: 'bijwerken',
      contactIds: [bAtA],
      sections: [...sections],
    });

    clock.advance(60_000);
    await importFile(b, u2.file);
    const late = await importFile(b, u1.file);
    expect(late.preview.changes.find((c) => c.text.startsWith('Stap'))?.effect).toBe('ouder');

    const copy = await b.dispatchOk('dossier.get', { dossierId: s.dossierId });
    expect(copy.steps.find((x) => x.stepId === step)).toMatchObject({ status: 'gedaan', owner: 'Mentor' });
    const texts = copy.chronology.map((e) => e.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Eerste update up55', 'Tweede update up55', 'Correctie op tweede update up55']),
    );
    const original = await a.dispatchOk('dossier.get', { dossierId: s.dossierId });
    for (const e of original.chronology.filter((x) => x.kind !== 'systeem'))
      expect(copy.chronology.map((x) => x.id)).toContain(e.id);
    // The older version that arrived late is kept in history, not thrown away.
    const hist = b.svc.ctx
      .db()
      .prepare('SELECT source FROM exchange_history WHERE record_key = ?')
      .all(`step:${step}`);
    expect(hist).toContainEqual({ source: 'ontvangen' });
  });

  it('shows a real conflict for a choice and keeps both versions', async () => {
    const pair = await makeVaults();
    const { a, b, bAtA, aAtB, clock } = pair;
    const s = await seedDossier(a, { tag: 'cf66' });
    const first = await send(a, {
      dossierId: s.dossierId,
      kind: 'overdracht',
      contactIds: [bAtA],
      keepAsCoOwner: true,
    });
    await importFile(b, first.file);
    const step = STEPS[3]!.id;
    clock.advance(60_000);
    await a.dispatchOk('step.update', {
      dossierId: s.dossierId,
      stepId: step,
      patch: { owner: 'Marieke', notes: 'A zegt dit' },
    });
    clock.advance(60_000);
    await b.dispatchOk('step.update', {
      dossierId: s.dossierId,
      stepId: step,
      patch: { owner: 'Joris', notes: 'B zegt dat' },
    });
    const upd = await send(a, {
      dossierId: s.dossierId,
      kind: 'bijwerken',
      contactIds: [bAtA],
      sections: ['stappen'],
    });

    const p = await preview(b, upd.file);
    expect(p.conflicts).toEqual([
      expect.objectContaining({
        key: `step:${step}`,
        mine: expect.objectContaining({ summary: expect.stringContaining('Joris') }),
        theirs: expect.objectContaining({ summary: expect.stringContaining('Marieke') }),
      }),
    ]);
    // The record as a phrase: its kind a catalog key, the step's title as data.
    const title = STEPS[3]!.title;
    expect(p.conflicts[0]!.phrase).toEqual({ key: 'IMPORT_RECORD_STEP', params: { title } });
    expect(p.conflicts[0]!.label).toBe(`Stap: ${title}`);
    expect(p.changes.find((c) => c.effect === 'conflict')?.phrase).toEqual(p.conflicts[0]!.phrase);
    const refused = await b.dispatch('exchange.applyImport', { token: p.token, resolutions: {} });
    if (refused.ok) throw new Error('an open conflict must refuse the import');
    expect(refused.error.message).toBe(`Kies eerst welke versie je wilt houden bij: Stap: ${title}.`);
    expect(refused.error.params?.labels).toEqual([{ key: 'IMPORT_RECORD_STEP', params: { title } }]);
    expect(errorText(refused.error.key!, refused.error.params, ERRORS_EN)).toBe(`First choose which version to keep for: Step: ${title}.`);
    const p2 = await preview(b, upd.file);
    await b.dispatchOk('exchange.applyImport', { token: p2.token, resolutions: { [`step:${step}`]: 'hun' } });
    const copy = await b.dispatchOk('dossier.get', { dossierId: s.dossierId });
    expect(copy.steps.find((x) => x.stepId === step)).toMatchObject({
      owner: 'Marieke',
      notes: 'A zegt dit',
    });
    const kept = b.svc.ctx
      .db()
      .prepare('SELECT source, value_json FROM exchange_history WHERE record_key = ?')
      .all(`step:${step}`) as Array<{ source: string; value_json: string }>;
    expect(kept.map((k) => k.source)).toEqual(['lokaal']);
    expect(kept[0]!.value_json).toContain('B zegt dat');
    void aAtB;
  });

  it('refuses tampered ciphertext, the wrong recipient, an unknown signer, a wrong signature and a newer version, in Dutch', async () => {
    const pair = await makeVaults();
    const { a, b, bAtA } = pair;
    const s = await seedDossier(a, { tag: 'bd77' });
    const sent = await send(a, {
      dossierId: s.dossierId,
      kind: 'overdracht',
      contactIds: [bAtA],
      keepAsCoOwner: true,
    });
    const bytes = fs.readFileSync(sent.file);

    const tamperedFile = path.join(b.dirs.out, 'tampered.age');
    const t = Buffer.from(bytes);
    t.writeUInt8(t.readUInt8(t.length - 40) ^ 0x01, t.length - 40);
    fs.writeFileSync(tamperedFile, t);
    const tampered = await previewError(b, tamperedFile);
    expect(tampered).toMatch(/beschadigd of gewijzigd/);

    const c = await createTestService({ userName: 'Carla Derde' });
    extra.push(c);
    await addCardOf(c, a);
    expect(await previewError(c, sent.file)).toMatch(/niet voor jou versleuteld/);

    // B does not know C: a package from C is refused until C's card is added.
    const cAtC = await addCardOf(c, b);
    const sc = await seedDossier(c, { tag: 'un88' });
    const fromC = await send(c, { dossierId: sc.dossierId, kind: 'overdracht', contactIds: [cAtC] });
    expect(await previewError(b, fromC.file)).toMatch(/niet in je adresboek staat.*vingerafdruk/);

    // Signed by C but claiming to be A.
    const doc = await decryptFor(b, sent.file);
    const ib = loadIdentity(b.svc.ctx.db());
    const ic = loadIdentity(c.svc.ctx.db());
    const forged = path.join(b.dirs.out, 'forged.age');
    fs.writeFileSync(
      forged,
      await sealPackage(ic, { ...doc, packageId: crypto.randomUUID() }, { recipients: [ib.ageRecipient] }),
    );
    expect(await previewError(b, forged)).toMatch(/niet degene die het ondertekende/);

    // A package from a newer Vangnet.
    const ia = loadIdentity(a.svc.ctx.db());
    const newer = path.join(b.dirs.out, 'newer.age');
    fs.writeFileSync(
      newer,
      await sealPackage(ia, { ...doc, v: 2, extra: 'iets nieuws' } as unknown as PackageDocument, {
        recipients: [ib.ageRecipient],
      }),
    );
    expect(await previewError(b, newer)).toMatch(/nieuwere versie van Vangnet/);

    // Not a package at all.
    const junk = path.join(b.dirs.out, 'junk.age');
    fs.writeFileSync(junk, 'hallo');
    expect(await previewError(b, junk)).toMatch(/geen Vangnet-pakket/);
  });

  it('carries each step as its typed record and refuses a package whose step data does not fit the step', async () => {
    const pair = await makeVaults();
    const { a, b, bAtA } = pair;
    const s = await seedDossier(a, { tag: 'tr31' });
    await a.dispatchOk('step.update', {
      dossierId: s.dossierId,
      stepId: 'politie-advies',
      patch: { data: { tool: 'police-advice', officer: 'Wijkagent Bos tr31', advice: 'Niet verder verspreiden' } },
    });
    const sent = await send(a, { dossierId: s.dossierId, kind: 'overdracht', contactIds: [bAtA], keepAsCoOwner: true });
    const doc = await decryptFor(b, sent.file);
    const police = doc.steps.find((x) => x.stepId === 'politie-advies')!;
    expect(police.data).toMatchObject({ tool: 'police-advice', officer: 'Wijkagent Bos tr31', contactedAt: null });

    await importFile(b, sent.file);
    const copy = await b.dispatchOk('dossier.get', { dossierId: s.dossierId });
    expect(copy.steps.find((x) => x.stepId === 'politie-advies')!.data).toEqual(police.data);

    // A package signed by a known sender, but with step data that is not the step's record.
    const ia = loadIdentity(a.svc.ctx.db());
    const ib = loadIdentity(b.svc.ctx.db());
    const forge = async (name: string, steps: unknown) => {
      const file = path.join(b.dirs.out, name);
      const bad = { ...doc, packageId: crypto.randomUUID(), steps } as unknown as PackageDocument;
      fs.writeFileSync(file, await sealPackage(ia, bad, { recipients: [ib.ageRecipient] }));
      return previewError(b, file);
    };
    const others = doc.steps.filter((x) => x.stepId !== 'politie-advies');
    // Another tool's record under the police step.
    expect(await forge('wrong-tool.age', [...others, { ...police, data: { ...police.data, tool: 'checklist' } }])).toMatch(/ongeldig/);
    // A key the record does not have (an old untyped bag).
    expect(await forge('unknown-key.age', [...others, { ...police, data: { ...police.data, politieNotitie: 'x' } }])).toMatch(/ongeldig/);
    // A step id that is neither the card's nor a school step.
    expect(await forge('unknown-step.age', [...others, { ...police, stepId: 'bestaat-niet' }])).toMatch(/ongeldig/);
  });

  it('a one-time-passphrase package opens with the passphrase only', async () => {
    const pair = await makeVaults();
    const { a, b } = pair;
    const s = await seedDossier(a, { tag: 'pw99' });
    const sent = await send(a, {
      dossierId: s.dossierId,
      kind: 'delen',
      oneTimePassphrase: true,
      sections: ['feiten', 'logboek'],
    });
    expect(sent.passphrase).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    b.platform.nextOpenPath = sent.file;
    const chosen = await b.dispatchOk('exchange.chooseImport', {});
    expect(chosen).toMatchObject({ needsPassphrase: true });
    if (chosen.cancelled) return;
    const wrong = await b.dispatch('exchange.previewImport', { token: chosen.token, passphrase: 'verkeerd' });
    expect(wrong.ok ? '' : wrong.error.message).toMatch(/wachtwoordzin klopt niet/);
    const p = await b.dispatchOk('exchange.previewImport', {
      token: chosen.token,
      passphrase: sent.passphrase,
    });
    expect(p.sections).toEqual(['feiten', 'logboek']);
  });

  it.skipIf(!hasAge)(
    "Debian's age decrypts a package with the recipient's identity and a one-time-passphrase package",
    async () => {
      const pair = await makeVaults();
      const { a, b, bAtA } = pair;
      const s = await seedDossier(a, { tag: 'ag10' });
      const sent = await send(a, {
        dossierId: s.dossierId,
        kind: 'overdracht',
        contactIds: [bAtA],
        keepAsCoOwner: true,
      });
      // The identity goes to age on stdin ("-i -"), never into a file.
      const plain = execFileSync('age', ['-d', '-i', '-', sent.file], {
        input: `${loadIdentity(b.svc.ctx.db()).ageIdentity}\n`,
      }).toString();
      const envelope = JSON.parse(plain) as { format: string; body: string };
      expect(envelope.format).toBe('vangnet-pakket');
      expect(JSON.parse(envelope.body)).toMatchObject({
        format: 'vangnet-dossierpakket',
        dossier: { id: s.dossierId },
      });

      const pw = await send(a, {
        dossierId: s.dossierId,
        kind: 'delen',
        oneTimePassphrase: true,
        sections: ['feiten'],
      });
      // age reads a passphrase from the terminal only: give it one with script(1), typing when it asks.
      const out = await new Promise<string>((resolve, reject) => {
        const child = spawn('script', ['-qec', `age -d ${pw.file}`, '/dev/null'], {
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let buf = '';
        let typed = false;
        child.stdout.on('data', (d: Buffer) => {
          buf += d.toString();
          if (!typed && /passphrase/i.test(buf)) {
            typed = true;
            child.stdin.write(`${pw.passphrase}\n`);
          }
        });
        child.on('error', reject);
        child.on('close', (code) =>
          code === 0 ? resolve(buf) : reject(new Error(`age exited ${code}: ${buf}`)),
        );
      });
      expect(out).toContain('"format":"vangnet-pakket"');
      expect(out).toContain(s.dossierId);
    },
  );

  it('no plaintext of a package touches the disk: only the age file is written, and it reveals nothing', async () => {
    const pair = await makeVaults();
    const { a, b, bAtA } = pair;
    const s = await seedDossier(a, { tag: 'dk12' });
    const sent = await send(a, { dossierId: s.dossierId, kind: 'overdracht', contactIds: [bAtA] });
    await importFile(b, sent.file);
    a.svc.lock();
    b.svc.lock();
    const hits = scanForStrings([a.dirs.root, b.dirs.root], s.secrets);
    expect(hits).toEqual([]);
    // The package file says which format it is and how many recipients, nothing more.
    const header = fs.readFileSync(sent.file).toString('latin1');
    expect(header).not.toContain('Marieke');
    expect(header.match(/\n-> X25519 /g)).toHaveLength(1);
  });
});

async function previewError(t: TestService, file: string): Promise<string> {
  t.platform.nextOpenPath = file;
  const chosen = await t.dispatch('exchange.chooseImport', {});
  if (!chosen.ok) return chosen.error.message;
  if (chosen.value.cancelled) throw new Error('cancelled');
  const r = await t.dispatch('exchange.previewImport', { token: chosen.value.token, passphrase: null });
  if (r.ok) throw new Error('expected a refusal');
  expect(r.error.code).toBe('IMPORT_ERROR');
  return r.error.message;
}

void openPackage;
