import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
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
  await expect(page.getByLabel('Wat doet u? Waarom?')).toHaveValue(/steunen de betrokken leerling/);
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
