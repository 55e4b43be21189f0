import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from '../../../src/core/vault';
import { registerSqlFunctions } from '../../../src/core/vault/sql-functions';
import { listGenerated } from '../../../src/core/documents/store';
import { closeDossier, markAndDestroy } from '../evaluation/fixtures';
import { fixedClock, type TestService } from '../helpers/service';
import { CLASS_LIST_CSV, NAMES, generateDocument, openDocumentsDossier, pdfText, type DocumentsFixture } from './fixture';

/** "Verifiable documents": the SHA-256 of the exact bytes, in the register and the audit chain. */

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let t: TestService;
let f: DocumentsFixture;
const clock = fixedClock('2026-11-28T09:00:00.000Z');

beforeEach(async () => {
  clock.set('2026-11-28T09:00:00.000Z');
  ({ t, f } = await openDocumentsDossier({ clock }));
});
afterEach(() => t.cleanup());

const save = (kind: 'dossier-overview' | 'letter-class-parents' | 'media-plan', name: string) =>
  generateDocument(t, f.dossierId, kind, name);

async function check(file: string) {
  t.platform.nextOpenPath = file;
  const r = await t.dispatchOk('documents.checkFile', {});
  if (r.cancelled) throw new Error('cancelled');
  return r;
}

const auditRows = () =>
  t.svc.ctx.db().prepare('SELECT seq, action, dossier_id, details FROM audit_log ORDER BY seq').all() as Array<{
    seq: number;
    action: string;
    dossier_id: string | null;
    details: string;
  }>;

