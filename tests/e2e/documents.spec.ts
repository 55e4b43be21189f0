import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { emptyPersonInput } from '../../src/shared/domain/dossier';
import { CLASS_LIST_CSV, seedDocumentsDossier } from '../unit/documents/fixture';
import { expect, expectAccessible, test } from './harness/fixtures';
import type { VangnetApp } from './harness/VangnetApp';

test.use({ appOptions: { vault: 'unlocked', viewport: { width: 1400, height: 900 } } });

/** Opens a route with a fresh page load (a hash-only goto would keep the screen's old data). */
async function go(app: VangnetApp, hash: string): Promise<void> {
  await app.page.goto(`${new URL(app.page.url()).origin}/index.html#${hash}`);
  await app.page.reload();
  await app.waitForReady();
  await app.expectScreen('app');
}

async function dismissToasts(app: VangnetApp): Promise<void> {
  const close = app.page.locator('.mantine-Notification-root .mantine-CloseButton-root');
  for (let i = 0; i < 10 && (await close.count()) > 0; i++) {
    await close
      .first()
      .click({ timeout: 2_000 })
      .catch(() => undefined);
  }
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

test('documents tab: statement versions, a group letter saved as PDF, preview, mail merge with bad rows', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const { dossierId } = await seedDocumentsDossier({ dispatchOk: (op, input) => app.call(op, input) });

  await go(app, `/dossiers/${dossierId}/documenten`);
  await expect(page.getByRole('heading', { name: 'Documenten' })).toBeVisible();

  // Statement: the published version is listed; the editor holds the text.
  await expect(page.getByLabel('Wat doe je? Waarom?')).toHaveValue(/steunen de betrokken leerling/);
  await expect(page.getByText(/Versie 1 – /)).toBeVisible();

  // A group letter: saved where the user chose, without names.
  const letter = path.join(app.dirs.out, 'klasbrief.pdf');
  app.platform.nextSavePath = letter;
  await page.getByTestId('doc-letter-class-parents').getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(page.getByText(/Opgeslagen: .*klasbrief\.pdf/)).toBeVisible();
  const text = pdfText(letter);
  expect(text).toContain('Praat er thuis óók over');
  expect(text).not.toContain('Zeynep');

  // Preview: the model as formatted text, with the honest note about the real layout.
  await page.getByTestId('doc-teacher-guidance').getByRole('button', { name: 'Voorbeeld' }).click();
  const modal = page.getByRole('dialog');
  await expect(modal.getByTestId('document-preview')).toContainText('De krachtige boodschap');
  await expect(modal).toContainText('Alles is ingevuld');
  await app.screenshot('documents-preview');
  await page.keyboard.press('Escape');
  await expect(modal).toBeHidden();

  // Mail merge: pick the list in the core, bad rows listed by line, letters made.
  const csv = path.join(app.dirs.out, 'klas-2b.csv');
  fs.writeFileSync(csv, CLASS_LIST_CSV);
  await page.getByRole('button', { name: 'Brieven per ouder (klassenlijst)' }).click();
  app.platform.nextOpenPath = csv;
  await page.getByRole('button', { name: 'Klassenlijst kiezen…' }).click();
  await expect(page.getByTestId('merge-summary')).toContainText('3 brieven klaar');
  await expect(page.getByTestId('merge-errors')).toContainText('Regel 4: postcode');
  await expect(page.getByTestId('merge-errors')).toContainText('Regel 5: adres ontbreekt');
  const merged = path.join(app.dirs.out, 'brieven.pdf');
  app.platform.nextSavePath = merged;
  await page.getByRole('button', { name: 'Brieven maken' }).click();
  await expect(page.getByText(/3 brieven opgeslagen in/)).toBeVisible();
  expect(pdfText(merged)).toContain('Beste Fatma Çelik,');

  // What was made is recorded in the dossier.
  await page.getByRole('button', { name: 'Gemaakte documenten' }).click();
  await expect(page.getByTestId('generated-documents')).toContainText('Brief aan ouders van klasgenoten');
  await dismissToasts(app);
  await app.screenshot('documents-tab');
  await expectAccessible(page, 'documents tab');
});

