import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from '@playwright/test';

/** The page's own origin in the harness (Electron uses app://; both are "self" for the CSP). */
export const APP_ORIGIN = 'http://vangnet.test';
/** dist/renderer, or VANGNET_RENDERER_DIR (a private build, e.g. while others rebuild dist/). */
export const RENDERER_DIR = path.resolve(
  process.env.VANGNET_RENDERER_DIR ?? path.join(fileURLToPath(new URL('.', import.meta.url)), '../../../dist/renderer'),
);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * The CSP as written in the built index.html's meta tag: one source of truth, sent as a
 * response header as well (as Electron's protocol handler should).
 */
export function readCsp(dir = RENDERER_DIR): string {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('readCsp: no CSP meta tag in dist/renderer/index.html');
  return match[1];
}

export function assertBuilt(dir = RENDERER_DIR): void {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No renderer build in ${dir}. Run "npm run build:renderer" (npm run test:e2e does this).`);
  }
}

/** Serves dist/renderer for APP_ORIGIN from disk; refuses anything outside the folder. */
export async function serveRenderer(route: Route, csp: string, dir = RENDERER_DIR): Promise<void> {
  const url = new URL(route.request().url());
  const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  const file = path.normalize(path.join(dir, rel));
  if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    return;
  }
  await route.fulfill({
    status: 200,
    contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
    headers: {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
    body: fs.readFileSync(file),
  });
}
