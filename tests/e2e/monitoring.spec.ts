import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test, type VangnetApp } from './harness/fixtures';
import { pickDate } from './harness/flows';

test.use({ appOptions: { vault: 'unlocked' } });
// Long flows on a shared 2-core machine: give them room, they still wait on signals, not sleeps.
test.describe.configure({ timeout: 150_000 });

// A real 1x1 PNG: what a user would drop or paste from a phone's screenshot folder.
const PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Browser globals used inside page.evaluate (this file is type-checked without the DOM library). */
interface PageWindow {
  location: { hash: string };
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: unknown[], name: string, opts: { type: string }) => unknown;
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => unknown;
  atob(data: string): string;
}

async function newDossier(app: VangnetApp, title = 'Naaktfoto rondgestuurd in 3B'): Promise<string> {
  const { dossierId } = await app.call('dossier.create', {
    title,
    discoveredAt: new Date(Date.now() - 3 * 3600 * 1000).toISOString(),
    howDiscovered: 'Melding door mentor',
    materialKind: 'foto',
    victimName: 'Fleur de Vries',
    victimClass: '3B',
    lead: 'Marieke de Zorgcoördinator',
    otherSchoolInvolved: false,
  });
  return dossierId;
}

async function openMonitoring(app: VangnetApp, dossierId: string): Promise<void> {
  await app.page.evaluate((id) => {
    (globalThis as unknown as PageWindow).location.hash = `#/dossiers/${id}/monitoring`;
  }, dossierId);
  await expect(app.page.getByTestId('monitoring-tab-content')).toBeVisible();
}

/** Drops a file (or files) on `target` the way a browser does: dragenter, dragover, drop with a DataTransfer. */
async function dropFile(page: Page, target: Locator, file: { name: string; type: string; base64: string }): Promise<void> {
  const dataTransfer = await page.evaluateHandle((f) => {
    const w = globalThis as unknown as PageWindow;
    const dt = new w.DataTransfer();
    const bytes = Uint8Array.from(w.atob(f.base64), (c) => c.charCodeAt(0));
    dt.items.add(new w.File([bytes], f.name, { type: f.type }));
    return dt;
  }, file);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

/** Pastes an image into the focused field via a real ClipboardEvent carrying a file. */
async function pasteImage(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await target.evaluate((el, b64) => {
    const w = globalThis as unknown as PageWindow;
    const dt = new w.DataTransfer();
    const bytes = Uint8Array.from(w.atob(b64), (c) => c.charCodeAt(0));
    dt.items.add(new w.File([bytes], 'schermafbeelding.png', { type: 'image/png' }));
    (el as unknown as { dispatchEvent(e: unknown): void }).dispatchEvent(
      new w.ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
    );
  }, PNG_B64);
}

/** Success toasts close by themselves after a few seconds; the accessibility scan is of the screen, not the toast. */
async function waitForToastsToClose(page: Page): Promise<void> {
  // A toast pauses its timer while the pointer rests on it (Mantine), and a dialog's "Opslaan"
  // sits where the bottom-right toasts appear once it closes: move the pointer away first.
  await page.mouse.move(10, 10);
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 20_000 });
}

const writeOps = (app: VangnetApp) =>
  app.opsCalled().filter((op) => /^(monitoring\.(add|quickAdd|correct)|takedown\.(add|update|addFollowUp))$/.test(op));

