import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/harness/chromium';

/**
 * End-to-end: the production renderer build (npm run test:e2e builds it first) in Debian's
 * Chromium, with the real core service behind the bridge. No web server: the harness serves
 * dist/renderer itself through request routing.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // Two cores: one Chromium per worker plus the core's SQLCipher work.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  // Upper bounds, not waits: a passing test never sits them out. CI runs on a loaded 2-core
  // machine where a first lazy screen took 14 s and a long test ~50 s (both under the old 10 s /
  // 60 s bounds only just, or not); tests wait on readiness signals, these only catch a hang.
  timeout: 150_000,
  expect: { timeout: 25_000 },
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
