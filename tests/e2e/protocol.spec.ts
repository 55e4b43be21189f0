import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, expectAccessible, test } from './harness/fixtures';
import type { VangnetApp } from './harness/VangnetApp';
import type { PageGlobals } from './harness/pageGlobals';

test.use({ appOptions: { vault: 'unlocked', viewport: { width: 1366, height: 768 } } });
test.setTimeout(600_000);

const DISCOVERED = '2026-11-20T08:00:00.000Z';
async function createDossier(app: VangnetApp, title: string): Promise<string> {
  const { dossierId } = await app.call('dossier.create', {
    title,
    discoveredAt: DISCOVERED,
    howDiscovered: 'Mentor hoorde het van klasgenoten',
    materialKind: 'foto',
    victimName: '',
    victimClass: '',
    lead: 'Marieke Jansen',
    otherSchoolInvolved: false,
  });
  return dossierId;
}
const go = (app: VangnetApp, hash: string) =>
  app.page.evaluate((h) => ((globalThis as unknown as PageGlobals).location.hash = h), hash);

test('an evaluation lesson becomes protocol version 2: new dossiers follow it, old ones keep version 1, the PDF lists the change', async ({
  app,
}) => {
  const { page } = app;
  // An earlier case, evaluated in the ZAT: the lesson is recorded as an improvement point
  // from that evaluation, through the evaluation tab.
  const oldId = await createDossier(app, 'Filmpje gedeeld via Snapchat');
  await go(app, `#/dossiers/${oldId}/evaluatie`);
  const tab = page.getByTestId('evaluation-tab');
  await tab.getByRole('button', { name: /^ZAT-overleg/ }).click();
  const zat = page.getByTestId('eval-zat');
  await zat.getByLabel('Hoe werkte het protocol? Wat ontbreekt erin?').fill('Niemand dacht aan de leerplichtambtenaar.');
  await zat.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(zat.getByText('Niet opgeslagen wijzigingen')).toHaveCount(0);
  await zat.getByRole('button', { name: 'Verbeterpunt uit deze evaluatie…' }).click();
  const pointDialog = page.getByRole('dialog');
  await expect(pointDialog.getByRole('combobox', { name: 'Uit de evaluatie met' })).toHaveValue('ZAT-overleg');
  await pointDialog.getByLabel('Verbeterpunt').fill('Leerplichtambtenaar eerder inschakelen bij verzuim na een incident.');
  await pointDialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(pointDialog).toBeHidden();
  await expect(page.getByTestId('improvement-item')).toHaveCount(1);
  const [point] = (await app.call('improvement.list', {})).filter((p) => p.dossierId === oldId);
  expect(point).toMatchObject({ audience: 'zat', area: 'protocol', status: 'open' });

  // The coordinator adopts it into the school's protocol.
  await go(app, '#/protocol');
  await app.expectScreen('protocol');
  await expect(page.getByTestId('protocol-current')).toContainText('Huidige versie 1');
  await page.getByRole('button', { name: 'Stap toevoegen' }).click();
  const modal = page.getByRole('dialog', { name: 'Stap toevoegen' });
  await modal.getByRole('textbox', { name: 'Titel van de stap' }).fill('Informeer de leerplichtambtenaar');
  await modal.getByRole('textbox', { name: 'Uitleg' }).fill('Verzuimt het slachtoffer na het incident, bel dan de leerplichtambtenaar.');
  await modal.getByRole('textbox', { name: /Deelpunten/ }).fill('Verzuim nagegaan\nLeerplichtambtenaar gebeld');
  await modal.getByRole('textbox', { name: /Termijn na ontdekking/ }).fill('48');
  await modal.getByRole('textbox', { name: 'Reden van de wijziging' }).fill('Verzuim van het slachtoffer bleef twee weken onopgemerkt.');
  await modal.getByRole('combobox', { name: 'Verbeterpunten die je hiermee verwerkt' }).click();
  await page.getByRole('option', { name: /Leerplichtambtenaar eerder inschakelen/ }).click();
  await modal.getByRole('button', { name: 'Toevoegen aan concept' }).click();
  await expect(modal).toBeHidden();
  const draft = page.getByTestId('protocol-draft');
  await expect(draft).toContainText('Informeer de leerplichtambtenaar: Nieuwe stap in Communiceer, termijn 2 dagen');
  await expect(draft).toContainText('Verwerkt 1 verbeterpunt');
  await expectAccessible(page, 'protocol-draft');
  await app.screenshot('protocol-01-draft');
  await page.getByRole('button', { name: 'Vaststellen als versie 2' }).click();
  await expect(page.getByTestId('protocol-current')).toContainText('Huidige versie 2');
  const adopted = (await app.call('improvement.list', {})).find((p) => p.id === point!.id);
  expect(adopted).toMatchObject({ status: 'overgenomen', protocolVersion: 2 });

  // Version history and the side-by-side difference.
  await page.getByRole('tab', { name: 'Versies en verschillen' }).click();
  await expect(page.getByTestId('protocol-version-2')).toContainText('Verzuim van het slachtoffer bleef twee weken onopgemerkt.');
  await expect(page.getByTestId('protocol-diff')).toContainText('1 toegevoegd, 0 verwijderd, 0 gewijzigd');
  await expect(page.getByTestId('protocol-diff')).toContainText('Informeer de leerplichtambtenaar');
  await expectAccessible(page, 'protocol-history');
  await app.screenshot('protocol-02-history');

  // The PDF for the handbook lists the change with its reason.
  const pdf = path.join(app.dirs.out, 'stappenplan.pdf');
  app.platform.nextSavePath = pdf;
  await page.getByRole('button', { name: 'Stappenplan als PDF' }).click();
  await expect(page.getByText(`Opgeslagen: ${pdf}`)).toBeVisible();
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toMatch(/Versie 2, vastgesteld op \d+ \w+ \d{4}/);
  expect(text).toContain('Bijlage: wijzigingsgeschiedenis');
  expect(text).toContain('Informeer de');
  expect(text).toContain('Verzuim van het slachtoffer bleef');

  // The next dossier follows version 2: the new step with its deadline.
  const newId = await createDossier(app, 'Naaktfoto rondgestuurd in klassenapp');
  await go(app, `#/dossiers/${newId}?fase=communiceer`);
  await expect(page.getByTestId('dossier-protocol-version')).toHaveText('Protocol versie 2');
  const newStep = page.getByTestId('step-school-informeer-de-leerplichtambtenaar');
  await expect(newStep).toContainText('Informeer de leerplichtambtenaar');
  // Discovered 20 Nov 09:00 (Amsterdam) + 48 hours.
  await expect(newStep).toContainText(/22 nov.*09:00/);
  await newStep.scrollIntoViewIfNeeded();
  const detail = await app.call('dossier.get', { dossierId: newId });
  expect(detail.steps.find((s) => s.stepId === 'school-informeer-de-leerplichtambtenaar')?.dueAt).toBe('2026-11-22T08:00:00.000Z');
  await app.screenshot('protocol-03-new-dossier');

  // The old dossier still shows the version it followed, and offers the explicit move.
  await go(app, `#/dossiers/${oldId}?fase=communiceer`);
  await expect(page.getByTestId('dossier-protocol-version')).toHaveText('Protocol versie 1');
  await expect(page.getByTestId('step-status').first()).toBeVisible();
  await expect(page.getByTestId('step-school-informeer-de-leerplichtambtenaar')).toHaveCount(0);
  await expect(page.getByText('Informeer de leerplichtambtenaar')).toHaveCount(0);
  await page.getByRole('button', { name: 'Overzetten naar versie 2…' }).click();
  const preview = page.getByTestId('protocol-move-preview');
  await expect(preview).toContainText('Nieuwe stappen');
  await expect(preview).toContainText('Informeer de leerplichtambtenaar');
  await app.screenshot('protocol-04-move-preview');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByTestId('dossier-protocol-version')).toHaveText('Protocol versie 1');
});

