import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addressName, findRelativeTime, greeting, relativeTimeNotices, suggestNameParts } from '../../../src/core/documents/letters';
import type { DocumentOptions } from '../../../src/shared/api/documents';
import { errorText } from '../../../src/shared/errors';
import { ERRORS_EN } from '../../../src/shared/i18n/errors.en';
import { createTestService, fixedClock, type TestService } from '../helpers/service';
import { INTERNAL_NOTES, LETTER_PARTS, NAMES, generateDocument, openDocumentsDossier, pdfText, seedDocumentsDossier, type DocumentsFixture } from './fixture';

let t: TestService;
let f: DocumentsFixture;

beforeEach(async () => ({ t, f } = await openDocumentsDossier()));
afterEach(() => t.cleanup());

type LetterKind = 'letter-victim-parents' | 'letter-perpetrator-parents' | 'letter-perpetrator-school';

async function letter(kind: LetterKind, options: DocumentOptions = {}): Promise<string> {
  const { file } = await generateDocument(t, f.dossierId, kind, `${kind}-${Math.random().toString(36).slice(2)}.pdf`, options);
  return pdfText(file).replace(/\s+/g, ' ');
}

async function person(id: string) {
  const detail = await t.dispatchOk('dossier.get', { dossierId: f.dossierId });
  const p = detail.persons.find((x) => x.id === id)!;
  const { id: _id, dossierId: _d, createdAt: _c, updatedAt: _u, ...input } = p;
  return input;
}

describe('letters: salutations from name parts', () => {
  it('builds "Beste mevrouw X" / "Geachte heer X" and the address line, tussenvoegsel capitalised only without initials', () => {
    const vries = { salutation: 'heer' as const, initials: 'H.', infix: 'de', surname: 'Vries' };
    expect(greeting(vries, 'beste')).toBe('Beste heer De Vries,');
    expect(greeting(vries, 'geachte')).toBe('Geachte heer De Vries,');
    expect(addressName(vries)).toBe('De heer H. de Vries');
    const ayse = { salutation: 'mevrouw' as const, initials: 'A.', infix: '', surname: 'Yılmaz-Öztürk' };
    expect(greeting(ayse, 'beste')).toBe('Beste mevrouw Yılmaz-Öztürk,');
    expect(addressName(ayse)).toBe('Mevrouw A. Yılmaz-Öztürk');
    expect(greeting({ ...ayse, salutation: '' }, 'geachte')).toBe('Geachte heer/mevrouw Yılmaz-Öztürk,');
    expect(suggestNameParts('Henk van der Berg')).toEqual({ salutation: '', initials: 'H.', infix: 'van der', surname: 'Berg' });
    expect(suggestNameParts('Ayşe Yılmaz-Öztürk')).toEqual({ salutation: '', initials: 'A.', infix: '', surname: 'Yılmaz-Öztürk' });
  });

  it('prints the salutation and address from the name parts, never the full name after "Beste"', async () => {
    const victim = await letter('letter-victim-parents');
    expect(victim).toContain('Beste mevrouw Yılmaz-Öztürk,');
    expect(victim).toContain('Mevrouw A. Yılmaz-Öztürk Kerkstraat 12 3512 CD UTRECHT');
    expect(victim).not.toContain(`Beste ${NAMES.victimParent}`);
    expect(await letter('letter-perpetrator-school')).toContain('Geachte heer Szőke,');
  });

  it('asks the victim\'s parents, like the other letters, not to keep, view or forward the material, not even as evidence', async () => {
    const victim = (await letter('letter-victim-parents')).replace(/\s+/g, ' ');
    expect(victim).toContain('bewaar het niet, bekijk het zelf niet en stuur het niet door, ook niet als bewijs.');
    expect(victim).not.toContain('hoeft het niet te bewaren');
  });

  it("the letter to the other school gives the sender's contact once; the school's own number is in the letterhead", async () => {
    // It said "U kunt mij bereiken via 030 …, of de school via 030 …" with the same number twice
    // when the sender had no own phone.
    const school = await letter('letter-perpetrator-school');
    expect(school).toMatch(/U kunt mij bereiken via \S/);
    expect(school).not.toContain('of de school via');
  });

  it('a letter without name parts asks for them; the letter flow suggests them from the full name', async () => {
    const setup = await t.dispatchOk('letters.setup', { dossierId: f.dossierId, kind: 'letter-victim-parents' });
    expect(setup.nameParts).toMatchObject({ salutation: 'mevrouw', surname: 'Yılmaz-Öztürk', stored: true });
    expect(setup.salutationPreview).toBe('Beste mevrouw Yılmaz-Öztürk,');
    // A second parent without name parts.
    const father = await t.dispatchOk('person.add', {
      dossierId: f.dossierId,
      person: { ...(await person(f.ids.victimParent)), name: 'Mehmet Yılmaz', address: 'Kerkstraat 12\n3512 CD Utrecht' },
    });
    const s2 = await t.dispatchOk('letters.setup', { dossierId: f.dossierId, kind: 'letter-victim-parents', recipientPersonId: father.id });
    expect(s2.nameParts).toEqual({ salutation: '', initials: 'M.', infix: '', surname: 'Yılmaz', stored: false });
    const check = await t.dispatchOk('documents.check', {
      dossierId: f.dossierId,
      kind: 'letter-victim-parents',
      options: { recipientPersonId: father.id },
    });
    expect(check.ok).toBe(false);
    expect(check.missing.map((m) => m.tag)).toContain('ontvanger.aanhef');
  });
});

