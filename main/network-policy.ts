import { APP_HOST, APP_SCHEME } from './window-options';

/**
 * Decides whether a request made by a page may proceed (session.webRequest). The app
 * makes no network requests at all: only our own app:// pages, inline data:/blob: URLs
 * (local by construction) and devtools' own pages are let through.
 */
export function isAllowedRequest(rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  switch (url.protocol) {
    case `${APP_SCHEME}:`:
      return url.hostname.toLowerCase() === APP_HOST;
    case 'data:':
    case 'blob:':
    case 'devtools:':
      return true;
    default:
      return false;
  }
}

/** Seconds of OS-wide idle time after which the backstop in main locks the vault. */
export function idleLockDue(idleSeconds: number, idleLockMinutes: number): boolean {
  if (!Number.isFinite(idleSeconds) || !Number.isFinite(idleLockMinutes) || idleLockMinutes <= 0)
    return false;
  return idleSeconds >= idleLockMinutes * 60;
}
