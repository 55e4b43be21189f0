import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A lint for the Electron shell's sources: settings that would switch off the sandbox
 * or isolation must not appear anywhere in main/, and the only code that opens things
 * outside the app is the allowlist-checked helper.
 */
const mainDir = path.resolve(__dirname, '../../../main');
const sources = fs
  .readdirSync(mainDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|tsx|js|cjs|mjs)$/.test(f))
  .map((f) => ({ file: f.replaceAll('\\', '/'), text: fs.readFileSync(path.join(mainDir, f), 'utf8') }));

/** Source without comments, so explanations in comments do not trip the scan. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('main/ security scan', () => {
  it('finds the main process sources', () => {
    const names = sources.map((s) => s.file);
    expect(names).toEqual(expect.arrayContaining(['main.ts', 'preload.ts', 'window-options.ts', 'ipc.ts']));
  });

  it.each([
    ['nodeIntegration: true', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/],
    ['contextIsolation: false', /contextIsolation\s*:\s*false/],
    ['sandbox: false', /sandbox\s*:\s*false/],
    ['webSecurity: false', /webSecurity\s*:\s*false/],
    ['allowRunningInsecureContent: true', /allowRunningInsecureContent\s*:\s*true/],
    ['experimentalFeatures: true', /experimentalFeatures\s*:\s*true/],
    ['webviewTag: true', /webviewTag\s*:\s*true/],
    ['enableBlinkFeatures', /enableBlinkFeatures/],
    ['disable-web-security switch', /disable-web-security|ignore-certificate-errors|no-sandbox/],
    ['file:// loading', /loadFile\s*\(|['"`]file:\/\//],
    ['remote module', /@electron\/remote|enableRemoteModule/],
    ['eval', /\beval\s*\(|new\s+Function\s*\(/],
    ['insecure http URL', /['"`]http:\/\//],
    ['certificate-error override', /certificate-error|setCertificateVerifyProc/],
    ['bypassCSP privilege', /bypassCSP\s*:\s*true/],
  ])('contains no %s', (_label, pattern) => {
    const hits = sources.filter((s) => pattern.test(code(s.text))).map((s) => s.file);
    expect(hits).toEqual([]);
  });

  it('calls shell.openExternal only in the allowlist helper, and only with the checked URL', () => {
    const callers = sources.filter((s) => /openExternal\s*\(/.test(code(s.text))).map((s) => s.file);
    expect(callers).toEqual(['external-links.ts']);
    const helper = code(sources.find((s) => s.file === 'external-links.ts')?.text ?? '');
    // Exactly one call, its argument is the value returned by the allowlist check.
    const calls = [...helper.matchAll(/openExternal\s*\(\s*([A-Za-z_$][\w$]*)/g)].map((m) => m[1]);
    expect(calls).toEqual(['url']);
    expect(helper).toMatch(
      /const url = allowedExternalUrl\(raw\);\s*if \(url === null\) \{[\s\S]*?\n {4}return false;\n {2}\}\n/,
    );
    // The only assignment to `url` is the allowlist result.
    expect([...helper.matchAll(/\burl\s*=(?!=)/g)]).toHaveLength(1);
  });

  it('every new window and every navigation goes through the denying handlers', () => {
    const hardening = code(sources.find((s) => s.file === 'hardening.ts')?.text ?? '');
    expect(hardening).toMatch(/setWindowOpenHandler\([\s\S]*?return \{ action: 'deny' \}/);
    expect(hardening).toMatch(/'will-navigate'[\s\S]*?event\.preventDefault\(\)/);
    expect(hardening).toMatch(
      /setPermissionRequestHandler\(\(_wc, _permission, callback\) => callback\(false\)\)/,
    );
    expect(hardening).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
    expect(hardening).toMatch(/onBeforeRequest\(/);
  });

  it('creates BrowserWindows only from the hardened options', () => {
    for (const s of sources) {
      const body = code(s.text);
      for (const m of body.matchAll(/new BrowserWindow\(([^)]*)\)/g)) {
        // The app window, or the hidden print window (hardened the same way, without preload).
        expect(m[1], s.file).toMatch(/^(mainWindowOptions|printWindowOptions)\(/);
      }
    }
  });

  it('the preload exposes only window.vangnet and never the raw ipcRenderer', () => {
    const preload = code(sources.find((s) => s.file === 'preload.ts')?.text ?? '');
    const exposes = [...preload.matchAll(/exposeInMainWorld\(\s*'([^']+)'/g)].map((m) => m[1]);
    expect(exposes).toEqual(['vangnet']);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|postMessage)\(/);
  });

  it('registers exactly one IPC handler, on the invoke channel', () => {
    const all = sources.map((s) => code(s.text)).join('\n');
    expect([...all.matchAll(/ipcMain\.(handle|on|once|handleOnce)\(/g)]).toHaveLength(1);
    expect(all).toMatch(/ipcMain\.handle\(INVOKE_CHANNEL,/);
  });

  it('the pure modules the tests import do not import electron at runtime', () => {
    for (const file of [
      'window-options.ts',
      'ipc-guard.ts',
      'app-path.ts',
      'network-policy.ts',
      'paths.ts',
      'log.ts',
    ]) {
      const text = sources.find((s) => s.file === file)?.text ?? '';
      expect(text, file).not.toMatch(/^import (?!type )[^;]*from 'electron'/m);
    }
  });
});
