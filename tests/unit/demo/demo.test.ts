import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foldText } from '../../../src/shared/text/fold';
import { findRelativeTime } from '../../../src/core/documents/letters';
import { PUPIL_ROLES } from '../../../src/shared/domain';
import { scanForStrings } from '../helpers';

const ROOT = path.resolve(__dirname, '../../..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-demo-'));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

interface Manifest {
  persons: Array<{ name: string; role: string }>;
  documents: Array<{ kind: string; audience: 'individual' | 'group'; file: string }>;
}

/**
 * `npm run demo -- <outdir>` as a user runs it: a real vault with the production KDF, every
 * document written, and a manifest a reviewer can trust.
 */
describe('npm run demo', () => {
  let stdout = '';
  it('creates the vault, prints the secrets it used and writes every document with a manifest', () => {
    stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', out], { cwd: ROOT, encoding: 'utf8' });
    expect(stdout).toMatch(/Wachtwoordzin:\s+\S/);
    expect(stdout).toMatch(/Herstelsleutel:\s+[0-9A-Z]{4}(-[0-9A-Z]{4}){7}/);
    expect(fs.existsSync(path.join(out, 'vault', 'vangnet.db'))).toBe(true);

    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'documents', 'manifest.json'), 'utf8')) as Manifest;
    const kinds = manifest.documents.map((d) => d.kind);
    for (const kind of ['statement', 'letter-victim-parents', 'letter-class-parents', 'teacher-guidance', 'evaluation-report', 'dossier-overview', 'recovery-sheet', 'inzage']) {
      expect(kinds, kind).toContain(kind);
    }
    for (const doc of manifest.documents) {
      expect(fs.statSync(path.join(out, 'documents', doc.file)).size, doc.file).toBeGreaterThan(doc.file.endsWith('.pdf') ? 1000 : 100);
      expect(['individual', 'group']).toContain(doc.audience);
    }
    expect(manifest.persons.some((p) => p.role === 'slachtoffer')).toBe(true);
  });

  it('no group document names a pupil of the dossier', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'documents', 'manifest.json'), 'utf8')) as Manifest;
    const pupils = manifest.persons.filter((p) => (PUPIL_ROLES as readonly string[]).includes(p.role)).map((p) => p.name);
    expect(pupils.length).toBeGreaterThan(2);
    for (const doc of manifest.documents.filter((d) => d.audience === 'group' && d.file.endsWith('.pdf'))) {
      const text = foldText(execFileSync('pdftotext', ['-layout', path.join(out, 'documents', doc.file), '-'], { encoding: 'utf8' }));
      for (const name of pupils) {
        for (const part of name.split(/\s+/).filter((w) => w.length > 2)) {
          expect(text, `${doc.file} mentions ${part}`).not.toMatch(new RegExp(`\\b${foldText(part)}\\b`));
        }
      }
    }
  });

  it('the letters to parents name days, not "vandaag" or "over twee dagen" that are wrong on the letter date', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'documents', 'manifest.json'), 'utf8')) as Manifest;
    const letters = manifest.documents.filter((d) => d.kind === 'letter-victim-parents' || d.kind === 'letter-perpetrator-parents');
    expect(letters).toHaveLength(2);
    for (const doc of letters) {
      const text = execFileSync('pdftotext', [path.join(out, 'documents', doc.file), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(findRelativeTime(text, new Date().toISOString()), doc.file).toEqual([]);
    }
  });

  it('writes the inzage export of the victim with every article 15 element and other pupils unreadable', () => {
    const text = execFileSync('pdftotext', [path.join(out, 'documents', 'inzage-slachtoffer.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const heading of [
      'Waarvoor de school deze gegevens gebruikt (doeleinden)',
      'Welke gegevens (categorieën)',
      'Wie de gegevens krijgt of heeft gekregen (ontvangers)',
      'Hoe lang de gegevens worden bewaard (bewaartermijn)',
      'Waar de gegevens vandaan komen (bron)',
      'Geautomatiseerde besluitvorming',
      'Uw rechten',
      'Klacht bij de Autoriteit Persoonsgegevens',
      'Gegevens van anderen',
    ])
      expect(text, heading).toContain(heading);
    expect(text).toContain('Şükrü Yılmaz');
    for (const other of ['Łukasz', 'Noor El Idrissi', 'Joëlle']) expect(text, other).not.toContain(other);
  });

  it('leaves nothing readable in the vault folder', () => {
    const hits = scanForStrings([path.join(out, 'vault')], ['Yılmaz', 'Yilmaz', 'klassenapp', 'Helpwanted']);
    expect(hits).toEqual([]);
  });
});
