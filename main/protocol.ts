import fs from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { resolveAppPath } from './app-path';
import { PRINT_SCHEME } from './print';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './window-options';

/** Must run before app 'ready': makes app:// behave like https (origin, storage, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
    // Documents being printed, served from memory to a hidden window (main/print.ts).
    { scheme: PRINT_SCHEME, privileges: { standard: true, secure: true, stream: true } },
  ]);
}

/** Headers on every app:// response, errors included. */
export function securityHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

/**
 * Serves dist/renderer from app://vangnet/. Files are read directly (not via net.fetch
 * of a file:// URL) so no second scheme is involved and the CSP header is always ours.
 */
export function serveRenderer(ses: Session, rendererRoot: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppPath(rendererRoot, request.url);
    if (!asset) {
      return new Response('Niet gevonden', {
        status: 404,
        headers: securityHeaders('text/plain; charset=utf-8'),
      });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Niet toegestaan', {
        status: 405,
        headers: securityHeaders('text/plain; charset=utf-8'),
      });
    }
    try {
      const body = await fs.readFile(asset.file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: securityHeaders(asset.mimeType),
      });
    } catch {
      return new Response('Niet gevonden', {
        status: 404,
        headers: securityHeaders('text/plain; charset=utf-8'),
      });
    }
  });
}
