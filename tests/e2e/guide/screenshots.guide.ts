import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seedDemoDossier } from '../../../src/core/demo/scenario';
import { readGuide } from '../../../renderer/src/features/help/guideModel';
import { VangnetApp } from '../harness/VangnetApp';
import { createTestService } from '../../unit/helpers/service';
import { seedDossier } from '../../unit/helpers/seed';

/**
 * Regenerates every screenshot of docs/gebruikershandleiding.md from the real UI: a new
 * vault made through the first-run screens, the fictitious demo dossier of `npm run demo`
 * (all names invented), then each screen the guide describes. Run with
 * `npm run docs:screenshots`; look at the PNGs before committing them.
 */
const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const OUT = path.join(ROOT, 'docs/handleiding');
const GUIDE = path.join(ROOT, 'docs/gebruikershandleiding.md');
/** A common school laptop: the guide shows what its readers see. */
const VIEWPORT = { width: 1366, height: 768 };
const HOUR = 3_600_000;

const produced = new Set<string>();

/** The few browser globals the page callbacks below use (tests compile without the DOM lib). */
interface Win {
  location: { hash: string };
  scrollY: number;
  scrollTo(x: number, y: number): void;
  document: { fonts: { ready: Promise<unknown> }; activeElement: { blur?: () => void } | null };
}

/** A viewport-sized PNG (1366×768) once fonts, data and transitions have settled. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as Win).document.fonts.ready.then(() => undefined));
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  // Let autosave indicators, tooltips and charts reach their resting state.
  await page.waitForTimeout(400);
  await page.mouse.move(1, 1);
  await page.evaluate(() => (globalThis as unknown as Win).document.activeElement?.blur?.());
  await page.screenshot({ path: path.join(OUT, `${name}.png`), animations: 'disabled', caret: 'hide' });
  produced.add(`${name}.png`);
}

/** Scrolls so `target` sits just below the fixed header (the dossier header is tall). */
async function scrollToTop(target: Locator): Promise<void> {
  await target.first().evaluate((el) => {
    const win = globalThis as unknown as Win;
    win.scrollTo(0, el.getBoundingClientRect().top + win.scrollY - 72);
  });
}

async function go(page: Page, hashPath: string): Promise<void> {
  await page.evaluate((h) => {
    (globalThis as unknown as Win).location.hash = h;
  }, hashPath);
  await page.evaluate(() => (globalThis as unknown as Win).scrollTo(0, 0));
}

