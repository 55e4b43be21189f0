import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, expectAccessible, test } from './harness/fixtures';

test.use({ appOptions: { vault: 'unlocked', viewport: { width: 1366, height: 768 } } });

test('preventive improvement points become the school prevention plan: owner, date, status, statistics and a PDF', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const { page } = app;

  // Empty plan: the screen says what to do.
  await page.getByRole('link', { name: 'Preventieplan' }).click();
  await app.expectScreen('prevention');
  await expect(page.getByTestId('prevention-empty')).toContainText('Er staan nog geen maatregelen in het plan.');
  await expectAccessible(page, 'prevention-empty');
  await app.screenshot('prevention-01-empty');

  // A lesson from an evaluation (area "preventie") arrives as a proposal.
  const { dossierId } = await app.call('dossier.create', {
    title: 'Filmpje gedeeld via Snapchat',
    discoveredAt: '2026-11-20T08:00:00.000Z',
    howDiscovered: 'Mentor hoorde het van klasgenoten',
    materialKind: 'video',
    victimName: '',
    victimClass: '',
    lead: 'Marieke Jansen',
    otherSchoolInvolved: false,
  });
  await app.call('improvement.add', {
    dossierId,
    audience: 'zat',
    point: { area: 'preventie', text: 'Ouderavond over sexting en sextortion in leerjaar 2.', owner: '' },
  });
  await app.load();
  await page.getByRole('link', { name: 'Preventieplan' }).click();
  await app.expectScreen('prevention');
  const proposal = page.getByTestId('prevention-proposal');
  await expect(proposal).toContainText('Ouderavond over sexting');

  // Taking it into the plan needs an owner; the date is a Dutch date picker.
  await proposal.getByRole('button', { name: /In het plan opnemen/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Voorstel in het preventieplan opnemen' });
  await dialog.getByRole('button', { name: 'Opnemen in het plan' }).click();
  await expect(dialog.getByText('Eigenaar is verplicht.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Eigenaar' }).fill('Zorgcoördinator');
  await dialog.getByRole('button', { name: 'Datum' }).click();
  await page.getByRole('button', { name: /^\d+ \w+ \d{4}$/ }).first().waitFor();
  await page.locator('.mantine-DatePickerInput-day:not([data-outside])').filter({ hasText: /^15$/ }).first().click();
  await expect(dialog.getByRole('button', { name: 'Datum' })).toContainText('15');
  await app.screenshot('prevention-02-adopt');
  await dialog.getByRole('button', { name: 'Opnemen in het plan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('prevention-proposal')).toHaveCount(0);
  const first = page.getByTestId('prevention-measure').filter({ hasText: 'Ouderavond' });
  await expect(first).toContainText('Zorgcoördinator');
  await expect(first).toHaveAttribute('data-status', 'gepland');

  // The school adds its own measure, already under way.
  await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
  const add = page.getByRole('dialog', { name: 'Preventiemaatregel toevoegen' });
  await add.getByRole('textbox', { name: 'Maatregel' }).fill('Lessen over relaties en digitaal burgerschap in leerjaar 3.');
  await add.getByRole('textbox', { name: 'Eigenaar' }).fill('Mentoren leerjaar 3');
  await add.locator('label').filter({ hasText: /^Bezig$/ }).click();
  await expect(add.getByRole('radio', { name: 'Bezig' })).toBeChecked();
  await add.getByRole('button', { name: 'Opslaan' }).click();
  await expect(add).toBeHidden();
  const lessons = page.getByTestId('prevention-measure').filter({ hasText: 'Lessen over relaties' });
  await expect(lessons).toHaveAttribute('data-status', 'bezig');
  await expect(lessons).toContainText('nog te plannen');
  await expect(page.getByTestId('prevention-counts')).toHaveText('Gepland: 1 · Bezig: 1 · Uitgevoerd: 0 · Vervallen: 0');
  await expectAccessible(page, 'prevention-plan');
  await app.screenshot('prevention-03-plan');

  // Stored in the vault, through the contract; the improvement point is now "overgenomen".
  const plan = await app.call('prevention.list', {});
  expect(plan.measures.map((m) => [m.planStatus, m.status])).toEqual([
    ['gepland', 'overgenomen'],
    ['bezig', 'overgenomen'],
  ]);
  expect(plan.measures[0]!.planDate).toMatch(/^\d{4}-\d{2}-15$/);

  // The yearly statistics count the plan.
  const stats = await app.call('stats.get', {});
  expect(stats.prevention).toEqual({ gepland: 1, bezig: 1, uitgevoerd: 0, vervallen: 0 });

  // The PDF for the safety plan.
  const pdf = path.join(app.dirs.out, 'preventieplan.pdf');
  app.platform.nextSavePath = pdf;
  await page.getByRole('button', { name: 'Preventieplan als PDF' }).click();
  await expect(page.getByText(`Opgeslagen: ${pdf}`)).toBeVisible();
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Preventieplan');
  expect(text).toContain('Ouderavond over sexting en sextortion in leerjaar 2.');
  expect(text).toContain('Mentoren leerjaar 3');
  expect(text).toMatch(/Bezig \(1\)/);
});
