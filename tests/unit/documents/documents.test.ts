import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOSSIER_DOCUMENT_KINDS, DOCUMENT_KIND_INFO } from '../../../src/shared/domain/documents';
import { errorText } from '../../../src/shared/errors';
import { ERRORS_EN } from '../../../src/shared/i18n/errors.en';
import { createTestService, type TestService } from '../helpers/service';
import { NAMES, generateDocument, openDocumentsDossier, pdfInfo, pdfText, type DocumentsFixture } from './fixture';

let t: TestService;
let f: DocumentsFixture;

beforeEach(async () => ({ t, f } = await openDocumentsDossier()));
afterEach(() => t.cleanup());

async function generate(kind: (typeof DOSSIER_DOCUMENT_KINDS)[number], options = {}) {
  const { file, result } = await generateDocument(t, f.dossierId, kind, `${kind}.pdf`, options);
  return { file, text: pdfText(file), result };
}

describe('documents: every kind', () => {
  it('generates every dossier document as a PDF with its content, no raw tags, generic metadata', async () => {
    const expected: Record<string, string[]> = {
      statement: ['Communicatiestatement', 'Wat speelt er? Wat vinden wij?', 'Versie 1', 'zorgcoördinator'],
      'letter-victim-parents': ['Beste mevrouw Yılmaz-Öztürk,', 'Mevrouw A. Yılmaz-Öztürk', 'Wat we hebben besproken', 'kantine', 'Helpwanted.nl'],
      'letter-perpetrator-parents': ['Beste mevrouw Wiśniewska,', 'Alle kopieën worden vandaag verwijderd', 'Łukasz'],
      // The subject matches "heel ernstig" in the body, not "vervelend".
      'letter-class-parents': ['Een ernstige gebeurtenis in klas 2B', 'Praat er thuis óók over', 'Beste ouders en verzorgers,', 'rondgestuurd'],
      // The dossier's material kind (a photo), as in the statement, not "een seksueel getinte foto of video".
      'letter-other-classes': ['Onrust op school', 'doordat er een naaktfoto van een leerling is rondgestuurd', 'Praat er thuis óók over'],
      'letter-perpetrator-school': ['omdat er een naaktfoto van een van onze leerlingen wordt verspreid', 'Geachte heer Szőke,', 'De heer G. Szőke', 'Het Anker College', 'Verzoek om samenwerking', NAMES.perpetrator],
      'teacher-guidance': ['Op school circuleert een naaktfoto van een leerling.', 'Handvatten voor docenten en mentoren', 'De krachtige boodschap', 'Gesprekstechnieken', 'Gedragsinterventies', 'Lesmateriaal', 'Ruimte voor je eigen oordeel'],
      'media-plan': ['Instructie bij media-aandacht', 'Directeur J. de Boer', 'Als een journalist belt'],
      'evaluation-report': ['Evaluatieverslag', 'Wat ging goed?', 'Wat kon beter?', 'Nazorg'],
      'dossier-overview': ['Dossieroverzicht', 'Betrokkenen', 'Stappen van het protocol', 'Logboek', 'Audittrail'],
    };
    for (const kind of DOSSIER_DOCUMENT_KINDS) {
      const { file, text, result } = await generate(kind);
      for (const needle of expected[kind] ?? []) expect(text.replace(/\s+/g, ' '), `${kind}: ${needle}`).toContain(needle);
      expect(text, kind).not.toMatch(/\{\{|\}\}|\[ontbreekt|seksueel getinte foto of video|vervelende gebeurtenis/);
      expect(text, kind).toMatch(/Pagina 1 van \d/);
      expect(result.pages).toBeGreaterThan(0);
      const info = pdfInfo(file);
      expect(info.Title).toBe(DOCUMENT_KIND_INFO[kind].pdfTitle);
      expect(info.Author).toBe('Scholengemeenschap De Brug');
      expect(info.Subject ?? '').toBe('');
      expect(info.Keywords ?? '').toBe('');
      expect(info['Page size']).toContain('595.28 x 841.89');
      for (const n of Object.values(NAMES)) expect(JSON.stringify(info)).not.toContain(n);
    }
    const list = await t.dispatchOk('documents.list', { dossierId: f.dossierId });
    expect(list).toHaveLength(DOSSIER_DOCUMENT_KINDS.length);
    expect(list.every((d) => d.createdBy === 'Marieke de Zorgcoördinator' && d.delivery === 'opgeslagen')).toBe(true);
    expect(list.find((d) => d.kind === 'letter-class-parents')?.audience).toBe('group');
    // Nothing but the chosen files was written: no PDF ended up next to the vault.
    const vaultFiles = fs.readdirSync(t.dirs.vault, { recursive: true }).map(String);
    expect(vaultFiles.some((p) => p.endsWith('.pdf'))).toBe(false);
  });

  it('prints every name a Dutch school meets, with its diacritics', async () => {
    const { text } = await generate('dossier-overview');
    for (const n of Object.values(NAMES)) expect(text.replace(/\s+/g, ' ')).toContain(n);
  });

  it('letters put the address in the window position and the date in Dutch', async () => {
    const { file } = await generate('letter-victim-parents');
    // pdftotext -bbox gives coordinates in points; the address block must sit 45–90 mm from
    // the top and 20–110 mm from the left (Dutch window envelope, window on the left).
    const { execFileSync } = await import('node:child_process');
    const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const mm = 25.4 / 72;
    const word = (w: string) => {
      const m = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${w}</word>`).exec(html);
      if (!m) throw new Error(`word ${w} not found`);
      return { x: Number(m[1]) * mm, y: Number(m[2]) * mm, x2: Number(m[3]) * mm, y2: Number(m[4]) * mm };
    };
    for (const w of ['Yılmaz-Öztürk', 'Kerkstraat', 'UTRECHT']) {
      const b = word(w);
      expect(b.y, w).toBeGreaterThan(45);
      expect(b.y2, w).toBeLessThan(90);
      expect(b.x, w).toBeGreaterThan(20);
      expect(b.x2, w).toBeLessThan(110);
    }
    const text = pdfText(file);
    expect(text).toMatch(/Utrecht, \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
    expect(text).toContain('26 november 2026');
    expect(text).toMatch(/3512 CD\s+UTRECHT/);
    expect(text).toContain('Marieke de Zorgcoördinator');
  });

  it('a cancelled save dialog writes and records nothing', async () => {
    t.platform.nextSavePath = null;
    const r = await t.dispatchOk('documents.generate', { dossierId: f.dossierId, kind: 'statement', options: {} });
    expect(r).toEqual({ cancelled: true });
    expect(await t.dispatchOk('documents.list', { dossierId: f.dossierId })).toHaveLength(0);
  });

  it('print hands the PDF bytes to the platform and records it as printed', async () => {
    const r = await t.dispatchOk('documents.print', { dossierId: f.dossierId, kind: 'teacher-guidance', options: {} });
    expect(r.printed).toBe(true);
    expect(t.platform.printed).toHaveLength(1);
    expect(Buffer.from(t.platform.printed[0]!.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    expect(t.platform.printed[0]!.title).toBe('Handvatten voor docenten');
    const [rec] = await t.dispatchOk('documents.list', { dossierId: f.dossierId });
    expect(rec?.delivery).toBe('afgedrukt');
    expect(rec?.fileName).toBe('');
  });

  it('open in viewer opens the file the user just saved', async () => {
    const file = path.join(t.dirs.out, 'x.pdf');
    t.platform.nextSavePath = file;
    await t.dispatchOk('documents.generate', { dossierId: f.dossierId, kind: 'media-plan', options: {}, openAfterSave: true });
    expect(t.platform.opened).toEqual([file]);
  });

  it('the dossier overview carries no code of its own: a file cannot contain its own SHA-256', async () => {
    await generate('media-plan');
    const { text } = await generate('dossier-overview');
    expect(text).not.toMatch(/Controlecode|SHA-256 van de inhoud/);
    // What it does list is the code of each document made before it (audit trail).
    expect(text.replace(/\s+/g, ' ')).toMatch(/SHA-256 van het bestand: [0-9a-f]{20}/);
  });

  it('the recovery sheet takes the key as input, validates its format and is printed, never saved', async () => {
    const bad = await t.dispatch('documents.recoverySheet', { recoveryKey: 'niet-een-sleutel' });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    const r = await t.dispatchOk('documents.recoverySheet', { recoveryKey: t.recoveryKey });
    expect(r.printed).toBe(true);
    const bytes = Buffer.from(t.platform.printed.at(-1)!.bytes);
    const text = pdfText(bytes);
    expect(text).toContain(t.recoveryKey);
    expect(text).toContain('Herstelblad');
    // No save dialog, and no file anywhere in the test's folders.
    expect(t.platform.calls.filter((c) => c.method === 'chooseSaveFile')).toHaveLength(0);
    expect(fs.readdirSync(t.dirs.out)).toEqual([]);
    t.platform.nextPrint = 'cancelled';
    expect(await t.dispatchOk('documents.recoverySheet', { recoveryKey: t.recoveryKey })).toMatchObject({ printed: false });
    const actions = t.svc.ctx.db().prepare("SELECT action, details FROM audit_log WHERE action LIKE 'document.%' ORDER BY seq").all();
    expect(actions.slice(-2)).toEqual([
      { action: 'document.recovery-sheet', details: 'Herstelblad afgedrukt.' },
      { action: 'document.print-cancelled', details: 'Afdrukken van het herstelblad geannuleerd.' },
    ]);
  });

  it('a cancelled print is recorded as "geannuleerd", never as "afgedrukt"', async () => {
    const before = await t.dispatchOk('documents.list', { dossierId: f.dossierId });
    t.platform.nextPrint = 'cancelled';
    const r = await t.dispatchOk('documents.print', { dossierId: f.dossierId, kind: 'teacher-guidance', options: {} });
    expect(r.printed).toBe(false);
    expect(await t.dispatchOk('documents.list', { dossierId: f.dossierId })).toEqual(before);
    const last = t.svc.ctx.db().prepare('SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    expect(last).toEqual({ action: 'document.print-cancelled', details: 'Afdrukken geannuleerd: Handvatten voor docenten.' });
  });
});

describe('documents: statement', () => {
  it('refuses to publish with empty parts and names them as the form does, in either language', async () => {
    await t.dispatchOk('statement.saveDraft', { dossierId: f.dossierId, parts: { watSpeelt: 'Er is een foto rondgestuurd.', watDoet: ' ', contactpersoon: '' } });
    const r = await t.dispatch('statement.publish', { dossierId: f.dossierId });
    if (r.ok) throw new Error('published');
    expect(r.error.field).toBe('watDoet');
    expect(r.error.params?.parts).toEqual([{ key: 'STATEMENT_PART_WAT_DOET' }, { key: 'STATEMENT_PART_CONTACTPERSOON' }]);
    expect(r.error.message).toBe('Vul eerst alle drie de onderdelen in. Nog leeg: "Wat doe je? Waarom?"; "Contactpersoon".');
    expect(errorText(r.error.key!, r.error.params, ERRORS_EN)).toBe('Fill in all three parts first. Still empty: "What are you doing? Why?"; "Contact person".');
  });

  it('keeps every published version and exports the latest as plain text', async () => {
    const s1 = await t.dispatchOk('statement.get', { dossierId: f.dossierId });
    expect(s1.versions).toHaveLength(1);
    expect(s1.unpublishedChanges).toBe(false);
    const again = await t.dispatch('statement.publish', { dossierId: f.dossierId });
    expect(!again.ok && again.error.code).toBe('CONFLICT');

    const parts = { ...s1.draft!, watDoet: 'Wij hebben een ouderavond georganiseerd.' };
    const s2 = await t.dispatchOk('statement.saveDraft', {
      dossierId: f.dossierId,
      parts: { watSpeelt: parts.watSpeelt, watDoet: parts.watDoet, contactpersoon: parts.contactpersoon },
    });
    expect(s2.unpublishedChanges).toBe(true);
    const s3 = await t.dispatchOk('statement.publish', { dossierId: f.dossierId });
    expect(s3.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(s3.versions[1]!.watDoet).toContain('politie');

    const { text } = await generate('statement');
    expect(text).toContain('Versie 2');
    expect(text).toContain('ouderavond');
    const v1 = await generate('statement', { statementVersionId: s3.versions[1]!.id });
    expect(v1.text).toContain('Versie 1');

    const txt = path.join(t.dirs.out, 'statement.txt');
    t.platform.nextSavePath = txt;
    const exp = await t.dispatchOk('documents.exportStatementText', { dossierId: f.dossierId });
    expect(exp.cancelled).toBe(false);
    const written = fs.readFileSync(txt, 'utf8');
    expect(written).toContain('Wat doen wij? Waarom?');
    expect(written).toContain('ouderavond');
    expect(written).not.toContain(NAMES.victim);
  });

  it('refuses to publish a statement that names an involved pupil, in Dutch, quoting the passage', async () => {
    const st = await t.dispatchOk('statement.saveDraft', {
      dossierId: f.dossierId,
      parts: {
        watSpeelt: 'Er is een foto rondgestuurd. Wij vinden dit ernstig.',
        watDoet: 'Wij praten met omer sahin en met de klas.',
        contactpersoon: 'De zorgcoördinator.',
      },
    });
    expect(st.draftPrivacy.map((p) => p.name)).toContain('Ömer Şahin');
    const r = await t.dispatch('statement.publish', { dossierId: f.dossierId });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('PRIVACY_GUARD');
    expect(r.error.message).toContain('Ömer Şahin');
    expect(r.error.message).toContain('Wij praten met omer sahin en met de klas.');
    expect(r.error.message).toMatch(/groep/);
  });
});

describe('documents: privacy guard and placeholders', () => {
  it('refuses a group document naming a pupil (first name, any case, without diacritics) before asking where to save', async () => {
    const tpl = await t.dispatchOk('templates.get', { id: 'teacher-guidance' });
    await t.dispatchOk('templates.update', {
      id: 'teacher-guidance',
      content: { ...tpl.content, body: `${tpl.content.body}\n\nLet extra op AMINA in de pauze.` },
    });
    const calls = t.platform.calls.length;
    const r = await t.dispatch('documents.generate', { dossierId: f.dossierId, kind: 'teacher-guidance', options: {} });
    expect(!r.ok && r.error.code).toBe('PRIVACY_GUARD');
    if (!r.ok) {
      expect(r.error.message).toContain('"Āmina"');
      expect(r.error.message).toContain('Let extra op AMINA in de pauze.');
    }
    expect(t.platform.calls.length).toBe(calls);
    const check = await t.dispatchOk('documents.check', { dossierId: f.dossierId, kind: 'teacher-guidance', options: {} });
    expect(check.ok).toBe(false);
    expect(check.privacy[0]?.name).toBe('Āmina');
  });

  it('matches whole words only', async () => {
    const tpl = await t.dispatchOk('templates.get', { id: 'letter-other-classes' });
    await t.dispatchOk('templates.update', {
      id: 'letter-other-classes',
      content: { ...tpl.content, body: `${tpl.content.body}\n\nDe Zeynepstraat en Łukaszewicz zijn geen namen uit het dossier.` },
    });
    const { text } = await generate('letter-other-classes');
    expect(text).toContain('Zeynepstraat');
  });

  it('an individual letter may name the recipient’s own child but no other pupil', async () => {
    const ok = await generate('letter-victim-parents');
    expect(ok.text).toContain('Zeynep');
    const later = await t.dispatchOk('conversation.add', {
      dossierId: f.dossierId,
      conversation: {
        stepId: 'gesprek-ouders-slachtoffer',
        withWhom: NAMES.victimParent,
        personIds: [f.ids.victimParent],
        heldAt: '2026-11-28T09:00:00+01:00',
        heldBy: 'Marieke de Zorgcoördinator',
        location: '',
        preparation: {},
        summary: 'Intern.',
        agreements: 'Morgen bellen we.',
        followUp: '',
      },
    });
    await t.dispatchOk('letters.saveLetterParts', {
      dossierId: f.dossierId,
      conversationId: later.id,
      parts: { discussed: 'We spraken over de foto die Lukasz Wisniewski heeft doorgestuurd.', agreed: 'Morgen bellen we u.' },
    });
    const r = await t.dispatch('documents.generate', { dossierId: f.dossierId, kind: 'letter-victim-parents', options: {} });
    expect(!r.ok && r.error.code).toBe('PRIVACY_GUARD');
    if (!r.ok) expect(r.error.message).toContain('eigen kind');
  });

  it('reports a placeholder without a value before printing; a value typed in the app fills it', async () => {
    const tpl = await t.dispatchOk('templates.get', { id: 'letter-victim-parents' });
    await t.dispatchOk('templates.update', {
      id: 'letter-victim-parents',
      content: { ...tpl.content, body: `${tpl.content.body}\n\nVervolg: {{gesprek.vervolg}}` },
    });
    const r = await t.dispatch('documents.generate', { dossierId: f.dossierId, kind: 'letter-victim-parents', options: {} });
    expect(!r.ok && r.error.code).toBe('MISSING_PLACEHOLDER');
    if (r.ok) throw new Error('a missing value must refuse the document');
    expect(r.error.message).toBe('Nog niet alles is ingevuld, dus er is niets gemaakt. Ontbreekt: Vervolg van het gesprek (Vul het vervolg in bij Gesprekken.)');
    // The field's name as data, where to fill it in as a phrase: the sentence and the hint read English in English.
    expect(r.error.params?.list).toEqual([
      { key: 'DOCUMENT_MISSING_VALUE', params: { label: 'Vervolg van het gesprek', hint: [{ key: 'DOCUMENT_HINT_FOLLOW_UP' }] } },
    ]);
    expect(errorText(r.error.key!, r.error.params, ERRORS_EN)).toBe(
      'Not everything has been filled in, so nothing was made. Missing: Vervolg van het gesprek – Fill in the follow-up under Conversations.',
    );
    const preview = await t.dispatchOk('documents.previewModel', { dossierId: f.dossierId, kind: 'letter-victim-parents', options: {} });
    expect(preview.check.missing.map((m) => m.tag)).toEqual(['gesprek.vervolg']);
    expect(JSON.stringify(preview.models[0]!.blocks)).toContain('[ontbreekt: Vervolg van het gesprek]');
    const { text } = await generate('letter-victim-parents', { values: { 'gesprek.vervolg': 'Over twee weken zien we elkaar weer.' } });
    expect(text).toContain('Vervolg: Over twee weken zien we elkaar weer.');
  });

  it('a class letter needs a published statement', async () => {
    const t2 = await createTestService();
    try {
      const { dossierId } = await t2.dispatchOk('dossier.create', {
        title: 'Zonder statement',
        discoveredAt: '2026-11-26T08:30:00+01:00',
        howDiscovered: '',
        materialKind: 'foto',
        victimName: '',
        victimClass: '',
        lead: 'Regiehouder',
        otherSchoolInvolved: false,
      });
      const r = await t2.dispatch('documents.generate', { dossierId, kind: 'letter-class-parents', options: { className: '1A' } });
      expect(!r.ok && r.error.code).toBe('MISSING_PLACEHOLDER');
      if (!r.ok) expect(r.error.message).toContain('Publiceer eerst het communicatiestatement');
    } finally {
      t2.cleanup();
    }
  });
});

describe('documents: templates', () => {
  it('lists used tags with the template library parser, validates, saves and resets', async () => {
    const list = await t.dispatchOk('templates.list', {});
    expect(list.map((x) => x.id)).toContain('letter-class-parents');
    const cls = list.find((x) => x.id === 'letter-class-parents')!;
    expect(cls.usedTags.map((x) => x.tag)).toEqual(expect.arrayContaining(['klas', 'statement.watSpeelt', 'hulpbronnen', 'regel']));
    expect(cls.customized).toBe(false);

    const unknown = await t.dispatch('templates.update', { id: 'letter-class-parents', content: { ...cls.content, body: 'Hallo {{leerling.bsn}}' } });
    expect(!unknown.ok && unknown.error.message).toContain('{{leerling.bsn}} bestaat niet');
    const unclosed = await t.dispatch('templates.update', { id: 'letter-class-parents', content: { ...cls.content, body: 'Hallo {{#hulpbronnen}}' } });
    expect(!unclosed.ok && unclosed.error.code).toBe('VALIDATION');

    const saved = await t.dispatchOk('templates.update', { id: 'letter-class-parents', content: { ...cls.content, subject: 'Informatie over klas {{klas}}' } });
    expect(saved.customized).toBe(true);
    const { text } = await generate('letter-class-parents');
    expect(text).toContain('Informatie over klas 2B');
    const reset = await t.dispatchOk('templates.reset', { id: 'letter-class-parents' });
    expect(reset.customized).toBe(false);
    expect(reset.content).toEqual(reset.defaultContent);
  });
});
