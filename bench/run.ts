/**
 * Vangnet benchmark: `npm run bench`. Writes docs/benchmarks.md (tables) and bench/results.json
 * (the same figures, fields documented in docs/benchmarks.md) so versions can be compared.
 *
 * Dataset: 2,000 dossiers, 180,000 logbook + 20,000 monitoring entries (200,000 entries), seeded
 * identically into the encrypted vault and into a plain (unencrypted) SQLite database with the
 * same schema (same MIGRATIONS), the same pragmas and the same repository code. The growth runs
 * repeat the comparisons and the service timings at 200 and 20,000 dossiers (their plain
 * database is a decrypted copy of the vault: same pages, seeded once).
 *
 *   npm run bench                 full run (~10–15 minutes on 2 cores)
 *   BENCH_SIZES=2000 npm run bench   only the main size (no growth lines; results not written)
 *   BENCH_QUICK=1 npm run bench   small dataset, for checking the script itself (results not written)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import Database from 'better-sqlite3-multiple-ciphers';
import { CoreContext } from '../src/core/context';
import { loadDossierDetail } from '../src/core/dossiers/handlers';
import * as repo from '../src/core/dossiers/repository';
import { buildOverview } from '../src/core/dossiers/overview';
import { searchDossiers } from '../src/core/dossiers/search';
import { headlessPlatform } from '../src/core/platform';
import { OVERVIEW_EXTENSIONS, createVangnetService } from '../src/core/service';
import { SettingsStore } from '../src/core/settings';
import { DB_FILE, DEFAULT_KDF, KEY_FILE, PAGE_SIZE, Vault, appendAudit, runMigrations } from '../src/core/vault';
import {
  readKeyFile,
  unwrapWithPassphrase,
  wrapPassphraseSlot,
  writeKeyFile,
} from '../src/core/vault/keyfile';
import { registerSqlFunctions } from '../src/core/vault/sql-functions';
import type { OpInput, OpName, OpOutput } from '../src/shared/api';
import { seedDataset, type Dataset, type DatasetSize } from './lib/dataset';
import { cpuPressure, machineInfo } from './lib/machine';
import { countPages, cipherWorker, measureCipherCost, type CipherCost } from './lib/limit';
import { measure, measureSet, round2, summarize } from './lib/measure';
import { measureRendererStart } from './lib/renderer-start';
import {
  renderMarkdown,
  type BenchResults,
  type Comparison,
  type GrowthLine,
  type MemoryResult,
  type ServiceTiming,
} from './lib/report';
import { runTuning } from './lib/tuning';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const QUICK = process.env.BENCH_QUICK === '1';
/**
 * BENCH_SCALE (0–1] scales every size's entries (never its dossiers), for a run that must fit
 * in a few minutes on a heavily loaded machine; the report states the sizes used.
 */
const SCALE = Math.min(1, Math.max(0.01, Number(process.env.BENCH_SCALE ?? 1)));
const scaled = (s: DatasetSize): DatasetSize => ({
  dossiers: s.dossiers,
  chronology: Math.round(s.chronology * SCALE),
  monitoring: Math.round(s.monitoring * SCALE),
});
/** The main size (every section) and the growth sizes (comparisons + service timings). */
const MAIN: DatasetSize = scaled(
  QUICK
    ? { dossiers: 200, chronology: 18_000, monitoring: 2_000 }
    : { dossiers: 2_000, chronology: 180_000, monitoring: 20_000 },
);
/**
 * 200 → 2,000: everything ×10 (100 entries per dossier). 2,000 → 20,000: dossiers ×10 with 5
 * entries per dossier (100,000 entries, half the main size): seeding runs at a few thousand
 * entries a second on 2 cores, and 2,000,000 entries would take the run past an hour. The
 * growth table shows dossiers and entries per size, so each figure can be read against what
 * it depends on (overview: dossiers; scan and search: entries).
 */
const GROWTH: DatasetSize[] = QUICK
  ? [MAIN]
  : [
      scaled({ dossiers: 200, chronology: 18_000, monitoring: 2_000 }),
      MAIN,
      scaled({ dossiers: 20_000, chronology: 90_000, monitoring: 10_000 }),
    ];
