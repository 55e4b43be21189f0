/**
 * Before/after benchmark: `npm run bench:ab -- <base-ref> [dossiers] [rounds]`.
 *
 * Compares the service of this tree with the one at <base-ref> on the same data, for changes that
 * must not cost speed (issue 15: "no regression over 10 %"). Two separate benchmark runs on this
 * shared 2-core machine do not compare (one ran quiet, the other under load); so both versions run
 * side by side as two child processes, in alternating rounds (A B, B A, …), and every figure is
 * a median over all rounds. CPU time per call is reported next to wall time: it hardly moves with
 * the machine's load.
 *
 * The base is checked out as a temporary git worktree that borrows this tree's node_modules (the
 * lock files must match). The vault is seeded ONCE by the base version and copied; this tree's
 * version migrates its copy forward on unlock, as a school's vault would be after an update.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { cpuPressure } from './lib/machine';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const CHILD = 'bench/lib/ab-child.ts';
const [baseRef, dossiersArg, roundsArg] = process.argv.slice(2);
if (!baseRef) {
  console.error('usage: npm run bench:ab -- <base-ref> [dossiers=2000] [rounds=8]');
  process.exit(2);
}
const DOSSIERS = Number(dossiersArg ?? 2000);
const ROUNDS = Number(roundsArg ?? 8);

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const baseSha = git('rev-parse', '--verify', `${baseRef}^{commit}`);
const headSha = git('rev-parse', 'HEAD');
const dirty = git('status', '--porcelain', '--', 'src') !== '';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-ab-'));
const baseTree = path.join(work, 'base');
git('worktree', 'add', '--detach', baseTree, baseSha);

interface Side {
  name: 'before' | 'after';
  tree: string;
  root: string;
  proc?: ChildProcessWithoutNullStreams;
  lines?: AsyncIterableIterator<string>;
  samples: Record<string, [number, number][]>;
}

function start(side: Side, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    cwd: side.tree,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

async function nextLine(side: Side): Promise<string> {
  const r = await side.lines!.next();
  if (r.done) throw new Error(`${side.name}: the child stopped`);
  return r.value;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

try {
  if (
    fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8') !==
    fs.readFileSync(path.join(baseTree, 'package-lock.json'), 'utf8')
  )
    console.warn("note: package-lock.json differs; the base runs on this tree's node_modules.");
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(baseTree, 'node_modules'), 'dir');
  // The same measuring code drives both versions.
  fs.copyFileSync(path.join(ROOT, CHILD), path.join(baseTree, CHILD));

  const before: Side = { name: 'before', tree: baseTree, root: path.join(work, 'vault-before'), samples: {} };
  const after: Side = { name: 'after', tree: ROOT, root: path.join(work, 'vault-after'), samples: {} };

  console.log(`Seeding ${DOSSIERS} dossiers with the base version (${baseSha.slice(0, 8)}) …`);
  const seeder = start(before, ['seed', before.root, String(DOSSIERS)]);
  let out = '';
  seeder.stdout.on('data', (d: Buffer) => (out += d.toString()));
  seeder.stderr.pipe(process.stderr);
  const code = await new Promise<number | null>((r) => seeder.on('close', r));
  if (code !== 0) throw new Error(`seeding failed (exit ${code})`);
  const dataset = out.trim().split('\n').pop()!;
  fs.writeFileSync(path.join(before.root, 'dataset.json'), dataset);
  fs.cpSync(before.root, after.root, { recursive: true });

  for (const side of [before, after]) {
    side.proc = start(side, ['serve', side.root]);
    side.proc.stderr.pipe(process.stderr);
    side.lines = readline.createInterface({ input: side.proc.stdout })[Symbol.asyncIterator]();
    const ready = await nextLine(side);
    if (ready !== 'ready') throw new Error(`${side.name}: ${ready}`);
  }
  const loadStart = os.loadavg()[0]!;
  for (let r = 0; r < ROUNDS; r++) {
    for (const side of r % 2 === 0 ? [before, after] : [after, before]) {
      side.proc!.stdin.write('round\n');
      const result = JSON.parse(await nextLine(side)) as Record<string, [number, number][]>;
      for (const [op, xs] of Object.entries(result)) (side.samples[op] ??= []).push(...xs);
    }
    process.stdout.write(`round ${r + 1}/${ROUNDS} done\n`);
  }
  for (const side of [before, after]) side.proc!.stdin.end();
  await Promise.all([before, after].map((s) => new Promise((r) => s.proc!.on('close', r))));

  const rows = Object.keys(before.samples).map((op) => {
    const b = before.samples[op]!;
    const a = after.samples[op]!;
    const bw = median(b.map((x) => x[0]));
    const aw = median(a.map((x) => x[0]));
    const bc = median(b.map((x) => x[1]));
    const ac = median(a.map((x) => x[1]));
    return { op, n: a.length, bw, aw, bc, ac, wallRatio: aw / bw, cpuRatio: ac / Math.max(bc, 0.001) };
  });
  const lines = [
    `### Before/after: ${baseSha.slice(0, 8)} → ${headSha.slice(0, 8)}${dirty ? ' (+ uncommitted changes)' : ''}`,
    '',
    `${DOSSIERS.toLocaleString('en')} dossiers, ${(DOSSIERS * 100).toLocaleString('en')} entries; ${ROUNDS} alternating rounds; ` +
      `load ${loadStart.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores` +
      (cpuPressure() !== null ? ` (CPU pressure avg300 ${cpuPressure()} %)` : '') +
      '. Medians over all rounds; ratio = after / before.',
    '',
    '| operation | runs | wall before (ms) | wall after (ms) | wall ratio | CPU before (ms) | CPU after (ms) | CPU ratio |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${r.op} | ${r.n} | ${fmt(r.bw)} | ${fmt(r.aw)} | ${r.wallRatio.toFixed(2)}× | ${fmt(r.bc)} | ${fmt(r.ac)} | ${r.cpuRatio.toFixed(2)}× |`,
    ),
    '',
  ];
  const worst = Math.max(...rows.map((r) => Math.min(r.wallRatio, r.cpuRatio)));
  lines.push(
    worst <= 1.1
      ? `No regression over 10 %: the largest ratio (per row the smaller of wall and CPU) is ${worst.toFixed(2)}×.`
      : `A regression over 10 % in at least one row (${worst.toFixed(2)}×): see the table.`,
  );
  const report = lines.join('\n');
  console.log(`\n${report}`);
  // One file per pair, kept in the repository: docs/benchmarks-before-after.md cites them.
  const file = path.join(
    ROOT,
    'bench',
    'ab',
    `${baseSha.slice(0, 8)}-${headSha.slice(0, 8)}${dirty ? '-dirty' : ''}.md`,
  );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${report}\n`);
  console.log(`\nwritten: ${path.relative(ROOT, file)}`);
} finally {
  git('worktree', 'remove', '--force', baseTree);
  fs.rmSync(work, { recursive: true, force: true });
}
