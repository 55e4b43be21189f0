import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM build script without type declarations
import { mainBuildOptions, root } from '../../../scripts/build-main.mjs';

/**
 * Boots the real main bundle (built exactly as `npm run build:main` builds it) in a Node
 * child process where require('electron') returns a recording fake
 * (fixtures/fake-electron.cjs), then drives what main registered: the app:// handler, the
 * network and permission policies, navigation handlers, the IPC handler (backed by the
 * real core service and a temp user-data folder) and the menu.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON report from the child
let report: any;
let tmp = '';

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-main-boot-'));
  const mainDir = path.join(tmp, 'dist', 'main');
  fs.mkdirSync(mainDir, { recursive: true });
  fs.mkdirSync(path.join(tmp, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Vangnet</title>');
  const out = await esbuild.build({ ...mainBuildOptions(), write: false, outdir: mainDir });
  const file = out.outputFiles?.find((f) => f.path.endsWith('main.cjs'));
  if (!file) throw new Error('no main.cjs built');
  fs.writeFileSync(path.join(mainDir, 'main.cjs'), file.contents);

  const userData = path.join(tmp, 'userdata');
  const child = spawnSync(
    process.execPath,
    [path.join(__dirname, 'fixtures', 'boot-child.cjs'), path.join(mainDir, 'main.cjs')],
    {
      encoding: 'utf8',
      env: { ...process.env, VANGNET_USER_DATA: userData, NODE_PATH: path.join(root, 'node_modules') },
      timeout: 60_000,
    },
  );
  if (child.status !== 0) throw new Error(`boot child failed: ${child.stderr}`);
  report = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}');
  report.userData = userData;
}, 90_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('main process boot (built bundle, fake electron)', () => {
  it('registers the app:// scheme, the sandbox and the user-data override before ready', () => {
    expect(report.beforeReady).toEqual(
      expect.arrayContaining([
        'app.setPath',
        'protocol.registerSchemesAsPrivileged',
        'app.enableSandbox',
        'app.requestSingleInstanceLock',
      ]),
    );
    const scheme = report.calls.find(
      (c: { name: string }) => c.name === 'protocol.registerSchemesAsPrivileged',
    );
    // app:// for the page; vangnet-print:// serves a PDF from memory to the hidden print window.
    expect(scheme.args[0]).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
      { scheme: 'vangnet-print', privileges: { standard: true, secure: true, stream: true } },
    ]);
    for (const s of scheme.args[0]) expect(s.privileges.bypassCSP).toBeUndefined();
    const setPath = report.calls.find((c: { name: string }) => c.name === 'app.setPath');
    expect(setPath.args).toEqual(['userData', report.userData]);
  });

  it('opens one hardened window on app://vangnet', () => {
    expect(report.window.loaded).toEqual(['app://vangnet/index.html']);
    expect(report.window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(report.window.options.webPreferences.preload).toMatch(/dist[\\/]main[\\/]preload\.cjs$/);
  });

  it('serves the renderer with the CSP header and refuses traversal', () => {
    expect(report.protocol.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(report.protocol.index.body).toContain('<title>Vangnet</title>');
    expect(report.protocol.index.csp).toContain("script-src 'self'");
    expect(report.protocol.route.status).toBe(200);
    expect(report.protocol.traversal.status).toBe(404);
    expect(report.protocol.traversal.csp).toContain("default-src 'self'");
    expect(report.protocol.missing.status).toBe(404);
  });

  it('cancels every request that is not app://, and denies all permissions', () => {
    expect(report.network).toEqual({ app: false, https: true, http: true });
    expect(report.permissions).toEqual({ request: false, check: false, device: false });
    expect(report.spellChecker).toBe(false);
  });

  it('cancels navigation and denies new windows (allowlisted links go to the confirm dialog)', () => {
    expect(report.navigation.prevented).toBe(true);
    expect(report.navigation.windowOpen).toEqual({ action: 'deny' });
    // The fake dialog answers "Annuleren", so nothing was opened.
    expect(report.calls.some((c: { name: string }) => c.name === 'shell.openExternal')).toBe(false);
  });

  it('answers IPC from the trusted main frame through the real core, and refuses others', () => {
    expect(report.ipc.channels).toEqual(['vangnet:invoke']);
    expect(report.ipc.trusted).toEqual({
      ok: true,
      value: expect.objectContaining({ state: 'no-vault', location: path.join(report.userData, 'vault') }),
    });
    for (const refused of [report.ipc.subframe, report.ipc.foreign, report.ipc.noFrame]) {
      expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) });
    }
    expect(report.ipc.unknownOp).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'UNKNOWN_OPERATION' }),
    });
  });

  it('prints from memory in a hidden sandboxed window; a cancelled job is not "afgedrukt"; no file is written', () => {
    expect(report.print.cancelled).toEqual({ ok: true, value: { printed: false, pages: expect.any(Number) } });
    expect(report.print.printed).toEqual({ ok: true, value: { printed: true, pages: expect.any(Number) } });
    expect(report.print.windows).toHaveLength(2);
    for (const w of report.print.windows) {
      expect(w.show).toBe(false);
      expect(w.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        session: 'vangnet-print',
      });
      expect(w.webPreferences.preload).toBeUndefined();
      expect(w.loaded[0]).toMatch(/^vangnet-print:\/\/[0-9a-f]{32}\/document\.pdf$/);
      expect(w.destroyed).toBe(true);
    }
    expect(report.print.served).toEqual([
      expect.objectContaining({ status: 200, type: 'application/pdf', head: '%PDF-' }),
      expect.objectContaining({ status: 200, type: 'application/pdf', head: '%PDF-' }),
    ]);
    // The bytes are gone from memory after the job, and the print session reaches nothing outside.
    expect(report.print.afterJob).toBe(404);
    expect(report.print.network).toBe(true);
    const pdfs: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (fs.readFileSync(p).subarray(0, 5).toString('latin1') === '%PDF-') pdfs.push(p);
      }
    };
    walk(report.userData);
    walk(tmp);
    expect(pdfs).toEqual([]);
  });

  it('has the Dutch menu with the lock shortcut, and sends locked/menu events', () => {
    expect(report.menu.top).toEqual(
      expect.arrayContaining(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']),
    );
    expect(report.menu.lock).toBe('CmdOrCtrl+L');
    expect(report.menu.guide).toBe('F1');
    // After the language setting changes to English, main builds the menu again in English.
    expect(report.languageChange.ok).toBe(true);
    expect(report.menuEnglish.rebuilt).toBe(true);
    expect(report.menuEnglish.top).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']));
    expect(report.menuEnglish.lock).toBe('CmdOrCtrl+L');
    expect(report.sentBeforeVault).toEqual([
      ['vangnet:event', 'locked', { reason: 'shortcut' }],
      ['vangnet:event', 'menu', { action: 'guide' }],
    ]);
    // The screen-lock event found no open vault, so it sent nothing.
  });

  it('locks an open vault on suspend and tells the renderer', () => {
    expect(report.create.ok).toBe(true);
    expect(report.unlockedStatus.value.state).toBe('unlocked');
    expect(report.lockedStatus.value.state).toBe('locked');
    expect(report.sent.at(-1)).toEqual(['vangnet:event', 'locked', { reason: 'suspend' }]);
    expect(fs.existsSync(path.join(report.userData, 'vault'))).toBe(true);
  });

  it('runs "Back-up maken" in main and reports the core’s Dutch refusal when locked', () => {
    expect(report.dialogs.at(-1)).toEqual({
      type: 'warning',
      title: 'Back-up niet gemaakt',
      message: expect.stringMatching(/vergrendeld/i),
    });
  });
});