const ONLY = process.env.BENCH_SIZES?.split(',').map(Number);
const SIZES = ONLY ? GROWTH.filter((g) => ONLY.includes(g.dossiers)) : GROWTH;
/** Results are written only for a full run: all sizes, full data. */
const WRITE = !QUICK && SIZES.length === GROWTH.length;
/** The monitoring module's own benchmark builds its own vault; 20,000 keeps the whole run near 10 minutes on 2 cores. */
const MONITORING_MODULE_ENTRIES = Number(process.env.BENCH_MONITORING_ENTRIES ?? 20_000);
const PASSPHRASE = 'wolkenkrabber paddenstoel trompet 71';
const NOW = new Date('2026-11-28T12:00:00.000Z');
const log = (line: string) => console.log(line);

function fileBytes(dir: string, match: (f: string) => boolean = () => true): number {
  let total = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && match(p)) total += fs.statSync(p).size;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return total;
}

/** The plain database: same engine build, no key, same pragmas as the vault (minus the cipher). */
function openPlain(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('mmap_size = 0');
  db.pragma('cache_size = -32768');
  registerSqlFunctions(db);
  runMigrations(db);
  return db;
}

/** A plain copy of the (checkpointed) vault database: same pages, decrypted with rekey. */
function decryptedCopy(vaultFile: string, plainFile: string, key: Buffer): void {
  fs.copyFileSync(vaultFile, plainFile);
  const db = new Database(plainFile);
  try {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    const spec = Buffer.from(`x'${key.toString('hex')}'`, 'latin1');
    db.key(spec);
    spec.fill(0);
    db.pragma('journal_mode = DELETE');
    db.rekey(Buffer.alloc(0));
  } finally {
    db.close();
  }
}

/** One logbook line as the service writes it: a transaction with the entry and its audit record. */
function auditedInsert(db: Database.Database, dossierId: string, i: number): void {
  db.transaction(() => {
    repo.appendChronology(db, {
      id: `00000000-0000-4000-a000-${String(i + 1_000_000).padStart(12, '0')}`,
      dossierId,
      occurredAt: NOW.toISOString(),
      recordedAt: NOW.toISOString(),
      author: 'Bench',
      kind: 'notitie',
      text: `Benchmarkregel ${i}: gesprek met mentor over de groepsapp en afspraken met ouders`,
      correctsId: null,
    });
    appendAudit(db, {
      at: NOW.toISOString(),
      actor: 'Bench',
      action: 'chronology.add',
      dossierId,
      details: 'Logboekregel toegevoegd',
    });
  })();
}

async function optionalBench(file: string, names: RegExp, arg: Record<string, unknown>): Promise<unknown> {
  const full = path.join(ROOT, 'bench', file);
  if (!fs.existsSync(full)) return { skipped: `${file} does not exist yet` };
  try {
    const mod = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
    const fn = (
      typeof mod.default === 'function'
        ? mod.default
        : Object.entries(mod).find(([k, v]) => typeof v === 'function' && names.test(k))?.[1]
    ) as ((a: Record<string, unknown>) => Promise<unknown>) | undefined;
    if (!fn) return { skipped: `${file} exports no benchmark function` };
    const t0 = performance.now();
    const result = await fn(arg);
    return { result, totalSeconds: round2((performance.now() - t0) / 1000) };
  } catch (e) {
    return { failed: (e as Error).message };
  }
}

function rendererBundle(): BenchResults['bundle'] {
  const dir = path.join(ROOT, 'dist', 'renderer');
  let built = 'existing dist/renderer';
  if (!fs.existsSync(dir)) {
    try {
      execFileSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: "ignore", timeout: 900_000 });
      built = 'built by the benchmark (npm run build:renderer)';
    } catch (e) {
      return { note: `renderer build failed: ${(e as Error).message.split('\n')[0]}` };
    }
  }
  const js: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.js')) js.push(p);
    }
  };
  walk(dir);
  const jsGzip = js.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length, 0);
  return {
    note: built,
    totalBytes: fileBytes(dir),
    jsBytes: fileBytes(dir, (f) => f.endsWith('.js')),
    jsGzipBytes: jsGzip,
    cssBytes: fileBytes(dir, (f) => f.endsWith('.css')),
    fontBytes: fileBytes(dir, (f) => /\.(woff2?|ttf|otf)$/.test(f)),
    files: fs.readdirSync(dir, { recursive: true }).length,
  };
}

interface SizeOutcome {
  growth: GrowthLine;
  comparisons: Comparison[];
  service: ServiceTiming[];
}

