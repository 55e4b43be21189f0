import { expect, type Page } from '@playwright/test';

/**
 * UI flows shared by the Chromium driver (VangnetApp) and the Electron smoke test: they only
 * need a Page showing the renderer. Dutch labels: the default language.
 */
export function screenLocator(page: Page, name: string) {
  return page.locator(`[data-screen="${name}"]`);
}

export async function waitForReady(page: Page): Promise<void> {
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
}

/** First run: name, passphrase, recovery key confirmed. Returns the key shown. */
export async function createVaultViaUi(page: Page, userName: string, passphrase: string): Promise<string> {
  await expect(screenLocator(page, 'first-run')).toBeVisible();
  await page.getByRole('button', { name: 'Nieuwe kluis maken' }).click();
  await expect(screenLocator(page, 'first-run-create')).toBeVisible();
  await page.getByLabel('Uw naam').fill(userName);
  await page.getByLabel('Nieuwe wachtwoordzin').fill(passphrase);
  await page.getByLabel('Herhaal de wachtwoordzin').fill(passphrase);
  await expect(page.getByTestId('passphrase-strength')).toHaveAttribute('data-score', /[234]/);
  await page.getByRole('button', { name: 'Kluis maken' }).click();
  const key = (await page.getByTestId('recovery-key').textContent({ timeout: 60_000 }))?.trim() ?? '';
  await page.getByLabel('Ik heb de herstelsleutel veilig bewaard').check();
  await page.getByRole('button', { name: 'Doorgaan naar Vangnet' }).click();
  await expect(screenLocator(page, 'app')).toBeVisible();
  return key;
}

/** Lock screen: type the passphrase and unlock; with expectFailure, wait for the refusal instead. */
export async function unlockViaUi(page: Page, passphrase: string, opts: { expectFailure?: boolean } = {}): Promise<void> {
  await expect(screenLocator(page, 'lock')).toBeVisible();
  const field = page.getByLabel('Wachtwoordzin').first();
  await field.fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  if (opts.expectFailure) {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeEnabled();
  } else {
    await expect(screenLocator(page, 'app')).toBeVisible({ timeout: 60_000 });
  }
}
