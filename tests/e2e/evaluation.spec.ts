import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { emptyPersonInput } from '../../src/shared/domain';
import { STEPS } from '../../src/shared/protocol';
import { expect, expectAccessible, test } from './harness/fixtures';
import type { VangnetApp } from './harness/VangnetApp';

test.use({ appOptions: { vault: 'unlocked', viewport: { width: 1400, height: 900 } } });


async function createDossier(app: VangnetApp, victimName: string): Promise<string> {
  const { dossierId } = await app.call('dossier.create', {
    title: 'Naaktfoto rondgestuurd in klassenapp',
    discoveredAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
    howDiscovered: 'Mentor hoorde het van klasgenoten',
    materialKind: 'foto',
    victimName,
    victimClass: '3B',
    lead: 'Marieke Jansen',
    otherSchoolInvolved: false,
  });
  return dossierId;
}

async function closeDossier(app: VangnetApp, dossierId: string): Promise<void> {
  for (const step of STEPS.filter((s) => s.phaseId === 'evalueer')) {
    await app.call('step.update', {
      dossierId,
      stepId: step.id,
      patch: step.conditional ? { status: 'nvt', nvtReason: 'Geen andere school.' } : { status: 'gedaan' },
    });
  }
  // Whatever is still open is closed with a reason per part (the core refuses without).
  const work = await app.call('dossier.openWork', { dossierId });
  const closeReasons = Object.fromEntries(work.map((w) => [w.category, 'Afgesloten voor deze test.']));
  await app.call('dossier.setStatus', { dossierId, status: 'gesloten', reason: '', closeReasons });
}

/** Opens a route with a fresh page load (a hash-only goto would keep the screen's old data). */
async function go(app: VangnetApp, hash: string): Promise<void> {
  await app.page.goto(`${new URL(app.page.url()).origin}/index.html#${hash}`);
  await app.page.reload();
  await app.waitForReady();
  await app.expectScreen('app');
}

/** Toasts' close buttons belong to the shell; dismiss them before an accessibility scan. */
async function scan(app: VangnetApp, name: string): Promise<void> {
  const close = app.page.locator('.mantine-Notification-root .mantine-CloseButton-root');
  for (let i = 0; i < 10 && (await close.count()) > 0; i++) {
    await close
      .first()
      .click({ timeout: 2_000 })
      .catch(() => undefined);
  }
  await expect(close).toHaveCount(0);
  await expectAccessible(app.page, name);
}

