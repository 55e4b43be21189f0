import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentOptions } from '../../../src/shared/api/documents';
import type { TestService } from '../helpers/service';
import { NAMES, generateDocument, openDocumentsDossier, pdfText, type DocumentsFixture } from './fixture';

let t: TestService;
let f: DocumentsFixture;

const SENSITIVE = 'Vader mag niet weten dat dit gesprek plaatsvond';

beforeEach(async () => {
  ({ t, f } = await openDocumentsDossier());
  const { dossierId } = f;
  // A fuller dossier: the police record, a logbook line, a monitoring entry, a family sensitivity.
  await t.dispatchOk('step.update', {
    dossierId,
    stepId: 'politie-advies',
    patch: { status: 'gedaan', data: { tool: 'police-advice', officer: 'Wijkagent Bakker', contactedAt: '2026-11-26T11:15:00+01:00', advice: 'Niet bekijken of bewaren; aangifte is mogelijk.' } },
  });
  await t.dispatchOk('step.update', {
    dossierId,
    stepId: 'melding-aangifte',
    patch: { data: { tool: 'report-decision', decision: 'melding', reasons: 'Ouders willen nog geen aangifte.', reference: 'PL0900-2026-4711' } },
  });
  await t.dispatchOk('chronology.add', { dossierId, occurredAt: '2026-11-26T09:00:00+01:00', text: 'Mentor meldt dat de foto rondgaat.' });
  await t.dispatchOk('monitoring.quickAdd', { dossierId, platform: 'snapchat', location: 'groep "2B chill"', description: 'Foto opnieuw gedeeld in de groep.' });
  await t.dispatchOk('person.update', {
    personId: f.ids.victimParent,
    person: {
      role: 'ouder', name: NAMES.victimParent, className: '', school: '', phone: '06 11 22 33 44', email: '', address: 'Kerkstraat 12\n3512 CD Utrecht',
      relatedPersonId: f.ids.victim, language: 'Turks', interpreterNeeded: false, sensitivities: SENSITIVE, notes: '',
    },
  });
});
afterEach(() => t.cleanup());

async function overview(name: string, options: DocumentOptions = {}) {
  const { file } = await generateDocument(t, f.dossierId, 'dossier-overview', `${name}.pdf`, options);
  return pdfText(file);
}

/** What a reader outside Vangnet must never see: field names, ISO times, operation names, words broken mid-word. */
function expectReadable(text: string) {
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  expect(text).not.toMatch(/\b(contactedAt|voluntariness|victimNeeds|createdAt|due at|created at|statement\.saveDraft|step\.update|officer|decidedAt)\b/);
  // A line ending in a letter followed by a line starting lower-case inside a word would be a mid-word break.
  for (const word of ['Communiceer', 'Vertrouwenspersoon', 'zorgcoördinator', 'Registratienummer']) {
    if (text.includes(word.slice(0, 6))) expect(text.replace(/-\n\s*/g, '-')).not.toMatch(new RegExp(`${word.slice(0, 5)}\\n\\s*${word.slice(5, 8)}`));
  }
}