test('user guide screenshots', async ({ browser }) => {
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) if (f.endsWith('.png')) fs.rmSync(path.join(OUT, f));

  const app = await VangnetApp.launch(browser, { viewport: VIEWPORT });
  const { page } = app;
  try {
    // Toasts come and go with timing; they are not part of the screens the guide explains.
    await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });

    // ── First run: welcome, then the recovery key (a throwaway vault of this run).
    await app.expectScreen('first-run');
    await shoot(page, '01-welkom');
    await page.getByRole('button', { name: 'Nieuwe kluis maken' }).click();
    await app.expectScreen('first-run-create');
    await page.getByLabel('Je naam').fill('Marieke Jansen (zorgcoördinator)');
    await page.getByLabel('Nieuwe wachtwoordzin').fill(app.passphrase);
    await page.getByLabel('Herhaal de wachtwoordzin').fill(app.passphrase);
    await expect(page.getByTestId('passphrase-strength')).toHaveAttribute('data-score', /[234]/);
    await page.getByRole('button', { name: 'Kluis maken' }).click();
    await expect(page.getByTestId('recovery-key')).toBeVisible();
    await shoot(page, '02-herstelsleutel');
    const recoveryKey = (await page.getByTestId('recovery-key').textContent())?.trim() ?? '';
    await page.getByLabel('Ik heb de herstelsleutel veilig bewaard').check();
    await page.getByRole('button', { name: 'Doorgaan naar Vangnet' }).click();
    await app.expectScreen('app');
    expect(recoveryKey.length).toBeGreaterThan(20);

    // ── The fictitious demo incident, plus monitoring, a statement and an evaluation.
    const dispatch = (op: unknown, input: unknown) => app.service.dispatch(op, input);
    const { dossierId } = await seedDemoDossier(dispatch);
    await seedGuideExtras(app, dossierId);

    // ── Lock screen and recovery.
    await page.getByRole('button', { name: 'Scherm vergrendelen' }).click();
    await app.expectScreen('lock');
    await shoot(page, '03-vergrendeld');
    await page.getByRole('button', { name: /Wachtwoordzin vergeten/ }).click();
    await app.expectScreen('lock-recovery');
    await shoot(page, '20-herstelsleutel-gebruiken');
    await page.getByRole('button', { name: 'Terug' }).click();
    await app.unlock();

    // ── Overview and intake.
    await go(page, '#/');
    await expect(page.getByTestId('dossier-card')).toHaveCount(1);
    await shoot(page, '04-overzicht');

    await go(page, '#/dossiers/nieuw');
    await page.getByLabel('Wat is er aan de hand?').fill('Seksfilmpje leerling 2A gedeeld op TikTok');
    await page
      .getByLabel('Hoe kwam het aan het licht?')
      .fill('Een ouder belde de receptie na het eerste uur.');
    await page.getByLabel('Wie is het slachtoffer?').fill('Fleur Bosman');
    await page.getByLabel('Klas', { exact: true }).fill('2A');
    await page.getByLabel('Wie heeft de regie?').fill('Marieke Jansen (zorgcoördinator)');
    await shoot(page, '05-nieuwe-casus');
    // Leave without saving ("Annuleren", "Stoppen en weggooien"): the guide's dossier is the demo one.
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('button', { name: 'Stoppen en weggooien' }).click();
    await app.expectScreen('app');

    // ── The dossier, tab by tab.
    /** One dossier tab; unless `scroll` is false the tab bar goes to the top, so the tab itself fills the image. */
    const tab = async (
      id: string,
      shotName: string,
      opts: {
        ready?: (p: Page) => Promise<void>;
        query?: string;
        scroll?: false | ((p: Page) => Locator);
      } = {},
    ) => {
      await go(page, `#/dossiers/${dossierId}/${id}${opts.query ?? ''}`);
      // Feiten and Evaluatie sit under "Meer": their panel shows instead of a selected tab.
      if (id === 'feiten' || id === 'evaluatie') await expect(page.getByTestId(`panel-${id}`)).toBeVisible();
      else await expect(page.getByTestId(`tab-${id}`)).toHaveAttribute('aria-selected', 'true');
      if (opts.ready) await opts.ready(page);
      if (opts.scroll !== false)
        await scrollToTop(opts.scroll ? opts.scroll(page) : page.getByRole('tablist'));
      await shoot(page, shotName);
    };
    // The dossier as it opens: "Wat nu?", the phase choice and the current step, unscrolled.
    await tab('stappen', '06-dossier-stappen', {
      scroll: false,
      ready: async (p) => {
        await expect(p.getByText('Wat nu?')).toBeVisible();
        await expect(p.locator('[data-current-step="true"]').getByText('Status van deze stap')).toBeInViewport();
      },
    });
    await tab('eerste-24-uur', '07-eerste-24-uur');
    await tab('personen', '08-personen');

    await go(page, `#/dossiers/${dossierId}/stappen?fase=analyseer&stap=politie-advies`);
    const step = page.locator('#step-politie-advies');
    await expect(step).toBeVisible();
    await expect(step.getByText('Status van deze stap')).toBeVisible();
    await scrollToTop(step);
    await shoot(page, '09-stap-politie');

    await tab('acties', '10-acties');
    await tab('logboek', '11-logboek', {
      ready: async (p) => {
        await expect(p.getByText(/Correctie op regel/).first()).toBeVisible();
        // The story: typed events, and status changes folded into one line.
        await expect(p.getByTestId('logbook-folded').first()).toBeVisible();
        await expect(p.locator('[data-testid="logbook-entry"][data-event]').first()).toBeVisible();
      },
      // From the first folded status row: the image shows a fold and the typed events around it.
      scroll: (p) => p.getByTestId('logbook-folded').first(),
    });
    await tab('gesprekken', '12-gesprekken');
    await tab('documenten', '13-documenten', {
      ready: async (p) => {
        await expect(p.getByText('Versie 1', { exact: false }).first()).toBeVisible();
      },
    });
    await tab('documenten', '13b-documenten-maken', {
      scroll: (p) => p.getByRole('button', { name: 'Documenten maken' }),
    });
    await tab('monitoring', '14-monitoring', {
      ready: async (p) => {
        await expect(p.getByTestId('monitoring-entry').first()).toBeVisible();
      },
      scroll: (p) => p.getByTestId('monitoring-chart'),
    });
    await tab('monitoring', '14b-verwijderverzoeken', {
      ready: async (p) => {
        await expect(p.getByTestId('takedown').first()).toBeVisible();
      },
      scroll: (p) => p.getByTestId('takedown-tracker'),
    });
    await tab('evaluatie', '15-evaluatie', {
      ready: async (p) => {
        await expect(p.getByTestId('evaluation-tab')).toBeVisible();
      },
    });

    // ── School-wide screens.
    await go(page, '#/verbeterpunten');
    await app.expectScreen('improvements');
    await shoot(page, '16-verbeterpunten');
    await go(page, '#/school');
    await expect(page.getByTestId('help-resource').first()).toBeVisible();
    await shoot(page, '17-schoolprofiel');
    await go(page, '#/instellingen');
    await app.expectScreen('settings');
    await shoot(page, '18-instellingen');
    await go(page, '#/bewaartermijn');
    await app.expectScreen('retention');
    await shoot(page, '19-bewaartermijn');
    await shootDocumentCheck(app, dossierId);
    await shootLetterFlow(app, dossierId);

    await shootExchange(app, dossierId);
    await shootProtocol(app);
  } finally {
    await app.close();
  }

  expect(app.foreignRequests, 'requests that left the app origin').toEqual([]);
  // Every image the guide shows was made in this run, and nothing else was.
  const wanted = readGuide(fs.readFileSync(GUIDE, 'utf8')).images.map((s) => path.basename(s));
  expect([...produced].sort()).toEqual([...new Set(wanted)].sort());
});