test('evaluation per audience and aftercare planned, completed and reminded on the overview', async ({
  app,
}) => {
  // A long story (four dialogs, two reloads, two accessibility scans) on a shared, loaded machine.
  test.setTimeout(240_000);
  const { page } = app;
  const dossierId = await createDossier(app, 'Sanne de Vries');
  await app.call('person.add', { dossierId, person: emptyPersonInput({ role: 'ouder', name: 'Petra de Vries' }) });

  await go(app, `/dossiers/${dossierId}/evaluatie`);
  const tab = page.getByTestId('evaluation-tab');
  await expect(tab.getByRole('heading', { name: 'Evaluatie & nazorg' })).toBeVisible();
  // Four audiences (no other school involved), none started.
  await expect(tab.getByText('Nog niet gestart')).toHaveCount(4);

  // ── Evaluation with the victim: the card's questions, prevention, completed ──
  await tab.getByRole('button', { name: /^Slachtoffer/ }).click();
  const form = page.getByTestId('eval-slachtoffer');
  await form
    .getByLabel('Hoe heb je de aanpak van school ervaren?')
    .fill('Fijn dat de mentor meteen tijd maakte.');
  await form
    .getByLabel('Wat had beter gekund?')
    .fill('Sneller laten weten wat er met de klas besproken werd.');
  await form
    .getByLabel('Afgesproken preventiemaatregelen')
    .fill('Lessen over relaties en digitaal burgerschap in leerjaar 3.');
  await form.getByLabel('Deze evaluatie is afgerond').check();
  await expect(form.getByText('Niet opgeslagen wijzigingen')).toBeVisible();
  await form.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(tab.getByText('Afgerond', { exact: true })).toBeVisible();
  await expect(form.getByText('Niet opgeslagen wijzigingen')).toHaveCount(0);
  await scan(app, 'evaluation-form');
  await app.screenshot('evaluation-01-form');

  // ── Aftercare: the card's default moments for the selected people ──
  await page.getByRole('button', { name: 'Nazorg plannen (1 week, 6 weken, 3 maanden)' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Sanne de Vries (Slachtoffer)')).toBeChecked();
  await expect(dialog.getByLabel('Petra de Vries (Ouder / verzorger)')).toBeChecked();
  await dialog.getByLabel('Andere betrokkene of groep (optioneel)').fill("Buddy's");
  await expect(dialog.getByTestId('aftercare-preview').locator('li')).toHaveCount(9);
  await app.screenshot('evaluation-02-plan-aftercare');
  await dialog.getByRole('button', { name: 'Momenten plannen' }).click();
  const items = page.getByTestId('aftercare-item');
  await expect(items).toHaveCount(9);

  // The overview reminds of the one-week moments, without pupils' names.
  await go(app, '/');
  const upcoming = page
    .getByText('Nazorg binnenkort')
    .locator('xpath=ancestor::div[contains(@class,"mantine-Card-root")]');
  await expect(upcoming.getByText(/Slachtoffer/)).toBeVisible();
  await expect(upcoming).not.toContainText('Sanne');
  await upcoming.scrollIntoViewIfNeeded();
  await app.screenshot('evaluation-00-overview-aftercare');

  // ── Complete one moment with the card's two questions ──
  await go(app, `/dossiers/${dossierId}/evaluatie`);
  await items
    .first()
    .getByRole('button', { name: /^Afronden/ })
    .click();
  const complete = page.getByRole('dialog');
  await complete.getByLabel('Hoe gaat het nu?').fill('Gaat beter, durft weer naar de kantine.');
  await complete.getByLabel('Hebben ze nog wat nodig?').fill('Nog één gesprek met de vertrouwenspersoon.');
  await complete.getByRole('button', { name: 'Afronden' }).click();
  await expect(page.locator('[data-testid="aftercare-item"][data-done="true"]')).toHaveCount(1);
  await expect(page.getByText('Hoe gaat het: Gaat beter, durft weer naar de kantine.')).toBeVisible();

  // ── Improvement point: a pupil's name is refused, a role is fine ──
  // From the victim's evaluation: "Output is input voor het protocol".
  await tab.getByRole('button', { name: /^Slachtoffer/ }).click();
  await page
    .getByTestId('eval-slachtoffer')
    .getByRole('button', { name: 'Verbeterpunt uit deze evaluatie…' })
    .click();
  const point = page.getByRole('dialog');
  await expect(point.getByRole('combobox', { name: 'Uit de evaluatie met' })).toHaveValue('Slachtoffer');
  await point.getByLabel('Verbeterpunt').fill('Sanne had eerder een vast aanspreekpunt moeten krijgen.');
  await point.getByRole('button', { name: 'Opslaan' }).click();
  await expect(point.getByText(/Haal de naam "Sanne de Vries" weg/)).toBeVisible();
  await point.getByLabel('Verbeterpunt').fill('Het slachtoffer direct een vast aanspreekpunt geven.');
  await point.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('improvement-item')).toHaveCount(1);
  await scan(app, 'evaluation-tab');
  await app.screenshot('evaluation-03-tab');

  // Stored in the vault, through the contract.
  const view = await app.call('evaluation.get', { dossierId });
  expect(view.evaluations.find((e) => e.audience === 'slachtoffer')).toMatchObject({ completed: true });
  expect(view.aftercare.filter((m) => m.done)).toHaveLength(1);
  expect(view.improvementPoints[0]?.text).toBe('Het slachtoffer direct een vast aanspreekpunt geven.');
  expect(view.improvementPoints[0]?.audience).toBe('slachtoffer');

  // A closed dossier: evaluation read-only, aftercare still possible.
  await closeDossier(app, dossierId);
  await go(app, `/dossiers/${dossierId}/evaluatie`);
  await expect(page.getByText('Dit dossier is gesloten.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verbeterpunt toevoegen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Los moment toevoegen' })).toBeEnabled();
  await app.screenshot('evaluation-04-closed');
});

