// Bundles the Electron main process and the preload with esbuild.
//   main/main.ts    -> dist/main/main.cjs     (Node/Electron main, CJS)
//   main/preload.ts -> dist/main/preload.cjs  (sandboxed preload: one CJS file that only
//                                              requires 'electron')
// Runtime dependencies stay external: native modules (SQLite, Argon2) cannot be bundled,
// and pdfkit/fonts read data files relative to their own package.
// Usage: node scripts/build-main.mjs [--sourcemap] [--watch]
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const outDir = path.join(root, 'dist', 'main');
const args = new Set(process.argv.slice(2));
// Dev-only, linked maps without embedded sources; the packager excludes *.map anyway.
const sourcemap = args.has('--sourcemap') ? 'linked' : false;

const external = ['electron', ...Object.keys(pkg.dependencies ?? {})];

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  sourcemap,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  tsconfig: path.join(root, 'tsconfig.node.json'),
};

/** @type {import('esbuild').BuildOptions} */
const mainOptions = {
  ...common,
  entryPoints: { main: 'main/main.ts' },
  outdir: outDir,
  outExtension: { '.js': '.cjs' },
  platform: 'node',
  target: 'node22',
  external,
  // Core code is written as ESM; give `import.meta.url` a CJS meaning instead of undefined.
  define: { 'import.meta.url': '__vangnet_import_meta_url' },
  banner: { js: 'const __vangnet_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
};

/**
 * The contract's operation and event names, evaluated at build time from src/shared/api,
 * so the preload carries a list of strings instead of every zod schema of the contract.
 */
async function contractNames() {
  const out = await esbuild.build({
    entryPoints: ['src/shared/api/index.ts'],
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const module = { exports: {} };
  vm.runInNewContext(out.outputFiles[0].text, { module, exports: module.exports, require: () => ({}) });
  const { OP_NAMES, EVENTS } = module.exports;
  if (!Array.isArray(OP_NAMES) || OP_NAMES.length === 0 || !Array.isArray(EVENTS)) {
    throw new Error('build-main: could not read OP_NAMES/EVENTS from src/shared/api');
  }
  return { opNames: [...OP_NAMES], events: [...EVENTS] };
}

const names = await contractNames();

/** @type {import('esbuild').BuildOptions} */
const preloadOptions = {
  ...common,
  entryPoints: { preload: 'main/preload.ts' },
  outdir: outDir,
  outExtension: { '.js': '.cjs' },
  // A sandboxed preload is a browser context with a tiny require(): bundle everything
  // except electron itself.
  platform: 'browser',
  target: 'es2022',
  external: ['electron'],
  define: {
    __VANGNET_OP_NAMES__: JSON.stringify(names.opNames),
    __VANGNET_EVENTS__: JSON.stringify(names.events),
  },
};

if (args.has('--watch')) {
  const contexts = await Promise.all([esbuild.context(mainOptions), esbuild.context(preloadOptions)]);
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('build-main: watching main/ and src/ …');
} else {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const results = await Promise.all([esbuild.build(mainOptions), esbuild.build(preloadOptions)]);
  const problems = results.flatMap((r) => r.errors);
  if (problems.length > 0) process.exit(1);
  console.log(
    `build-main: wrote ${path.relative(root, outDir)}/main.cjs and preload.cjs (${names.opNames.length} operations)`,
  );
}
