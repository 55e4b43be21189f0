import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the config is free-form YAML
const config: any = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));

/**
 * electron-builder semantics: production node_modules are added implicitly, then the
 * same patterns apply; the last matching pattern wins and "!" excludes.
 */
function included(file: string): boolean {
  let result = file.startsWith('node_modules/');
  for (const pattern of config.files as string[]) {
    const negated = pattern.startsWith('!');
    if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) result = !negated;
  }
  return result;
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    await expect(
      validateConfiguration(structuredClone(config), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('nl.vangnet.app');
    expect(config.productName).toBe('Vangnet');
  });

  it('never publishes or auto-updates', () => {
    expect(config.publish).toBeNull();
    expect(config.dmg.writeUpdateInfo).toBe(false);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('electron-updater');
  });

  it('builds NSIS (Windows), dmg (macOS), AppImage and deb (Linux)', () => {
    const names = (targets: Array<string | { target: string }>) =>
      targets.map((t) => (typeof t === 'string' ? t : t.target));
    expect(names(config.win.target)).toEqual(['nsis']);
    expect(names(config.mac.target)).toEqual(['dmg']);
    expect(names(config.linux.target).sort()).toEqual(['AppImage', 'deb']);
  });

  it('installs per user without admin rights, with a per-machine choice, in Dutch and English', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowElevation: true,
      deleteAppDataOnUninstall: false,
    });
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
    expect(config.nsis.installerLanguages).toEqual(['nl_NL', 'en_US']);
  });

  it('has icons for every platform, and they exist', () => {
    for (const icon of [config.win.icon, config.mac.icon, config.nsis.installerIcon, config.linux.icon]) {
      expect(fs.existsSync(path.join(root, icon)), icon).toBe(true);
    }
    expect(fs.existsSync(path.join(root, config.linux.icon, '512x512.png'))).toBe(true);
    expect(fs.existsSync(path.join(root, config.linux.icon, '256x256.png'))).toBe(true);
  });

  it('associates .vangnetbackup files', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'vangnetbackup', name: 'Vangnet-back-up' }),
    ]);
  });

  it('unpacks the native modules from the asar', () => {
    const unpacked = (file: string) =>
      (config.asarUnpack as string[]).some((p) => minimatch(file, p, { dot: true }));
    expect(config.asar).toBe(true);
    expect(unpacked('node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node')).toBe(
      true,
    );
    expect(unpacked('node_modules/@node-rs/argon2-win32-x64-msvc/argon2.win32-x64-msvc.node')).toBe(true);
    expect(unpacked('node_modules/@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node')).toBe(true);
    expect(unpacked('dist/main/main.cjs')).toBe(false);
  });

  it('packs only the built app: no sources, tests, source maps or .env', () => {
    expect(included('dist/main/main.cjs')).toBe(true);
    expect(included('dist/main/preload.cjs')).toBe(true);
    expect(included('dist/renderer/index.html')).toBe(true);
    expect(included('dist/renderer/assets/index-abc.js')).toBe(true);
    expect(included('package.json')).toBe(true);
    expect(included('node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node')).toBe(
      true,
    );
    expect(included('node_modules/pdfkit/js/pdfkit.js')).toBe(true);

    for (const file of [
      'dist/main/main.cjs.map',
      'dist/renderer/assets/index-abc.js.map',
      'dist/native/better_sqlite3.node',
      '.env',
      'dist/.env.local',
      'node_modules/some-lib/.env',
      'tests/unit/main/links.test.ts',
      'src/core/service.ts',
      'main/main.ts',
      'renderer/src/App.tsx',
      'node_modules/zod/v4/index.d.ts',
      'node_modules/some-lib/test/fixture.js',
      'node_modules/some-lib/index.test.js',
      'node_modules/better-sqlite3-multiple-ciphers/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3-multiple-ciphers/src/better_sqlite3.cpp',
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/test_extension.node',
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/obj.target/x.o',
    ]) {
      expect(included(file), file).toBe(false);
    }
  });

  it('flips the hardening fuses in an afterPack hook', async () => {
    expect(config.afterPack).toBe('build/after-pack.cjs');
    expect(fs.existsSync(path.join(root, config.afterPack))).toBe(true);
    const hook = require(path.join(root, config.afterPack));
    expect(typeof hook).toBe('function');

    const { fuseConfig } = require(path.join(root, 'build/fuses.cjs'));
    const { FuseV1Options, FuseVersion } = await import('@electron/fuses');
    const fuses = fuseConfig(FuseV1Options, FuseVersion, { platform: 'win32', arch: 'x64' });
    expect(fuses.version).toBe(FuseVersion.V1);
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(
      fuseConfig(FuseV1Options, FuseVersion, { platform: 'darwin', arch: 'arm64' }).resetAdHocDarwinSignature,
    ).toBe(true);
  });

  it('keeps package.json pointing at the built main, and no postinstall rebuild', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/main/main.cjs');
    expect(pkg.scripts.postinstall ?? '').not.toMatch(/install-app-deps|electron-rebuild/);
    expect(pkg.scripts.dist).toBe('node build/dist.mjs');
    const dist = fs.readFileSync(path.join(root, 'build/dist.mjs'), 'utf8');
    expect(dist).toMatch(/install-app-deps/);
    expect(dist).toMatch(/'rebuild',\s*'better-sqlite3-multiple-ciphers'/);
  });
});
