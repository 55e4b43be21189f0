import type { Intake } from '../../src/shared/api';
import { expect, expectAccessible, test, type VangnetApp } from './harness/fixtures';
import type { PageGlobals } from './harness/pageGlobals';

const INTAKE: Intake = {
  title: 'Filmpje Kastanjelaan-zaak',
  discoveredAt: '2026-11-27T14:30:00+01:00',
  howDiscovered: 'Mentor hoorde het in de klas.',
  materialKind: 'video',
  victimName: 'Noor Testleerling',
  victimClass: '3B',
  lead: 'Marieke de Zorgcoördinator',
  otherSchoolInvolved: false,
};

/** Puts a dossier on screen and returns its hash route, so a test can prove it is gone after a lock. */
async function openDossier(app: VangnetApp): Promise<string> {
  const { dossierId } = await app.call('dossier.create', INTAKE);
  const route = `#/dossiers/${dossierId}`;
  await app.page.evaluate((hash) => {
    (globalThis as unknown as PageGlobals).location.hash = hash;
  }, route);
  await expect(app.page.getByText(INTAKE.title).first()).toBeVisible();
  return route;
}

async function expectNoDossierDataInDom(app: VangnetApp): Promise<void> {
  const html = await app.page.content();
  expect(html).not.toContain(INTAKE.title);
  expect(html).not.toContain(INTAKE.victimName);
}

test.describe('lock screen', () => {
  test.use({ appOptions: { vault: 'locked' } });

  test('wrong passphrases are refused and counted, the right one opens the vault', async ({ app }) => {
    const { page } = app;
    await app.expectScreen('lock');
    await expectAccessible(page, 'lock');
    await app.screenshot('10-lock');

    await app.unlock('dit is niet de goede zin', { expectFailure: true });
    await expect(page.getByTestId('failed-attempts')).toHaveText('1 mislukte poging');
    await app.unlock('ook deze zin klopt niet', { expectFailure: true });
    await expect(page.getByTestId('failed-attempts')).toHaveText('2 mislukte pogingen');
    await expectAccessible(page, 'lock-failed');
    await app.screenshot('11-lock-failed-attempts');
    expect(app.service.ctx.isUnlocked).toBe(false);

    await app.unlock();
    expect(app.service.ctx.isUnlocked).toBe(true);
    await expect(page.getByTestId('failed-attempts')).toHaveCount(0);
    await expectAccessible(page, 'overview');
    await app.screenshot('12-overview');
  });

  test('works with the keyboard alone: the field has focus, Enter unlocks, the skip link reaches the content', async ({ app }) => {
    const { page } = app;
    await app.expectScreen('lock');
    await page.keyboard.type(app.passphrase);
    await page.keyboard.press('Enter');
    await app.expectScreen('app');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('forgotten passphrase: the recovery key unlocks and sets a new passphrase', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Wachtwoordzin vergeten? Gebruik je herstelsleutel' }).click();
    await app.expectScreen('lock-recovery');
    await page.getByLabel('Herstelsleutel').fill('AAAA-BBBB-CCCC-DDDD');
    await page.getByLabel('Nieuwe wachtwoordzin').fill('zeven blauwe kamelen op zolder');
    await page.getByLabel('Herhaal de wachtwoordzin').fill('zeven blauwe kamelen op zolder');
    await expect(page.getByTestId('passphrase-strength')).toHaveAttribute('data-score', /[234]/);
    await page.getByRole('button', { name: 'Ontgrendelen en nieuwe wachtwoordzin instellen' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectAccessible(page, 'lock-recovery');
    await app.screenshot('13-lock-recovery-wrong-key');

    // Lower case and without dashes: the core normalises what people type from paper.
    await page.getByLabel('Herstelsleutel').fill(app.recoveryKey.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Ontgrendelen en nieuwe wachtwoordzin instellen' }).click();
    await app.expectScreen('app');

    await page.getByRole('button', { name: 'Scherm vergrendelen' }).click();
    await app.unlock(app.passphrase, { expectFailure: true });
    await app.unlock('zeven blauwe kamelen op zolder');
  });
});

test.describe('locking', () => {
  test.use({ appOptions: { vault: 'unlocked' } });

  test('the lock button closes the vault, clears dossier data and returns to the same place', async ({ app }) => {
    const route = await openDossier(app);
    await app.page.getByRole('button', { name: 'Scherm vergrendelen' }).click();
    await app.expectScreen('lock');
    expect(app.service.ctx.isUnlocked).toBe(false);
    expect(app.opsCalled()).toContain('vault.lock');
    await expectNoDossierDataInDom(app);
    expect(new URL(app.page.url()).hash).toBe('#/vergrendeld');

    await app.unlock();
    expect(new URL(app.page.url()).hash).toBe(route);
    await expect(app.page.getByText(INTAKE.title).first()).toBeVisible();
  });

  test('Ctrl+L locks, also while typing in a field', async ({ app }) => {
    const { page } = app;
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await app.expectScreen('settings');
    await page.locator('[data-section="profile"] input').focus();
    await page.keyboard.press('Control+l');
    await app.expectScreen('lock');
    expect(app.service.ctx.isUnlocked).toBe(false);
    await app.unlock();
    await app.expectScreen('settings');
  });

  test("the main process's 'locked' event (OS screen lock, suspend) locks the UI", async ({ app }) => {
    await openDossier(app);
    await app.osLock('suspend');
    await app.expectScreen('lock');
    await expectNoDossierDataInDom(app);
    await expect(app.page.getByTestId('failed-attempts')).toHaveCount(0);
  });
});

test.describe('idle lock', () => {
  test.use({ appOptions: { vault: 'unlocked', clock: true } });

  test('locks after 5 idle minutes; activity restarts the count', async ({ app }) => {
    const { page } = app;
    await openDossier(app);
    await page.clock.fastForward('04:00');
    await app.expectScreen('app');
    await page.mouse.move(200, 300);
    await page.mouse.move(260, 320);
    await page.clock.fastForward('04:00');
    await app.expectScreen('app');
    expect(app.service.ctx.isUnlocked).toBe(true);
    await page.clock.fastForward('01:05');
    await app.expectScreen('lock');
    expect(app.service.ctx.isUnlocked).toBe(false);
    await expectNoDossierDataInDom(app);
  });

  test('uses the idle time chosen in the settings', async ({ app }) => {
    const { page } = app;
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Vergrendelen na (minuten)').fill('2');
    await page.locator('[data-section="lock"]').getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('Vangnet vergrendelt nu na 2 minuten zonder activiteit.')).toBeVisible();
    await page.clock.fastForward('02:05');
    await app.expectScreen('lock');
  });
});

test.describe('application menu', () => {
  test.use({ appOptions: { vault: 'unlocked' } });

  test('menu events from the main process open the matching screen', async ({ app }) => {
    await app.emit('menu', { action: 'settings' });
    await app.expectScreen('settings');
    await app.emit('menu', { action: 'new-dossier' });
    await expect(app.page.getByRole('heading', { name: 'Nieuwe casus', level: 1 })).toBeVisible();
    // Unknown actions are ignored rather than navigating somewhere odd.
    await app.emit('menu', { action: 'format-disk' });
    await expect(app.page.getByRole('heading', { name: 'Nieuwe casus', level: 1 })).toBeVisible();
  });
});
