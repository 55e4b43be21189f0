import { seedDemoDossier } from '../../src/core/demo/scenario';
import { expect, expectAccessible, test, type VangnetApp } from './harness/fixtures';
import type { PageGlobals } from './harness/pageGlobals';
import { APP_ORIGIN } from './harness/staticServer';

test.use({ appOptions: { vault: 'unlocked' } });

async function goTo(app: VangnetApp, hashPath: string): Promise<void> {
  await app.page.evaluate((h) => {
    (globalThis as unknown as PageGlobals).location.hash = h;
  }, hashPath);
}

/** Clicks the screen's "Hulp" button and checks the guide opened at `section`, scrolled into view. */
async function openHelpAt(app: VangnetApp, section: string): Promise<void> {
  const { page } = app;
  const button = page.getByRole('button', { name: 'Hulp bij dit scherm' });
  await expect(button).toHaveCount(1);
  await expect(button).toHaveAttribute('data-help-section', section);
  await button.click();
  await app.expectScreen('help');
  await expect(app.screen('help')).toHaveAttribute('data-section', section);
  await expect(page).toHaveURL(new RegExp(`#/hulp/${section}$`));
  const heading = page.locator(`h2[id="${section}"]`);
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
}

test.describe('in-app help', () => {
  test('opens the guide at the section of the screen it came from, and goes back there', async ({ app }) => {
    const { page } = app;
    await goTo(app, '#/instellingen');
    await app.expectScreen('settings');
    await openHelpAt(app, 'schoolprofiel-en-instellingen');
    const toc = page.getByRole('navigation', { name: 'Inhoud' });
    await expect(toc.getByRole('link', { name: 'Schoolprofiel en instellingen' })).toHaveAttribute(
      'aria-current',
      'location',
    );
    await page.getByRole('button', { name: 'Terug naar het scherm' }).click();
    await app.expectScreen('settings');
  });

  test('every screen has one help button, and each lands on its own section', async ({ app }) => {
    test.setTimeout(120_000);
    const { dossierId } = await seedDemoDossier((op, input) => app.service.dispatch(op, input));
    const screens: Array<[string, string]> = [
      ['#/', 'het-overzicht-en-zoeken'],
      ['#/dossiers/nieuw', 'een-nieuwe-casus-starten'],
      [`#/dossiers/${dossierId}/stappen`, 'het-dossier'],
      [`#/dossiers/${dossierId}/personen`, 'het-dossier'],
      [`#/dossiers/${dossierId}/acties`, 'acties-logboek-en-gesprekken'],
      [`#/dossiers/${dossierId}/logboek`, 'acties-logboek-en-gesprekken'],
      [`#/dossiers/${dossierId}/monitoring`, 'monitoring-en-verwijderverzoeken'],
      [`#/dossiers/${dossierId}/evaluatie`, 'evaluatie-en-nazorg'],
      ['#/monitoring', 'monitoring-en-verwijderverzoeken'],
      ['#/school', 'schoolprofiel-en-instellingen'],
      ['#/verbeterpunten', 'verbeterpunten-en-statistieken'],
      ['#/bewaartermijn', 'bewaartermijn-en-vernietigen-avg'],
      ['#/controleren', 'document-controleren'],
      ['#/instellingen', 'schoolprofiel-en-instellingen'],
    ];
    for (const [hash, section] of screens) {
      await test.step(`${hash} → ${section}`, async () => {
        await goTo(app, hash);
        await expect(app.page.getByRole('button', { name: 'Hulp bij dit scherm' })).toBeVisible();
        await openHelpAt(app, section);
      });
    }
  });

  /** Opens the guide the way a user does: from the main menu. */
  async function openGuideFromMenu(app: VangnetApp): Promise<void> {
    await app.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Handleiding' })
      .click();
    await app.expectScreen('help');
    await expect(
      app.page.getByRole('heading', { level: 1, name: 'Gebruikershandleiding Vangnet' }),
    ).toBeVisible();
  }

  // The scan of the whole guide is the heaviest step: its own test, so a busy machine spends
  // the budget of one test on it and not on the navigation checks as well.
  test('from the menu: the whole guide passes the accessibility scan', async ({ app }) => {
    // axe on ~40 sections and 22 figures is pure CPU work (no signal to wait on): 40 s at load 20.
    test.slow();
    await openGuideFromMenu(app);
    await expectAccessible(app.page, 'help');
  });

  test('from the menu: contents, links inside the guide, nothing from the network', async ({ app }) => {
    const { page } = app;
    await openGuideFromMenu(app);

    const toc = page.getByRole('navigation', { name: 'Inhoud' });
    await expect(toc.getByRole('link')).toHaveCount(
      await page.locator('[data-screen="help"] h2[id]').count(),
    );
    await toc.getByRole('link', { name: 'Laptop kwijt of gestolen' }).click();
    await expect(page).toHaveURL(/#\/hulp\/laptop-kwijt-of-gestolen$/);
    await expect(page.locator('h2#laptop-kwijt-of-gestolen')).toBeInViewport();

    // A link in the text of that section goes to another section, inside the app.
    await page
      .locator('[data-screen="help"] .vangnet-guide')
      .getByRole('link', { name: 'Back-ups maken en terugzetten' })
      .last()
      .click();
    await expect(page).toHaveURL(/#\/hulp\/back-ups-maken-en-terugzetten$/);
    await expect(page.locator('h2#back-ups-maken-en-terugzetten')).toBeInViewport();

    // Outside addresses are text, never links; no raw HTML made it into the page.
    await expect(
      page.locator('[data-screen="help"] a[href^="http"], [data-screen="help"] a[href^="//"]'),
    ).toHaveCount(0);
    await expect(page.locator('[data-screen="help"] script, [data-screen="help"] iframe')).toHaveCount(0);

    expect(app.foreignRequests).toEqual([]);
  });

  test('every screenshot in the guide is a bundled file of our own origin and actually loads', async ({
    app,
  }) => {
    const { page } = app;
    await goTo(app, '#/hulp');
    await app.expectScreen('help');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Gebruikershandleiding Vangnet' }),
    ).toBeVisible();
    const images = page.locator('[data-screen="help"] figure img');
    const count = await images.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i += 1) {
      const img = images.nth(i);
      const src = (await img.getAttribute('src')) ?? '';
      expect(new URL(src, `${APP_ORIGIN}/index.html`).href).toMatch(
        /^http:\/\/vangnet\.test\/assets\/[\w.-]+\.png$/,
      );
      // Lazy images load once near the viewport; decode() settles when this one is ready to paint
      // (and rejects if it cannot load), so a slow machine waits on the image, not on a poll budget.
      await img.scrollIntoViewIfNeeded();
      const width = await img.evaluate(async (el) => {
        const image = el as unknown as { decode(): Promise<void>; naturalWidth: number };
        await image.decode();
        return image.naturalWidth;
      });
      // The guide is shot at 1366×768, a common school laptop (tests/e2e/guide).
      expect(width, src).toBe(1366);
    }
    const pngRequests = app.requests.filter((u) => u.endsWith('.png'));
    expect(pngRequests.length).toBeGreaterThan(0);
    for (const url of pngRequests) expect(url.startsWith(`${APP_ORIGIN}/assets/`)).toBe(true);
    expect(app.foreignRequests).toEqual([]);
  });

  test('an unknown section says so and still shows the guide', async ({ app }) => {
    await goTo(app, '#/hulp/bestaat-niet');
    await app.expectScreen('help');
    await expect(app.page.getByRole('status')).toContainText('Dit deel van de handleiding bestaat niet');
    await expect(app.page.locator('h2#over-vangnet')).toBeVisible();
  });
});
