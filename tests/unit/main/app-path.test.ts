import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppPath } from '../../../main/app-path';

const root = '/opt/vangnet/dist/renderer';

describe('resolveAppPath (posix)', () => {
  const r = (url: string) => resolveAppPath(root, url, path.posix);

  it('maps app:// URLs to files inside the renderer folder', () => {
    expect(r('app://vangnet/index.html')).toEqual({
      file: `${root}/index.html`,
      mimeType: 'text/html; charset=utf-8',
    });
    expect(r('app://vangnet/assets/index-abc.js')?.file).toBe(`${root}/assets/index-abc.js`);
    expect(r('app://vangnet/assets/index-abc.js')?.mimeType).toBe('text/javascript; charset=utf-8');
    expect(r('app://vangnet/assets/a%20b.css')?.file).toBe(`${root}/assets/a b.css`);
    expect(r('app://vangnet/assets/font.woff2?v=1#x')?.file).toBe(`${root}/assets/font.woff2`);
  });

  it('serves index.html for the root and for client-side routes', () => {
    expect(r('app://vangnet/')?.file).toBe(`${root}/index.html`);
    expect(r('app://vangnet')?.file).toBe(`${root}/index.html`);
    expect(r('app://vangnet/dossiers/123')?.file).toBe(`${root}/index.html`);
    expect(r('app://vangnet/assets/')?.file).toBe(`${root}/assets/index.html`);
  });

  it.each([
    'app://vangnet/..%2f..%2f..%2fetc%2fpasswd',
    'app://vangnet/assets/..%2f..%2fsecret.json',
    'app://vangnet/assets/%2e%2e%2f%2e%2e%2fsecret.json',
    'app://vangnet/..%5c..%5csecret.json',
    'app://vangnet/index.html%00.png',
    'app://vangnet/%E0%A4%A.js',
  ])('refuses traversal or malformed path %s', (url) => {
    expect(r(url)).toBeNull();
  });

  it('normalises plain ../ segments inside the URL itself (they never leave root)', () => {
    // WHATWG URL parsing already collapses these, so they land on a file inside root.
    expect(r('app://vangnet/../../etc/passwd.txt')?.file).toBe(`${root}/etc/passwd.txt`);
    expect(r('app://vangnet/%2e%2e/%2e%2e/etc/passwd.txt')?.file).toBe(`${root}/etc/passwd.txt`);
  });

  it('refuses other schemes, hosts and credentials', () => {
    expect(r('file:///etc/passwd')).toBeNull();
    expect(r('https://vangnet/index.html')).toBeNull();
    expect(r('app://other/index.html')).toBeNull();
    expect(r('app://vangnet:81/index.html')).toBeNull();
    expect(r('app://u:p@vangnet/index.html')).toBeNull();
    expect(r('not a url')).toBeNull();
  });

  it('stays inside root even for a root that is a prefix of a sibling', () => {
    // "/opt/vangnet/dist/renderer-evil" must not count as inside "/opt/vangnet/dist/renderer".
    expect(resolveAppPath('/opt/r', 'app://vangnet/x.js', path.posix)?.file).toBe('/opt/r/x.js');
  });
});

describe('resolveAppPath (Windows semantics)', () => {
  const winRoot = 'C:\\Program Files\\Vangnet\\resources\\app.asar\\dist\\renderer';
  const r = (url: string) => resolveAppPath(winRoot, url, path.win32);

  it('maps to files inside root', () => {
    expect(r('app://vangnet/assets/app.js')?.file).toBe(`${winRoot}\\assets\\app.js`);
  });

  it.each([
    'app://vangnet/..%5c..%5c..%5cWindows%5cwin.ini',
    'app://vangnet/assets%5c..%5c..%5c..%5csecret.txt',
    'app://vangnet/C:%5cWindows%5cwin.ini',
    'app://vangnet/C:/Windows/win.ini',
    'app://vangnet/%5c%5cserver%5cshare%5cx.txt',
  ])('refuses %s', (url) => {
    expect(r(url)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('knows the renderer asset types and falls back to octet-stream', () => {
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.WOFF2')).toBe('font/woff2');
    expect(mimeTypeFor('a.exe')).toBe('application/octet-stream');
  });
});