/** Fictitious monitoring, a takedown, a published statement, an evaluation and improvements. */
async function seedGuideExtras(app: VangnetApp, dossierId: string): Promise<void> {
  const now = Date.now();
  const iso = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();
  const entry = (
    hoursAgo: number,
    platform: 'snapchat' | 'instagram' | 'whatsapp',
    location: string,
    description: string,
    extra: Record<string, unknown> = {},
  ) =>
    app.call('monitoring.add', {
      dossierId,
      entry: {
        seenAt: iso(hoursAgo),
        seenBy: 'Marieke Jansen',
        platform,
        location,
        description,
        reach: 'groep',
        tone: 'negatief',
        risk: 'middel',
        action: 'geen',
        actionNote: '',
        followUpAt: null,
        status: 'open',
        ...extra,
      },
    });
  await entry(
    70,
    'snapchat',
    'Groep "H3B chill"',
    'Foto van de leerling gedeeld, met spottende reacties van ongeveer tien leden.',
    {
      risk: 'hoog',
      action: 'gemeld-bij-platform',
      actionNote: 'Gemeld via de meldfunctie van Snapchat.',
      status: 'opvolgen',
      followUpAt: iso(-20),
    },
  );
  await entry(
    50,
    'whatsapp',
    'Klassenapp 3e klassen',
    'Leerlingen vragen elkaar naar "de foto"; geen beeld gezien, wel naam genoemd.',
    { reach: 'school' },
  );
  await entry(
    26,
    'instagram',
    '@anoniem_hetbaken',
    'Bericht met een onjuist gerucht over de school; geen beeld.',
    {
      tone: 'onjuist',
      risk: 'laag',
      action: 'verwezen-naar-statement',
      status: 'afgehandeld',
    },
  );
  await entry(
    5,
    'snapchat',
    'Groep "H3B chill"',
    'Groep is opgeheven door de beheerder; geen nieuwe berichten.',
    {
      tone: 'neutraal',
      risk: 'laag',
      reach: 'enkelen',
      status: 'afgehandeld',
    },
  );
  await app.call('takedown.add', {
    dossierId,
    takedown: {
      entryId: null,
      platform: 'snapchat',
      location: 'Groep "H3B chill"',
      channel: 'helpwanted-offlimits',
      requestedAt: iso(48),
      reference: 'HW-2026-0412',
      status: 'in-behandeling',
      followUpAt: iso(-24),
      notes: 'Helpwanted neemt contact op met Snapchat.',
    },
  });

  await app.call('statement.saveDraft', {
    dossierId,
    parts: {
      watSpeelt:
        'Op onze school is een foto van een leerling zonder toestemming rondgestuurd. Dat keuren wij af: doorsturen is strafbaar en doet veel pijn.',
      watDoet:
        'Wij steunen de betrokkenen, werken samen met de politie en vragen iedereen de foto direct te verwijderen en niet door te sturen.',
      contactpersoon: 'Marieke Jansen, zorgcoördinator, 030 123 45 67',
    },
  });
  await app.call('statement.publish', { dossierId });

  await app.call('evaluation.save', {
    dossierId,
    audience: 'docenten',
    form: {
      heldAt: iso(2),
      heldBy: 'Marieke Jansen',
      participants: 'mentor, twee vakdocenten, vertrouwenspersoon',
      answers: {
        klas: 'Het klassengesprek gaf rust; de buddy-afspraken werken.',
        beter: 'Docenten hoorden het pas op de tweede dag.',
      },
      notes: '',
      prevention: 'Les over digitaal burgerschap in alle derde klassen.',
      completed: false,
    },
  });
  await app.call('improvement.add', {
    dossierId,
    audience: 'docenten',
    point: {
      area: 'communicatie',
      text: 'Docenten dezelfde dag informeren met een korte instructie.',
      owner: 'Teamleider bovenbouw',
    },
  });
  await app.call('improvement.add', {
    dossierId: null,
    audience: null,
    point: {
      area: 'protocol',
      text: 'Telefoonnummer van het politiecontact in het protocol bijwerken.',
      owner: 'Zorgcoördinator',
    },
  });
  await app.call('aftercare.planDefaults', {
    dossierId,
    from: iso(0),
    who: 'Dhr. R. Bakker (mentor)',
    targets: [
      { personId: null, label: 'Slachtoffer' },
      { personId: null, label: "Buddy's" },
    ],
  });
}

