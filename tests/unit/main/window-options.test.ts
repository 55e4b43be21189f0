import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  hardenedWebPreferences,
  mainWindowOptions,
  printWindowOptions,
} from '../../../main/window-options';

describe('window options', () => {
  it('use the hardened webPreferences', () => {
    const prefs = mainWindowOptions('/x/preload.cjs', { devTools: false }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('the hidden print window is hardened the same way, without preload or devtools', () => {
    const session = {} as Electron.Session;
    const opts = printWindowOptions({ title: 'Brief', session });
    expect(opts.show).toBe(false);
    expect(opts.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
      plugins: true,
      spellcheck: false,
    });
    expect(opts.webPreferences?.session).toBe(session);
    expect(opts.webPreferences).not.toHaveProperty('preload');
  });

  it('cannot be weakened by the devTools switch', () => {
    const dev = mainWindowOptions('/p.cjs', { devTools: true }).webPreferences;
    const prod = mainWindowOptions('/p.cjs', { devTools: false }).webPreferences;
    expect({ ...dev, devTools: false }).toEqual(prod);
  });

  it('preferences are fresh objects (no shared mutable state)', () => {
    const a = hardenedWebPreferences('/a');
    a.nodeIntegration = true;
    expect(hardenedWebPreferences('/a').nodeIntegration).toBe(false);
  });

  it('loads the renderer from app://vangnet, not file://', () => {
    expect(APP_ENTRY_URL).toBe('app://vangnet/index.html');
  });

  it('has the strict Content-Security-Policy', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
