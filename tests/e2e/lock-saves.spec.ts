import { describeHits, scanForStrings } from '../unit/helpers/scan';
import { expect, test, type VangnetApp } from './harness/fixtures';

test.use({ appOptions: { vault: 'unlocked' } });

/** A new dossier opened at the step "Check het protocol" (Analyseer). */
async function openCheckProtocolStep(app: VangnetApp) {
  const { dossierId } = await app.call('dossier.create', {
    title: 'Foto in groepsapp',
    discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
    howDiscovered: '',
    materialKind: 'foto',
    victimName: 'Anouk Bos',
    victimClass: '2A',
    lead: 'M. Jansen',
    otherSchoolInvolved: false,
  });
  await app.page.goto(`${new URL(app.page.url()).origin}/#/dossiers/${dossierId}/stappen?fase=analyseer&stap=check-protocol`);
  const step = app.page.getByTestId('step-check-protocol');
  await expect(step).toBeVisible();
  return { dossierId, step };
}

/** Locking must neither lose what was just typed nor keep dossier data on screen. */
test.describe('locking and unsaved input', () => {
  test('a step note typed a moment before Ctrl+L is saved before the vault closes', async ({ app }) => {
    const { page } = app;
    const { dossierId, step } = await openCheckProtocolStep(app);
    // Type, and lock at once: well inside the autosave delay.
    await step.getByLabel('Notities bij deze stap').fill('Protocol hoofdstuk 4 is van toepassing');
    await page.keyboard.press('Control+L');
    await app.expectScreen('lock');
    await expect(page.getByText('Protocol hoofdstuk 4')).toHaveCount(0);

    await app.unlock();
    const detail = await app.call('dossier.get', { dossierId });
    expect(detail.steps.find((s) => s.stepId === 'check-protocol')?.notes).toBe('Protocol hoofdstuk 4 is van toepassing');
  });

  test('a step note the vault refuses (too long) is kept as a draft through a lock and comes back', async ({ app }) => {
    const { page } = app;
    const { dossierId, step } = await openCheckProtocolStep(app);
    // A pasted chat transcript over the limit: the core refuses it, so autosave cannot store it.
    const marker = 'Verslag Meidoornlaan 7731.';
    const long = `${marker} ${'Moeder belde en vertelde wat er in de groep gebeurde. '.repeat(1_000)}`;
    await step.getByLabel('Notities bij deze stap').fill(long);
    await expect(step.getByText(/Notities is te lang/)).toBeVisible();
    await page.keyboard.press('Control+L');
    await app.expectScreen('lock');
    const hits = scanForStrings([app.dirs.vault, app.dirs.appData], [marker]);
    expect(hits, describeHits(hits)).toEqual([]);

    // Back after unlocking, with the reason it is not saved yet; nothing of it in the dossier.
    await app.unlock();
    const again = page.getByTestId('step-check-protocol');
    await expect(again.getByLabel('Notities bij deze stap')).toHaveValue(long);
    await expect(again.getByText(/Notities is te lang/)).toBeVisible();
    expect((await app.call('dossier.get', { dossierId })).steps.find((s) => s.stepId === 'check-protocol')?.notes ?? '').toBe('');
    // Shortened, it is saved and the draft is gone.
    await again.getByLabel('Notities bij deze stap').fill(marker);
    await expect
      .poll(async () => (await app.call('dossier.get', { dossierId })).steps.find((s) => s.stepId === 'check-protocol')?.notes)
      .toBe(marker);
    await expect.poll(() => app.call('draft.list', { dossierId })).toEqual([]);
  });

  // Issue 12: a lock never loses typed text. The intake used to be dropped on lock because it
  // was held in memory; it is now a draft inside the encrypted vault, gone from the screen while locked.
  test('a half-filled intake comes back after a lock, from the vault, and is not on screen while locked', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuwe casus' }).first().click();
    await page.getByLabel('Wie is het slachtoffer?').fill('Fenna Mulderzz91');
    // Leaving the screen keeps the draft (so a hurried click loses nothing)…
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Overzicht' }).click();
    await page.getByRole('button', { name: 'Nieuwe casus' }).first().click();
    await expect(page.getByLabel('Wie is het slachtoffer?')).toHaveValue('Fenna Mulderzz91');
    // …and so does a lock: nothing of it on the locked screen or readable in the vault folder.
    await page.getByRole('button', { name: 'Scherm vergrendelen' }).click();
    await app.expectScreen('lock');
    expect(await page.content()).not.toContain('Fenna Mulderzz91');
    const hits = scanForStrings([app.dirs.vault, app.dirs.appData], ['Fenna Mulderzz91']);
    expect(hits, describeHits(hits)).toEqual([]);
    await app.unlock();
    await page.getByRole('link', { name: 'Overzicht' }).click();
    await page.getByRole('button', { name: 'Nieuwe casus' }).first().click();
    await expect(page.getByLabel('Wie is het slachtoffer?')).toHaveValue('Fenna Mulderzz91');
    await expect(page.getByText('wat je eerder invulde staat er nog')).toBeVisible();
    // "Annuleren" → "Stoppen en weggooien" removes it from the vault.
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('button', { name: 'Stoppen en weggooien' }).click();
    await expect.poll(() => app.call('draft.list', { dossierId: null })).toEqual([]);
  });
});
