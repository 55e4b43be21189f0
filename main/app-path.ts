import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './window-options';

type PathImpl = Pick<typeof nodePath, 'resolve' | 'sep' | 'extname'>;

export interface ResolvedAsset {
  file: string;
  mimeType: string;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(file: string, pathImpl: PathImpl = nodePath): string {
  return MIME[pathImpl.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app://vangnet/... request to a file inside `root` (dist/renderer), or null when
 * the request must be refused: another scheme or host, undecodable or NUL-containing paths,
 * and anything that would resolve outside `root` (../, encoded ..%2f, backslashes on
 * Windows, absolute or drive paths). Paths without an extension are client-side routes
 * and get index.html. `pathImpl` lets tests check Windows semantics on Linux.
 */
export function resolveAppPath(
  root: string,
  requestUrl: string,
  pathImpl: PathImpl = nodePath,
): ResolvedAsset | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (
    url.protocol !== `${APP_SCHEME}:` ||
    url.hostname.toLowerCase() !== APP_HOST ||
    url.port !== '' ||
    url.username ||
    url.password
  ) {
    return null;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Any dot-dot segment (with either separator) is refused outright, even when it would
  // still land inside root: there is no legitimate use for one.
  if (decoded.split(/[\\/]/).some((segment) => segment === '..')) return null;

  let relative = decoded.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  else if (pathImpl.extname(relative) === '') relative = 'index.html';

  const base = pathImpl.resolve(root);
  const file = pathImpl.resolve(base, relative);
  if (file !== base && !file.startsWith(base.endsWith(pathImpl.sep) ? base : base + pathImpl.sep))
    return null;
  if (file === base) return null;
  return { file, mimeType: mimeTypeFor(file, pathImpl) };
}
