// Bundles the Electron main process and the preload with esbuild.
//   main/main.ts    -> dist/main/main.cjs     (Node/Electron main, CJS)
//   main/preload.ts -> dist/main/preload.cjs  (sandboxed preload: one CJS file that only
//                                              requires 'electron')
// Runtime dependencies stay external: native modules (SQLite, Argon2) cannot be bundled,
// and pdfkit/fonts read data files relative to their own package.
// Usage: node scripts/build-main.mjs [--sourcemap] [--watch]
// The option builders are exported so tests can build the preload in memory.
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'main');

function common(sourcemap) {
  return {
    bundle: true,
    format: 'cjs',
    // Dev-only, linked maps without embedded sources; the packager excludes *.map anyway.
    sourcemap: sourcemap ? 'linked' : false,
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
    tsconfig: path.join(root, 'tsconfig.node.json'),
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
  };
}

/** @returns {import('esbuild').BuildOptions} */
export function mainBuildOptions({ sourcemap = false } = {}) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return {
    ...common(sourcemap),
    entryPoints: { main: 'main/main.ts' },
    platform: 'node',
    target: 'node22',
    external: ['electron', ...Object.keys(pkg.dependencies ?? {})],
    // Core code is written as ESM; give `import.meta.url` a CJS meaning instead of undefined.
    define: { 'import.meta.url': '__vangnet_import_meta_url' },
    banner: { js: 'const __vangnet_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  };
}

/**
 * The contract's operation and event names, evaluated at build time from src/shared/api,
 * so the preload carries a list of strings instead of every zod schema of the contract.
 */
export async function contractNames() {
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

/** @returns {Promise<import('esbuild').BuildOptions>} */
export async function preloadBuildOptions({ sourcemap = false } = {}) {
  const names = await contractNames();
  return {
    ...common(sourcemap),
    entryPoints: { preload: 'main/preload.ts' },
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
}

async function run() {
  const args = new Set(process.argv.slice(2));
  const sourcemap = args.has('--sourcemap');
  const mainOptions = mainBuildOptions({ sourcemap });
  const preloadOptions = await preloadBuildOptions({ sourcemap });
  if (args.has('--watch')) {
    const contexts = await Promise.all([esbuild.context(mainOptions), esbuild.context(preloadOptions)]);
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('build-main: watching main/ and src/ …');
    return;
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await Promise.all([esbuild.build(mainOptions), esbuild.build(preloadOptions)]);
  console.log(`build-main: wrote ${path.relative(root, outDir)}/main.cjs and preload.cjs`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  run().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
