import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizePostcode, parseClassList } from '../../../src/core/documents/mail-merge';
import { AppError, errorText } from '../../../src/shared/errors';
import { ERRORS_EN } from '../../../src/shared/i18n/errors.en';
import type { TestService } from '../helpers/service';
import { CLASS_LIST_CSV, HOLD_BACK_CSV, NAMES, openDocumentsDossier, pdfText, type DocumentsFixture } from './fixture';

describe('class list parsing', () => {
  it('reads a Magister-style list: ";" with BOM, reports bad rows by line, keeps good rows', () => {
    const r = parseClassList(Buffer.from(CLASS_LIST_CSV, 'utf8'));
    expect(r.delimiter).toBe(';');
    expect(r.rows.map((x) => x.line)).toEqual([2, 3, 6]);
    expect(r.rows[0]).toMatchObject({ parentName: 'Fatma Çelik', childName: 'Emre Çelik', className: '2B', postalCode: '3521 AA' });
    expect(r.rows[1]).toMatchObject({ childName: 'Sanne de Vries', postalCode: '3521 AB', city: 'utrecht' });
    expect(r.rows[2]).toMatchObject({ parentName: 'Grzegorz Brzęczyszczykiewicz', street: 'Populierenlaan 2; bus 3' });
    expect(r.errors).toEqual([
      { line: 4, message: expect.stringMatching(/^Regel 4: postcode "35XX 1A" is geen Nederlandse postcode/) },
      { line: 5, message: 'Regel 5: adres ontbreekt.' },
    ]);
  });

  it('reads a SOMtoday-style list: "," without BOM, Leerling + Straat/Huisnummer columns', () => {
    const csv =
      'Leerling,Klas,Ouder/verzorger,Straat,Huisnummer,Toevoeging,Postcode,Plaats\n' +
      'Jakub Dvořák,1A,Petra Dvořáková,Vondelstraat,8,b,1054 GD,Amsterdam\n' +
      'Noor El Amrani,1A,Khadija El Amrani,Overtoom,120,,1054HL,Amsterdam\n' +
      'Ahmet Demir,1A,Mehmet Demir,Kinkerstraat,,,1053 DA,Amsterdam\n' +
      'Te kort,1A\n';
    const r = parseClassList(csv);
    expect(r.delimiter).toBe(',');
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]).toMatchObject({ childName: 'Jakub Dvořák', childFirstName: 'Jakub', parentName: 'Petra Dvořáková', street: 'Vondelstraat 8b' });
    expect(r.rows[1]).toMatchObject({ street: 'Overtoom 120', postalCode: '1054 HL' });
    expect(r.errors.map((e) => e.line)).toEqual([4, 5]);
    expect(r.errors[0]!.message).toContain('huisnummer ontbreekt');
    expect(r.errors[1]!.message).toContain('2 kolommen in plaats van 8');
  });

  it('names missing columns and refuses non-UTF-8 files in Dutch', () => {
    expect(() => parseClassList('Naam;Telefoon\nA;1\n')).toThrow(/ontbreken kolommen: naam ouder\/verzorger/);
    const latin1 = Buffer.from('Naam ouder/verzorger;Leerling;Adres;Postcode;Woonplaats\nJos\xe9;A;B 1;1234 AB;X\n', 'latin1');
    try {
      parseClassList(latin1);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).message).toContain('UTF-8');
    }
  });

  it('normalises Dutch postcodes', () => {
    expect(normalizePostcode('1234ab')).toBe('1234 AB');
    expect(normalizePostcode(' 1234  AB ')).toBe('1234 AB');
    expect(normalizePostcode('0123 AB')).toBeNull();
    expect(normalizePostcode('1234 SS')).toBeNull();
  });
});