describe('verifiable documents', () => {
  it('records the SHA-256 of the written bytes in the register and the audit chain, and finds the file again', async () => {
    const { file, result } = await save('dossier-overview', 'overzicht.pdf');
    const code = sha256(fs.readFileSync(file));
    expect(result.sha256).toBe(code);

    const [rec] = await t.dispatchOk('documents.list', { dossierId: f.dossierId });
    expect(rec?.files).toEqual([{ seq: 0, fileName: 'overzicht.pdf', byteSize: fs.statSync(file).size, sha256: code }]);
    const generated = auditRows().filter((a) => a.action === 'document.generate');
    expect(generated).toHaveLength(1);
    expect(generated[0]!.details).toContain(`SHA-256 van het bestand: ${code}.`);
    expect(generated[0]!.dossier_id).toBe(f.dossierId);

    const found = await check(file);
    expect(found.sha256).toBe(code);
    expect(found.fileName).toBe('overzicht.pdf');
    expect(found.auditChainIntact).toBe(true);
    expect(found.matches).toHaveLength(1);
    const number = (await t.dispatchOk('dossier.get', { dossierId: f.dossierId })).dossier.number;
    expect(found.matches[0]).toMatchObject({
      dossierNumber: number,
      file: { seq: 0, sha256: code },
      document: { kind: 'dossier-overview', delivery: 'opgeslagen', createdBy: 'Marieke de Zorgcoördinator', createdAt: '2026-11-28T09:00:00.000Z' },
    });
    expect(found.audit).toEqual([expect.objectContaining({ actor: 'Marieke de Zorgcoördinator', dossierGone: false })]);
    // The check itself is accountable, and the chain still verifies after it.
    expect(auditRows().at(-1)).toMatchObject({ action: 'document.verify', dossier_id: f.dossierId });
    expect(t.svc.ctx.vault().verifyAudit().ok).toBe(true);
  });

  it('does not find a copy with one byte changed, and says so without touching the register', async () => {
    const { file } = await save('media-plan', 'media.pdf');
    const bytes = fs.readFileSync(file);
    // One byte in the middle of the file: the page still opens, the code is a different one.
    const altered = Buffer.from(bytes);
    const i = Math.floor(altered.length / 2);
    altered[i] = altered[i]! ^ 0x01;
    const copy = path.join(t.dirs.out, 'media-gewijzigd.pdf');
    fs.writeFileSync(copy, altered);

    const r = await check(copy);
    expect(r.sha256).toBe(sha256(altered));
    expect(r.sha256).not.toBe(sha256(bytes));
    expect(r.matches).toEqual([]);
    expect(r.audit).toEqual([]);
    expect(r.auditChainIntact).toBe(true);
    // A check asked about the altered code does not make that code "found" next time.
    expect((await check(copy)).matches).toEqual([]);
    expect(auditRows().filter((a) => a.action === 'document.verify').map((a) => a.dossier_id)).toEqual([null, null]);
    expect(t.svc.ctx.vault().verifyAudit().ok).toBe(true);
    // The original is still found.
    expect((await check(file)).matches).toHaveLength(1);
  });

  it('records printed bytes, a mail merge with one file per parent (no names in the audit chain) and the statement text', async () => {
    const printed = await t.dispatchOk('documents.print', { dossierId: f.dossierId, kind: 'teacher-guidance', options: {} });
    expect(printed.printed).toBe(true);
    const printedBytes = Buffer.from(t.platform.printed[0]!.bytes);
    const [rec] = await t.dispatchOk('documents.list', { dossierId: f.dossierId });
    expect(rec?.files).toEqual([{ seq: 0, fileName: '', byteSize: printedBytes.length, sha256: sha256(printedBytes) }]);

    const csv = path.join(t.dirs.out, 'klas.csv');
    fs.writeFileSync(csv, CLASS_LIST_CSV);
    t.platform.nextOpenPath = csv;
    const imported = await t.dispatchOk('mailmerge.import', {});
    if (imported.cancelled) throw new Error('cancelled');
    const folder = path.join(t.dirs.out, 'los');
    fs.mkdirSync(folder);
    t.platform.nextSavePath = path.join(t.dirs.out, 'brieven.pdf');
    t.platform.nextFolder = folder;
    await t.dispatchOk('mailmerge.generate', { dossierId: f.dossierId, kind: 'letter-class-parents', rows: imported.rows, oneFileEach: true });
    const [merge] = await t.dispatchOk('documents.list', { dossierId: f.dossierId });
    expect(merge?.files.map((x) => x.seq)).toEqual([0, 1, 2, 3]);
    for (const name of fs.readdirSync(folder)) {
      const r = await check(path.join(folder, name));
      expect(r.matches.map((m) => [m.document.id, m.file.fileName]), name).toEqual([[merge!.id, name]]);
      expect(r.audit, name).toHaveLength(1);
    }
    const separate = auditRows().filter((a) => a.action === 'document.file');
    expect(separate.map((a) => a.details.replace(/[0-9a-f]{64}/, 'X'))).toEqual([1, 2, 3].map((n) =>
      `Losse brief ${n} van 3 bij brief aan ouders van klasgenoten opgeslagen. SHA-256 van het bestand: X.`,
    ));
    for (const n of ['Çelik', 'Emre', 'Vries', NAMES.victim]) expect(JSON.stringify(separate)).not.toContain(n);
    expect((await check(path.join(t.dirs.out, 'brieven.pdf'))).matches[0]?.file.seq).toBe(0);

    // The overview's audit trail names each file's code and the check, in words, without event keys.
    const { file: overview } = await save('dossier-overview', 'overzicht.pdf');
    const overviewText = pdfText(overview).replace(/\s+/g, ' ');
    expect(overviewText).toContain('Losse brief opgeslagen – Losse brief 3 van 3 bij brief aan ouders van klasgenoten opgeslagen. SHA-256 van het bestand:');
    expect(overviewText).toMatch(/Document gecontroleerd – Bestand gecontroleerd: gelijk aan brief aan ouders van klasgenoten/);
    expect(overviewText).not.toMatch(/document\.produced|document\.file|document\.verify/);

    const txt = path.join(t.dirs.out, 'statement.txt');
    t.platform.nextSavePath = txt;
    await t.dispatchOk('documents.exportStatementText', { dossierId: f.dossierId });
    expect((await check(txt)).matches[0]?.document).toMatchObject({ kind: 'statement', recipientLabel: 'Website (platte tekst)' });
    expect(t.svc.ctx.vault().verifyAudit().ok).toBe(true);
  });

  it('after the dossier is destroyed, only the audit chain still knows the file (and says the dossier is gone)', async () => {
    const { file } = await save('media-plan', 'media.pdf');
    await closeDossier(t, f.dossierId);
    const number = (await t.dispatchOk('dossier.get', { dossierId: f.dossierId })).dossier.number;
    clock.advance(3 * 365 * 86_400_000);
    await markAndDestroy(t, { dossierId: f.dossierId, confirmNumber: number, reason: '' });
    const r = await check(file);
    expect(r.matches).toEqual([]);
    expect(r.audit).toEqual([expect.objectContaining({ dossierGone: true, at: '2026-11-28T09:00:00.000Z' })]);
    expect(r.audit[0]!.details).toContain('Instructie bij media-aandacht opgeslagen');
  });

  it('registers the school-level exports (inzage, improvement points, prevention plan) by their file, so the check recognises them', async () => {
    const exports = [
      ['subject-access', 'inzage.pdf', () => t.dispatchOk('subjectAccess.exportPdf', { personIds: [f.ids.victim], thirdPartyReviewed: true }), 'Inzageoverzicht', 'De betrokkene (inzageverzoek, AVG artikel 15)'],
      ['improvement-points', 'verbeterpunten.pdf', () => t.dispatchOk('improvement.exportPdf', { status: null }), 'Verbeterpunten protocol', 'Schoolleiding'],
      ['prevention-plan', 'preventieplan.pdf', () => t.dispatchOk('prevention.exportPdf', {}), 'Preventieplan', 'Schoolleiding (veiligheidsplan)'],
    ] as const;
    for (const [kind, name, run, label, forWhom] of exports) {
      const file = path.join(t.dirs.out, name);
      t.platform.nextSavePath = file;
      const saved = await run();
      const code = sha256(fs.readFileSync(file));
      expect(saved, kind).toEqual({ file, sha256: code });

      const r = await check(file);
      expect(r.matches, kind).toHaveLength(1);
      expect(r.matches[0], kind).toMatchObject({
        dossierNumber: null,
        file: { seq: 0, fileName: name, byteSize: fs.statSync(file).size, sha256: code },
        document: { kind, label, recipientLabel: forWhom, dossierId: null, delivery: 'opgeslagen', createdAt: '2026-11-28T09:00:00.000Z', createdBy: 'Marieke de Zorgcoördinator' },
      });
      expect(r.matches[0]!.document.pages, kind).toBeGreaterThan(0);
      expect(r.audit.map((a) => a.details), kind).toEqual([expect.stringContaining(`${label} opgeslagen (`)]);
      expect(r.audit[0]!.details).toContain(`SHA-256 van het bestand: ${code}.`);

      // One byte changed: not this document, and said so.
      const altered = Buffer.from(fs.readFileSync(file));
      altered[altered.length >> 1] = altered[altered.length >> 1]! ^ 0x01;
      const copy = path.join(t.dirs.out, `gewijzigd-${name}`);
      fs.writeFileSync(copy, altered);
      const miss = await check(copy);
      expect(miss.matches, kind).toEqual([]);
      expect(miss.audit, kind).toEqual([]);
    }
    // The register rows of school-level documents belong to no dossier and carry no name.
    const school = auditRows().filter((a) => a.action === 'document.generate');
    expect(school.map((a) => a.dossier_id)).toEqual([null, null, null]);
    for (const n of Object.values(NAMES)) expect(JSON.stringify(school)).not.toContain(n);
    expect(t.svc.ctx.vault().verifyAudit().ok).toBe(true);
  });

  it('answers a cancelled picker, a folder and a locked vault calmly', async () => {
    expect(await t.dispatchOk('documents.checkFile', {})).toEqual({ cancelled: true });
    t.platform.nextOpenPath = t.dirs.out;
    const folder = await t.dispatch('documents.checkFile', {});
    expect(!folder.ok && [folder.error.code, folder.error.key]).toEqual(['IMPORT_ERROR', 'DOCUMENT_CHECK_UNREADABLE']);
    t.platform.nextOpenPath = path.join(t.dirs.out, 'bestaat-niet.pdf');
    const missing = await t.dispatch('documents.checkFile', {});
    expect(!missing.ok && missing.error.key).toBe('DOCUMENT_CHECK_UNREADABLE');
    // No path crosses IPC: the request takes nothing.
    const extra = await t.dispatch('documents.checkFile', { file: '/etc/passwd' } as never);
    expect(!extra.ok && extra.error.code).toBe('VALIDATION');
    await t.dispatchOk('vault.lock', {});
    const locked = await t.dispatch('documents.checkFile', {});
    expect(!locked.ok && locked.error.code).toBe('VAULT_LOCKED');
  });
});

