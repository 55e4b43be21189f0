// `npm run lint:electron`: Electronegativity (Doyensec) over main/ and the renderer.
// The tool lives in its own install (tools/electronegativity) because it pins an old
// TypeScript. Fails on any HIGH or MEDIUM finding unless the flagged line (or the line
// above it) carries an inline justification:
//   // electronegativity-ignore: CHECK_ID[, CHECK_ID] — why this is safe
// AuxclickJSCheck and PreloadJSCheck are excluded: middle-click cannot open windows (every
// window open is denied in main/hardening.ts) and the preload is required by design
// (it is the contextBridge, main/preload.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const toolDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(toolDir, '..', '..');
const EXCLUDED_CHECKS = ['AuxclickJSCheck', 'PreloadJSCheck'];
const FAILING = new Set(['HIGH', 'MEDIUM']);

/** Minimal CSV parser for the tool's output (quoted fields, doubled quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      if (row.some((f) => f.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  row.push(field);
  if (row.some((f) => f.trim() !== '')) rows.push(row);
  const [header = [], ...body] = rows;
  const keys = header.map((h) => h.trim());
  return body.map((cells) => Object.fromEntries(keys.map((k, idx) => [k, (cells[idx] ?? '').trim()])));
}

/** Whether the finding's line, or the line above, justifies it inline. */
export function isJustified(finding, readSource) {
  if (!finding.filename || finding.filename === 'N/A') return false;
  const line = Number.parseInt(String(finding.location).split(':')[0] ?? '', 10);
  if (!Number.isFinite(line) || line < 1) return false;
  let lines;
  try {
    lines = readSource(finding.filename).split(/\r?\n/);
  } catch {
    return false;
  }
  return [lines[line - 1], lines[line - 2]].some((text) => {
    const match = /electronegativity-ignore:\s*([A-Z0-9_,\s]+?)\s+—\s+\S/.exec(text ?? '');
    return (
      match !== null &&
      match[1]
        .split(',')
        .map((s) => s.trim())
        .includes(finding.issue)
    );
  });
}

/** Splits findings into failures and justified ones. */
export function evaluate(findings, readSource) {
  const serious = findings.filter((f) => FAILING.has(f.severity.toUpperCase()));
  return {
    failures: serious.filter((f) => !isJustified(f, readSource)),
    justified: serious.filter((f) => isJustified(f, readSource)),
    other: findings.filter((f) => !FAILING.has(f.severity.toUpperCase())),
  };
}

function electronegativityBin() {
  const bin = path.join(
    toolDir,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity',
  );
  if (fs.existsSync(bin)) return bin;
  console.log('lint:electron: installing Electronegativity in tools/electronegativity …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const res = spawnSync(npm, ['ci', '--prefix', toolDir, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (res.status !== 0 || !fs.existsSync(bin))
    throw new Error('could not install @doyensec/electronegativity');
  return bin;
}

function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'))
    .version;
}

async function main() {
  const bin = electronegativityBin();
  // Stage the sources so the report has stable relative paths and no node_modules.
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-electronegativity-'));
  try {
    fs.cpSync(path.join(root, 'main'), path.join(stage, 'main'), { recursive: true });
    fs.mkdirSync(path.join(stage, 'renderer'));
    fs.cpSync(path.join(root, 'renderer', 'index.html'), path.join(stage, 'renderer', 'index.html'));
    fs.cpSync(path.join(root, 'renderer', 'src'), path.join(stage, 'renderer', 'src'), { recursive: true });
    const out = path.join(stage, 'report.csv');
    const res = spawnSync(
      bin,
      ['-i', stage, '-r', '-o', out, '-e', electronVersion(), '-x', EXCLUDED_CHECKS.join(','), '-v', 'false'],
      { encoding: 'utf8', shell: process.platform === 'win32' },
    );
    if (!fs.existsSync(out)) {
      console.error(res.stdout, res.stderr);
      throw new Error('Electronegativity produced no report');
    }
    const findings = parseCsv(fs.readFileSync(out, 'utf8'));
    const { failures, justified, other } = evaluate(findings, (file) =>
      fs.readFileSync(path.join(stage, file), 'utf8'),
    );
    const show = (f) =>
      `  ${f.severity.padEnd(13)} ${f.issue} ${f.filename}:${f.location}  ${f.sample.slice(0, 100)}`;
    if (other.length) console.log(`Low/informational findings (not failing):\n${other.map(show).join('\n')}`);
    if (justified.length)
      console.log(`Justified inline (electronegativity-ignore):\n${justified.map(show).join('\n')}`);
    if (failures.length) {
      console.error(
        `Electronegativity: ${failures.length} HIGH/MEDIUM finding(s) without justification:\n${failures.map(show).join('\n')}`,
      );
      process.exitCode = 1;
    } else {
      console.log(
        `Electronegativity: no unjustified HIGH/MEDIUM findings (${findings.length} total, Electron ${electronVersion()}).`,
      );
    }
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(`lint:electron: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
