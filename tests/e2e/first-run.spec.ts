import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, expectAccessible, test } from './harness/fixtures';

test.describe('first run', () => {
  test('creates a vault: name, passphrase with live feedback, recovery key shown once and confirmed', async ({ app }) => {
    // Four screenshots, three accessibility scans, a printed sheet read back with pdftotext and
    // Argon2: on a loaded 2-core machine this takes longer than the default minute.
    test.setTimeout(180_000);
    const { page } = app;
    await app.expectScreen('first-run');
    await expectAccessible(page, 'first-run');
    await app.screenshot('01-first-run');

    await page.getByRole('button', { name: 'Nieuwe kluis maken' }).click();
    await app.expectScreen('first-run-create');
    await page.getByLabel('Je naam').fill(app.userName);

    // Live strength feedback comes from the core's own rule.
    await page.getByLabel('Nieuwe wachtwoordzin').fill('welkom123');
    await expect(page.getByTestId('passphrase-strength')).toHaveAttribute('data-score', /[01]/);
    await expect(page.getByTestId('passphrase-strength')).toContainText('te kort');
    await page.getByLabel('Herhaal de wachtwoordzin').fill('welkom123');
    await page.getByRole('button', { name: 'Kluis maken' }).click();
    await expect(page.getByText('Deze wachtwoordzin is nog te zwak.')).toBeVisible();
    expect(app.opsCalled()).not.toContain('vault.create');
    await app.screenshot('02-create-weak-passphrase');

    await page.getByLabel('Nieuwe wachtwoordzin').fill(app.passphrase);
    await page.getByLabel('Herhaal de wachtwoordzin').fill(app.passphrase);
    await expect(page.getByTestId('passphrase-strength')).toHaveAttribute('data-score', /[234]/);
    await expectAccessible(page, 'first-run-create');
    await app.screenshot('03-create-form');
    await page.getByRole('button', { name: 'Kluis maken' }).click();

    // The recovery key: shown, printable as a sheet, and the app stays closed until the user confirms.
    const keyText = (await page.getByTestId('recovery-key').textContent())?.trim() ?? '';
    expect(keyText.length).toBeGreaterThan(20);
    const continueButton = page.getByRole('button', { name: 'Doorgaan naar Vangnet' });
    await expect(continueButton).toBeDisabled();
    // Printed, never saved: the sheet's bytes go to the (fake) printer only.
    const sheet = path.join(app.dirs.out, 'herstelblad.pdf');
    await page.getByRole('button', { name: 'Herstelblad afdrukken' }).click();
    await expect(page.getByText('Het herstelblad is afgedrukt')).toBeVisible();
    fs.writeFileSync(sheet, app.platform.printed.at(-1)!.bytes);
    const sheetText = execFileSync('pdftotext', [sheet, '-'], { encoding: 'utf8' });
    expect(sheetText).toContain(keyText);
    await expectAccessible(page, 'recovery-key');
    await app.screenshot('04-recovery-key');
    await page.getByLabel('Ik heb de herstelsleutel veilig bewaard').check();
    await continueButton.click();

    await app.expectScreen('app');
    await expect(page.getByTestId('current-user')).toHaveText(app.userName);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // A real encrypted vault now exists on disk, and the key shown opens it.
    const files = fs.readdirSync(app.dirs.vault);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files.filter((n) => n.endsWith('.db') || n.endsWith('.sqlite'))) {
      expect(fs.readFileSync(path.join(app.dirs.vault, f)).subarray(0, 15).toString()).not.toBe('SQLite format 3');
    }
    await app.call('vault.lock', {});
    const reopened = await app.call('vault.unlockWithRecoveryKey', {
      recoveryKey: keyText,
      newPassphrase: 'zeven blauwe kamelen op zolder',
    });
    expect(reopened.state).toBe('unlocked');
  });

  test('opening an existing vault elsewhere leads to its lock screen', async ({ app, browser }) => {
    // Another vault, made by a second service, in a folder the "dialog" will return.
    const other = await (await import('./harness/VangnetApp')).VangnetApp.launch(browser, { vault: 'locked' });
    try {
      app.platform.nextFolder = other.dirs.vault;
      await app.page.getByRole('button', { name: 'Map kiezen' }).click();
      await app.expectScreen('lock');
      await expect(app.page.getByText(other.dirs.vault, { exact: false })).toBeVisible();
      await app.unlock(other.passphrase);
    } finally {
      await other.close();
    }
  });

  test('a folder without a vault gives a clear Dutch message', async ({ app }) => {
    app.platform.nextFolder = app.dirs.out;
    await app.page.getByRole('button', { name: 'Map kiezen' }).click();
    await expect(app.page.getByRole('alert')).toContainText('In deze map staat geen Vangnet-kluis');
    await app.expectScreen('first-run');
  });

  test('restores a back-up on first run', async ({ app, browser }) => {
    const source = await (await import('./harness/VangnetApp')).VangnetApp.launch(browser, { vault: 'unlocked' });
    const backupFile = path.join(app.dirs.out, 'oud.vangnetbackup');
    try {
      source.platform.nextSavePath = backupFile;
      await source.call('vault.backup', {});
    } finally {
      await source.close();
    }
    const { page } = app;
    await page.getByRole('button', { name: 'Back-up terugzetten' }).click();
    await app.expectScreen('first-run-restore');
    await expectAccessible(page, 'first-run-restore');
    await app.screenshot('05-first-run-restore');
    await page.getByLabel('Wachtwoordzin van de back-up').fill(app.passphrase);
    app.platform.nextOpenPath = backupFile;
    await page.getByRole('button', { name: 'Back-upbestand kiezen' }).click();
    await app.expectScreen('app');
    await expect(page.getByTestId('current-user')).toHaveText(app.userName);
  });
});

