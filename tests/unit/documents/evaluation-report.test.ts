import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TestService } from '../helpers/service';
import { NAMES, PREVENTION, generateDocument, openDocumentsDossier, pdfText, seedFullerDossier, type DocumentsFixture } from './fixture';

let t: TestService;
let f: DocumentsFixture;
beforeEach(async () => ({ t, f } = await openDocumentsDossier()));
afterEach(() => t.cleanup());

async function reportText(): Promise<string> {
  const { file } = await generateDocument(t, f.dossierId, 'evaluation-report', `evaluatie-${Date.now()}.pdf`);
  return pdfText(file);
}

it('the evaluation report falls back to the Evalueer steps, then uses the evaluation records when saved', async () => {
  await t.dispatchOk('step.update', {
    dossierId: f.dossierId,
    stepId: 'evaluatie-zat',
    patch: { data: { tool: 'evaluation', answers: { 'ging-goed': 'Snelle start binnen een uur.', 'kon-beter': 'Eerder de wijkagent betrekken.' } } },
  });
  const fromSteps = await reportText();
  expect(fromSteps).toContain('Snelle start binnen een uur.');
  expect(fromSteps).toContain('Eerder de wijkagent betrekken.');
  // The report names the protocol version the dossier followed (issue 17).
  expect(fromSteps.replace(/\s+/g, ' ')).toMatch(/Gevolgd protocol versie 1, vastgesteld op \d{1,2} [a-z]+ \d{4}/);

  await t.dispatchOk('evaluation.save', {
    dossierId: f.dossierId,
    audience: 'zat',
    form: {
      heldAt: '2026-12-10T15:00:00+01:00',
      heldBy: 'Marieke de Zorgcoördinator',
      participants: 'Vertrouwenspersoon, wijkagent, jeugdhulp',
      answers: { 'ging-goed': 'De lijnen waren kort.', 'kon-beter': 'Het statement kwam te laat.' },
      notes: '',
      prevention: 'Lessen digitaal burgerschap in leerjaar 2.',
      completed: true,
    },
  });
  await t.dispatchOk('aftercare.add', {
    dossierId: f.dossierId,
    moment: { personId: f.ids.victim, label: 'Slachtoffer', dueAt: '2026-12-03T10:00:00+01:00', who: 'Mentor' },
  });
  const text = (await reportText()).replace(/\s+/g, ' ');
  expect(text).toContain('ZAT-overleg: De lijnen waren kort.');
  expect(text).toContain('ZAT-overleg: Het statement kwam te laat.');
  expect(text).toContain('Lessen digitaal burgerschap in leerjaar 2.');
  expect(text).toContain('Vertrouwenspersoon, wijkagent, jeugdhulp');
  expect(text).toContain('3 december 2026');
  expect(text).not.toContain('Snelle start');
});

it('opens with a one-page summary: what happened, key decisions with dates and reference, outcome, prevention from every audience', async () => {
  await t.dispatchOk('dossier.updateFacts', {
    dossierId: f.dossierId,
    facts: { voluntariness: 'nee', spread: { pupils: 30, groups: 2, platforms: ['Snapchat', 'Instagram'] } },
  });
  await seedFullerDossier(t, f, path.join(t.dirs.out, 'brief-moeder.pdf'));
  const { file } = await generateDocument(t, f.dossierId, 'evaluation-report', 'evaluatie-vol.pdf');
  const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').replace(/(\w)\/ (\w)/g, '$1/$2');
  const rest = execFileSync('pdftotext', ['-f', '2', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

  // What happened: the intake facts in words, local time, Dutch date style, no names.
  expect(page1).toContain('Samenvatting');
  expect(page1).toContain('Op 26 november 2026 om 08:30 werd bekend dat een naaktfoto van een leerling rondging.');
  expect(page1).toContain('Hoe het bekend werd: Melding bij de mentor.');
  expect(page1).toContain('door ongeveer 30 leerlingen in 2 groepen via Snapchat en Instagram');
  expect(page1).toContain('Het materiaal is niet vrijwillig gedeeld.');
  expect(page1).not.toContain(NAMES.victim);
  // Key decisions with dates: the police record with its reference, the statement, the takedown
  // and its outcome, the closing and its reasons. The letter is listed on its own, after them.
  expect(page1).toMatch(/26 november 2026 Politie geraadpleegd \(Wijkagent Bakker\)\. Advies: Niet bekijken of bewaren/);
  expect(page1).toMatch(/26 november 2026 Besluit genomen: melding bij de politie, registratienummer PL0900-2026-4711, besloten door Marieke de Zorgcoördinator\. Afwegingen: Ouders willen nog geen aangifte\./);
  expect(page1).toContain('Communicatiestatement versie 1 gepubliceerd.');
  const decisions = page1.slice(page1.indexOf('Belangrijke besluiten'), page1.indexOf('Brieven '));
  expect(decisions).toContain('Dossier gesloten.');
  expect(decisions).not.toMatch(/brief/i);
  expect(page1.slice(page1.indexOf('Brieven '), page1.indexOf('Uitkomst'))).toMatch(
    /^Brieven \d{1,2} [a-z]+ 2026 Brief aan ouders van het slachtoffer voor Ouder\/verzorger van het slachtoffer: als PDF-bestand gemaakt\. $/,
  );
  expect(page1).toMatch(/27 november 2026 Verwijderverzoek bij Instagram: verwijderd op \d{1,2} [a-z]+ 2026\./);
  expect(page1).toContain('Dossier gesloten. Reden: Materiaal offline, evaluaties gehouden.');
  // Outcome.
  expect(page1).toMatch(/Status van het dossier: gesloten, afgesloten op \d{1,2} [a-z]+ 2026\./);
  expect(page1).toContain('Verwijderverzoeken: 1 ingediend, 1 verwijderd, 0 niet (of nog niet) verwijderd.');
  expect(page1).toContain('Nazorg: 0 van de 1 moment gedaan.');
  expect(page1).toContain('Evaluaties afgerond met: Ouders / verzorgers, Docenten en mentor, ZAT-overleg.');
  // Prevention from ALL audiences (the parents' and teachers' answers were missing before).
  expect(page1).not.toContain('Nog geen preventiemaatregelen vastgelegd');
  expect(page1).toContain(`Ouders / verzorgers: ${PREVENTION.parents}`);
  expect(page1).toContain(`Docenten en mentor: ${PREVENTION.teachers}`);
  expect(page1).toContain(`ZAT-overleg: ${PREVENTION.zat}`);
  // The summary is a page of its own; the details follow, prevention listed once.
  expect(page1).not.toContain('Wat ging goed?');
  expect(rest).toContain('Wat ging goed?');
  expect(rest).not.toContain('Preventiemaatregelen');
  expect(rest).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
});
