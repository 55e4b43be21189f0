// `npm start`: build the renderer and main, make sure an Electron-ABI build of the SQLite
// binding exists in dist/native/, then run Electron on the built app.
//
// Why a separate binding: better-sqlite3-multiple-ciphers in node_modules is built for
// Node's ABI (the unit tests run under Node). Electron has its own ABI, so a copy of the
// module is built for Electron into dist/native/ and the core loads it through the
// `nativeBinding` option (main/paths.ts). node_modules is never touched.
// Needs network on first run (prebuilt download or Electron headers for node-gyp).
//
// Options: --skip-renderer  --skip-main  --skip-native  --native-only  --rebuild-native
//          any arguments after `--` are passed to Electron.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODULE = 'better-sqlite3-multiple-ciphers';
export const nativeDir = path.join(root, 'dist', 'native');
const bindingFile = path.join(nativeDir, 'better_sqlite3.node');
const stampFile = path.join(nativeDir, 'binding.json');

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  return result.status === 0;
}

/** What the binding in dist/native must match; any change forces a rebuild. */
export function wantedStamp() {
  return {
    module: MODULE,
    moduleVersion: readJson(path.join(root, 'node_modules', MODULE, 'package.json')).version,
    electron: readJson(path.join(root, 'node_modules', 'electron', 'package.json')).version,
    platform: process.platform,
    arch: process.arch,
  };
}

export function bindingIsCurrent(stamp = wantedStamp()) {
  if (!fs.existsSync(bindingFile) || !fs.existsSync(stampFile)) return false;
  try {
    return JSON.stringify(readJson(stampFile)) === JSON.stringify(stamp);
  } catch {
    return false;
  }
}

/** Builds the Electron-ABI binding in a scratch copy of the module, then keeps only the .node. */
export function ensureElectronBinding({ force = false } = {}) {
  const stamp = wantedStamp();
  if (!force && bindingIsCurrent(stamp)) {
    console.log(`start: Electron ${stamp.electron} SQLite binding is up to date (dist/native).`);
    return true;
  }
  console.log(
    `start: building ${MODULE} ${stamp.moduleVersion} for Electron ${stamp.electron} (${stamp.platform}-${stamp.arch}) …`,
  );
  const work = path.join(nativeDir, 'work', MODULE);
  fs.rmSync(path.join(nativeDir, 'work'), { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const source = path.join(root, 'node_modules', MODULE);
  fs.cpSync(source, work, {
    recursive: true,
    // Leave the Node build behind so nothing Node-ABI can end up in dist/native.
    filter: (src) => path.relative(source, src).split(path.sep)[0] !== 'build',
  });

  const env = {
    ...process.env,
    npm_config_runtime: 'electron',
    npm_config_target: stamp.electron,
    npm_config_disturl: 'https://electronjs.org/headers',
    npm_config_arch: stamp.arch,
  };
  const prebuild = require.resolve('prebuild-install/bin.js', { paths: [root] });
  const prebuilt = run(
    process.execPath,
    [
      prebuild,
      '--runtime=electron',
      `--target=${stamp.electron}`,
      `--arch=${stamp.arch}`,
      `--platform=${stamp.platform}`,
    ],
    { cwd: work, env },
  );
  if (!prebuilt) {
    console.log('start: no prebuilt binary; compiling with node-gyp against the Electron headers …');
    const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [root] });
    const compiled = run(
      process.execPath,
      [
        nodeGyp,
        'rebuild',
        '--release',
        `--target=${stamp.electron}`,
        `--arch=${stamp.arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, env },
    );
    if (!compiled) {
      fs.rmSync(path.join(nativeDir, 'work'), { recursive: true, force: true });
      console.error('start: could not build the SQLite binding for Electron (network or compiler missing).');
      return false;
    }
  }
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(built)) {
    console.error(`start: build finished but ${path.relative(root, built)} is missing.`);
    return false;
  }
  fs.copyFileSync(built, bindingFile);
  fs.writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  fs.rmSync(path.join(nativeDir, 'work'), { recursive: true, force: true });
  console.log(`start: wrote ${path.relative(root, bindingFile)}`);
  return true;
}

function electronBinary() {
  try {
    // The electron package resolves (and on first use downloads) its binary.
    return require('electron');
  } catch (err) {
    console.error(`start: the Electron binary is not available: ${err instanceof Error ? err.message : err}`);
    return null;
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const dashdash = argv.indexOf('--');
  const own = new Set(dashdash === -1 ? argv : argv.slice(0, dashdash));
  const passThrough = dashdash === -1 ? [] : argv.slice(dashdash + 1);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const shell = process.platform === 'win32';

  fs.mkdirSync(nativeDir, { recursive: true });
  if (own.has('--native-only'))
    process.exit(ensureElectronBinding({ force: own.has('--rebuild-native') }) ? 0 : 1);

  if (!own.has('--skip-renderer') && !run(npm, ['run', 'build:renderer'], { shell })) process.exit(1);
  if (!own.has('--skip-main') && !run(npm, ['run', 'build:main'], { shell })) process.exit(1);
  if (!own.has('--skip-native') && !ensureElectronBinding({ force: own.has('--rebuild-native') }))
    process.exit(1);

  const electron = electronBinary();
  if (!electron) process.exit(1);
  const env = { ...process.env };
  // Would turn Electron into plain Node and skip the app entirely.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, [root, ...passThrough], { stdio: 'inherit', env, cwd: root });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