test.describe('first run, clicked at once', () => {
  test.use({ appOptions: { clock: true } });

  // Regression: the submit used the debounced strength check, which had not answered yet for
  // the full passphrase, so the first click on "Kluis maken" silently did nothing.
  test('"Kluis maken" right after typing works on the first click', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuwe kluis maken' }).click();
    await app.expectScreen('first-run-create');
    await page.getByLabel('Je naam').fill(app.userName);
    // Stop the page's timers: the debounced check cannot answer before the click.
    await page.clock.pauseAt(new Date(Date.now() + 60 * 60_000));
    await page.getByLabel('Nieuwe wachtwoordzin').fill(app.passphrase);
    await page.getByLabel('Herhaal de wachtwoordzin').fill(app.passphrase);
    await page.getByRole('button', { name: 'Kluis maken' }).click();
    await page.clock.resume();
    await expect(page.getByTestId('recovery-key')).toBeVisible({ timeout: 60_000 });
  });
});

test.describe('first run after damaged settings', () => {
  test.use({ appOptions: { rawSettings: '{"idleLockMinutes": 5, "vaultLoc\u0000\u0000', viewport: { width: 1366, height: 768 } } });

  test('says the settings were damaged, offers the existing vault first, and a new vault needs main\'s yes', async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await app.expectScreen('first-run');
    const notice = page.getByTestId('first-run-attention');
    await expect(notice).toContainText('De instellingen van Vangnet waren beschadigd');
    await expect(notice).toContainText('Er is niets gewist');
    await expectAccessible(page, 'first-run-attention');
    await app.screenshot('06-first-run-settings-damaged');

    await page.getByRole('button', { name: 'Nieuwe kluis maken' }).click();
    await app.expectScreen('first-run-create');
    await page.getByLabel('Je naam').fill(app.userName);
    await page.getByLabel('Nieuwe wachtwoordzin').fill(app.passphrase);
    await page.getByLabel('Herhaal de wachtwoordzin').fill(app.passphrase);
    await page.getByRole('button', { name: 'Kluis maken' }).click();
    // Main's dialog (the fake answers no): nothing is created, and the way back is named.
    await expect(page.getByText('Er is geen nieuwe kluis gemaakt.')).toBeVisible({ timeout: 60_000 });
    expect(app.platform.confirms.at(-1)?.confirmLabel).toBe('Nieuwe kluis maken');
    expect(fs.existsSync(path.join(app.dirs.vault, 'vangnet.db'))).toBe(false);
  });
});
