import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestService, type TestService } from '../helpers/service';
import { NAMES, seedDocumentsDossier, seedFullerDossier, type DocumentsFixture } from '../documents/fixture';

/**
 * Issue 13 item 6: the inzage export (AVG art. 15) over a fuller dossier than the demo, read on
 * its text layer as the person who asked (and the Autoriteit Persoonsgegevens) would.
 */
let t: TestService;
let f: DocumentsFixture;
beforeEach(async () => {
  t = await createTestService();
  f = await seedDocumentsDossier(t);
  await seedFullerDossier(t, f, path.join(t.dirs.out, 'brief-moeder.pdf'));
});
afterEach(() => t.cleanup());

const flat = (file: string) =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').replace(/(\w)\/ (\w)/g, '$1/$2');

it('refuses to save without the review of third-party data, with a coded error at the confirmation', async () => {
  const file = path.join(t.dirs.out, 'inzage-zonder.pdf');
  t.platform.nextSavePath = file;
  const refused = await t.dispatch('subjectAccess.exportPdf', { personIds: [f.ids.victim] });
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.code).toBe('VALIDATION');
    expect(refused.error.key).toBe('SUBJECT_ACCESS_REVIEW_REQUIRED');
    expect(refused.error.field).toBe('thirdPartyReviewed');
    expect(refused.error.message).toContain('gegevens van anderen');
  }
  expect(fs.existsSync(file)).toBe(false);
  const explicit = await t.dispatch('subjectAccess.exportPdf', { personIds: [f.ids.victim], thirdPartyReviewed: false });
  expect(explicit.ok).toBe(false);
  expect(fs.existsSync(file)).toBe(false);
});

it('covers every article 15 element, lists the letter as a recipient and makes other pupils and parents unreadable', async () => {
  const review = await t.dispatchOk('subjectAccess.review', { personIds: [f.ids.victim] });
  expect(review.dossierCount).toBe(1);
  expect(review.thirdParties.map((p) => p.name)).toContain(NAMES.victimParent);
  expect(review.thirdParties.map((p) => p.name)).not.toContain(NAMES.victim);

  const file = path.join(t.dirs.out, 'inzage.pdf');
  t.platform.nextSavePath = file;
  await t.dispatchOk('subjectAccess.exportPdf', { personIds: [f.ids.victim], thirdPartyReviewed: true });
  const text = flat(file);

  // (a) purposes, (b) categories, (c) recipients, (d) retention, (g) source, (h) automated decisions,
  // (e) rectification, erasure, restriction, objection, (f) complaint to the AP with how.
  // It claims what it holds, not more: found by the person's registration and name.
  expect(text).not.toContain('alle gegevens in Vangnet waarin deze persoon voorkomt');
  expect(text).toContain('Dit overzicht bevat de gegevens in Vangnet die aan deze persoon gekoppeld zijn of de naam noemen');
  expect(text).toContain('Hoe dit overzicht is gemaakt');
  expect(text).toContain('Gegevens die over deze persoon gaan zonder de naam te noemen');
  expect(text).toContain('Waarvoor de school deze gegevens gebruikt (doeleinden)');
  expect(text).toContain('Scholengemeenschap De Brug legt deze gegevens vast in Vangnet');
  expect(text).toContain('Welke gegevens (categorieën)');
  expect(text).toContain('Verslagen van gesprekken');
  expect(text).toContain('De beelden zelf bewaart de school nooit.');
  expect(text).toContain('Wie de gegevens krijgt of heeft gekregen (ontvangers)');
  expect(text).toContain('Ouder/verzorger van het slachtoffer: brief aan ouders van het slachtoffer, als PDF-bestand gemaakt');
  expect(text).toContain('Hoe lang de gegevens worden bewaard (bewaartermijn)');
  expect(text).toContain('De school bewaart een dossier tot 24 maanden nadat het is afgesloten.');
  expect(text).toMatch(/Bewaard tot \d{1,2} [a-z]+ 2028 \(24 maanden na het afsluiten op \d{1,2} [a-z]+ 2026\)/);
  expect(text).toContain('Waar de gegevens vandaan komen (bron)');
  expect(text).toContain('Er is geen sprake van geautomatiseerde besluitvorming of profilering');
  expect(text).toContain('(rectificatie, artikel 16)');
  expect(text).toContain('te laten wissen');
  expect(text).toContain('de verwerking te laten beperken');
  expect(text).toContain('bezwaar te maken');
  expect(text).toContain('neem contact op met Scholengemeenschap De Brug, Schoolstraat 1, 3511 AB Utrecht, telefoon 030 123 45 67, e-mail zorg@debrug.example');
  expect(text).toContain('Autoriteit Persoonsgegevens');
  expect(text).toContain('Postbus 93374, 2509 AJ Den Haag');
  expect(text).toContain('www.autoriteitpersoonsgegevens.nl');
  // As the AP's own pages say: complaints by form or letter; the free number is for asking first.
  expect(text).toContain('met het klachtenformulier op www.autoriteitpersoonsgegevens.nl, of per brief aan Autoriteit Persoonsgegevens, Postbus 93374, 2509 AJ Den Haag');
  expect(text).toContain('dan kunt u de AP eerst gratis bellen: 088 - 1805 250');
  expect(text).not.toContain('telefonisch');

  // The subject's own data are there; other pupils' and parents' names are not (art. 15(4)).
  expect(text).toContain(NAMES.victim);
  expect(text).toContain('Zeynep wil niet in de kantine.');
  expect(text).toContain('[naam verwijderd]');
  for (const other of [NAMES.victimParent, 'Ayşe', 'Öztürk']) expect(text).not.toContain(other);
  expect(text).toContain('gecontroleerd op gegevens van anderen voordat het werd opgeslagen');
  // Every block is labelled; no raw keys or ISO timestamps.
  expect(text).toContain('Dossiergegevens Dossiernummer 2026-001');
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}/);
  expect(text).not.toMatch(/Evaluatie \((ouders|docenten|zat)\)/);

  const audit = t.svc.ctx.db().prepare("SELECT details FROM audit_log WHERE action = 'subjectAccess.export'").pluck().get() as string;
  expect(audit).toBe('Inzageoverzicht opgeslagen (1 persoonsregistraties, 1 dossiers; gecontroleerd op gegevens van anderen)');
});

