// `npm run dist[:win|:mac|:linux]`: build, rebuild native modules for Electron, package
// with electron-builder, then rebuild them for Node again so the unit tests keep working.
// install-app-deps runs only here, never in postinstall: node_modules must stay Node-ABI
// for development and tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shell = process.platform === 'win32';
const npm = shell ? 'npm.cmd' : 'npm';
const npx = shell ? 'npx.cmd' : 'npx';

const PLATFORM_FLAGS = new Set(['--win', '--mac', '--linux']);
const args = process.argv.slice(2);
const platforms = args.filter((a) => PLATFORM_FLAGS.has(a));
const passThrough = args.filter((a) => !PLATFORM_FLAGS.has(a));

function step(label, cmd, cmdArgs) {
  console.log(`\ndist: ${label}`);
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', shell });
  return result.status === 0;
}

let ok =
  step('building renderer and main', npm, ['run', 'build']) &&
  step('rebuilding native modules for Electron', npx, ['electron-builder', 'install-app-deps']);
if (ok) {
  ok = step('packaging', npx, [
    'electron-builder',
    '--config',
    'electron-builder.yml',
    '--publish',
    'never',
    ...platforms,
    ...passThrough,
  ]);
}
// Always restore the Node build, also after a failed package step.
const restored = step('restoring the Node build of better-sqlite3-multiple-ciphers', npm, [
  'rebuild',
  'better-sqlite3-multiple-ciphers',
]);
if (!restored)
  console.error('dist: run `npm rebuild better-sqlite3-multiple-ciphers` before running the tests.');
process.exit(ok && restored ? 0 : 1);
