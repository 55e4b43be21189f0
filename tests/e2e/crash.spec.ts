import { expect, expectAccessible, test } from './harness/fixtures';

test.describe('render errors', () => {
  test.use({ appOptions: { vault: 'unlocked' } });

  test('a screen that fails to render shows the calm Dutch error screen, and "Opnieuw proberen" recovers', async ({ app }) => {
    const { page } = app;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.name));
    // A broken answer from the core (an object where text belongs) makes the settings screen throw while rendering.
    app.tamper('settings.get', (value) => ({ ...(value as object), vaultLocation: { broken: true } }));
    await page.getByRole('link', { name: 'Instellingen' }).click();

    await app.expectScreen('render-error');
    await expect(page.getByText('Er ging iets mis in het scherm.')).toBeVisible();
    await expect(page.getByText('Je gegevens zijn veilig opgeslagen.')).toBeVisible();
    // The frame stays: the user can still lock or go elsewhere.
    await expect(page.getByRole('button', { name: 'Scherm vergrendelen' })).toBeVisible();
    await expectAccessible(page, 'render-error');
    await app.screenshot('30-render-error');

    app.tamper('settings.get', null);
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await app.expectScreen('settings');
    await expect(page.getByTestId('vault-location')).toHaveText(app.dirs.vault);
  });
});
