import { test as base, expect } from '@playwright/test';
import { VangnetApp, type LaunchOptions } from './VangnetApp';

export { expect };
export { expectAccessible } from './axe';
export { VangnetApp } from './VangnetApp';

/**
 * `app`: a fresh VangnetApp per test (own temp vault, own browser context). Configure with
 * `test.use({ appOptions: { vault: 'locked' } })`. After the test, any request that left our
 * origin fails it.
 */
export const test = base.extend<{ appOptions: LaunchOptions; app: VangnetApp }>({
  appOptions: [{}, { option: true }],
  app: async ({ browser, appOptions }, use) => {
    const app = await VangnetApp.launch(browser, appOptions);
    try {
      await use(app);
    } finally {
      await app.close();
    }
    expect(app.foreignRequests, 'requests that left the app origin').toEqual([]);
  },
});