describe('mail merge through the service', () => {
  let t: TestService;
  let f: DocumentsFixture;
  beforeEach(async () => ({ t, f } = await openDocumentsDossier()));
  afterEach(() => t.cleanup());

  it('imports the list the user picks, then makes one personalised letter per parent in one PDF, and one file each', async () => {
    const csv = path.join(t.dirs.out, 'klas-2b.csv');
    fs.writeFileSync(csv, CLASS_LIST_CSV);
    t.platform.nextOpenPath = csv;
    const imported = await t.dispatchOk('mailmerge.import', {});
    if (imported.cancelled) throw new Error('cancelled');
    expect(imported.fileName).toBe('klas-2b.csv');
    expect(imported.rows).toHaveLength(3);
    expect(imported.errors.map((e) => e.line)).toEqual([4, 5]);

    const preview = await t.dispatchOk('mailmerge.preview', { dossierId: f.dossierId, kind: 'letter-class-parents', rows: imported.rows });
    expect(preview.check.ok).toBe(true);
    expect(preview.models).toHaveLength(3);
    expect(preview.models[0]!.recipient).toEqual(['Fatma Çelik', 'Lindelaan 4', '3521 AA  UTRECHT']);

    const out = path.join(t.dirs.out, 'brieven.pdf');
    const folder = path.join(t.dirs.out, 'los');
    fs.mkdirSync(folder);
    t.platform.nextSavePath = out;
    t.platform.nextFolder = folder;
    const r = await t.dispatchOk('mailmerge.generate', {
      dossierId: f.dossierId,
      kind: 'letter-class-parents',
      rows: imported.rows,
      oneFileEach: true,
    });
    if (r.cancelled) throw new Error('cancelled');
    expect(r.letters).toBe(3);
    expect(r.files).toBe(3);
    const text = pdfText(out);
    for (const s of ['Beste Fatma Çelik,', 'Beste Henk de Vries,', 'Beste Grzegorz Brzęczyszczykiewicz,', 'Populierenlaan 2; bus 3']) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/3521 AB\s+UTRECHT/);
    // Each letter has its own page numbering.
    const firstPages = text.match(/Pagina 1 van \d/g) ?? [];
    expect(firstPages).toHaveLength(3);
    expect(text).not.toMatch(/\{\{|\[ontbreekt/);
    for (const n of [NAMES.victim, NAMES.perpetrator, 'Zeynep']) expect(text).not.toContain(n);
    const single = fs.readdirSync(folder).sort();
    expect(single).toHaveLength(3);
    expect(single[0]).toBe('01 Brief ouders Emre Çelik.pdf');
    expect(pdfText(path.join(folder, single[0]!))).toContain('Beste Fatma Çelik,');
    const [rec] = await t.dispatchOk('documents.list', { dossierId: f.dossierId });
    expect(rec?.recipientLabel).toContain('3 brieven');
    expect(rec?.audience).toBe('group');

    const printed = await t.dispatchOk('mailmerge.print', { dossierId: f.dossierId, kind: 'letter-class-parents', rows: imported.rows });
    expect(printed).toEqual({ printed: true, letters: 3, pages: r.pages });
    expect(pdfText(Buffer.from(t.platform.printed[0]!.bytes))).toContain('Beste Henk de Vries,');
    const [last] = await t.dispatchOk('documents.list', { dossierId: f.dossierId });
    expect(last?.delivery).toBe('afgedrukt');
  });

  it('lets a parent’s letter name their own child, never another involved pupil', async () => {
    const rows = parseClassList(
      'Naam ouder/verzorger;Roepnaam;Achternaam;Klas;Adres;Postcode;Woonplaats\n' +
        `${NAMES.victimParent};Zeynep;Yılmaz;2B;Kerkstraat 12;3512 CD;Utrecht\n` +
        'Fatma Çelik;Emre;Çelik;2B;Lindelaan 4;3521 AA;Utrecht\n',
    ).rows;
    const tpl = await t.dispatchOk('templates.get', { id: 'letter-class-parents' });
    await t.dispatchOk('templates.update', {
      id: 'letter-class-parents',
      content: { ...tpl.content, salutation: 'Beste ouder/verzorger van {{kind.roepnaam}},' },
    });
    // The victim's own family is held back unless chosen on purpose (issue 13); here it is.
    const heldBack = [{ line: 2, choice: 'versturen' as const }];
    const ok = await t.dispatchOk('mailmerge.preview', { dossierId: f.dossierId, kind: 'letter-class-parents', rows, heldBack });
    expect(ok.heldBack.map((h) => h.line)).toEqual([2]);
    expect(ok.check.privacy).toEqual([]);
    expect(ok.models[0]!.salutation).toBe('Beste ouder/verzorger van Zeynep,');

    await t.dispatchOk('templates.update', {
      id: 'letter-class-parents',
      content: { ...tpl.content, body: `${tpl.content.body}\n\nOok Ömer Şahin uit klas 2B is erbij betrokken.` },
    });
    t.platform.nextSavePath = path.join(t.dirs.out, 'x.pdf');
    const r = await t.dispatch('mailmerge.generate', { dossierId: f.dossierId, kind: 'letter-class-parents', rows, heldBack });
    expect(!r.ok && r.error.code).toBe('PRIVACY_GUARD');
    expect(fs.existsSync(path.join(t.dirs.out, 'x.pdf'))).toBe(false);
  });

  it('pads odd-length letters with a blank page for double-sided printing, unless asked not to', async () => {
    const rows = parseClassList(CLASS_LIST_CSV).rows;
    const tpl = await t.dispatchOk('templates.get', { id: 'letter-other-classes' });
    await t.dispatchOk('templates.update', {
      id: 'letter-other-classes',
      content: { ...tpl.content, body: 'Korte brief: {{statement.watSpeelt}}' },
    });
    const make = async (duplex: boolean) => {
      const file = path.join(t.dirs.out, `kort-${duplex}.pdf`);
      t.platform.nextSavePath = file;
      const r = await t.dispatchOk('mailmerge.generate', { dossierId: f.dossierId, kind: 'letter-other-classes', rows, duplex });
      if (r.cancelled) throw new Error('cancelled');
      return { pages: r.pages, text: pdfText(file) };
    };
    const single = await make(false);
    expect(single.pages).toBe(3);
    const duplex = await make(true);
    expect(duplex.pages).toBe(5);
    expect(duplex.text.match(/Pagina 1 van 1/g)).toHaveLength(3);
  });

  it('refuses an import while the vault is locked and reports a cancelled pick', async () => {
    t.platform.nextOpenPath = null;
    expect(await t.dispatchOk('mailmerge.import', {})).toEqual({ cancelled: true });
    await t.dispatchOk('vault.lock', {});
    const r = await t.dispatch('mailmerge.import', {});
    expect(!r.ok && r.error.code).toBe('VAULT_LOCKED');
  });
});

describe('mail merge protects the pupils in the dossier', () => {
  let t: TestService;
  let f: DocumentsFixture;
  beforeEach(async () => ({ t, f } = await openDocumentsDossier()));
  afterEach(() => t.cleanup());

  // A real class list of the victim's class holds the victim's own family and a buddy, typed without diacritics.
  const CSV = HOLD_BACK_CSV;

  it('holds back rows of the victim’s family and a buddy until the user decides per row', async () => {
    const { rows } = parseClassList(CSV);
    const preview = await t.dispatchOk('mailmerge.preview', { dossierId: f.dossierId, kind: 'letter-class-parents', rows });
    expect(preview.heldBack.map((h) => h.line)).toEqual([3, 4]);
    expect(preview.heldBack[0]!.reason).toContain('het slachtoffer');
    expect(preview.heldBack[1]!.reason).toContain('een buddy');
    // The preview leaves held-back rows out until they are chosen.
    expect(preview.models).toHaveLength(2);

    const file = path.join(t.dirs.out, 'klas.pdf');
    t.platform.nextSavePath = file;
    const refused = await t.dispatch('mailmerge.generate', { dossierId: f.dossierId, kind: 'letter-class-parents', rows });
    expect(!refused.ok && refused.error.code).toBe('VALIDATION');
    if (!refused.ok) {
      expect(refused.error.message).toContain(
        ': regel 3 (Zeynep Yilmaz is het slachtoffer in dit dossier (Zeynep Yılmaz).); regel 4 (Amina al-Hasimi is een buddy in dit dossier (Āmina al-Hāšimī).). Kies per regel',
      );
      // The rows as phrases: line numbers and names as data, the roles as catalog keys.
      expect(refused.error.params?.rows).toEqual([
        { key: 'MAIL_MERGE_HELD_ROW', params: { line: 3, why: [preview.heldBack[0]!.why] } },
        { key: 'MAIL_MERGE_HELD_ROW', params: { line: 4, why: [preview.heldBack[1]!.why] } },
      ]);
      expect(preview.heldBack[1]!.why).toEqual({
        key: 'MAIL_MERGE_HELD_CHILD',
        params: { child: 'Amina al-Hasimi', role: [{ key: 'INVOLVED_BUDDY' }], person: NAMES.buddy },
      });
      expect(errorText(refused.error.key!, refused.error.params, ERRORS_EN)).toContain(
        ': line 3 (Zeynep Yilmaz is the victim in this case file (Zeynep Yılmaz).); line 4 (Amina al-Hasimi is a buddy in this case file (Āmina al-Hāšimī).). Choose for each line',
      );
    }
    expect(fs.existsSync(file)).toBe(false);

    const r = await t.dispatchOk('mailmerge.generate', {
      dossierId: f.dossierId,
      kind: 'letter-class-parents',
      rows,
      heldBack: [
        { line: 3, choice: 'weglaten' },
        { line: 4, choice: 'versturen' },
      ],
    });
    if (r.cancelled) throw new Error('cancelled');
    expect(r.letters).toBe(3);
    const text = pdfText(file);
    expect(text).not.toContain('Ayse Yilmaz-Ozturk');
    expect(text).toContain('Rashid al-Hasimi');
    expect(NAMES.victim).toBe('Zeynep Yılmaz');
  });
});