describe('migration 0016: document file hashes', () => {
  it('a vault made before file hashes migrates: its register rows stay, with no files', () => {
    const dir = fs.mkdtempSync(path.join(t.dirs.out, 'old-'));
    const file = path.join(dir, 'old.db');
    const key = `x'${createHash('sha256').update('k').digest('hex')}'`;
    const open = () => {
      const db = new Database(file);
      db.pragma("cipher = 'sqlcipher'");
      db.pragma('legacy = 4');
      db.pragma(`key = "${key}"`);
      registerSqlFunctions(db);
      db.pragma('foreign_keys = ON');
      return db;
    };
    const old = open();
    runMigrations(old, MIGRATIONS.filter((m) => m.version <= 15));
    old.prepare(
      "INSERT INTO dossiers (id, number, title, discovered_at, material_kind, lead, created_at, updated_at) VALUES ('d1','2026-001','t','2026-01-01T00:00:00Z','foto','l','x','x')",
    ).run();
    old.prepare(
      `INSERT INTO generated_documents (id, dossier_id, kind, audience, recipient_label, pages, delivery, file_name, content_hash, created_at, created_by)
       VALUES ('g1', 'd1', 'media-plan', 'group', 'Schoolleiding', 2, 'opgeslagen', 'media.pdf', ?, '2026-01-02T00:00:00Z', 'Marieke')`,
    ).run('a'.repeat(64));
    old.close();

    const db = open();
    expect(runMigrations(db, MIGRATIONS)).toContain(16);
    const [row] = listGenerated(db, 'd1');
    expect(row).toMatchObject({ id: 'g1', fileName: 'media.pdf', files: [] });
    // The old model hash is not a file code and is never offered as one.
    expect(JSON.stringify(row)).not.toContain('a'.repeat(64));
    db.prepare("DELETE FROM generated_documents WHERE id = 'g1'").run();
    db.close();
  });
});
