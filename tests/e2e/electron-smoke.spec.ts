import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { createVaultViaUi, screenLocator, unlockViaUi, waitForReady } from './harness/flows';

const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');

/**
 * Where the Electron binary is, read the way the electron package itself does — but without
 * require('electron'), which would try to download the binary when it is missing.
 */
function electronBinary(): { path: string } | { missing: string } {
  const pathTxt = path.join(ELECTRON_DIR, 'path.txt');
  const dist = path.join(ELECTRON_DIR, 'dist');
  if (!fs.existsSync(pathTxt)) return { missing: `${path.relative(ROOT, pathTxt)} does not exist` };
  if (!fs.existsSync(dist)) return { missing: `${path.relative(ROOT, dist)} does not exist` };
  const binary = path.join(dist, fs.readFileSync(pathTxt, 'utf8').trim());
  if (!fs.existsSync(binary)) return { missing: `${path.relative(ROOT, binary)} does not exist` };
  return { path: binary };
}

function mainEntry(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };
  return path.join(ROOT, pkg.main);
}

test.describe('Electron smoke', () => {
  const binary = electronBinary();
  if ('missing' in binary) {
    const reason = `Electron binary not available (${binary.missing}); the Electron smoke test is skipped. The Chromium suite covers the renderer.`;
    console.log(`[electron-smoke] ${reason}`);
    test.skip(true, reason);
  }

  test('starts the real app, creates and unlocks a vault, with a hardened window', async () => {
    if ('missing' in binary) return;
    expect(fs.existsSync(mainEntry()), `${mainEntry()} missing: run "npm run build" first`).toBe(true);
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-electron-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: [ROOT],
      env: { ...process.env, VANGNET_USER_DATA: userData, ELECTRON_ENABLE_LOGGING: '0' } as Record<string, string>,
    });
    try {
      const page = await app.firstWindow();
      await waitForReady(page);
      expect(page.url()).toMatch(/^app:\/\/vangnet\//);

      const passphrase = 'wolkenkrabber paddenstoel trompet 71';
      await createVaultViaUi(page, 'Smoke Test', passphrase);
      await page.getByRole('button', { name: 'Scherm vergrendelen' }).click();
      await expect(screenLocator(page, 'lock')).toBeVisible();
      await unlockViaUi(page, 'dit is niet de goede zin', { expectFailure: true });
      await unlockViaUi(page, passphrase);

      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const win = BrowserWindow.getAllWindows()[0];
        // Missing from electron.d.ts in some versions, present at runtime.
        const wc = win?.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> } | undefined;
        const p = wc?.getLastWebPreferences();
        return {
          windows: BrowserWindow.getAllWindows().length,
          contextIsolation: p?.contextIsolation,
          sandbox: p?.sandbox,
          nodeIntegration: p?.nodeIntegration,
          nodeIntegrationInWorker: p?.nodeIntegrationInWorker,
          webSecurity: p?.webSecurity,
          webviewTag: p?.webviewTag,
          allowRunningInsecureContent: p?.allowRunningInsecureContent,
        };
      });
      expect(prefs).toEqual({
        windows: 1,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        webviewTag: false,
        allowRunningInsecureContent: false,
      });

      // The page sees the bridge and nothing of Node.
      const globals = (await page.evaluate(
        `({ require: typeof require, process: typeof process, bridge: typeof window.vangnet, unlock: typeof window.vangnet?.['vault.unlock'] })`,
      )) as Record<string, string>;
      expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object', unlock: 'function' });
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });
});
