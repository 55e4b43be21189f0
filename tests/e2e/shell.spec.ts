import { expect, expectAccessible, test } from './harness/fixtures';

test.describe('app frame in a narrow window', () => {
  test.use({ appOptions: { vault: 'unlocked', viewport: { width: 720, height: 820 } } });

  test('the navbar folds behind a menu button and the lock button stays reachable', async ({ app }) => {
    const { page } = app;
    const menu = page.getByRole('button', { name: 'Menu openen of sluiten' });
    await expect(menu).toBeVisible();
    // Out of view, out of the accessibility tree (so role queries do not find it), out of the tab order.
    await expect(page.getByRole('link', { name: 'Instellingen' })).toHaveCount(0);
    await expect(page.locator('nav a[href="#/instellingen"]')).not.toBeInViewport();
    await expect(page.getByRole('button', { name: 'Scherm vergrendelen' })).toBeVisible();
    await app.screenshot('40-narrow-overview');

    await menu.click();
    await expect(page.getByRole('link', { name: 'Instellingen' })).toBeVisible();
    await expectAccessible(page, 'narrow-menu-open');
    await app.screenshot('41-narrow-menu-open');
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await app.expectScreen('settings');
    await expect(page.getByRole('link', { name: 'Instellingen' })).toHaveCount(0);
  });
});