/**
 * "Ons protocol aanpassen" at a school laptop's 1366×768: the protocol screen with a draft of
 * version 2 (one added step, citing an improvement point), and the prevention plan.
 */
async function shootProtocol(app: VangnetApp): Promise<void> {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  try {
    await go(page, '#/protocol');
    await app.expectScreen('protocol');
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    const modal = page.getByRole('dialog', { name: 'Stap toevoegen' });
    await modal.getByRole('textbox', { name: 'Titel van de stap' }).fill('Informeer de leerplichtambtenaar');
    await modal.getByRole('textbox', { name: 'Uitleg' }).fill('Verzuimt het slachtoffer na het incident, bel dan de leerplichtambtenaar.');
    await modal.getByRole('textbox', { name: /Termijn na ontdekking/ }).fill('48');
    await modal.getByRole('textbox', { name: 'Reden van de wijziging' }).fill('Verzuim van het slachtoffer bleef twee weken onopgemerkt.');
    await modal.getByRole('button', { name: 'Toevoegen aan concept' }).click();
    await expect(modal).toBeHidden();
    await expect(page.getByTestId('protocol-draft')).toContainText('Informeer de leerplichtambtenaar');
    await shoot(page, '25-ons-protocol');
    await page.getByRole('button', { name: 'Concept weggooien' }).click();

    await app.call('improvement.add', {
      dossierId: null,
      audience: null,
      point: { area: 'preventie', text: 'Ouderavond over sexting en sextortion in leerjaar 2.', owner: '' },
    });
    await app.call('prevention.add', {
      measure: { text: 'Lessen over relaties en digitaal burgerschap in leerjaar 3.', owner: 'Mentoren leerjaar 3', planDate: '2027-03-12', planStatus: 'bezig' },
    });
    await go(page, '#/preventie');
    await app.expectScreen('prevention');
    await expect(page.getByTestId('prevention-measure')).toHaveCount(1);
    await shoot(page, '26-preventieplan');
  } finally {
    await page.setViewportSize(VIEWPORT);
  }
}

/** "Document controleren": the dossier overview saved as a file, then checked on its own screen. */
async function shootDocumentCheck(app: VangnetApp, dossierId: string): Promise<void> {
  const { page } = app;
  const file = path.join(app.dirs.out, 'Dossieroverzicht.pdf');
  app.platform.nextSavePath = file;
  const saved = await app.call('documents.generate', { dossierId, kind: 'dossier-overview', options: {} });
  expect(saved.cancelled).toBe(false);
  await go(page, '#/controleren');
  await app.expectScreen('document-check');
  app.platform.nextOpenPath = file;
  await page.getByRole('button', { name: 'Bestand kiezen…' }).click();
  await expect(page.getByTestId('check-result').locator('[data-outcome="found"]')).toBeVisible();
  await shoot(page, '13c-document-controleren');
}

