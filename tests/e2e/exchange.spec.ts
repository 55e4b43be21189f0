import fs from 'node:fs';
import path from 'node:path';
import { createTestService } from '../unit/helpers/service';
import { seedDossier } from '../unit/helpers/seed';
import { expect, expectAccessible, test } from './harness/fixtures';
import { VangnetApp } from './harness/VangnetApp';

/**
 * Sealed hand-over and sharing between two real vaults: two harness instances (each its own
 * encrypted vault, core service and Chromium page), cards exchanged through the UI, packages
 * written and read through the platform's save/open dialogs.
 */
test.describe.configure({ mode: 'serial' });

const VIEWPORT = { width: 1366, height: 768 };

async function go(app: VangnetApp, hash: string): Promise<void> {
  await app.page.goto(`${new URL(app.page.url()).origin}/index.html#${hash}`);
  await app.page.reload();
  await app.waitForReady();
  await app.expectScreen('app');
}

/** The seed helper dispatches like a unit test; here it goes through the same service. */
const dispatcher = (app: VangnetApp) => ({ dispatchOk: app.call.bind(app) });

async function setSchool(app: VangnetApp, name: string): Promise<void> {
  await app.call('school.update', { ...(await app.call('school.get', {})), name });
}

/** B adds A's card through the UI, comparing the fingerprint A's screen shows. */
async function addCardViaUi(from: VangnetApp, to: VangnetApp, verified: boolean): Promise<void> {
  await go(from, '/uitwisselen');
  const text = (await from.page.getByLabel('Kaart als tekst').inputValue()).trim();
  const spoken = (await from.page.getByTestId('my-fingerprint').textContent())?.trim();
  await go(to, '/uitwisselen');
  await to.page.getByRole('button', { name: 'Kaart toevoegen…' }).click();
  const dialog = to.page.getByRole('dialog', { name: 'Vangnet-kaart toevoegen' });
  await dialog.getByLabel('Plak de tekst van de kaart').fill(text);
  await dialog.getByRole('button', { name: 'Kaart controleren' }).click();
  await expect(dialog.getByTestId('card-fingerprint')).toHaveText(spoken ?? 'missing');
  if (verified) await dialog.getByLabel(/vingerafdruk telefonisch vergeleken/).check();
  await dialog.getByRole('button', { name: 'Toevoegen aan adresboek' }).click();
  await expect(dialog).toBeHidden();
}

test('cards compared by fingerprint, and a reduced extract shared and imported between two vaults, through the UI', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const a = await VangnetApp.launch(browser, { vault: 'unlocked', viewport: VIEWPORT });
  const b = await VangnetApp.launch(browser, { vault: 'unlocked', viewport: VIEWPORT });
  try {
    await setSchool(a, 'Het Lyceum');
    await setSchool(b, 'Het Baken College');
    await addCardViaUi(a, b, true);
    await expect(b.page.getByTestId('contact-row')).toHaveCount(1);
    await expect(b.page.getByTestId('contact-row')).toContainText('Geverifieerd');
    await expectAccessible(b.page, 'exchange screen');
    await addCardViaUi(b, a, false);
    await a.page.getByTestId('contact-row').getByRole('button', { name: 'Vingerafdruk vergeleken' }).click();
    await expect(a.page.getByTestId('contact-row')).toContainText('Geverifieerd');

    // ── Share a reduced extract: the dialog says what stays out before anything is written.
    const shared = await seedDossier(dispatcher(a), { tag: 'e2e1' });
    await go(a, `/dossiers/${shared.dossierId}`);
    await a.page.getByRole('button', { name: 'Overdragen of delen…' }).click();
    const dialog = a.page.getByTestId('send-dialog');
    await dialog.getByLabel('Delen met de andere school').check();
    await dialog.getByRole('checkbox', { name: /Marieke de Zorgcoördinator \(Het Baken College\)/ }).check();
    await expect(dialog.getByTestId('send-omitted')).toContainText('betrokkene weggelaten');
    await expect(dialog.getByTestId('send-omitted')).toContainText('Niet meegestuurd: monitoringlog');
    await expectAccessible(a.page, 'send dialog');
    const shareFile = path.join(a.dirs.out, 'delen.age');
    a.platform.nextSavePath = shareFile;
    await dialog.getByRole('button', { name: 'Pakket maken en opslaan…' }).click();
    await expect(dialog).toBeHidden();
    expect(fs.readFileSync(shareFile).subarray(0, 21).toString()).toBe('age-encryption.org/v1');

    // B opens it: provenance and contents first, nothing written until "Importeren".
    await go(b, '/uitwisselen');
    b.platform.nextOpenPath = shareFile;
    await b.page.getByRole('button', { name: 'Pakket openen…' }).click();
    const preview = b.page.getByTestId('import-preview');
    await expect(preview.getByTestId('import-sender')).toHaveText('Marieke de Zorgcoördinator (Het Lyceum)');
    await expect(preview).toContainText('Geldig');
    await expect(preview).toContainText('betrokkene weggelaten');
    expect(await b.call('overview.get', {})).toMatchObject({ dossiers: [] });
    await expectAccessible(b.page, 'import preview');
    await preview.getByRole('button', { name: 'Importeren' }).click();
    await b.expectScreen('app');
    await expect(
      b.page.getByText(/Ontvangen van Marieke de Zorgcoördinator \(Het Lyceum\)/).first(),
    ).toBeVisible();
    const copy = await b.call('dossier.get', { dossierId: shared.dossierId });
    expect(copy.persons.map((p) => p.role).sort()).toEqual(['dader', 'slachtoffer']);
  } finally {
    await a.close();
    await b.close();
  }
  expect(a.foreignRequests).toEqual([]);
  expect(b.foreignRequests).toEqual([]);
});

