import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../main/ipc-guard';

describe('isTrustedSender', () => {
  it('accepts the main frame of our own app:// page', () => {
    expect(isTrustedSender('app://vangnet/index.html', true)).toBe(true);
    expect(isTrustedSender('app://vangnet/', true)).toBe(true);
    expect(isTrustedSender('app://vangnet/index.html#/dossiers/1', true)).toBe(true);
    expect(isTrustedSender('APP://VANGNET/index.html', true)).toBe(true);
  });

  it('refuses subframes, even from our own origin', () => {
    expect(isTrustedSender('app://vangnet/index.html', false)).toBe(false);
  });

  it.each([
    'file:///C:/app/dist/renderer/index.html',
    'http://vangnet/index.html',
    'https://vangnet/index.html',
    'http://localhost:5199/',
    'app://evil/index.html',
    'app://vangnet.evil.com/',
    'app://vangnetx/',
    'app://vangnet:8080/',
    'app://user@vangnet/',
    'app://vangnet@evil/',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,hi',
    'null',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, true)).toBe(false);
  });

  it('refuses a missing frame URL', () => {
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender(null, true)).toBe(false);
  });
});