test('school-wide improvement points with decisions, PDF export and anonymous charts', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const a = await createDossier(app, 'Sanne de Vries');
  const b = await createDossier(app, 'Ömer Yılmaz');
  await app.call('dossier.updateFacts', {
    dossierId: a,
    facts: { spread: { pupils: 30, groups: 1, platforms: ['Snapchat'] } },
  });
  await app.call('dossier.updateFacts', {
    dossierId: b,
    facts: { spread: { pupils: null, groups: null, platforms: ['WhatsApp', 'snapchat'] } },
  });
  await app.call('improvement.add', {
    dossierId: a,
    audience: 'zat',
    point: {
      area: 'protocol',
      text: 'Telefoonnummer wijkagent in het protocol bijwerken.',
      owner: 'Teamleider',
    },
  });
  await app.call('improvement.add', {
    dossierId: b,
    audience: 'docenten',
    point: {
      area: 'preventie',
      text: 'Lessen digitaal burgerschap in leerjaar 1.',
      owner: 'Sectie maatschappijleer',
    },
  });

  await go(app, '/');
  await page.getByRole('link', { name: 'Verbeterpunten' }).click();
  await app.expectScreen('improvements');
  await expect(page.getByTestId('improvement-item')).toHaveCount(2);

  const first = page.getByTestId('improvement-item').filter({ hasText: 'wijkagent' });
  await first.getByRole('button', { name: 'Overnemen' }).click();
  await page.getByRole('dialog').getByLabel('Toelichting').fill('Opgenomen in protocolversie 2027.');
  await page.getByRole('dialog').getByRole('button', { name: 'Overnemen' }).click();
  await expect(page.getByTestId('improvement-item')).toHaveCount(1);
  await page
    .locator('label')
    .filter({ hasText: /^Alle \(/ })
    .click();
  await expect(page.locator('[data-testid="improvement-item"][data-status="overgenomen"]')).toHaveCount(1);

  // Charts render from counts only.
  const stats = page.getByTestId('stats-panel');
  await expect(stats.locator('.recharts-surface').first()).toBeVisible();
  await expect(stats).toContainText('Snapchat');
  await expect(stats).not.toContainText('Sanne');
  await expect(stats).not.toContainText('Yılmaz');
  await scan(app, 'improvements');
  await app.screenshot('evaluation-05-improvements');

  const file = path.join(app.dirs.out, 'verbeterpunten.pdf');
  app.platform.nextSavePath = file;
  await page.getByRole('button', { name: 'Verbeterpunten als PDF' }).click();
  await expect(page.getByText(`PDF opgeslagen: ${file}`)).toBeVisible();
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Verbeterpunten protocol');
  expect(text).toContain('Telefoonnummer wijkagent in het protocol bijwerken.');
  expect(text).not.toContain('Sanne');
});