test('hand over a whole dossier (read-only afterwards), import twice, a one-time passphrase and a tampered package', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const a = await VangnetApp.launch(browser, { vault: 'unlocked', viewport: VIEWPORT });
  const b = await VangnetApp.launch(browser, { vault: 'unlocked', viewport: VIEWPORT });
  try {
    await setSchool(a, 'Het Lyceum');
    await setSchool(b, 'Het Baken College');
    // Cards exchanged through the core here (the UI path is the test above).
    const cardA = await a.call('exchange.myCard', {});
    const cardB = await b.call('exchange.myCard', {});
    await a.call('exchange.addContact', {
      text: cardB.text,
      kind: 'school',
      name: '',
      verified: true,
      note: '',
    });
    await b.call('exchange.addContact', {
      text: cardA.text,
      kind: 'school',
      name: '',
      verified: true,
      note: '',
    });
    const shared = await seedDossier(dispatcher(a), { tag: 'e2e3' });

    // ── Hand over a whole dossier: A's copy becomes read-only "overgedragen aan …".
    const handed = await seedDossier(dispatcher(a), { tag: 'e2e2' });
    await go(a, `/dossiers/${handed.dossierId}`);
    await a.page.getByRole('button', { name: 'Overdragen of delen…' }).click();
    const send = a.page.getByTestId('send-dialog');
    await send.getByLabel('Overdragen', { exact: true }).check();
    await send.getByRole('checkbox', { name: /Het Baken College/ }).check();
    await expect(send.getByTestId('send-preview')).toContainText('alleen-lezen');
    const handFile = path.join(a.dirs.out, 'overdracht.age');
    a.platform.nextSavePath = handFile;
    await send.getByRole('button', { name: 'Pakket maken en opslaan…' }).click();
    await expect(a.page.getByTestId('handover-banner')).toContainText(
      'Overgedragen aan Marieke de Zorgcoördinator (Het Baken College)',
    );
    await expect(a.page.getByRole('button', { name: 'Overdragen of delen…' })).toBeDisabled();

    await go(b, '/uitwisselen');
    b.platform.nextOpenPath = handFile;
    await b.page.getByRole('button', { name: 'Pakket openen…' }).click();
    await b.page.getByTestId('import-preview').getByRole('button', { name: 'Importeren' }).click();
    await expect(b.page.getByText(/Ontvangen van .*overdragen/).first()).toBeVisible();

    // The same package again changes nothing, and says so.
    await go(b, '/uitwisselen');
    b.platform.nextOpenPath = handFile;
    await b.page.getByRole('button', { name: 'Pakket openen…' }).click();
    await expect(b.page.getByTestId('import-already')).toBeVisible();
    await expect(
      b.page.getByTestId('import-preview').getByRole('button', { name: 'Importeren' }),
    ).toBeDisabled();

    // ── A one-time passphrase: shown once, then B opens the package with it.
    await go(a, `/dossiers/${shared.dossierId}`);
    await a.page.getByRole('button', { name: 'Overdragen of delen…' }).click();
    const pw = a.page.getByTestId('send-dialog');
    await pw.getByLabel('Delen met de andere school').check();
    await pw.getByLabel(/Eenmalige wachtwoordzin/).check();
    await expect(pw.getByTestId('send-preview')).toBeVisible();
    const pwFile = path.join(a.dirs.out, 'wachtwoord.age');
    a.platform.nextSavePath = pwFile;
    await pw.getByRole('button', { name: 'Pakket maken en opslaan…' }).click();
    const secret = (await a.page.getByTestId('one-time-passphrase').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    // Shown once: Escape does not close it (only the explicit button does), and it says where the file is.
    const pwDialog = a.page.getByTestId('passphrase-dialog');
    await expect(pwDialog).toContainText('wachtwoord.age');
    await a.page.keyboard.press('Escape');
    await expect(pwDialog).toBeVisible();
    await expectAccessible(a.page, 'one-time passphrase');
    await a.screenshot('exchange-one-time-passphrase');
    await a.page.getByRole('button', { name: 'Ik heb de wachtwoordzin doorgegeven' }).click();

    await go(b, '/uitwisselen');
    b.platform.nextOpenPath = pwFile;
    await b.page.getByRole('button', { name: 'Pakket openen…' }).click();
    const unlock = b.page.getByTestId('import-preview');
    await unlock.getByLabel('Eenmalige wachtwoordzin').fill('fout-fout-fout');
    await unlock.getByRole('button', { name: 'Openen' }).click();
    await expect(unlock.getByTestId('import-error')).toContainText('wachtwoordzin klopt niet');
    await unlock.getByLabel('Eenmalige wachtwoordzin').fill(secret);
    await unlock.getByRole('button', { name: 'Openen' }).click();
    await expect(unlock.getByTestId('import-sender')).toBeVisible();

    // A tampered package is refused with a clear Dutch message.
    const bad = Buffer.from(fs.readFileSync(handFile));
    bad.writeUInt8(bad.readUInt8(bad.length - 30) ^ 0xff, bad.length - 30);
    const badFile = path.join(b.dirs.out, 'kapot.age');
    fs.writeFileSync(badFile, bad);
    await go(b, '/uitwisselen');
    b.platform.nextOpenPath = badFile;
    await b.page.getByRole('button', { name: 'Pakket openen…' }).click();
    await expect(b.page.getByTestId('import-error')).toContainText('beschadigd of gewijzigd');
  } finally {
    await a.close();
    await b.close();
  }
  expect(a.foreignRequests).toEqual([]);
  expect(b.foreignRequests).toEqual([]);
});