describe('letters: the part written for the letter, never the internal notes', () => {
  it('no letter carries the conversation notes; each carries its own letter part', async () => {
    const victim = await letter('letter-victim-parents');
    const perp = await letter('letter-perpetrator-parents');
    for (const text of [victim, perp, await letter('letter-perpetrator-school')]) {
      for (const note of Object.values(INTERNAL_NOTES)) expect(text).not.toContain(note.slice(0, 25));
      expect(text).not.toContain('Veel schaamte');
      expect(text).not.toContain('Spanning tussen de ouders');
    }
    expect(victim).toContain(LETTER_PARTS.victim.discussed);
    expect(victim).toContain('De mentor belt u vrijdag.');
    expect(perp).toContain('Alle kopieën worden vandaag verwijderd.');
  });

  it('without a letter part nothing is printed; the suggestion holds no internal summary and is saved explicitly', async () => {
    const talk = await t.dispatchOk('conversation.add', {
      dossierId: f.dossierId,
      conversation: {
        stepId: 'gesprek-ouders-slachtoffer',
        withWhom: NAMES.victimParent,
        personIds: [f.ids.victimParent],
        heldAt: '2026-11-30T09:00:00+01:00',
        heldBy: 'Marieke de Zorgcoördinator',
        location: '',
        preparation: {},
        summary: 'Moeder belde in paniek; familie weet het nu ook.',
        agreements: 'mentor is vast aanspreekpunt; over twee dagen opnieuw contact',
        followUp: '',
      },
    });
    const r = await t.dispatch('documents.generate', { dossierId: f.dossierId, kind: 'letter-victim-parents', options: {} });
    expect(!r.ok && r.error.code).toBe('MISSING_PLACEHOLDER');
    if (!r.ok) expect(r.error.message).toContain('Wat we hebben besproken (voor de brief)');
    const setup = await t.dispatchOk('letters.setup', { dossierId: f.dossierId, kind: 'letter-victim-parents' });
    expect(setup.conversationId).toBe(talk.id);
    expect(setup.letterParts?.stored).toBe(false);
    expect(JSON.stringify(setup.letterParts)).not.toContain('paniek');
    expect(setup.letterParts?.agreed).toContain('- Mentor is vast aanspreekpunt.');
    // The mentor named as contact in the agreements is suggested as sender (no mentor in the dossier: the holder).
    expect(setup.senders[0]?.name).toBe('Marieke de Zorgcoördinator');
    await t.dispatchOk('letters.saveLetterParts', {
      dossierId: f.dossierId,
      conversationId: talk.id,
      parts: { discussed: 'U vertelde ons dat de familie het nu ook weet.', agreed: '- De mentor is uw vaste aanspreekpunt.' },
    });
    const text = await letter('letter-victim-parents');
    expect(text).toContain('De mentor is uw vaste aanspreekpunt.');
    expect(text).not.toContain('paniek');
  });

  it('with two conversations, each parent’s letter quotes that parent’s own conversation', async () => {
    const father = await t.dispatchOk('person.add', {
      dossierId: f.dossierId,
      person: { ...(await person(f.ids.victimParent)), name: 'Mehmet Yılmaz' },
    });
    await t.dispatchOk('letters.saveNameParts', {
      dossierId: f.dossierId,
      personId: father.id,
      parts: { salutation: 'heer', initials: 'M.', infix: '', surname: 'Yılmaz' },
    });
    // The father's conversation is the newest and has the same step.
    const talk = await t.dispatchOk('conversation.add', {
      dossierId: f.dossierId,
      conversation: {
        stepId: 'gesprek-ouders-slachtoffer',
        withWhom: 'Mehmet Yılmaz (vader)',
        personIds: [father.id],
        heldAt: '2026-11-29T09:00:00+01:00',
        heldBy: 'Marieke de Zorgcoördinator',
        location: '',
        preparation: {},
        summary: 'Vader boos.',
        agreements: 'Vader belt zelf de wijkagent.',
        followUp: '',
      },
    });
    await t.dispatchOk('letters.saveLetterParts', {
      dossierId: f.dossierId,
      conversationId: talk.id,
      parts: { discussed: 'Met u besproken: de rol van de politie.', agreed: '- U neemt zelf contact op met de wijkagent.' },
    });
    const mother = await letter('letter-victim-parents', { recipientPersonId: f.ids.victimParent });
    const fatherText = await letter('letter-victim-parents', { recipientPersonId: father.id });
    expect(mother).toContain(LETTER_PARTS.victim.discussed);
    expect(mother).not.toContain('wijkagent.');
    expect(fatherText).toContain('Beste heer Yılmaz,');
    expect(fatherText).toContain('U neemt zelf contact op met de wijkagent.');
    expect(fatherText).not.toContain('kantine');
  });
});

