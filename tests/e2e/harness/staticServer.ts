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
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`No renderer build in ${dir}. Run "npm run build:renderer" (npm run test:e2e does this).`);
  }
  // A build older than the renderer's sources tests yesterday's page against today's core: the
  // page then fails in ways that look like bugs (a field it does not have yet). Checked once.
  staleSource ??= newestSourceAfter(fs.statSync(index).mtimeMs);
  if (staleSource) {
    throw new Error(
      `The renderer build in ${dir} is older than ${staleSource}. Run "npm run build:renderer" first.`,
    );
  }
}

let staleSource: string | null | undefined;
const REPO = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
/**
 * What the renderer bundle is built from (the page imports src/shared and the guide's text).
 * Not the guide's screenshots: the guide run writes those while it runs.
 */
const RENDERER_SOURCES = ['renderer/src', 'renderer/index.html', 'src/shared', 'docs/gebruikershandleiding.md'];

/** The first renderer source file changed after `builtAt` (ms), or null. */
function newestSourceAfter(builtAt: number): string | null {
  const walk = (p: string): string | null => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return null;
    if (!st.isDirectory()) return st.mtimeMs > builtAt ? path.relative(REPO, p) : null;
    for (const name of fs.readdirSync(p)) {
      const hit = walk(path.join(p, name));
      if (hit) return hit;
    }
    return null;
  };
  for (const rel of RENDERER_SOURCES) {
    const hit = walk(path.join(REPO, rel));
    if (hit) return hit;
  }
  return null;
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
