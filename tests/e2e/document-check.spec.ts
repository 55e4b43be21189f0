import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { seedDocumentsDossier } from '../unit/documents/fixture';
import { expect, expectAccessible, test } from './harness/fixtures';

test.use({ appOptions: { vault: 'unlocked', viewport: { width: 1366, height: 768 } } });

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

test('document check: a saved document shows its code, is found with its details; an altered copy is not', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const { dossierId } = await seedDocumentsDossier({ dispatchOk: (op, input) => app.call(op, input) });
  const number = (await app.call('dossier.get', { dossierId })).dossier.number;

  await page.goto(`${new URL(page.url()).origin}/index.html#/dossiers/${dossierId}/documenten`);
  await app.waitForReady();
  await expect(page.getByRole('heading', { name: 'Documenten' })).toBeVisible();

  // Save: the code of exactly the written file is shown, with a copy button.
  const file = path.join(app.dirs.out, 'media-aandacht.pdf');
  app.platform.nextSavePath = file;
  await page.getByTestId('doc-media-plan').getByRole('button', { name: 'Opslaan als PDF' }).click();
  const saved = page.getByTestId('saved-code');
  await expect(saved).toContainText('Instructie bij media-aandacht opgeslagen');
  const code = sha256(file);
  await expect(saved.getByTestId('file-code')).toHaveText(code);
  await saved.getByRole('button', { name: 'Code kopiëren' }).click();
  await expect.poll(() => app.platform.clipboard).toBe(code);

  // The register lists the code too.
  await page.getByRole('button', { name: 'Gemaakte documenten' }).click();
  await expect(page.getByTestId('generated-documents').getByTestId('file-code')).toHaveText(code);

  // The check screen, reached from the register: the file picked in main's dialog is found.
  await page.getByTestId('open-document-check').click();
  await app.expectScreen('document-check');
  app.platform.nextOpenPath = file;
  await page.getByRole('button', { name: 'Bestand kiezen…' }).click();
  const result = page.getByTestId('check-result');
  await expect(result.locator('[data-outcome="found"]')).toBeVisible();
  const match = result.getByTestId('check-match');
  await expect(match).toContainText('Instructie bij media-aandacht');
  await expect(match).toContainText(number);
  await expect(match).toContainText('Marieke de Zorgcoördinator');
  await expect(match).toContainText('opgeslagen als media-aandacht.pdf');
  await expect(result.getByTestId('file-code')).toHaveText(code);
  await page.mouse.move(1, 1);
  await app.screenshot('document-check-found');
  await expectAccessible(page, 'document check');

  // One byte changed: calmly "not found", with the code of this file.
  const bytes = fs.readFileSync(file);
  bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
  const altered = path.join(app.dirs.out, 'media-aandacht-gewijzigd.pdf');
  fs.writeFileSync(altered, bytes);
  app.platform.nextOpenPath = altered;
  await page.getByRole('button', { name: 'Bestand kiezen…' }).click();
  await expect(result.locator('[data-outcome="not-found"]')).toBeVisible();
  await expect(result).toContainText('niet door Vangnet in deze kluis gemaakt, of het is daarna veranderd');
  await expect(result).toContainText('media-aandacht-gewijzigd.pdf');
  await expect(result.getByTestId('file-code')).toHaveText(sha256(altered));
  await expect(result.getByTestId('check-match')).toHaveCount(0);
  await app.screenshot('document-check-not-found');

  // The page never sent a path or bytes: only the op without input.
  expect(app.opsCalled().filter((op) => op === 'documents.checkFile')).toHaveLength(2);
});