describe('letters: "vandaag" in a letter dated another day', () => {
  it('finds relative time words as whole words, with the day they meant', () => {
    const held = '2026-11-27T10:00:00+01:00';
    expect(findRelativeTime('Vanmorgen gebeld; morgen terug, overmorgen weer. Dit weekend rust.', held)).toEqual([
      { word: 'Vanmorgen', meant: '27 november 2026', days: 0 },
      { word: 'morgen', meant: '28 november 2026', days: 1 },
      { word: 'overmorgen', meant: '29 november 2026', days: 2 },
      { word: 'Dit weekend', meant: null, days: null },
    ]);
    expect(findRelativeTime('Over twee dagen bellen we; volgende week praten we verder. Over 2 weken evalueren.', held)).toEqual([
      { word: 'Over twee dagen', meant: '29 november 2026', days: 2 },
      { word: 'volgende week', meant: null, days: null },
      { word: 'Over 2 weken', meant: '11 december 2026', days: 14 },
    ]);
    // Dates, weekdays in a date and words that merely contain one are no finding.
    expect(findRelativeTime('Op vrijdag 4 december om 16.00 uur belt de mentor. De weekendrooster en morgenster blijven.', held)).toEqual([]);
  });

  it('a word that looked ahead to a day already past on the letter date: no date to print, but what happened or a new date', () => {
    const [notice] = relativeTimeNotices(
      [{ label: 'Wat we hebben afgesproken', text: 'Vandaag gaat de foto offline. Over twee dagen bellen we. Over twee weken praten we verder.' }],
      '2026-11-27T16:40:00+01:00',
      '2026-12-02T10:00:00+01:00',
    );
    // The past promise is not "Over twee dagen is 29 november" (a past date in a future-tense sentence).
    expect(notice).not.toContain('"Over twee dagen" is 29 november');
    expect(notice).toContain('Schrijf liever de datum: "Vandaag" is 27 november 2026, "Over twee weken" is 11 december 2026.');
    expect(notice).toContain('"Over twee dagen" (29 november 2026) is op 2 december 2026 al voorbij: schrijf wat er toen is gebeurd, of spreek een nieuwe datum af en schrijf die.');
    // Only passed promises: no "Schrijf liever de datum" at all.
    const [only] = relativeTimeNotices([{ label: 'Afspraken', text: 'Morgen en overmorgen bellen we.' }], '2026-11-27T16:40:00+01:00', '2026-12-02T10:00:00+01:00');
    expect(only).not.toContain('Schrijf liever de datum');
    expect(only).toContain('"Morgen" (28 november 2026) en "overmorgen" (29 november 2026) zijn op 2 december 2026 al voorbij');
  });

  it('the document check names the word and the letter part when the letter is made after the conversation', async () => {
    // The perpetrator's parents were spoken to on 27 November; the agreements say "vandaag".
    const clock = fixedClock('2026-12-02T09:00:00.000Z');
    const later = await createTestService({ clock });
    try {
      const g = await seedDocumentsDossier(later);
      const check = (kind: LetterKind) => later.dispatchOk('documents.check', { dossierId: g.dossierId, kind, options: { delivery: { mode: 'post', warningsRead: true } } });
      const perp = await check('letter-perpetrator-parents');
      const notice = perp.notices.find((n) => n.includes('"vandaag"'));
      expect(notice).toBeDefined();
      expect(notice).toContain('In "Wat we hebben afgesproken" staat "vandaag" en "Over twee weken".');
      expect(notice).toContain('Het gesprek was op 27 november 2026, maar de brief is gedateerd 2 december 2026');
      expect(notice).toContain('Schrijf liever de datum: "vandaag" is 27 november 2026, "Over twee weken" is 11 december 2026.');
      // The discussed part says nothing relative: no notice names it. Notices never block.
      expect(perp.notices.some((n) => n.includes('"Wat we hebben besproken"'))).toBe(false);
      expect(perp.ok).toBe(true);
      // The victim's agreements say "de komende week": no single day, so the advice is generic.
      const victim = await check('letter-victim-parents');
      expect(victim.notices.find((n) => n.includes('"komende week"'))).toContain('Schrijf liever de datum, bij "komende week" bijvoorbeeld "in de week van …".');

      // Made on the day of the conversation, "vandaag" is right: no notice.
      clock.set('2026-11-27T15:00:00.000Z');
      expect((await check('letter-perpetrator-parents')).notices.filter((n) => n.includes('vandaag'))).toEqual([]);
    } finally {
      later.cleanup();
    }
  });
});

