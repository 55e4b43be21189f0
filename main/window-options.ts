import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebPreferences } from 'electron';

/**
 * The window's security settings as plain data. This file must never import electron at
 * runtime (type imports only): the security tests import it under plain Node.
 */

/** The renderer is served from app://vangnet/ — a privileged, standard, secure custom scheme. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'vangnet';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Channels between preload and main: one for calls, one for events. */
export const INVOKE_CHANNEL = 'vangnet:invoke';
export const EVENT_CHANNEL = 'vangnet:event';

/**
 * Sent as a header on every app:// response. 'unsafe-inline' for styles only: Mantine
 * injects style tags at runtime; scripts stay 'self' only, so injected markup cannot run.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Fixed webPreferences for the one app window. Nothing is configurable on purpose. */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // The spellchecker would download Hunspell dictionaries from Google's CDN (a network
    // request); dossier text also must not go to any OS/cloud spelling service.
    spellcheck: false,
    safeDialogs: true,
    autoplayPolicy: 'user-gesture-required',
    devTools: true,
  };
}

export function mainWindowOptions(
  preloadPath: string,
  opts: { devTools: boolean },
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Vangnet',
    backgroundColor: '#f7f7f5',
    autoHideMenuBar: false,
    webPreferences: { ...hardenedWebPreferences(preloadPath), devTools: opts.devTools },
  };
}

/**
 * The hidden window that prints one PDF from memory (main/print.ts): the same hardening without
 * a preload (it has no bridge at all), in its own in-memory session, never shown, no devtools.
 * Chromium's PDF viewer is a plugin, so plugins are on in this window only.
 */
export function printWindowOptions(opts: {
  title: string;
  session: Session;
  parent?: BrowserWindow | undefined;
}): BrowserWindowConstructorOptions {
  const { preload: _none, ...hardened } = hardenedWebPreferences('');
  return {
    show: false,
    title: opts.title,
    ...(opts.parent ? { parent: opts.parent } : {}),
    webPreferences: { ...hardened, session: opts.session, plugins: true, devTools: false },
  };
}