test('expired cards: the own card and a contact\'s say what to do, before anything is chosen', async ({ browser }) => {
  test.setTimeout(240_000);
  const a = await VangnetApp.launch(browser, { vault: 'unlocked', viewport: VIEWPORT });
  const other = await createTestService({ userName: 'Joris Vertrouwenspersoon' });
  try {
    const card = await other.dispatchOk('exchange.myCard', {});
    const contact = await a.call('exchange.addContact', {
      text: card.text,
      kind: 'school',
      name: 'Joris Vertrouwenspersoon',
      organisation: 'Het Baken College',
      verified: true,
      note: '',
    });
    // Time passed without a renewal: both cards are past their last day (in the vault, so the
    // core and the screen agree).
    const db = a.service.ctx.db();
    db.prepare("UPDATE exchange_identity SET valid_until = '2025-06-30' WHERE id = 1").run();
    db.prepare("UPDATE exchange_contacts SET valid_until = '2025-06-30' WHERE id = ?").run(contact.id);
    const dossier = await seedDossier(dispatcher(a), { tag: 'exp1' });

    await go(a, '/uitwisselen');
    const mine = a.page.getByTestId('my-card-validity');
    await expect(mine).toContainText('Je kaart is verlopen op 30 juni 2025');
    // Said at the top, with its way out, without scrolling on a 1366×768 laptop.
    await expect(mine).toBeInViewport({ ratio: 1 });
    await expect(mine.getByRole('button', { name: 'Kaart verlengen' })).toBeInViewport({ ratio: 1 });
    await expect(a.page.getByTestId('contact-expired')).toContainText('Verlopen op 30 juni 2025');
    await expectAccessible(a.page, 'expired cards');
    await a.screenshot('exchange-expired-cards');

    // The send dialog says it first, and an expired recipient cannot be chosen.
    await go(a, `/dossiers/${dossier.dossierId}`);
    await a.page.getByRole('button', { name: 'Overdragen of delen…' }).click();
    const dialog = a.page.getByTestId('send-dialog');
    await expect(dialog.getByTestId('send-own-expired')).toContainText('Verleng eerst je kaart');
    await expect(dialog.getByRole('checkbox', { name: /Joris Vertrouwenspersoon/ })).toBeDisabled();
    await expect(dialog).toContainText('vraag Joris Vertrouwenspersoon om een verlengde kaart');
    await a.screenshot('exchange-send-expired');
    await a.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // The way out is inside the red box: renewing makes the card valid again.
    await go(a, '/uitwisselen');
    await mine.getByRole('button', { name: 'Kaart verlengen' }).click();
    await expect(mine).toContainText('Geldig tot en met');
  } finally {
    await a.close();
    other.cleanup();
  }
});
