import type { Locator, Page } from '@playwright/test';
import type { Intake } from '../../src/shared/api';
import { expect, expectAccessible, test, type VangnetApp } from './harness/fixtures';
import type { PageGlobals } from './harness/pageGlobals';

/** A common school laptop: the dossier must start with the work on this screen. */
const LAPTOP = { width: 1366, height: 768 };

const INTAKE: Intake = {
  title: 'Naaktfoto gedeeld in groepsapp 3B',
  discoveredAt: new Date(Date.now() - 2 * 3600 * 1000).toISOString(),
  howDiscovered: 'Mentor hoorde het in de klas.',
  materialKind: 'foto',
  victimName: 'Noor Testleerling',
  victimClass: '3B',
  lead: 'Marieke de Zorgcoördinator',
  otherSchoolInvolved: false,
};

/** Creates a dossier from INTAKE through the core and opens it in the page, at `tab` ('' = its start). */
async function openNewDossier(app: VangnetApp, tab = ''): Promise<Page> {
  const { dossierId } = await app.call('dossier.create', INTAKE);
  await app.page.evaluate(
    (h) => ((globalThis as unknown as PageGlobals).location.hash = h),
    `#/dossiers/${dossierId}${tab}`,
  );
  return app.page;
}

/** Entirely inside the window, without scrolling. */
async function expectAboveTheFold(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  const box = await target.boundingBox();
  expect(box, 'has a box').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, 'bottom edge inside the 768 px window').toBeLessThanOrEqual(LAPTOP.height);
}

test.describe('the dossier starts with the work (1366×768)', () => {
  test.use({ appOptions: { vault: 'unlocked', viewport: LAPTOP } });

  test('"Wat nu?" and the current step are visible without scrolling; tabs on one row; one phase selector', async ({
    app,
  }) => {
    const page = await openNewDossier(app);
    await expect(page.getByTestId('dossier-number')).toBeVisible();

    const whatNow = page.getByRole('region', { name: 'Wat nu?' });
    await expectAboveTheFold(page, whatNow);
    // The first open step is the current one: open, with its work (status control) in view.
    const current = page.locator('[data-current-step="true"]');
    await expect(current).toHaveCount(1);
    await expectAboveTheFold(page, current.getByRole('button', { expanded: true }).first());
    await expect(current.getByText('Status van deze stap')).toBeInViewport();
    expect(
      await page.evaluate(() => (globalThis as unknown as PageGlobals & { scrollY: number }).scrollY),
    ).toBe(0);

    // One row of tabs; the rarely used ones under "Meer".
    const tabs = page.getByRole('tab');
    const tops = new Set<number>();
    for (const tab of await tabs.all()) tops.add(Math.round((await tab.boundingBox())!.y));
    expect(tops.size, 'all tabs on one row').toBe(1);
    await expect(page.getByRole('tablist')).toBeInViewport();

    // One phase selector (not phase cards and a second selector).
    await expect(page.getByRole('radiogroup', { name: 'Kies een fase' })).toHaveCount(1);
    await expect(page.getByTestId('phase-analyseer')).toHaveCount(0);

    await expectAccessible(page, 'dossier-landing');
    await app.screenshot('dossier-landing-1366');

    // A rarely used tab is one click away under "Meer", and the choice shows there.
    await page.getByRole('button', { name: 'Meer' }).click();
    await page.getByRole('menuitem', { name: 'Feiten' }).click();
    await expect(page).toHaveURL(/\/feiten$/);
    await expect(page.getByRole('button', { name: /Meer: Feiten/ })).toBeVisible();
    await app.screenshot('dossier-landing-1366-meer');
    // Keyboard: the menu opens with Enter and its items are reached with the arrow keys.
    await page.getByRole('button', { name: /Meer/ }).focus();
    await page.keyboard.press('Enter');
    // The menu takes the focus; the arrows move through its items.
    await expect
      .poll(() => page.evaluate('document.activeElement?.closest(\'[role="menu"]\') != null'))
      .toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Feiten' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Evaluatie' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/evaluatie$/);
  });
  test('a long dialog keeps Annuleren and Opslaan in sight: its footer stays at the bottom while the form scrolls', async ({
    app,
  }) => {
    const page = await openNewDossier(app, '/monitoring');
    await expect(page.getByTestId('monitoring-tab-content')).toBeVisible();
    // The full monitoring entry is the longest form: taller than the dialog on this screen.
    await page.getByRole('button', { name: 'Volledige waarneming' }).click();
    const form = page.getByTestId('entry-form');
    await expect(form).toBeVisible();
    const footer = page.getByTestId('form-dialog-footer');
    await expectAboveTheFold(page, footer.getByRole('button', { name: 'Opslaan' }));
    await expectAboveTheFold(page, footer.getByRole('button', { name: 'Annuleren' }));
    // Still there once the last field is in view.
    await form.getByLabel('Toelichting op de actie').scrollIntoViewIfNeeded();
    await expectAboveTheFold(page, footer.getByRole('button', { name: 'Opslaan' }));
  });
});
