/**
 * Debian's Chromium (no Playwright browser download on this machine or in CI), with every
 * background service off so the "no network traffic" test measures the app, not the browser.
 */
export const CHROMIUM_PATH = process.env.VANGNET_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
