import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, backupFileFromArgv, safeFileName, userDataOverride } from '../../../main/paths';
import { idleLockDue, isAllowedRequest } from '../../../main/network-policy';
import { describeError } from '../../../main/log';

describe('appPaths', () => {
  const mainDir = path.resolve('/app/dist/main');
  it('finds preload and renderer next to the built main', () => {
    const p = appPaths(mainDir, true, () => true);
    expect(p.preload).toBe(path.join(mainDir, 'preload.cjs'));
    expect(p.rendererRoot).toBe(path.resolve('/app/dist/renderer'));
  });
  it('uses the Electron-ABI binding from dist/native only in development', () => {
    expect(appPaths(mainDir, false, () => true).nativeBinding).toBe(
      path.resolve('/app/dist/native/better_sqlite3.node'),
    );
    expect(appPaths(mainDir, false, () => false).nativeBinding).toBeUndefined();
    expect(appPaths(mainDir, true, () => true).nativeBinding).toBeUndefined();
  });
});

describe('userDataOverride', () => {
  it('accepts an absolute VANGNET_USER_DATA and ignores anything else', () => {
    const abs = path.resolve('/tmp/vangnet-e2e');
    expect(userDataOverride({ VANGNET_USER_DATA: abs })).toBe(abs);
    expect(userDataOverride({ VANGNET_USER_DATA: 'relative/dir' })).toBeNull();
    expect(userDataOverride({ VANGNET_USER_DATA: '  ' })).toBeNull();
    expect(userDataOverride({})).toBeNull();
  });
});

describe('backupFileFromArgv', () => {
  it('finds an absolute .vangnetbackup argument and skips switches and the executable', () => {
    const file = path.resolve('/home/a/Back-up 2026.VangnetBackup');
    expect(backupFileFromArgv(['/opt/Vangnet/vangnet', '--flag', file])).toBe(file);
    expect(backupFileFromArgv(['/opt/Vangnet/vangnet'])).toBeNull();
    expect(backupFileFromArgv(['x', 'relative.vangnetbackup'])).toBeNull();
    expect(backupFileFromArgv(['x', '--evil=/a.vangnetbackup'])).toBeNull();
  });
});

describe('safeFileName', () => {
  it('removes separators, reserved and control characters', () => {
    expect(safeFileName('Brief ouders: klas 2b/3a?')).toBe('Brief ouders klas 2b 3a');
    expect(safeFileName('..\\..\\x\u0000y')).toBe('.. .. x y');
    expect(safeFileName('   ')).toBe('Vangnet-document');
    expect(safeFileName('a'.repeat(300))).toHaveLength(120);
  });
});

describe('isAllowedRequest (no network)', () => {
  it.each([
    ['app://vangnet/index.html', true],
    ['app://vangnet/assets/x.js', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://vangnet/6f1c', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['app://other/x.js', false],
    ['https://fonts.googleapis.com/css', false],
    ['http://localhost:5199/', false],
    ['wss://example.com/', false],
    ['file:///etc/passwd', false],
    ['chrome-extension://abc/x.js', false],
    ['ftp://x/', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedRequest(url)).toBe(allowed);
  });
});

describe('idleLockDue', () => {
  it('locks once system idle time reaches the configured minutes', () => {
    expect(idleLockDue(299, 5)).toBe(false);
    expect(idleLockDue(300, 5)).toBe(true);
    expect(idleLockDue(3600, 60)).toBe(true);
    expect(idleLockDue(Number.NaN, 5)).toBe(false);
    expect(idleLockDue(1000, 0)).toBe(false);
  });
});

describe('describeError', () => {
  it('keeps the error class and stack frames but drops the message (may hold dossier data)', () => {
    const err = Object.assign(new TypeError('Kan dossier van Jan Jansen niet openen'), { code: 'ENOENT' });
    const text = describeError(err);
    expect(text).toMatch(/^TypeError \[ENOENT\]/);
    expect(text).toMatch(/\n\s+at /);
    expect(text).not.toContain('Jansen');
    expect(describeError('Jan Jansen')).toBe('non-Error value of type string');
  });
});
