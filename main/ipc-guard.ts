import { APP_HOST, APP_SCHEME } from './window-options';

/**
 * Whether an IPC call may reach the core: only the main frame of a page served from
 * app://vangnet. Pure (no electron) so it can be tested under Node.
 *
 * Node's URL gives `origin === 'null'` for non-special schemes, so the check compares
 * scheme, host, port and credentials explicitly instead of `origin`.
 */
export function isTrustedSender(url: string | null | undefined, isMainFrame: boolean): boolean {
  if (!isMainFrame) return false;
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    // Chromium lowercases standard-scheme hosts; Node's URL does not for custom schemes.
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
