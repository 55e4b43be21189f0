import { expect, test } from './harness/fixtures';

/**
 * Hostile content in every text field is shown as text, never executed. The payloads go in
 * through the contract (as a colleague typing them would), then every screen that shows
 * them is visited. Any dialog, page error or the `__xss` marker fails the test.
 */
const PAYLOADS = [
  `<img src=x onerror="window.__xss=1;alert('img')">`,
  `<script>window.__xss=2;alert('script')</script>`,
  `"><svg onload="window.__xss=3;alert('svg')">`,
  `{{constructor.constructor('window.__xss=4')()}}`,
];
const P = (i: number) => PAYLOADS[i % PAYLOADS.length]!;
const BAD_URLS = ['javascript:window.__xss=5;alert(5)', 'file:///etc/passwd', 'data:text/html,<script>alert(6)</script>'];

test.use({ appOptions: { vault: 'unlocked' } });

test('XSS payloads in names, notes, logbook, conversations, monitoring and school profile stay text', async ({ app }) => {
  const { page } = app;
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));

  const school = await app.call('school.get', {});
  await app.call('school.update', { ...school, name: `School ${P(0)}`, confidant: P(1), notes: P(2) });
  const { dossierId } = await app.call('dossier.create', {
    title: `Casus ${P(0)}`,
    discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
    howDiscovered: P(1),
    materialKind: 'foto',
    victimName: `Leerling ${P(2)}`,
    victimClass: P(3).slice(0, 40),
    lead: `Regie ${P(0)}`,
    otherSchoolInvolved: false,
  });
  await app.call('person.add', {
    dossierId,
    person: {
      role: 'ouder', name: `Ouder ${P(1)}`, className: '', school: P(2), phone: P(3).slice(0, 60), email: P(0).slice(0, 100),
      address: P(1), relatedPersonId: null, language: P(2).slice(0, 100), interpreterNeeded: false, sensitivities: P(3), notes: P(0),
    },
  });
  await app.call('step.update', { dossierId, stepId: 'aandacht-slachtoffer', patch: { status: 'bezig', owner: P(1).slice(0, 100), notes: P(2) } });
  await app.call('action.add', { dossierId, action: { stepId: null, wie: P(3).slice(0, 100), wat: P(0), wanneer: null, waar: P(1).slice(0, 100), hoe: P(2) } });
  const entry = await app.call('chronology.add', { dossierId, occurredAt: null, text: `Logboek ${P(1)}` });
  await app.call('chronology.correct', { dossierId, correctsId: entry.id, text: `Correctie ${P(2)}` });
  await app.call('conversation.add', {
    dossierId,
    conversation: {
      stepId: null, withWhom: P(3).slice(0, 100), personIds: [], heldAt: new Date(Date.now() - 60_000).toISOString(), heldBy: P(0).slice(0, 100),
      location: '', preparation: {}, summary: P(1), agreements: P(2), followUp: P(3),
    },
  });
  for (const url of BAD_URLS) {
    const r = await app.service.dispatch('monitoring.quickAdd', { dossierId, platform: 'instagram', location: url, description: `Post ${P(0)}` });
    // Refused at the boundary, or stored as inert text: either way never opened (checked below).
    if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
  }
  await app.service.dispatch('monitoring.quickAdd', { dossierId, platform: 'instagram', location: 'https://www.instagram.com/x', description: `Post ${P(1)}` });

  const popups: string[] = [];
  app.context.on('page', (p) => popups.push(p.url()));

  const visit = async (hash: string, mustShow: string) => {
    // A hash change alone would keep a screen's old data: reload so each screen fetches anew.
    await page.goto(`${new URL(page.url()).origin}/index.html#${hash}`);
    await page.reload();
    await app.waitForReady();
    await expect(page.getByText(mustShow, { exact: false }).first()).toBeVisible();
  };
  await visit('/', 'Casus <img src=x');
  await visit(`/dossiers/${dossierId}/stappen`, 'Casus <img src=x');
  for (const tab of ['personen', 'acties', 'logboek', 'gesprekken', 'feiten', 'monitoring']) {
    await visit(`/dossiers/${dossierId}/${tab}`, 'Casus <img src=x');
  }
  await visit('/school', 'Schoolprofiel');
  await visit('/monitoring', 'Monitoring');

  // Click every link-like thing that carries a hostile URL: nothing may open.
  for (const url of BAD_URLS) {
    const links = page.locator(`a[href^="${url.split(':')[0]}:"]`);
    expect(await links.count(), `a clickable ${url.split(':')[0]}: link`).toBe(0);
  }

  expect(await page.evaluate('window.__xss')).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(popups).toEqual([]);
  // The payload is on screen as literal text (it was rendered, not interpreted).
  await visit(`/dossiers/${dossierId}/logboek`, 'Logboek <script>window.__xss=2');
  await expect(page.getByText('Correctie "><svg onload=').first()).toBeVisible();
});
