import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../harness/chromium';

/**
 * Only for `npm run docs:screenshots`: drives the production renderer build (the script
 * builds it first) through the normal e2e harness and writes the user guide's screenshots
 * to docs/handleiding. Kept out of `npm test` (whose config matches *.spec.ts only), because
 * it rewrites committed files.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.guide.ts',
  outputDir: '../../../test-results/guide',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 600_000,
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'off',
    screenshot: 'off',
  },
});
