// @ts-check
/**
 * Type-checks the renderer (tsconfig.web.json) and proves its program cannot see Node: every
 * file tsc pulled in must be renderer/src, src/shared, or a package that is not Node's types or
 * Electron. `types: []` alone does not hold this line — a renderer file importing src/core would
 * pull in better-sqlite3's types, which reference @types/node, and type-check fine.
 * One program does both jobs, so this costs no more than `tsc -p tsconfig.web.json --noEmit`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Node's and Electron's types, and our own Node-side code. */
const FORBIDDEN = [
  /\/node_modules\/@types\/node\//,
  /\/node_modules\/electron\//,
  /^src\/core\//,
  /^main\//,
  /^tests\//,
];
const ALLOWED_OWN = [/^renderer\/src\//, /^src\/shared\//];

/**
 * @param {string[]} [extraRoots] more root files (the fixture test adds one)
 * @returns {{ program: ts.Program, foreign: string[] }}
 */
export function webProgram(extraRoots = []) {
  const configPath = path.join(ROOT, 'tsconfig.web.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('cannot read tsconfig.web.json');
  const program = ts.createProgram({
    rootNames: [...config.fileNames, ...extraRoots],
    options: config.options,
  });
  const foreign = [];
  for (const sf of program.getSourceFiles()) {
    const rel = path.relative(ROOT, sf.fileName).split(path.sep).join('/');
    const inPackages = rel.startsWith('node_modules/') || rel.includes('/node_modules/');
    if (FORBIDDEN.some((re) => re.test(inPackages ? `/${rel}` : rel))) foreign.push(rel);
    else if (!inPackages && !ALLOWED_OWN.some((re) => re.test(rel))) foreign.push(rel);
  }
  return { program, foreign };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { program, foreign } = webProgram();
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
    process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  }
  if (foreign.length > 0) {
    process.stderr.write(
      `The renderer's program reaches Node-side code or Node types (import only src/shared from the renderer):\n  ${foreign.slice(0, 20).join('\n  ')}\n`,
    );
  }
  process.exit(diagnostics.length > 0 || foreign.length > 0 ? 1 : 0);
}
