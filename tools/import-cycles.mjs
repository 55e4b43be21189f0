// @ts-check
/**
 * Finds import cycles among our own modules (src, main, renderer/src), counting every kind of
 * edge TypeScript sees: import, import type, export-from, import(), require(), and cycles among
 * the areas of src/core (the folders, each top-level file its own; docs/architecture.md). Used
 * by tests/unit/architecture/cycles.test.ts; run directly to print the cycles (`--areas` also
 * prints the area graph). (Type-only cycles
 * count too: they tie modules together just the same and hide a missing shared module.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const DIRS = ['src', 'main', 'renderer/src'];
const EXTS = ['.ts', '.tsx'];

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (EXTS.some((e) => entry.name.endsWith(e)) && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** @param {string} from @param {string} spec @param {(p: string) => boolean} isFile @returns {string | null} */
function resolve(from, spec, isFile) {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec.split('?')[0] ?? spec);
  const stem = base.replace(/\.(js|mjs|ts|tsx)$/, '');
  for (const candidate of [
    base,
    ...EXTS.map((e) => stem + e),
    ...EXTS.map((e) => path.join(base, `index${e}`)),
  ]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

/** @param {Record<string, string>} [extra] extra files (path → text) as if they existed */
export function importGraph(extra = {}) {
  /** @type {Map<string, string[]>} */
  const graph = new Map();
  const isFile = (/** @type {string} */ p) => p in extra || (fs.existsSync(p) && fs.statSync(p).isFile());
  const files = [...DIRS.flatMap((d) => walk(path.join(ROOT, d))), ...Object.keys(extra)];
  for (const file of files) {
    const text = extra[file] ?? fs.readFileSync(file, 'utf8');
    const info = ts.preProcessFile(text, true, true);
    const deps = [];
    for (const ref of info.importedFiles) {
      const target = resolve(file, ref.fileName, isFile);
      if (target) deps.push(target);
    }
    graph.set(file, deps);
  }
  return graph;
}

/**
 * Strongly connected components of more than one node (Tarjan), each sorted, by first element.
 * @param {Map<string, string[]>} graph @param {(node: string) => string} label
 */
function components(graph, label) {
  let index = 0;
  /** @type {Map<string, number>} */ const idx = new Map();
  /** @type {Map<string, number>} */ const low = new Map();
  /** @type {string[]} */ const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */ const out = [];
  /** @param {string} v */
  function strong(v) {
    idx.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, idx.get(w) ?? 0));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v))
        out.push(component.map((f) => label(/** @type {string} */ (f))).sort());
    }
  }
  for (const v of graph.keys()) if (!idx.has(v)) strong(v);
  return out.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

const relative = (/** @type {string} */ f) => path.relative(ROOT, f).split(path.sep).join('/');

/** Strongly connected components of more than one module (Tarjan), as sorted relative paths. */
export function cycles(graph = importGraph()) {
  return components(graph, relative);
}

export const AREAS_DIR = 'src/core';

/**
 * The area of a core module: its folder under src/core ('dossiers' for
 * src/core/dossiers/kinds/x.ts), or for a file at the top of src/core its own name ('context',
 * 'service'). Null outside src/core.
 * @param {string} file absolute path
 */
export function areaOf(file) {
  const rel = relative(file);
  if (!rel.startsWith(`${AREAS_DIR}/`)) return null;
  const parts = rel.slice(AREAS_DIR.length + 1).split('/');
  return parts.length > 1 ? (parts[0] ?? null) : (parts[0] ?? '').replace(/\.tsx?$/, '');
}

/**
 * The import graph of src/core collapsed to areas: an edge A → B when any module of A imports
 * any module of B (every kind of import, as above).
 */
export function areaGraph(graph = importGraph()) {
  /** @type {Map<string, Set<string>>} */
  const areas = new Map();
  for (const [file, deps] of graph) {
    const from = areaOf(file);
    if (from === null) continue;
    const out = areas.get(from) ?? new Set();
    areas.set(from, out);
    for (const dep of deps) {
      const to = areaOf(dep);
      if (to !== null && to !== from) out.add(to);
    }
  }
  return new Map([...areas].sort(([a], [b]) => a.localeCompare(b)).map(([a, out]) => [a, [...out].sort()]));
}

/** Cycles among the areas of src/core (sets of area names). */
export function areaCycles(graph = importGraph()) {
  return components(areaGraph(graph), (a) => a);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  const found = cycles(graph);
  for (const c of found) console.log(`cycle (${c.length}):\n  ${c.join('\n  ')}`);
  const areaFound = areaCycles(graph);
  for (const c of areaFound) console.log(`area cycle: ${c.join(' <-> ')}`);
  if (process.argv.includes('--areas'))
    for (const [area, deps] of areaGraph(graph)) console.log(`${area} -> ${deps.join(', ') || '(nothing)'}`);
  process.exit(found.length + areaFound.length > 0 ? 1 : 0);
}