describe('letters: sender, warnings and help', () => {
  it('is signed by the chosen sender, whose contact the parent gets', async () => {
    const text = await letter('letter-victim-parents', {
      sender: { name: 'Tom de Groot', role: 'Mentor', contact: '06 98 76 54 32' },
    });
    expect(text).toContain('Tom de Groot Mentor Scholengemeenschap De Brug');
    expect(text).toContain('contact met mij op: 06 98 76 54 32');
    // Default: who held the conversation (here the school's signatory, with the school's number).
    const def = await letter('letter-victim-parents');
    expect(def).toContain('Marieke de Zorgcoördinator Zorgcoördinator');
    expect(def).toContain('contact met mij op: 030 123 45 67');
  });

  it('warns before a letter goes by post when the dossier says not via the home address, and offers a choice', async () => {
    await t.dispatchOk('person.update', {
      personId: f.ids.victimParent,
      person: { ...(await person(f.ids.victimParent)), sensitivities: 'Moeder wil niet dat de familie iets hoort; gesprek liever zonder vader erbij.' },
    });
    const check = await t.dispatchOk('documents.check', { dossierId: f.dossierId, kind: 'letter-victim-parents', options: {} });
    expect(check.ok).toBe(false);
    expect(check.warnings.map((w) => w.kind)).toEqual(['niet-thuisadres']);
    expect(check.warnings[0]!.message).toContain('gesprek liever zonder vader erbij');
    expect(check.warnings[0]!.choices).toEqual(['persoonlijk', 'ander-adres', 'post']);
    // The warning as a phrase: the name and the dossier's own words as data, said in either language.
    const phrase = {
      key: 'LETTER_WARNING_NIET_THUISADRES',
      params: { name: NAMES.victimParent, quote: 'gesprek liever zonder vader erbij' },
    };
    expect(check.warnings[0]!.phrase).toEqual(phrase);
    const refused = await t.dispatch('documents.generate', { dossierId: f.dossierId, kind: 'letter-victim-parents', options: {} });
    expect(!refused.ok && refused.error.message).toContain('Kies eerst hoe de brief de ontvanger bereikt');
    if (!refused.ok) {
      expect(refused.error.message).toContain(`Let op, er is niets gemaakt. ${check.warnings[0]!.message} Kies eerst`);
      expect(refused.error.params?.warnings).toEqual([phrase]);
      expect(errorText(refused.error.key!, refused.error.params, ERRORS_EN)).toBe(
        `Note: nothing was made. The case file says about ${NAMES.victimParent}: "${phrase.params.quote}". A letter sent by post to the home address may be read by others in the household. First choose how the letter reaches the recipient (hand it over in person, another address, or by post after all).`,
      );
    }
    expect(t.platform.calls.filter((c) => c.method === 'chooseSaveFile')).toHaveLength(0);

    const byHand = await letter('letter-victim-parents', { delivery: { mode: 'persoonlijk', warningsRead: true } });
    expect(byHand).toContain('Persoonlijk overhandigd');
    expect(byHand).not.toContain('Kerkstraat');
    const other = await letter('letter-victim-parents', {
      delivery: { mode: 'ander-adres', otherAddress: 'p/a Zusterstraat 3\n3513 AB Utrecht', warningsRead: true },
    });
    expect(other).toContain('Zusterstraat 3 3513 AB UTRECHT');
    expect(other).not.toContain('Kerkstraat');
    const list = await t.dispatchOk('documents.list', { dossierId: f.dossierId });
    expect(list.map((d) => d.recipientLabel)).toContain('Ouder/verzorger van het slachtoffer (persoonlijk te overhandigen)');
  });

  it('suggests the school signatory with their own contact from the school profile, not the general number', async () => {
    const school = await t.dispatchOk('school.get', {});
    await t.dispatchOk('school.update', { ...school, signatory: 'Dr. P. de Rector', signatoryRole: 'Rector', signatoryContact: 'rector@debrug.example' });
    const setup = await t.dispatchOk('letters.setup', { dossierId: f.dossierId, kind: 'letter-victim-parents' });
    const rector = setup.senders.find((s) => s.name === 'Dr. P. de Rector');
    expect(rector).toMatchObject({ role: 'Rector', contact: 'rector@debrug.example' });
    expect(await letter('letter-victim-parents', { sender: { name: rector!.name, role: rector!.role, contact: rector!.contact } })).toContain('rector@debrug.example');
  });

  it('warns when an interpreter is needed', async () => {
    await t.dispatchOk('person.update', {
      personId: f.ids.perpetratorParent,
      person: { ...(await person(f.ids.perpetratorParent)), language: 'Pools (tolk gewenst)', interpreterNeeded: true },
    });
    const setup = await t.dispatchOk('letters.setup', { dossierId: f.dossierId, kind: 'letter-perpetrator-parents' });
    expect(setup.warnings.map((w) => w.kind)).toEqual(['tolk']);
    expect(setup.warnings[0]!.message).toContain('Pools (tolk gewenst)');
    const r = await t.dispatch('documents.generate', { dossierId: f.dossierId, kind: 'letter-perpetrator-parents', options: {} });
    expect(r.ok).toBe(false);
    expect(await letter('letter-perpetrator-parents', { delivery: { mode: 'post', warningsRead: true } })).toContain('Beste mevrouw Wiśniewska,');
  });

  it('always lists police, Meldknop and Helpwanted with the school’s own help; Slachtofferhulp and Veilig Thuis for the victim’s parents', async () => {
    const school = await t.dispatchOk('school.get', {});
    await t.dispatchOk('school.update', {
      ...school,
      helpResources: [
        { name: 'Helpwanted.nl', forWhom: 'ouders', contact: 'helpwanted.nl', description: 'Advies en hulp, ook voor ouders.' },
        { name: 'Opvoedpunt gemeente', forWhom: 'ouders', contact: '030 286 00 00', description: 'Gratis opvoedadvies.' },
      ],
    });
    const victim = await letter('letter-victim-parents');
    for (const needle of ['Politie – Wijkagent Bakker, 0900-8844', '0900-8844', 'Meldknop.nl', 'Slachtofferhulp', 'Veilig Thuis']) {
      expect(victim, needle).toContain(needle);
    }
    // The school's own lines in the shape of the standard ones: a web address in brackets, a
    // phone number after a colon; not "…, ook voor ouders. – helpwanted.nl".
    expect(victim).toContain('Helpwanted.nl – Advies en hulp, ook voor ouders (helpwanted.nl)');
    expect(victim).toContain('Opvoedpunt gemeente – Gratis opvoedadvies: 030 286 00 00');
    expect(victim).not.toMatch(/\. –/);
    const perp = await letter('letter-perpetrator-parents');
    for (const needle of ['0900-8844', 'Meldknop.nl', 'Helpwanted.nl', 'Opvoedpunt gemeente']) expect(perp, needle).toContain(needle);
    expect(perp).not.toContain('Slachtofferhulp');
    const cls = await letter('letter-perpetrator-school').catch(() => '');
    expect(cls).not.toContain('Opvoedpunt');
    // Contact details with their own brackets get no second pair after them.
    await t.dispatchOk('school.update', { ...(await t.dispatchOk('school.get', {})), policeContactDetails: '0900-8844 (vraag naar de wijkagent)' });
    const again = await letter('letter-victim-parents');
    expect(again).toContain('0900-8844 (vraag naar de wijkagent), www.politie.nl');
    expect(again).not.toContain(') (www.politie.nl)');
  });

  it('a letter without letterhead or signature is not complete', async () => {
    const school = await t.dispatchOk('school.get', {});
    await t.dispatchOk('school.update', { ...school, name: '', signatory: '', signatoryRole: '' });
    const check = await t.dispatchOk('documents.check', { dossierId: f.dossierId, kind: 'letter-class-parents', options: {} });
    expect(check.ok).toBe(false);
    expect(check.missing.map((m) => m.tag)).toEqual(expect.arrayContaining(['school.naam', 'ondertekening.naam', 'ondertekening.functie']));
  });
});