/** "Brieven en mail merge": the letter to the victim's parents prepared in its dialog. */
async function shootLetterFlow(app: VangnetApp, dossierId: string): Promise<void> {
  const { page } = app;
  await go(page, `#/dossiers/${dossierId}/documenten`);
  await page.getByTestId('prepare-letter-victim-parents').click();
  const modal = page.getByRole('dialog');
  await expect(modal.getByTestId('letter-greeting')).toContainText('Beste ');
  await expect(modal.getByLabel('Wat we hebben besproken')).not.toHaveValue('');
  // As the guide describes it: the coordinator checks the suggestion and chooses the salutation.
  await modal.getByText('Mevrouw', { exact: true }).click();
  await expect(modal.getByTestId('letter-greeting')).toContainText('Beste mevrouw ');
  await shoot(page, '13d-brief-voorbereiden');
  // Left without saving, as a user would: "Annuleren", then "Weggooien en sluiten" (the form asks first).
  await modal.getByRole('button', { name: 'Annuleren' }).click();
  await modal.getByRole('button', { name: 'Weggooien en sluiten' }).click();
  await expect(modal).toBeHidden();
}

/**
 * "Een dossier overdragen of delen": a second, fictitious school's vault (a core service in this
 * process) exchanges cards with the app, the app shares an extract, and a package from the
 * other school is opened for review.
 */
async function shootExchange(app: VangnetApp, dossierId: string): Promise<void> {
  const { page } = app;
  const partner = await createTestService({ userName: 'Joris Bakker (zorgcoördinator)' });
  try {
    await partner.dispatchOk('school.update', {
      ...(await partner.dispatchOk('school.get', {})),
      name: 'Stedelijk Lyceum Noord',
    });
    await partner.dispatchOk('exchange.addContact', {
      text: (await app.call('exchange.myCard', {})).text,
      kind: 'school',
      name: '',
      verified: true,
      note: '',
    });
    const partnerCard = await partner.dispatchOk('exchange.myCard', {});

    await go(page, '#/uitwisselen');
    await app.expectScreen('exchange');
    await page.getByRole('button', { name: 'Kaart toevoegen…' }).click();
    const add = page.getByRole('dialog', { name: 'Vangnet-kaart toevoegen' });
    await add.getByLabel('Plak de tekst van de kaart').fill(partnerCard.text);
    await add.getByRole('button', { name: 'Kaart controleren' }).click();
    await expect(add.getByTestId('card-fingerprint')).toHaveText(partnerCard.fingerprint);
    await add.getByLabel(/vingerafdruk telefonisch vergeleken/).check();
    await shoot(page, '22-kaart-toevoegen');
    await add.getByRole('button', { name: 'Toevoegen aan adresboek' }).click();
    await expect(add).toBeHidden();
    await expect(page.getByTestId('contact-row')).toHaveCount(1);
    // The own card's fingerprint and the address book with its new row, both whole.
    await scrollToTop(page.getByTestId('my-fingerprint'));
    await shoot(page, '21-overdragen-en-delen');

    await go(page, `#/dossiers/${dossierId}`);
    await page.getByRole('button', { name: 'Overdragen of delen…' }).click();
    const send = page.getByTestId('send-dialog');
    await send.getByLabel('Delen met de andere school').check();
    await send.getByRole('checkbox', { name: /Stedelijk Lyceum Noord/ }).check();
    await expect(send.getByTestId('send-preview')).toBeVisible();
    await send.getByTestId('send-preview').scrollIntoViewIfNeeded();
    await shoot(page, '23-delen');
    await page.keyboard.press('Escape');

    // A package from the other school, opened for review (nothing imported).
    const theirs = await seedDossier(partner, { tag: '' });
    const contactId = (await partner.dispatchOk('exchange.listContacts', {}))[0]?.id ?? '';
    partner.platform.nextSavePath = path.join(partner.dirs.out, 'pakket.age');
    await partner.dispatchOk('exchange.send', {
      dossierId: theirs.dossierId,
      kind: 'delen',
      contactIds: [contactId],
      oneTimePassphrase: false,
      sections: ['feiten', 'personen', 'stappen', 'logboek'],
      includeThirdParties: false,
      keepAsCoOwner: false,
    });
    await go(page, '#/uitwisselen');
    app.platform.nextOpenPath = path.join(partner.dirs.out, 'pakket.age');
    await page.getByRole('button', { name: 'Pakket openen…' }).click();
    await expect(page.getByTestId('import-sender')).toBeVisible();
    await shoot(page, '24-pakket-ontvangen');
    await page.keyboard.press('Escape');
  } finally {
    partner.cleanup();
  }
}
