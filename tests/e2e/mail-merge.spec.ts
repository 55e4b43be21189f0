import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { HOLD_BACK_CSV as CSV, seedDocumentsDossier } from '../unit/documents/fixture';
import { expect, expectAccessible, test } from './harness/fixtures';

test.use({ appOptions: { vault: 'unlocked' } });

/**
 * Issue 13 item 2 over the real core: a class list of the victim's class (as Magister exports
 * it, without diacritics) holds the victim's own family and a buddy. Those rows are held back
 * with a reason; nothing can be made until each has a choice; the choices are honoured.
 */

test('mail merge holds back the rows of pupils and parents in the dossier until a choice is made per row', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const { dossierId } = await seedDocumentsDossier({ dispatchOk: (op, input) => app.call(op, input) });
  await app.page.goto(`${new URL(page.url()).origin}/index.html#/dossiers/${dossierId}/documenten`);
  await page.reload();
  await app.waitForReady();
  await expect(page.getByRole('heading', { name: 'Documenten' })).toBeVisible();

  const csv = path.join(app.dirs.out, 'klas-2b.csv');
  fs.writeFileSync(csv, CSV);
  await page.getByRole('button', { name: 'Brieven per ouder (klassenlijst)' }).click();
  app.platform.nextOpenPath = csv;
  await page.getByRole('button', { name: 'Klassenlijst kiezen…' }).click();
  await expect(page.getByTestId('merge-summary')).toContainText('4 brieven klaar');

  // Held back, with the reason per row: the victim's mother and a buddy (diacritic-insensitive).
  const held = page.getByTestId('merge-held');
  await expect(held).toContainText('2 regels tegengehouden');
  await expect(held.getByRole('row')).toHaveCount(2);
  await expect(held.getByRole('row').nth(0)).toContainText('Regel 3');
  await expect(held.getByRole('row').nth(0)).toContainText('het slachtoffer');
  await expect(held.getByRole('row').nth(1)).toContainText('Regel 4');
  await expect(held.getByRole('row').nth(1)).toContainText('een buddy');
  const make = page.getByRole('button', { name: 'Brieven maken' });
  await expect(make).toBeDisabled();
  await app.screenshot('documents-merge-held');
  await expectAccessible(page, 'mail merge hold-back');

  // One choice is not enough; both rows need one.
  await held.getByRole('radiogroup', { name: 'Keuze voor regel 3' }).locator('.mantine-SegmentedControl-label', { hasText: /^Weglaten$/ }).click();
  await expect(make).toBeDisabled();
  await held.getByRole('radiogroup', { name: 'Keuze voor regel 4' }).locator('.mantine-SegmentedControl-label', { hasText: /^Toch versturen$/ }).click();
  await expect(make).toBeEnabled();

  const merged = path.join(app.dirs.out, 'brieven.pdf');
  app.platform.nextSavePath = merged;
  await make.click();
  await expect(page.getByText(/3 brieven opgeslagen in/)).toBeVisible();
  const text = execFileSync('pdftotext', ['-layout', merged, '-'], { encoding: 'utf8' });
  expect(text).toContain('Beste Fatma Çelik,');
  expect(text).toContain('Rashid al-Hasimi');
  expect(text).not.toContain('Ayse Yilmaz-Ozturk');
  expect(text).not.toContain('Kerkstraat');
});
