import { expect, type Locator, type Page } from '@playwright/test';

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
  await page.getByLabel('Je naam').fill(userName);
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

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * Picks a day in one of the app's Dutch date-time pickers (`DateTimeField`) the way a user
 * does: open it, step through the months ("Vorige/Volgende maand"), click the day, confirm.
 * The time of day stays what the field had.
 */
export async function pickDate(page: Page, field: Locator, date: Date): Promise<void> {
  await field.click();
  const dayName = `${date.getDate()} ${MONTHS_NL[date.getMonth()]} ${date.getFullYear()}`;
  const day = page.getByRole('button', { name: dayName, exact: true });
  const target = date.getFullYear() * 12 + date.getMonth();
  for (let i = 0; i < 36 && (await day.count()) === 0; i++) {
    // The header names the month shown, e.g. "november 2026".
    const header = (await page.locator('.mantine-DateTimePicker-calendarHeaderLevel').first().textContent()) ?? '';
    const [name, year] = header.trim().toLowerCase().split(/\s+/);
    const shown = Number(year) * 12 + MONTHS_NL.indexOf(name ?? '');
    await page.getByRole('button', { name: shown < target ? 'Volgende maand' : 'Vorige maand' }).click();
  }
  await day.click();
  await page.getByRole('button', { name: 'Datum en tijd kiezen' }).click();
  await expect(day).toBeHidden();
}