test('letter flow: salutation, the part for the letter, sender and the home-address warning, then the letter', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const f = await seedDocumentsDossier({ dispatchOk: (op, input) => app.call(op, input) });
  const detail = await app.call('dossier.get', { dossierId: f.dossierId });
  const mother = detail.persons.find((p) => p.id === f.ids.victimParent)!;
  const { id: _id, dossierId: _d, createdAt: _c, updatedAt: _u, ...input } = mother;
  await app.call('person.update', {
    personId: mother.id,
    person: { ...input, sensitivities: 'Gesprek liever zonder vader erbij.' },
  });

  await app.call('person.add', {
    dossierId: f.dossierId,
    person: emptyPersonInput({ role: 'ouder', name: 'Mehmet Yılmaz', relatedPersonId: f.ids.victim }),
  });

  await go(app, `/dossiers/${f.dossierId}/documenten`);
  await page.getByTestId('prepare-letter-victim-parents').click();
  const modal = page.getByRole('dialog');
  await expect(modal.getByTestId('letter-greeting')).toContainText('Beste mevrouw Yılmaz-Öztürk,');
  await expect(modal.getByLabel('Wat we hebben besproken')).toHaveValue(/Zeynep wil voorlopig liever niet in de kantine zijn/);
  await expect(modal.getByTestId('letter-warnings')).toContainText('Gesprek liever zonder vader erbij');
  // Another parent chosen: that person's name and (no) conversation; back again: the mother's.
  await modal.getByRole('combobox', { name: 'Ontvanger' }).click();
  await page.getByRole('option', { name: /Mehmet Yılmaz/ }).click();
  await expect(modal.getByTestId('letter-greeting')).toContainText('Yılmaz,');
  await expect(modal.getByText('Er is nog geen gesprek met deze ouder vastgelegd.', { exact: false })).toBeVisible();
  await modal.getByRole('combobox', { name: 'Ontvanger' }).click();
  await page.getByRole('option', { name: /Ayşe Yılmaz-Öztürk/ }).click();
  await expect(modal.getByTestId('letter-greeting')).toContainText('Beste mevrouw Yılmaz-Öztürk,');
  await expect(modal.getByLabel('Wat we hebben besproken')).toHaveValue(/Zeynep wil voorlopig liever niet in de kantine zijn/);
  await modal.getByLabel('Wat we hebben afgesproken').fill('- Zeynep kan in de pauze bij de mentor terecht.\n- De mentor belt u vrijdag.');
  await modal.getByLabel('Functie').fill('Zorgcoördinator');
  await modal.getByLabel('Persoonlijk overhandigen (geen adres op de brief)').check();
  await modal.getByLabel('Ik heb de waarschuwing gelezen en kies dit bewust.').check();
  await app.screenshot('documents-letter-flow');
  await expectAccessible(page, 'letter flow');
  await modal.getByRole('button', { name: 'Opslaan en klaar' }).click();
  await expect(modal).toBeHidden();
  await dismissToasts(app);

  const file = path.join(app.dirs.out, 'brief-moeder.pdf');
  app.platform.nextSavePath = file;
  await page.getByTestId('doc-letter-victim-parents').getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(page.getByText(/Opgeslagen: .*brief-moeder\.pdf/)).toBeVisible();
  const text = pdfText(file).replace(/\s+/g, ' ');
  expect(text).toContain('Beste mevrouw Yılmaz-Öztürk,');
  expect(text).toContain('Persoonlijk overhandigd');
  expect(text).not.toContain('Kerkstraat');
  expect(text).toContain('De mentor belt u vrijdag.');
  expect(text).not.toContain('Veel schaamte');
});