it('lists as recipients only the documents that concern the person: addressed to them or their parents, or naming them', async () => {
  // The fixture saved the letter to the victim's mother; add the letter to the perpetrator's mother.
  t.platform.nextSavePath = path.join(t.dirs.out, 'brief-dader.pdf');
  await t.dispatchOk('documents.generate', {
    dossierId: f.dossierId,
    kind: 'letter-perpetrator-parents',
    options: { recipientPersonId: f.ids.perpetratorParent, delivery: { mode: 'post', warningsRead: true } },
  });
  const [perpLetter, victimLetter] = await t.dispatchOk('documents.list', { dossierId: f.dossierId });
  expect(perpLetter?.kind).toBe('letter-perpetrator-parents');
  expect(new Set(perpLetter?.concerns)).toEqual(new Set([f.ids.perpetratorParent, f.ids.perpetrator]));
  expect(victimLetter?.concerns).toEqual(expect.arrayContaining([f.ids.victimParent, f.ids.victim]));
  expect(victimLetter?.concerns).not.toContain(f.ids.perpetrator);

  const exportFor = async (personId: string, name: string) => {
    const file = path.join(t.dirs.out, name);
    t.platform.nextSavePath = file;
    await t.dispatchOk('subjectAccess.exportPdf', { personIds: [personId], thirdPartyReviewed: true });
    return flat(file);
  };
  const victimLine = 'Ouder/verzorger van het slachtoffer: brief aan ouders van het slachtoffer, als PDF-bestand gemaakt';
  const perpLine = 'Ouder/verzorger van de dader: brief aan ouders van de dader, als PDF-bestand gemaakt';
  const intro = 'Buiten het zorgteam zijn gegevens over deze persoon verstrekt aan (brieven en documenten gericht aan deze persoon of de ouders, of waarin de naam staat):';

  const victim = await exportFor(f.ids.victim, 'inzage-slachtoffer.pdf');
  expect(victim).toContain(intro);
  expect(victim).toContain(victimLine);
  expect(victim).not.toContain(perpLine);
  // The mother of the victim: the letter was addressed to her.
  const mother = await exportFor(f.ids.victimParent, 'inzage-moeder.pdf');
  expect(mother).toContain(victimLine);
  expect(mother).not.toContain(perpLine);
  const perpetrator = await exportFor(f.ids.perpetrator, 'inzage-dader.pdf');
  expect(perpetrator).toContain(perpLine);
  expect(perpetrator).not.toContain(victimLine);
  // Nobody outside the letters: the classmate got no document about them.
  const classmate = await exportFor(f.ids.classmate, 'inzage-klasgenoot.pdf');
  expect(classmate).toContain('Buiten het zorgteam zijn via Vangnet geen gegevens verstrekt.');
  expect(classmate).toContain('Uit dit dossier zijn geen gegevens via Vangnet aan anderen verstrekt.');

  // A register row from before migration 0017 (concerns unknown) is still listed, and says so.
  t.svc.ctx.db().prepare('UPDATE generated_documents SET concerns_json = NULL WHERE id = ?').run(perpLetter!.id);
  const again = await exportFor(f.ids.victim, 'inzage-slachtoffer-2.pdf');
  expect(again).toContain(`${perpLine} (gemaakt voordat Vangnet bijhield over wie een document gaat; het kan deze gegevens bevatten)`);
});

