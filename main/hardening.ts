import { app, type BrowserWindow, type Session, type WebContents } from 'electron';
import type { DialogLanguage } from '../src/shared/i18n/dialogs';
import { openExternalAfterConfirm } from './external-links';
import { isAllowedRequest } from './network-policy';

/**
 * Session-wide rules: every permission refused (camera, microphone, notifications,
 * geolocation, clipboard-read, ...), and every request that is not our own app:// page
 * cancelled, so the app cannot reach the network even if a page tried.
 */
export function hardenSession(ses: Session, log: (message: string) => void): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) log(`network: cancelled a ${details.resourceType} request`);
    callback({ cancel: !allowed });
  });
  // Downloads are never started by our pages; refuse any that a page might trigger.
  ses.on('will-download', (event) => event.preventDefault());
}

/**
 * Navigation rules for every web contents the app creates (main window, and anything a
 * bug might open): no navigation away from the loaded page, no new windows, no
 * <webview>. A click on an allowlisted help link is offered to the system browser.
 */
export function hardenAllWebContents(
  mainWindow: () => BrowserWindow | null,
  log: (message: string) => void,
  language: () => DialogLanguage = () => 'nl',
): void {
  const offerExternal = (url: string): void => {
    openExternalAfterConfirm(url, mainWindow(), language()).catch(() => log('external: could not open a link'));
  };
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => {
      event.preventDefault();
      offerExternal(event.url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      offerExternal(url);
      return { action: 'deny' };
    });
  });
}