/** What the main size adds after its comparisons (unlock, tuning, modules), vault still open. */
interface MainExtras {
  svc: ReturnType<typeof createVangnetService>;
  call: <K extends OpName>(op: K, input: OpInput<K>) => Promise<OpOutput<K>>;
  root: string;
  appData: string;
  vaultDir: string;
  plainFile: string;
  plain: Database.Database;
  data: Dataset;
  createMs: number;
}

/**
 * One dataset size: seed the vault (and the plain database), then the encrypted-vs-plain rows
 * with the cipher limit, the service timings, and the memory of a process holding the vault.
 */
async function benchSize(
  size: DatasetSize,
  isMain: boolean,
  /** Seed the plain database too (the bulk-insert row); otherwise it is a decrypted copy. */
  seedPlain: boolean,
  limit: { pageSize: number; hmac: 'sha512' },
  extras: (x: MainExtras) => Promise<void>,
): Promise<SizeOutcome> {
  const label = `${size.dossiers.toLocaleString('en')} dossiers`;
  log(`\n=== ${label}, ${(size.chronology + size.monitoring).toLocaleString('en')} entries ===`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-'));
  const appData = path.join(root, 'appdata');
  fs.mkdirSync(appData);
  const vaultDir = path.join(root, 'vault');
  const svc = createVangnetService({
    platform: headlessPlatform,
    settings: new SettingsStore(appData, vaultDir),
    kdf: { ...DEFAULT_KDF },
    clock: () => NOW,
  });
  const call = async <K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> => {
    const r = await svc.dispatch(op, input);
    if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`);
    return r.value as OpOutput<K>;
  };
  const plainFile = path.join(root, 'plain', 'plain.db');
  fs.mkdirSync(path.dirname(plainFile));
  let plain: Database.Database | null = null;
  try {
    let t0 = performance.now();
    await call('vault.create', { userName: 'Bench Zorgcoördinator', passphrase: PASSPHRASE });
    const createMs = performance.now() - t0;
    const entries = size.chronology + size.monitoring;
    t0 = performance.now();
    const data: Dataset = seedDataset(svc.ctx.db(), size);
    const seedEncMs = performance.now() - t0;
    log(`seeded encrypted vault: ${size.dossiers} dossiers + ${entries} entries in ${(seedEncMs / 1000).toFixed(1)} s`);
    svc.ctx.db().pragma('wal_checkpoint(TRUNCATE)');
    let seedPlainMs: number | null = null;
    if (seedPlain) {
      plain = openPlain(plainFile);
      t0 = performance.now();
      seedDataset(plain, size);
      seedPlainMs = performance.now() - t0;
      log(`seeded plain database:   same data in ${(seedPlainMs / 1000).toFixed(1)} s`);
      plain.pragma('wal_checkpoint(TRUNCATE)');
    } else {
      const key = await unwrapWithPassphrase(readKeyFile(path.join(vaultDir, KEY_FILE)), PASSPHRASE);
      decryptedCopy(path.join(vaultDir, DB_FILE), plainFile, key!);
      key!.fill(0);
      plain = openPlain(plainFile);
      log('plain database: decrypted copy of the vault (same pages)');
    }

    const plainCtx = new CoreContext({
      platform: headlessPlatform,
      settings: new SettingsStore(appData, vaultDir),
      clock: () => NOW,
    });
    const plainDb = plain;
    plainCtx.db = () => plainDb;
    const enc = svc.ctx.db();
    const ids = data.dossierIds;
    const openIds = ids.slice(0, Math.ceil(ids.length * 0.1));
    const worker = cipherWorker(limit.pageSize, limit.hmac);

    // --- side by side: encrypted vs plain vs the cipher's own work ---------------------------
    const comparisons: Comparison[] = [];
    const compare = async (
      name: string,
      kind: Comparison['kind'],
      runs: number,
      fnEnc: (i: number) => unknown,
      fnPlain: (i: number) => unknown,
    ) => {
      // Pages the encrypted run decrypts (cache misses) and encrypts (WAL frames), counted on
      // calls outside the timed loop (inputs offset so they hit the same kind of cold pages).
      const pages = countPages((i) => fnEnc(i + 10_000), limit.pageSize, 3);
      const readPages = Math.round(pages?.readPages ?? 0);
      const writtenPages = Math.round(pages?.writtenPages ?? 0);
      const cipher = () => {
        worker.decrypt(readPages);
        worker.encrypt(writtenPages);
      };
      const [a, b, c] = await measureSet(runs, [fnEnc, fnPlain, cipher]);
      const limitMs = round2(b!.medianMs + c!.medianMs);
      const row: Comparison = {
        name,
        kind,
        encrypted: a!,
        plain: b!,
        ratio: round2(a!.medianMs / Math.max(b!.medianMs, 0.001)),
        goal: 1.3,
        pages: pages ? { read: readPages, written: writtenPages } : null,
        cipherMs: c!.medianMs,
        limitMs,
        ratioToLimit: round2(a!.medianMs / Math.max(limitMs, 0.001)),
      };
      comparisons.push(row);
      log(
        `${name.padEnd(52)} enc ${a!.medianMs.toFixed(2).padStart(8)}  plain ${b!.medianMs.toFixed(2).padStart(8)}  limit ${limitMs.toFixed(2).padStart(8)} (${readPages}r/${writtenPages}w pages)  ×plain ${row.ratio.toFixed(2)}  ×limit ${row.ratioToLimit!.toFixed(2)}`,
      );
    };
    log('\nEncrypted vault vs plain SQLite vs plain + cipher (medians):');
    if (seedPlainMs !== null) {
      comparisons.push({
        name: `bulk insert of the seed (${size.dossiers.toLocaleString('en')} dossiers + ${entries.toLocaleString('en')} entries, large transactions)`,
        kind: 'insert',
        encrypted: { medianMs: round2(seedEncMs), p95Ms: round2(seedEncMs), minMs: round2(seedEncMs), runs: 1 },
        plain: { medianMs: round2(seedPlainMs), p95Ms: round2(seedPlainMs), minMs: round2(seedPlainMs), runs: 1 },
        ratio: round2(seedEncMs / seedPlainMs),
        goal: 1.3,
        pages: null,
        cipherMs: null,
        limitMs: null,
        ratioToLimit: null,
      });
      log(`${'bulk insert (seed)'.padEnd(52)} ratio ${(seedEncMs / seedPlainMs).toFixed(2)}`);
    }
    const fewer = !isMain;
    let n = 0;
    await compare(
      'insert one logbook line + audit record (fsync)',
      'insert',
      QUICK || fewer ? 30 : 100,
      () => auditedInsert(enc, ids[0]!, n++),
      () => auditedInsert(plainDb, ids[0]!, n++),
    );
    await compare(
      'read: load one dossier (all its parts)',
      'read',
      40,
      (i) => loadDossierDetail(svc.ctx, ids[(Math.abs(i) * 7 + 40) % ids.length]!),
      (i) => loadDossierDetail(plainCtx, ids[(Math.abs(i) * 7 + 40) % ids.length]!),
    );
    await compare(
      'read: overview of all dossiers',
      'read',
      fewer ? 10 : 20,
      () => buildOverview(svc.ctx, null, OVERVIEW_EXTENSIONS),
      () => buildOverview(plainCtx, null, OVERVIEW_EXTENSIONS),
    );
    await compare(
      'read: logbook scan (count + sum of text length)',
      'read',
      fewer ? 5 : 10,
      () => enc.prepare('SELECT count(*), sum(length(text)) FROM chronology').get(),
      () => plainDb.prepare('SELECT count(*), sum(length(text)) FROM chronology').get(),
    );
    for (const [kind, q] of Object.entries(data.searchTerms)) {
      await compare(
        `search: ${kind} ("${q}")`,
        'search',
        fewer ? 10 : 20,
        () => searchDossiers(enc, q),
        () => searchDossiers(plainDb, q),
      );
    }

    // --- through the service (what the UI waits for) ---------------------------------------
    log('\nThrough the service (dispatch, encrypted vault):');
    const service: ServiceTiming[] = [];
    const svcTime = async (name: string, goalMs: number | null, runs: number, fn: (i: number) => Promise<unknown>) => {
      const t = await measure(runs, fn);
      service.push({ name, ...t, goalMs });
      log(
        `${name.padEnd(52)} median ${t.medianMs.toFixed(2).padStart(8)} ms   p95 ${t.p95Ms.toFixed(2).padStart(8)} ms   cpu ${(t.cpuMedianMs ?? 0).toFixed(2).padStart(8)} ms${goalMs ? `   goal < ${goalMs} ms` : ''}`,
      );
    };
    {
      // The first overview after an unlock (empty page cache, nothing memoised); later ones
      // reuse what the first one read. Both are reported.
      const cold: number[] = [];
      const coldCpu: number[] = [];
      for (let i = 0; i < (fewer ? 3 : 5); i++) {
        await call('vault.lock', {});
        await call('vault.unlock', { passphrase: PASSPHRASE });
        const c0 = process.cpuUsage();
        const s = performance.now();
        await call('overview.get', {});
        cold.push(performance.now() - s);
        const c = process.cpuUsage(c0);
        coldCpu.push((c.user + c.system) / 1000);
      }
      const t = { ...summarize(cold), cpuMedianMs: summarize(coldCpu).medianMs };
      service.push({ name: 'overview.get, first after unlock (cold)', ...t, goalMs: 150 });
      log(
        `${'overview.get, first after unlock (cold)'.padEnd(52)} median ${t.medianMs.toFixed(2).padStart(8)} ms   p95 ${t.p95Ms.toFixed(2).padStart(8)} ms   goal < 150 ms`,
      );
    }
    await svcTime(`overview.get (${size.dossiers.toLocaleString('en')} dossiers)`, 150, fewer ? 10 : 20, () =>
      call('overview.get', {}),
    );
    await svcTime('overview.get, status = open', 150, fewer ? 10 : 20, () => call('overview.get', { status: 'open' }));
    await svcTime('dossier.get (one open dossier)', 150, fewer ? 20 : 40, (i) =>
      call('dossier.get', { dossierId: openIds[Math.abs(i) % openIds.length]! }),
    );
    for (const [kind, q] of Object.entries(data.searchTerms)) {
      await svcTime(`dossier.search ${kind} ("${q}")`, 100, fewer ? 10 : 20, () => call('dossier.search', { query: q }));
    }
    await svcTime('chronology.add (validated, audited, fsync)', null, QUICK || fewer ? 30 : 100, (i) =>
      call('chronology.add', { dossierId: openIds[0]!, occurredAt: null, text: `Regel ${i} via de service` }),
    );

    // --- memory: a fresh process holding this vault open -----------------------------------
    await call('vault.lock', {});
    const memory = measureMemory(vaultDir, appData);
    log(`memory of a process with this vault open: ${JSON.stringify(memory)}`);
    await call('vault.unlock', { passphrase: PASSPHRASE });

    if (isMain) await extras({ svc, call, root, appData, vaultDir, plainFile, plain: plainDb, data, createMs });

    const growth: GrowthLine = {
      dossiers: size.dossiers,
      chronology: size.chronology,
      monitoring: size.monitoring,
      entries,
      encryptedBytes: fileBytes(vaultDir, (f) => f.includes(DB_FILE)),
      plainBytes: fileBytes(path.dirname(plainFile)),
      seedEncryptedMs: round2(seedEncMs),
      comparisons: comparisons.map((c) => ({
        name: c.name,
        encryptedMs: c.encrypted.medianMs,
        plainMs: c.plain.medianMs,
        limitMs: c.limitMs,
        ratio: c.ratio,
        ratioToLimit: c.ratioToLimit,
      })),
      service: service.map((x) => ({ name: x.name, medianMs: x.medianMs, p95Ms: x.p95Ms, cpuMedianMs: x.cpuMedianMs })),
      memory,
    };
    return { growth, comparisons, service };
  } finally {
    svc.lock();
    plain?.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Runs bench/lib/rss-child.ts in a fresh Node process on the (locked) vault. */
function measureMemory(vaultDir: string, appData: string): MemoryResult {
  try {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench', 'lib', 'rss-child.ts'), vaultDir, appData],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BENCH_PASSPHRASE: PASSPHRASE }, timeout: 300_000 },
    );
    return { ...(JSON.parse(out.trim().split('\n').pop() ?? '{}') as object), goalMB: 300 } as MemoryResult;
  } catch (e) {
    return { failed: (e as Error).message.split('\n')[0] ?? 'failed', goalMB: 300 };
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const machine = machineInfo();
  log(
    `Vangnet benchmark on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), Node ${machine.node}, load ${machine.loadAvgStart}${QUICK ? ' — QUICK mode' : ''}`,
  );

  // --- the cipher's own cost on this machine: the physical limit --------------------------
  log('\nRaw cipher cost (Node crypto: AES-256-CBC + HMAC, per page, SQLCipher 4 page layout):');
  const cipherCosts: CipherCost[] = [];
  for (const [pageSize, hmac] of [
    [4096, 'sha512'],
    [8192, 'sha512'],
    [16384, 'sha512'],
    [4096, 'sha256'],
    [4096, 'sha1'],
  ] as const) {
    const c = measureCipherCost(pageSize, hmac, QUICK ? 2_000 : Math.round(40_000 / (pageSize / 4096)));
    cipherCosts.push(c);
    log(
      `  ${pageSize / 1024} KiB, HMAC-${hmac.toUpperCase()}: decrypt ${c.decryptUsPerPage} µs/page (${c.decryptMBps} MB/s), encrypt ${c.encryptUsPerPage} µs/page`,
    );
  }

  let main: SizeOutcome | null = null;
  const growth: GrowthLine[] = [];
  let unlock: BenchResults['unlock'] | null = null;
  let tuning: BenchResults['tuning'] = null;
  let scanPages: number | null = null;
  let seedRow: Comparison | null = null;
  for (const size of SIZES) {
    const isMain = size === MAIN;
    const outcome = await benchSize(size, isMain, size === SIZES[0], { pageSize: PAGE_SIZE, hmac: 'sha512' }, async (x) => {
      scanPages = Number(
        x.svc.ctx
          .db()
          .prepare("SELECT count(*) FROM dbstat WHERE name = 'chronology'")
          .pluck()
          .get(),
      );
      unlock = await measureUnlock(x);
      log('\nTuning: cipher and page-cache settings side by side (copies of the plain database):');
      x.plain.pragma('wal_checkpoint(TRUNCATE)');
      const tuneDir = path.join(x.root, 'tuning');
      fs.mkdirSync(tuneDir);
      tuning = await runTuning({
        plainFile: x.plainFile,
        dir: tuneDir,
        settings: new SettingsStore(x.appData, x.vaultDir),
        dossierIds: x.data.dossierIds,
        now: NOW,
        runs: QUICK ? 3 : 5,
        insertLine: auditedInsert,
        log,
      });
    });
    growth.push(outcome.growth);
    if (isMain) main = outcome;
    // The bulk-insert row comes from the first (smallest) size, where seeding twice is cheap.
    seedRow ??= outcome.comparisons.find((c) => c.name.startsWith('bulk insert')) ?? null;
  }
  if (!main) throw new Error('BENCH_SIZES must include the main size');
  if (seedRow && !main.comparisons.includes(seedRow)) main.comparisons.unshift(seedRow);

  // --- feature benchmarks of other modules ------------------------------------------------
  log('\nDocuments (32 class letters to one PDF):');
  const documents = await optionalBench('documents.ts', /doc|letter|brief/i, { log, letters: 32 });
  log(JSON.stringify(documents).slice(0, 400));
  log('\nMonitoring log:');
  const monitoring = await optionalBench('monitoring.ts', /monitor/i, {
    log,
    entries: QUICK ? 5_000 : MONITORING_MODULE_ENTRIES,
  });
  log('\nRenderer bundle and start:');
  const bundle = rendererBundle();
  log(JSON.stringify(bundle));
  let rendererStart: BenchResults['rendererStart'];
  try {
    rendererStart = await measureRendererStart(QUICK ? 3 : 10);
    log(
      `lock screen interactive: median ${rendererStart.lockInteractive.medianMs} ms; JS before it ${(rendererStart.jsBeforeLockBytes / 1024).toFixed(0)} kB in ${rendererStart.chunks.filter((c) => c.beforeLock).length} chunk(s)`,
    );
  } catch (e) {
    rendererStart = { failed: (e as Error).message.split('\n')[0] ?? 'failed' };
    log(`renderer start not measured: ${rendererStart.failed}`);
  }

  machine.loadAvgEnd = Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
  machine.cpuPressureEnd = cpuPressure();
  const mainSize = growth.find((g) => g.dossiers === MAIN.dossiers)!;
  const results: BenchResults = {
    schemaVersion: 2,
    generatedAt: new Date().toISOString(),
    quick: QUICK,
    machine,
    dataset: {
      ...MAIN,
      entries: mainSize.entries,
      encryptedBytes: mainSize.encryptedBytes,
      plainBytes: mainSize.plainBytes,
    },
    limit: { cipherCosts, scanPages },
    comparisons: main.comparisons,
    service: main.service,
    memory: mainSize.memory,
    unlock: unlock!,
    tuning,
    growth,
    documents,
    monitoring,
    bundle,
    rendererStart,
    runtimeSeconds: round2((performance.now() - started) / 1000),
  };
  const md = renderMarkdown(results);
  if (!WRITE) {
    log('\nNot a full run (QUICK or BENCH_SIZES): results not written. Markdown preview:\n');
    log(md);
  } else {
    fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    fs.writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), md);
    log(`\nWrote bench/results.json and docs/benchmarks.md (${results.runtimeSeconds} s)`);
  }
}

/** Unlock with the production KDF: key derivation vs opening the database. */
async function measureUnlock(x: MainExtras): Promise<BenchResults['unlock']> {
  log('\nUnlock with the production KDF:');
  const { call, vaultDir, root } = x;
  await call('vault.lock', {});
  const kdfT: number[] = [];
  const fullT: number[] = [];
  const svcT: number[] = [];
  for (let i = 0; i < 5; i++) {
    let s = performance.now();
    const key = await unwrapWithPassphrase(readKeyFile(path.join(vaultDir, KEY_FILE)), PASSPHRASE);
    kdfT.push(performance.now() - s);
    key?.fill(0);
    s = performance.now();
    const v = await Vault.unlock(vaultDir, PASSPHRASE);
    fullT.push(performance.now() - s);
    v.close();
    s = performance.now();
    await call('vault.unlock', { passphrase: PASSPHRASE });
    svcT.push(performance.now() - s);
    await call('vault.lock', {});
  }
  // Opening alone: a copy of the same vault whose passphrase slot is rewrapped with a negligible
  // KDF, so Vault.unlock there is open + migration check + audit record (+ ~1 ms of Argon2).
  const copyDir = path.join(root, 'vault-open-only');
  fs.cpSync(vaultDir, copyDir, { recursive: true });
  {
    const kf = readKeyFile(path.join(copyDir, KEY_FILE));
    const dbKey = await unwrapWithPassphrase(kf, PASSPHRASE);
    const tiny = { memoryCost: 1024, timeCost: 1, parallelism: 1 };
    const { kdf, slot } = await wrapPassphraseSlot(dbKey!, PASSPHRASE, tiny);
    writeKeyFile(path.join(copyDir, KEY_FILE), { ...kf, kdf, slots: { ...kf.slots, passphrase: slot } });
    dbKey!.fill(0);
  }
  const openT: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    const v = await Vault.unlock(copyDir, PASSPHRASE);
    openT.push(performance.now() - s);
    v.close();
  }
  fs.rmSync(copyDir, { recursive: true, force: true });
  await call('vault.unlock', { passphrase: PASSPHRASE });
  const med = (xs: number[]) => summarize(xs).medianMs;
  const unlock = {
    kdfParams: { ...DEFAULT_KDF },
    keyDerivationMs: med(kdfT),
    openAndMigrateMs: med(openT),
    vaultUnlockMs: med(fullT),
    serviceUnlockMs: med(svcT),
    createMs: round2(x.createMs),
    runs: 5,
  };
  log(
    `key derivation (Argon2id ${DEFAULT_KDF.memoryCost / 1024} MiB, t=${DEFAULT_KDF.timeCost}) ${unlock.keyDerivationMs} ms; open + migration check ${unlock.openAndMigrateMs} ms; vault.unlock via service ${unlock.serviceUnlockMs} ms`,
  );
  return unlock;
}

/** BENCH_RENDER_ONLY=1: rewrite docs/benchmarks.md from bench/results.json (same figures, current text). */
function renderOnly(): void {
  const results = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'bench', 'results.json'), 'utf8'),
  ) as BenchResults;
  if (results.schemaVersion !== 2) {
    log(`bench/results.json is schema ${String(results.schemaVersion)}; run npm run bench to regenerate it first`);
    return;
  }
  fs.writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), renderMarkdown(results));
  log('Rewrote docs/benchmarks.md from bench/results.json');
}

(process.env.BENCH_RENDER_ONLY === '1' ? Promise.resolve(renderOnly()) : main()).catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