test('retention: overdue dossier flagged, marked after typing its number, erased only after main\'s dialog; subject access PDF', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const old = await createDossier(app, 'Floor Bakker');
  const other = await createDossier(app, 'Daan Smit');
  await app.call('chronology.add', {
    dossierId: other,
    occurredAt: null,
    text: 'Daan Smit kwam zelf melden bij de mentor.',
  });
  // His mother asks for the overview: her own name stays readable in it.
  const daan = (await app.call('dossier.get', { dossierId: other })).persons.find((p) => p.name === 'Daan Smit')!;
  await app.call('person.add', { dossierId: other, person: emptyPersonInput({ role: 'ouder', name: 'Mirjam Smit', relatedPersonId: daan.id }) });
  await app.call('chronology.add', { dossierId: other, occurredAt: null, text: 'Mirjam Smit belde de mentor over Daan Smit.' });
  await closeDossier(app, old);
  const number = (await app.call('dossier.get', { dossierId: old })).dossier.number;
  // Simulates time passing: the core's clock is real in the harness, so the closing date moves back four years.
  app.service.ctx
    .db()
    .prepare('UPDATE dossiers SET closed_at = ? WHERE id = ?')
    .run(new Date(Date.now() - 4 * 365 * 86_400_000).toISOString(), old);

  await go(app, '/');
  const card = page.getByTestId('retention-due-card');
  await expect(card).toContainText('1 gesloten dossier moet worden vernietigd.');
  await expect(card).toContainText(number);
  await card.scrollIntoViewIfNeeded();
  await app.screenshot('evaluation-05b-overview-retention');
  await card.getByRole('button', { name: 'Naar bewaartermijn' }).click();
  await app.expectScreen('retention');

  // Policy: a justification is required; recorded by the current user.
  await page.getByLabel('Bewaren na sluiting (maanden)').fill('36');
  await page.getByLabel('Onderbouwing (voor het verwerkingsregister)').fill('Kort');
  await page.getByRole('button', { name: 'Bewaartermijn vastleggen' }).click();
  await expect(page.getByText(/minstens 20 tekens/)).toBeVisible();
  await page
    .getByLabel('Onderbouwing (voor het verwerkingsregister)')
    .fill('Besluit schoolleiding en MR, januari 2027: drie jaar.');
  await page.getByRole('button', { name: 'Bewaartermijn vastleggen' }).click();
  await expect(page.getByTestId('retention-policy-state')).toContainText(`Vastgesteld door ${app.userName}`);

  // Stage one: marking; the button stays disabled until the number is typed exactly.
  await page.getByRole('button', { name: `Markeren… ${number}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('oudere back-ups bevatten dit dossier nog');
  await expect(dialog).toContainText('Na de wachttijd van 7 dagen');
  const confirm = dialog.getByRole('button', { name: 'Markeren als te vernietigen' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Typ het dossiernummer ${number} om te bevestigen`).fill('2026-999');
  await expect(confirm).toBeDisabled();
  // Said while typing, at the field: a wrong number is named before any save attempt.
  await expect(dialog.getByText('Dit is niet het nummer van dit dossier.', { exact: false })).toBeVisible();
  await dialog.getByLabel(`Typ het dossiernummer ${number} om te bevestigen`).fill(number);
  await scan(app, 'destroy-dialog');
  await app.screenshot('evaluation-06-destroy');
  await confirm.click();
  await expect(page.getByText(`Dossier ${number} is gemarkeerd.`)).toBeVisible();
  await expect(page.getByTestId('retention-marked')).toContainText(`gemarkeerd door ${app.userName}`);
  expect((await app.service.dispatch('dossier.get', { dossierId: old })).ok).toBe(true);

  // The mark shows on the overview.
  await go(app, '/');
  await expect(page.getByTestId('retention-marked-overview')).toContainText(
    `1 dossier is gemarkeerd als te vernietigen: ${number}.`,
  );
  await page.getByTestId('retention-due-card').getByRole('button', { name: 'Naar bewaartermijn' }).click();
  await app.expectScreen('retention');

  // Stage two, early: main's own dialog decides. "Annuleren" there keeps the dossier.
  await page.getByRole('button', { name: `Nu vernietigen ${number}` }).click();
  await expect(page.getByText(`Dossier ${number} is niet vernietigd.`)).toBeVisible();
  expect(app.platform.confirms.at(-1)?.message).toContain(number);
  expect((await app.service.dispatch('dossier.get', { dossierId: old })).ok).toBe(true);
  await app.screenshot('evaluation-06b-marked');
  // "Vernietigen" in main's dialog erases it.
  app.platform.nextConfirm = true;
  await page.getByRole('button', { name: `Nu vernietigen ${number}` }).click();
  await expect(page.getByText(`Dossier ${number} is vernietigd.`)).toBeVisible();
  await expect(page.getByText(/Er zijn geen dossiers waarvan de bewaartermijn is verlopen/)).toBeVisible();

  const gone = await app.service.dispatch('dossier.get', { dossierId: old });
  expect(gone.ok).toBe(false);
  expect((await app.call('vault.verifyAudit', {})).ok).toBe(true);
  const audit = app.service.ctx
    .db()
    .prepare("SELECT details FROM audit_log WHERE action = 'dossier.destroy'")
    .pluck()
    .all();
  expect(audit).toEqual([expect.stringContaining(`Dossier ${number} vernietigd`)]);

  // Subject access request for a pupil of the other dossier.
  const access = page.getByTestId('subject-access');
  await access.getByLabel('Naam').fill('daan smit');
  await access.getByRole('button', { name: 'Zoeken' }).click();
  await expect(access.getByRole('checkbox')).toHaveCount(1);
  await scan(app, 'retention');
  await app.screenshot('evaluation-07-retention');
  const file = path.join(app.dirs.out, 'inzage.pdf');
  app.platform.nextSavePath = file;
  await access.getByRole('button', { name: 'Overzicht als PDF opslaan' }).click();
  // Before saving: the review of other people's data is required (the core refuses without it).
  const review = page.getByRole('dialog', { name: 'Inzageoverzicht opslaan' });
  await expect(review.getByTestId('subject-access-summary')).toContainText('onderdelen uit 1 dossier');
  // Asked by the person himself, his mother's name is another's; asked by her, it is her own.
  await expect(review.getByTestId('subject-access-others')).toContainText('Mirjam Smit');
  await review.getByRole('radio', { name: /Mirjam Smit, ouder of verzorger van Daan Smit/ }).check();
  await expect(review.getByTestId('subject-access-others')).toBeHidden();
  await review.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(review.getByText('Bevestig dat je hebt gecontroleerd op gegevens van anderen.')).toBeVisible();
  await review.getByLabel(/Ik heb gecontroleerd op gegevens van anderen/).check();
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.screenshot('evaluation-08-inzage-review');
  await expectAccessible(page, 'inzage review');
  await review.getByRole('button', { name: 'Opslaan als PDF' }).click();
  await expect(page.getByText(`Inzageoverzicht opgeslagen: ${file}`)).toBeVisible();
  await expect(review).toBeHidden();
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Daan Smit kwam zelf melden bij de mentor.');
  expect(text).toContain('Mirjam Smit belde de mentor over Daan Smit.');
  expect(text).not.toContain('Floor Bakker');
});
