import fs from 'node:fs';
import path from 'node:path';
import type { Intake } from '../../src/shared/api';
import { expect, expectAccessible, test, VangnetApp } from './harness/fixtures';

const INTAKE: Intake = {
  title: 'Na de back-up aangemaakt',
  discoveredAt: '2026-11-27T14:30:00+01:00',
  howDiscovered: 'Melding van een ouder.',
  materialKind: 'foto',
  victimName: 'Sem Testleerling',
  victimClass: '2A',
  lead: 'Marieke de Zorgcoördinator',
  otherSchoolInvolved: false,
};

async function openSettings(app: VangnetApp): Promise<void> {
  await app.page.getByRole('link', { name: 'Instellingen' }).click();
  await app.expectScreen('settings');
}

test.describe('settings', () => {
  test.use({ appOptions: { vault: 'unlocked' } });

  test('shows every section, accessibly; the name is saved and shown in the header', async ({ app }) => {
    const { page } = app;
    await openSettings(app);
    await expect(page.getByTestId('vault-location')).toHaveText(app.dirs.vault);
    await expectAccessible(page, 'settings');
    await app.screenshot('20-settings');

    const name = page.locator('[data-section="profile"] input');
    await expect(name).toHaveValue(app.userName);
    await name.fill('J. Jansen, vertrouwenspersoon');
    await page.locator('[data-section="profile"]').getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('Je naam is opgeslagen.')).toBeVisible();
    await expect(page.getByTestId('current-user')).toHaveText('J. Jansen, vertrouwenspersoon');
    expect(app.service.ctx.actor()).toBe('J. Jansen, vertrouwenspersoon');

    await page.locator('[data-section="lock"] input').fill('90');
    await page.locator('[data-section="lock"]').getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('Maximaal 60 minuten', { exact: false })).toBeVisible();
  });

  test('checks the audit log', async ({ app }) => {
    await openSettings(app);
    await app.page.getByRole('button', { name: 'Logboek controleren' }).click();
    await expect(app.page.getByTestId('audit-result')).toContainText('compleet en ongewijzigd');
  });

  test('makes a back-up and restores it after main\'s confirmation; the replaced vault is kept with a way back', async ({ app }) => {
    const { page } = app;
    await openSettings(app);
    const file = path.join(app.dirs.out, 'vangnet.vangnetbackup');

    // Cancelled dialog: nothing happens, no error.
    await page.getByRole('button', { name: 'Back-up maken' }).click();
    await expect(page.getByRole('button', { name: 'Back-up maken' })).toBeEnabled();
    expect(fs.existsSync(file)).toBe(false);

    app.platform.nextSavePath = file;
    await page.getByRole('button', { name: 'Back-up maken' }).click();
    await expect(page.getByText(`De back-up is opgeslagen in ${file}.`)).toBeVisible();
    expect(fs.readFileSync(file).subarray(0, 15).toString()).not.toBe('SQLite format 3');

    await app.call('dossier.create', INTAKE);
    expect((await app.call('overview.get', {})).dossiers).toHaveLength(1);

    await page.getByRole('button', { name: 'Back-up terugzetten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('De huidige kluis wordt niet gewist');
    await expectAccessible(page, 'restore-dialog');
    await app.screenshot('21-settings-restore-dialog');
    await dialog.getByLabel('Wachtwoordzin van de huidige kluis').fill(app.passphrase);
    await dialog.getByLabel('Wachtwoordzin van de back-up').fill(app.passphrase);
    // Main's own dialog answers "Annuleren" first: nothing is replaced.
    app.platform.nextOpenPath = file;
    await dialog.getByRole('button', { name: 'Back-upbestand kiezen' }).click();
    await expect.poll(() => app.platform.confirms.length).toBe(1);
    expect((await app.call('overview.get', {})).dossiers).toHaveLength(1);
    app.platform.nextOpenPath = file;
    app.platform.nextConfirm = true;
    await dialog.getByRole('button', { name: 'Back-upbestand kiezen' }).click();
    await expect(page.getByText('De back-up is gecontroleerd en teruggezet.')).toBeVisible();
    await expect(dialog).toBeHidden();
    expect(app.platform.confirms.at(-1)?.confirmLabel).toBe('Terugzetten');
    expect((await app.call('overview.get', {})).dossiers).toHaveLength(0);
    // The replaced vault is listed with a way back.
    await openSettings(app);
    await expect(page.getByTestId('kept-copies')).toContainText('Bewaarde kluis van voor het terugzetten');
    await page.getByTestId('kept-copies').scrollIntoViewIfNeeded();
    await app.screenshot('21b-settings-kept-copy');
  });

  test('changes the passphrase; the old one no longer opens the vault', async ({ app }) => {
    const { page } = app;
    await openSettings(app);
    const section = page.locator('[data-section="passphrase"]');
    const next = 'groene lantaarn naast koffiemolen';
    await section.getByLabel('Huidige wachtwoordzin').fill('niet de huidige zin hoor');
    await section.getByLabel('Nieuwe wachtwoordzin').fill(next);
    await section.getByLabel('Herhaal de wachtwoordzin').fill(next);
    await expect(section.getByTestId('passphrase-strength')).toHaveAttribute('data-score', /[234]/);
    await section.getByRole('button', { name: 'Wachtwoordzin wijzigen' }).click();
    await expect(page.getByText('Wachtwoordzin niet gewijzigd')).toBeVisible();

    await section.getByLabel('Huidige wachtwoordzin').fill(app.passphrase);
    await section.getByRole('button', { name: 'Wachtwoordzin wijzigen' }).click();
    await expect(page.getByText('Vanaf nu open je Vangnet met de nieuwe wachtwoordzin.')).toBeVisible();
    await expect(section.getByLabel('Huidige wachtwoordzin')).toHaveValue('');

    await page.getByRole('button', { name: 'Scherm vergrendelen' }).click();
    await app.unlock(app.passphrase, { expectFailure: true });
    await app.unlock(next);
    await app.expectScreen('settings');
  });

  test('"Map wijzigen" points Vangnet at another vault and locks', async ({ app, browser }) => {
    const { page } = app;
    const other = await VangnetApp.launch(browser, { vault: 'locked' });
    try {
      await openSettings(app);
      await page.getByRole('button', { name: 'Map wijzigen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Andere map voor de kluis' });
      await expectAccessible(page, 'vault-location-dialog');
      await app.screenshot('22-settings-vault-location-dialog');

      // A folder without a vault: refused with an explanation, nothing changes.
      app.platform.nextFolder = app.dirs.out;
      await dialog.getByRole('button', { name: 'Map met een bestaande kluis kiezen' }).click();
      await expect(page.getByText('In deze map staat geen Vangnet-kluis', { exact: false })).toBeVisible();
      expect(app.service.ctx.isUnlocked).toBe(true);

      app.platform.nextFolder = other.dirs.vault;
      app.platform.nextConfirm = true; // "Andere map gebruiken" in main's own dialog
      await dialog.getByRole('button', { name: 'Map met een bestaande kluis kiezen' }).click();
      await app.expectScreen('lock');
      expect(app.service.ctx.isUnlocked).toBe(false);
      await expect(page.getByText(`Kluis: ${other.dirs.vault}.`)).toBeVisible();
      await app.unlock(other.passphrase);
    } finally {
      await other.close();
    }
  });

  test('English is available and remembered', async ({ app }) => {
    const { page } = app;
    await page.getByText('EN', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'Lock screen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expectAccessible(page, 'settings-en');

    await page.getByRole('button', { name: 'Lock screen' }).click();
    await expect(page.getByRole('heading', { name: 'Vangnet is locked' })).toBeVisible();
    await app.screenshot('14-lock-english');
    await app.load();
    await expect(page.getByRole('heading', { name: 'Vangnet is locked' })).toBeVisible();
  });
});