it('says what happened to each document (printed or saved, handed over in person) and leaves out an empty school', async () => {
  // The victim's mother gets a second letter, printed to hand over in person.
  await t.dispatchOk('documents.print', {
    dossierId: f.dossierId,
    kind: 'letter-victim-parents',
    options: { recipientPersonId: f.ids.victimParent, delivery: { mode: 'persoonlijk', warningsRead: true } },
  });
  const file = path.join(t.dirs.out, 'inzage-wat-gebeurde.pdf');
  t.platform.nextSavePath = file;
  await t.dispatchOk('subjectAccess.exportPdf', { personIds: [f.ids.victim], thirdPartyReviewed: true });
  const text = flat(file);
  expect(text).toContain('Ouder/verzorger van het slachtoffer: brief aan ouders van het slachtoffer, afgedrukt om persoonlijk te overhandigen');
  expect(text).toContain('Ouder/verzorger van het slachtoffer: brief aan ouders van het slachtoffer, als PDF-bestand gemaakt');
  // The bare delivery word and the label's own "(persoonlijk overhandigd)" are gone.
  expect(text).not.toMatch(/, opgeslagen/);
  expect(text).not.toContain('(persoonlijk overhandigd)');
  // The victim's record has no school (she is at this school): no "School —" line.
  expect(text).toMatch(new RegExp(`${NAMES.victim} \\(Slachtoffer\\) Klas 2B Telefoon`));
  expect(text).not.toMatch(/School —/);
  // Someone of another school keeps the line.
  const other = path.join(t.dirs.out, 'inzage-andere-school.pdf');
  t.platform.nextSavePath = other;
  await t.dispatchOk('subjectAccess.exportPdf', { personIds: [f.ids.otherSchoolContact], thirdPartyReviewed: true });
  expect(flat(other)).toContain('School Het Anker College');
});

it('keeps the name of the parent who asks readable; other parents and pupils stay unreadable', async () => {
  // A logbook line that names the mother, a classmate and the perpetrator's mother.
  await t.dispatchOk('chronology.add', {
    dossierId: f.dossierId,
    occurredAt: '2026-11-27T16:00:00+01:00',
    text: `${NAMES.victimParent} vertelde: ${NAMES.victim} zat in de pauze bij ${NAMES.classmate}; ${NAMES.perpetratorParent} had haar gebeld.`,
  });
  const review = await t.dispatchOk('subjectAccess.review', { personIds: [f.ids.victim] });
  // The victim's mother is offered as the one who may be asking.
  expect(review.parents).toEqual([{ personId: f.ids.victimParent, name: NAMES.victimParent, childName: NAMES.victim, dossierNumber: '2026-001' }]);
  const others = review.thirdParties.map((p) => p.name);
  expect(others).toEqual(expect.arrayContaining([NAMES.victimParent, NAMES.classmate, NAMES.perpetratorParent]));

  const asked = await t.dispatchOk('subjectAccess.review', { personIds: [f.ids.victim], requesterPersonId: f.ids.victimParent });
  expect(asked.thirdParties.map((p) => p.name)).toEqual(others.filter((n) => n !== NAMES.victimParent));

  const file = path.join(t.dirs.out, 'inzage-door-moeder.pdf');
  t.platform.nextSavePath = file;
  await t.dispatchOk('subjectAccess.exportPdf', { personIds: [f.ids.victim], requesterPersonId: f.ids.victimParent, thirdPartyReviewed: true });
  const text = flat(file);
  expect(text).toContain(`Betreft: ${NAMES.victim}. Gevraagd door ${NAMES.victimParent}, ouder of verzorger.`);
  expect(text).toContain(`Met wie ${NAMES.victimParent}`);
  expect(text).toContain(`${NAMES.victimParent} vertelde: ${NAMES.victim} zat in de pauze bij [naam verwijderd]; [naam verwijderd] had haar gebeld.`);
  expect(text).toContain(`Uw eigen naam (${NAMES.victimParent}) is leesbaar gebleven`);
  expect(asked.thirdParties.map((p) => p.name)).toEqual(expect.arrayContaining([NAMES.classmate, NAMES.perpetratorParent]));
  for (const other of asked.thirdParties) expect(text).not.toContain(other.name);

  // Someone who is not a parent of the chosen person cannot be the one asking.
  const refused = await t.dispatch('subjectAccess.exportPdf', { personIds: [f.ids.victim], requesterPersonId: f.ids.perpetratorParent, thirdPartyReviewed: true });
  expect(!refused.ok && refused.error.key).toBe('SUBJECT_ACCESS_REQUESTER_NOT_PARENT');
});