test.describe('social-media monitoring', () => {
  test('adds entries (quick and full), filters them and corrects one court-safely', async ({ app }) => {
    const { page } = app;
    const dossierId = await newDossier(app);
    await openMonitoring(app, dossierId);
    await expect(page.getByText('Nog niets vastgelegd')).toBeVisible();
    await app.screenshot('monitoring-01-empty');

    // Quick add from another tab with the keyboard shortcut: three fields.
    await page.getByTestId('tab-personen').click();
    await page.keyboard.press('Control+Shift+M');
    const quick = page.getByTestId('quick-add-form');
    await expect(quick).toBeVisible();
    await quick.getByLabel('Platform').selectOption('snapchat');
    await quick.getByLabel('Waar (link, groep of account)').fill('Groepschat "3B chill"');
    await quick.getByLabel('Wat is er te zien? (in woorden)').fill('Klasgenoten vragen elkaar om de foto door te sturen');
    await app.screenshot('monitoring-02-quick-add');
    await quick.getByRole('button', { name: 'Opslaan' }).click();
    await expect(quick).toBeHidden();

    await page.getByTestId('tab-monitoring').click();
    await expect(page.getByTestId('monitoring-entry')).toHaveCount(1);

    // A full entry.
    await page.getByRole('button', { name: 'Volledige waarneming' }).click();
    const form = page.getByTestId('entry-form');
    await form.getByLabel('Platform').selectOption('instagram');
    await form.getByLabel('Waar (link, groep of account)').fill('https://www.instagram.com/anon_3b_roddels/');
    await form.getByLabel('Wat is er te zien? (in woorden)').fill('Anoniem account plaatst dreigende reacties over het slachtoffer');
    await form.getByLabel('Geschat bereik').selectOption('school');
    await form.getByLabel('Toon').selectOption('bedreigend');
    await form.getByLabel('Risico').selectOption('hoog');
    await form.getByLabel('Actie', { exact: true }).selectOption('gemeld-bij-platform');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByTestId('monitoring-entry')).toHaveCount(2);
    await expect(page.getByTestId('monitoring-count')).toHaveText('2 waarnemingen');
    await expect(page.getByTestId('monitoring-chart')).toBeVisible();
    // The social-media link is text, never a clickable link.
    await expect(page.getByTestId('monitoring-entries').getByRole('link')).toHaveCount(0);
    await waitForToastsToClose(page);
    await expectAccessible(page, 'monitoring-tab');
    await page.getByTestId('monitoring-chart').scrollIntoViewIfNeeded();
    await app.screenshot('monitoring-03-two-entries');

    // Filters: platform, then tone, then clear.
    const filters = page.getByTestId('monitoring-filters');
    await filters.getByRole('group', { name: 'Platform' }).getByText('Snapchat', { exact: true }).click();
    await expect(page.getByTestId('monitoring-entry')).toHaveCount(1);
    await expect(page.getByTestId('monitoring-entry')).toHaveAttribute('data-platform', 'snapchat');
    await filters.getByRole('group', { name: 'Toon' }).getByText('Bedreigend', { exact: true }).click();
    await expect(page.getByTestId('monitoring-entry')).toHaveCount(0);
    await expect(page.getByText('Geen waarnemingen die bij deze filters passen.')).toBeVisible();
    await page.getByText('Geen waarnemingen die bij deze filters passen.').scrollIntoViewIfNeeded();
    await app.screenshot('monitoring-04-filtered-empty');
    await filters.getByRole('button', { name: 'Filters wissen' }).click();
    await filters.getByRole('group', { name: 'Risico' }).getByText('Hoog', { exact: true }).click();
    await expect(page.getByTestId('monitoring-entry')).toHaveCount(1);
    await expect(page.getByTestId('monitoring-entry')).toHaveAttribute('data-platform', 'instagram');
    await filters.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(page.getByTestId('monitoring-entry')).toHaveCount(2);

    // Correct the quick entry: complete tone and risk. It becomes version 2; version 1 stays.
    const snap = page.locator('[data-testid="monitoring-entry"][data-platform="snapchat"]');
    await snap.getByRole('button', { name: /corrigeren of aanvullen/ }).click();
    await expect(form).toBeVisible();
    await form.getByLabel('Toon').selectOption('negatief');
    await form.getByLabel('Risico').selectOption('middel');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form.getByText('Vul de reden van de correctie in.')).toBeVisible();
    await form.getByLabel('Reden van de correctie').fill('Toon en risico aangevuld na overleg in het zorgteam');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form).toBeHidden();
    await expect(snap).toHaveAttribute('data-version', '2');
    await expect(page.getByTestId('monitoring-entry')).toHaveCount(2);
    await snap.getByRole('button', { name: 'Geschiedenis (2 versies)' }).click();
    await expect(page.getByTestId('monitoring-history-version')).toHaveCount(2);
    await expect(page.getByTestId('monitoring-history')).toContainText('Toon en risico aangevuld');
    await app.screenshot('monitoring-05-history');
    await page.keyboard.press('Escape');

    // The core agrees: two current entries, one of them with two versions.
    const list = await app.call('monitoring.list', { dossierId, filters: {} });
    expect(list.total).toBe(2);
    const corrected = list.entries.find((e) => e.platform === 'snapchat');
    expect(corrected?.version).toBe(2);
    expect((await app.call('monitoring.history', { entryId: corrected?.id ?? '' })).map((v) => v.tone)).toEqual(['onbekend', 'negatief']);

    // Export for the police or the ZAT, through the documents module.
    const pdf = path.join(app.dirs.out, 'monitoringslogboek.pdf');
    app.platform.nextSavePath = pdf;
    await page.getByRole('button', { name: 'Exporteren als pdf' }).click();
    await expect(page.getByText('Het logboek is opgeslagen als pdf.')).toBeVisible();
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Monitoringslogboek sociale media');
    expect(text).toContain('Anoniem account plaatst dreigende reacties');
    expect(text).toContain('Toon en risico aangevuld na overleg in het zorgteam');
  });

  test('refuses a dropped or pasted image with a calm explanation, and stores nothing', async ({ app }) => {
    const { page } = app;
    const dossierId = await newDossier(app);
    await openMonitoring(app, dossierId);
    const before = writeOps(app).length;

    // Dropped on the tab.
    await dropFile(page, page.getByTestId('monitoring-tab'), { name: 'foto.png', type: 'image/png', base64: PNG_B64 });
    const alert = page.getByTestId('no-files-alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Beelden en bestanden worden niet opgeslagen');
    await expect(alert).toContainText('strafbaar');
    await expect(alert).toContainText('de link (URL)');
    await app.screenshot('monitoring-06-drop-refused');
    await alert.getByRole('button', { name: 'Begrepen' }).click();
    await expect(alert).toBeHidden();

    // Dropped and pasted into the quick-add dialog's description field.
    await page.keyboard.press('Control+Shift+M');
    const quick = page.getByTestId('quick-add-form');
    const description = quick.getByLabel('Wat is er te zien? (in woorden)');
    await dropFile(page, description, { name: 'filmpje.mp4', type: 'video/mp4', base64: 'AAAAIGZ0eXBpc29tAAACAGlzb21pc28yYXZjMW1wNDE=' });
    const dialogAlert = page.getByTestId('quick-add-zone').getByTestId('no-files-alert');
    await expect(dialogAlert).toBeVisible();
    await dialogAlert.getByRole('button', { name: 'Begrepen' }).click();
    await pasteImage(page, description);
    await expect(dialogAlert).toBeVisible();
    await expect(description).toHaveValue('');
    await app.screenshot('monitoring-07-paste-refused');

    // A dialog opened from inside the tab explains it in the dialog itself, not behind it.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Volledige waarneming' }).click();
    const full = page.getByTestId('entry-form');
    await dropFile(page, full.getByLabel('Wat is er te zien? (in woorden)'), { name: 'IMG_2041.HEIC', type: 'image/heic', base64: PNG_B64 });
    await expect(page.getByTestId('entry-form-zone').getByTestId('no-files-alert')).toBeVisible();
    await expect(page.getByTestId('monitoring-tab').getByTestId('no-files-alert')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(full).toBeHidden();
    await page.keyboard.press('Control+Shift+M');
    await expect(quick).toBeVisible();

    // An image pasted as text (a data: URL) is refused at the field by the contract's schema.
    await description.fill(`data:image/png;base64,${PNG_B64}`);
    await quick.getByRole('button', { name: 'Opslaan' }).click();
    await expect(quick.getByText(/Beelden, video’s en bestanden worden niet opgeslagen/)).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Weggooien en sluiten' }).click();

    // Nothing reached the core, nothing is stored.
    expect(writeOps(app).length).toBe(before);
    expect((await app.call('monitoring.list', { dossierId, filters: {} })).total).toBe(0);
    const rows = app.service.ctx.db().prepare('SELECT count(*) FROM monitoring_entries').pluck().get();
    expect(rows).toBe(0);
  });

  test('creates takedowns with channel guidance, shows overdue reminders and records follow-ups', async ({ app }) => {
    const { page } = app;
    const dossierId = await newDossier(app);
    await openMonitoring(app, dossierId);
    const tracker = page.getByTestId('takedown-tracker');
    await expect(tracker.getByText('Nog geen verwijderverzoeken')).toBeVisible();

    // Through the Dutch picker, as a user would (no native date fields any more).
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
    const inThreeDays = new Date(Date.now() + 3 * 24 * 3600 * 1000);

    // First request: Take It Down. Its guidance says the school never handles the image.
    await tracker.getByRole('button', { name: 'Nieuw verwijderverzoek' }).click();
    const form = page.getByTestId('takedown-form');
    await form.getByLabel('Via welke weg').selectOption('take-it-down');
    const guidance = page.getByTestId('channel-guidance');
    await expect(guidance).toContainText('eigen apparaat van de jongere');
    await expect(guidance).toContainText('ziet of ontvangt het beeld nooit');
    await form.getByLabel('Platform').selectOption('instagram');
    await form.getByLabel('Waar staat het (link, groep of account)').fill('https://www.instagram.com/p/Cx1Ab2/');
    await pickDate(page, form.getByLabel('Opvolgen op'), yesterday);
    await app.screenshot('monitoring-08-takedown-form');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form).toBeHidden();

    // Second: Meldpunt Kinderporno, with a reference, follow-up in the future.
    await tracker.getByRole('button', { name: 'Nieuw verwijderverzoek' }).click();
    await form.getByLabel('Via welke weg').selectOption('meldpunt-kinderporno');
    await expect(guidance).toContainText('Meld alleen de link');
    await form.getByLabel('Platform').selectOption('telegram');
    await form.getByLabel('Waar staat het (link, groep of account)').fill('t.me/groep3b');
    await form.getByLabel('Referentienummer').fill('MK-2026-0412');
    await pickDate(page, form.getByLabel('Opvolgen op'), inThreeDays);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form).toBeHidden();

    const cards = tracker.getByTestId('takedown');
    await expect(cards).toHaveCount(2);
    await expect(tracker.getByTestId('takedowns-open-count')).toHaveText('2 open');
    await expect(tracker.getByTestId('takedown-reminder')).toContainText('1 verwijderverzoek moet worden opgevolgd');
    const overdueCard = tracker.locator('[data-testid="takedown"][data-overdue="true"]');
    await expect(overdueCard).toHaveCount(1);
    await expect(overdueCard).toContainText('Take It Down');
    await waitForToastsToClose(page);
    await expectAccessible(page, 'monitoring-takedowns');
    await tracker.scrollIntoViewIfNeeded();
    await app.screenshot('monitoring-09-takedowns-overdue');

    // The overview shows the reminder and the open count.
    await page.evaluate(() => {
      (globalThis as unknown as PageWindow).location.hash = '#/';
    });
    const overdueList = page.getByTestId('overdue-list');
    await expect(overdueList).toContainText('Verwijderverzoek');
    await expect(overdueList).toContainText('Take It Down');
    await overdueList.scrollIntoViewIfNeeded();
    await app.screenshot('monitoring-10-overview-reminder');
    const overview = await app.call('overview.get', {});
    expect(overview.openTakedowns).toBe(2);
    expect(overview.overdue.filter((o) => o.kind === 'takedown')).toHaveLength(1);

    // The school-wide view lists both open requests with their dossier.
    await page.getByRole('link', { name: 'Monitoring' }).click();
    await expect(page.locator('[data-screen="monitoring"]')).toBeVisible();
    await expect(page.getByTestId('takedown')).toHaveCount(2);
    await app.screenshot('monitoring-11-school-wide');

    // Follow up the overdue one: removed. The reminder disappears.
    await openMonitoring(app, dossierId);
    await overdueCard.getByRole('button', { name: 'Opvolging vastleggen' }).click();
    const follow = page.getByTestId('follow-up-form');
    await follow.getByLabel('Wat is er nagevraagd of gebeurd?').fill('Jongere heeft Take It Down thuis gebruikt; bericht is offline');
    await follow.getByLabel('Status na opvolging').selectOption('verwijderd');
    await follow.getByRole('button', { name: 'Opslaan' }).click();
    await expect(follow).toBeHidden();
    await expect(tracker.locator('[data-testid="takedown"][data-overdue="true"]')).toHaveCount(0);
    await expect(tracker.getByTestId('takedown-reminder')).toHaveCount(0);
    await expect(tracker.getByTestId('takedowns-open-count')).toHaveText('1 open');
    const removed = tracker.locator('[data-testid="takedown"][data-status="verwijderd"]');
    await removed.getByRole('button', { name: /Verloop/ }).click();
    await expect(removed).toContainText('Opgevolgd – Verwijderd');
    await removed.scrollIntoViewIfNeeded();
    await app.screenshot('monitoring-12-followed-up');
    expect((await app.call('overview.get', {})).overdue.filter((o) => o.kind === 'takedown')).toHaveLength(0);
  });
});
