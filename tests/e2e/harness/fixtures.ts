import { test as base, expect } from '@playwright/test';
import { VangnetApp, type LaunchOptions } from './VangnetApp';

export { expect };
export { expectAccessible } from './axe';
export { VangnetApp } from './VangnetApp';

interface TestFixtures {
  appOptions: LaunchOptions;
  app: VangnetApp;
}

interface WorkerFixtures {
  sharedAppOptions: LaunchOptions;
  sharedApp: VangnetApp;
}

/** Launching includes creating a vault (Argon2) and the first page load: generous on a busy machine. */
const SHARED_APP_TIMEOUT = 120_000;

async function closeAndCheck(app: VangnetApp, use: (app: VangnetApp) => Promise<void>): Promise<void> {
  try {
    await use(app);
  } finally {
    await app.close();
  }
  expect(app.foreignRequests, 'requests that left the app origin').toEqual([]);
}

/**
 * `app`: a fresh VangnetApp per test (own temp vault, own browser context). Configure with
 * `test.use({ appOptions: { vault: 'locked' } })`. After the test, any request that left our
 * origin fails it.
 *
 * `sharedApp`: one VangnetApp per worker, for a story told in several named phases
 * (`test.describe.configure({ mode: 'serial' })`): each phase is its own test, so a failure says
 * which phase broke, and the phases continue on the same vault and page. Configure with
 * `test.use({ sharedAppOptions: { … } })` at the top of the file.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  appOptions: [{}, { option: true }],
  app: async ({ browser, appOptions }, use) => {
    await closeAndCheck(await VangnetApp.launch(browser, appOptions), use);
  },
  sharedAppOptions: [{}, { option: true, scope: 'worker' }],
  sharedApp: [
    async ({ browser, sharedAppOptions }, use) => {
      await closeAndCheck(await VangnetApp.launch(browser, sharedAppOptions), use);
    },
    { scope: 'worker', timeout: SHARED_APP_TIMEOUT },
  ],
});