test('a step dropped by a later version stays visible in the moved dossier with its state; school steps are titled everywhere', async ({
  app,
}) => {
  const { page } = app;
  const LEERPLICHT = 'school-informeer-de-leerplichtambtenaar';
  await app.call('protocol.create', {
    edits: [
      {
        op: 'addStep',
        phaseId: 'communiceer',
        afterStepId: null,
        step: {
          title: 'Informeer de leerplichtambtenaar',
          guidance: 'Bij verzuim na het incident.',
          tips: [],
          subPoints: [],
          defaultDueHours: 48,
          urgent: false,
        },
        reason: 'Verzuim bleef onopgemerkt.',
        improvementPointIds: [],
      },
    ],
  });
  const dossierId = await createDossier(app, 'Filmpje in de groepsapp van 2C');
  await app.call('step.update', {
    dossierId,
    stepId: LEERPLICHT,
    patch: { status: 'bezig', owner: 'Mentor', notes: 'Leerplicht gebeld, wacht op terugbelverzoek.' },
  });
  await app.call('action.add', {
    dossierId,
    action: { stepId: LEERPLICHT, wie: 'Mentor', wat: 'Verzuim van de afgelopen week nagaan', wanneer: null, waar: '', hoe: '' },
  });
  await app.call('protocol.create', {
    edits: [{ op: 'removeStep', stepId: LEERPLICHT, reason: 'De leerplichtambtenaar zit nu in het ZAT.', improvementPointIds: [] }],
  });
  await app.call('protocol.moveDossier', { dossierId, toVersion: 3 });

  await go(app, `#/dossiers/${dossierId}?fase=communiceer`);
  await expect(page.getByTestId('dossier-protocol-version')).toHaveText('Protocol versie 3');
  const retired = page.getByTestId(`retired-${LEERPLICHT}`);
  await expect(retired).toContainText('Informeer de leerplichtambtenaar');
  await expect(retired).toContainText('Vervallen in versie 3');
  await expect(retired).toContainText('Leerplicht gebeld, wacht op terugbelverzoek.');
  await expect(retired).toContainText('Bezig');
  await expect(page.getByTestId(`step-${LEERPLICHT}`)).toHaveCount(0);
  await retired.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'retired-steps');
  await app.screenshot('protocol-05-retired-step');

  // The action list names the step by its title, never by its id.
  await page.getByRole('tab', { name: 'Acties' }).click();
  await expect(page.getByText('Bij stap: Informeer de leerplichtambtenaar')).toBeVisible();
  await expect(page.getByText(LEERPLICHT)).toHaveCount(0);
});