describe('dossier overview in two forms', () => {
  it('volledig: Dutch labels and local times from the records, the protocol version, each section once', async () => {
    const text = await overview('volledig');
    const flat = text.replace(/\s+/g, ' ');
    expectReadable(text);
    expect(flat).toMatch(/Gevolgd protocol: versie 1, vastgesteld op \d{1,2} \w+ \d{4}/);
    expect(flat).toContain('Contactpersoon politie: Wijkagent Bakker');
    expect(flat).toContain('Contact gehad op: 26 november 2026, 11:15');
    expect(flat).toContain('Besluit: Melding');
    expect(flat).toContain('Registratienummer: PL0900-2026-4711');
    expect(flat).toContain('Mentor meldt dat de foto rondgaat.');
    expect(flat).toContain('Foto opnieuw gedeeld in de groep.');
    expect(flat).toContain(SENSITIVE);
    expect(flat).toContain(NAMES.buddy);
    expect(flat).toContain('Stap van het protocol bijgewerkt');
    for (const heading of ['Het incident', 'Betrokkenen', 'Stappen van het protocol', 'Logboek', 'Gesprekken']) {
      expect(text.split('\n').filter((l) => l.trim() === heading), heading).toHaveLength(1);
    }
    expect(flat).not.toContain('Weggelaten uit dit overzicht');
  });

  it('voor externe partij: third parties and family sensitivities left out and said so; chosen sections only', async () => {
    const text = await overview('extern', { overview: { form: 'extern', sections: ['feiten', 'betrokkenen', 'politie', 'gesprekken', 'logboek', 'ontvangers'], includeThirdParties: false } });
    const flat = text.replace(/\s+/g, ' ');
    expectReadable(text);
    expect(flat).toContain('Dossieroverzicht voor externe partij');
    expect(flat).toMatch(/Gevolgd protocol: versie 1/);
    for (const n of [NAMES.buddy, NAMES.classmate, NAMES.victimParent, NAMES.perpetratorParent]) expect(flat, n).not.toContain(n);
    expect(flat).not.toContain(SENSITIVE);
    expect(flat).not.toContain('Moeder erg geschrokken');
    expect(flat).toContain(NAMES.victim);
    expect(flat).toContain(NAMES.perpetrator);
    expect(flat).toContain('Weggelaten uit dit overzicht');
    expect(flat).toContain('Niet opgenomen: stappen van het protocol.');
    expect(flat).toContain('Niet opgenomen: audittrail');
    expect(flat).toMatch(/\d betrokkenen weggelaten/);
    expect(flat).toContain('2 gesprekken met of over weggelaten betrokkenen');
    expect(flat).not.toContain('Audittrail (wie heeft wat vastgelegd)');
    expect(flat).toContain('Registratienummer: PL0900-2026-4711');
  });

  it('logbook: the acts in order and runs of status changes folded as in the logbook tab', async () => {
    const { dossierId } = f;
    for (const stepId of ['aandacht-slachtoffer', 'omvang-impact', 'acties-op-rijtje'] as const) {
      await t.dispatchOk('step.update', { dossierId, stepId, patch: { status: 'gedaan' } });
    }
    await t.dispatchOk('step.update', {
      dossierId,
      stepId: 'check-protocol',
      patch: { status: 'nvt', nvtReason: 'Protocol vorige maand doorgenomen.' },
    });
    await t.dispatchOk('chronology.add', { dossierId, occurredAt: null, text: 'Ouders gebeld over de rustperiode.' });
    const text = await overview('gevouwen');
    const flat = text.replace(/\s+/g, ' ');
    const logbook = flat.slice(flat.lastIndexOf(' Logboek '), flat.indexOf('Verstrekt aan'));
    expect(logbook).toMatch(
      /\d+–\d+\. \d+ \w+ 2026, \d\d:\d\d(–\d\d:\d\d)?, [^:]+: Status: 5 stappen afgevinkt of gewijzigd: Weet wat er online speelt[^;]+\(open → bezig\), afgeleid van de eerste waarneming; Aandacht voor het slachtoffer \(open → gedaan\); [^;]+ \(open → gedaan\); [^;]+ \(open → gedaan\); [^;]+ \(open → niet van toepassing\), reden: Protocol vorige maand doorgenomen\. /,
    );
    // Folded: no line of its own per step any more; the acts and notes keep theirs.
    expect(logbook).not.toMatch(/Status: Stap "Aandacht voor het slachtoffer"/);
    expect(logbook).toContain('Ouders gebeld over de rustperiode.');
    expect(logbook).toMatch(/Vangnet: Besluit genomen: melding bij de politie, registratienummer PL0900-2026-4711/);
    expect(logbook.indexOf('stappen afgevinkt')).toBeLessThan(logbook.indexOf('Ouders gebeld'));
  });

  it('logbook: a corrected line says where it is corrected; the correction does not say "Correctie" twice', async () => {
    const { dossierId } = f;
    const wrong = await t.dispatchOk('chronology.add', { dossierId, occurredAt: '2026-11-26T10:00:00+01:00', text: 'Wijkagent geeft advies: aangifte doen is verplicht.' });
    await t.dispatchOk('chronology.correct', { dossierId, correctsId: wrong.id, text: 'Correctie: aangifte is mogelijk, niet verplicht.' });
    const flat = (await overview('correctie')).replace(/\s+/g, ' ');
    const logbook = flat.slice(flat.lastIndexOf(' Logboek '), flat.indexOf('Verstrekt aan'));
    const [, wrongSeq, correctionSeq] = /(\d+)\. [^.]+: Wijkagent geeft advies: aangifte doen is verplicht\. \(gecorrigeerd in regel (\d+)\)/.exec(logbook) ?? [];
    expect(wrongSeq).toBeDefined();
    expect(logbook).toContain(`${correctionSeq}. `);
    expect(logbook).toMatch(new RegExp(`${correctionSeq}\\. [^.]+: Correctie op regel ${wrongSeq}: aangifte is mogelijk, niet verplicht\\.`));
    expect(logbook).not.toMatch(/Correctie op regel \d+: Correctie/);
  });

  it('lists the documents made from the dossier as what was handed out, with recipient and date', async () => {
    await overview('eerste');
    await generateDocument(t, f.dossierId, 'letter-victim-parents', 'brief.pdf', {
      recipientPersonId: f.ids.victimParent,
      delivery: { mode: 'persoonlijk', warningsRead: true },
    });
    const text = await overview('tweede');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Verstrekt aan: documenten en pakketten');
    expect(flat).toMatch(/Dossieroverzicht voor Zorgteam \(intern\) \(als PDF-bestand gemaakt, \d+ pagina/);
    // Vangnet records that a letter was made to hand over, never that it was handed over.
    expect(flat).toMatch(/Brief aan ouders van het slachtoffer voor Ouder\/verzorger van het slachtoffer \(als PDF-bestand gemaakt om persoonlijk te overhandigen, \d+ pagina/);
    expect(flat).toContain('Vangnet: Brief aan ouders van het slachtoffer voor Ouder/verzorger van het slachtoffer: als PDF-bestand gemaakt om persoonlijk te overhandigen.');
    expect(flat).not.toMatch(/persoonlijk overhandigd|opgeslagen voor/);
    // The audit trail names the act in words, never the event kinds stored with it.
    expect(flat).toMatch(/Document gemaakt – Dossieroverzicht opgeslagen/);
    expect(flat).not.toMatch(/· [a-z]+\.[a-zA-Z]+/);
  });
});