describe('letters: layout rules', () => {
  it('never leaves the closing and signature alone on the last page, whatever the length', async () => {
    const { execFileSync } = await import('node:child_process');
    const sentence = 'We hebben ook gesproken over hoe het thuis gaat en wat Zeynep helpt om weer naar school te gaan.';
    const detail = await t.dispatchOk('dossier.get', { dossierId: f.dossierId });
    const talk = detail.conversations.find((c) => c.personIds.includes(f.ids.victimParent))!;
    let multiPage = 0;
    for (let n = 0; n <= 14; n++) {
      await t.dispatchOk('letters.saveLetterParts', {
        dossierId: f.dossierId,
        conversationId: talk.id,
        parts: { discussed: [LETTER_PARTS.victim.discussed, ...Array(n).fill(sentence)].join(' '), agreed: LETTER_PARTS.victim.agreed },
      });
      const { file, result: r } = await generateDocument(t, f.dossierId, 'letter-victim-parents', `len-${n}.pdf`);
      if (r.pages < 2) continue;
      multiPage++;
      const lastPage = execFileSync('pdftotext', ['-f', String(r.pages), '-l', String(r.pages), '-layout', file, '-'], { encoding: 'utf8' });
      const body = lastPage
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^Vertrouwelijk|Pagina \d+ van \d+$/.test(l))
        .filter((l) => !['Met vriendelijke groet,', 'Marieke de Zorgcoördinator', 'Zorgcoördinator', 'Scholengemeenschap De Brug'].includes(l));
      expect(body.length, `length ${n}: the last page holds only the closing`).toBeGreaterThan(0);
    }
    expect(multiPage).toBeGreaterThan(3);
    // Fifteen letters rendered and read back: minutes on a loaded two-core machine.
  }, 600_000);

  it('keeps postcodes and phone numbers in one piece and writes dates in one Dutch style', async () => {
    const { bindUnits } = await import('../../../src/core/documents/render-pdf');
    expect(bindUnits('Bel 030 123 45 67 of 06 12 34 56 78, post naar 3512 CD Utrecht.')).toBe(
      'Bel 030\u00a0123\u00a045\u00a067 of 06\u00a012\u00a034\u00a056\u00a078, post naar 3512\u00a0CD Utrecht.',
    );
    expect(bindUnits('Beste mevrouw Yılmaz-Öztürk, De heer H. de Vries')).toBe('Beste mevrouw\u00a0Yılmaz-Öztürk, De heer\u00a0H.\u00a0de\u00a0Vries');
    const text = await letter('letter-victim-parents');
    expect(text).not.toMatch(/\b\d{2}-\d{2}-\d{4}\b/);
    expect(text).toMatch(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
  });
});
