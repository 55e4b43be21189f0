/**
 * Vangnet benchmark: `npm run bench`. Writes docs/benchmarks.md (tables) and bench/results.json
 * (the same figures, fields documented in docs/benchmarks.md) so versions can be compared.
 *
 * Dataset: 2,000 dossiers, 180,000 logbook + 20,000 monitoring entries (200,000 entries), seeded
 * identically into the encrypted vault and into a plain (unencrypted) SQLite database with the
 * same schema (same MIGRATIONS), the same pragmas and the same repository code.
 *
 *   npm run bench                 full run (~5–8 minutes on 2 cores)
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
import { createVangnetService } from '../src/core/service';
import { SettingsStore } from '../src/core/settings';
import { DEFAULT_KDF, KEY_FILE, Vault, appendAudit, runMigrations } from '../src/core/vault';
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
import { measure, measurePair, round2, summarize } from './lib/measure';
import { renderMarkdown, type BenchResults, type Comparison, type ServiceTiming } from './lib/report';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const QUICK = process.env.BENCH_QUICK === '1';
const SIZE: DatasetSize = QUICK
  ? { dossiers: 200, chronology: 18_000, monitoring: 2_000 }
  : { dossiers: 2_000, chronology: 180_000, monitoring: 20_000 };
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
  registerSqlFunctions(db);
  runMigrations(db);
  return db;
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
      execFileSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'ignore', timeout: 300_000 });
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

async function main(): Promise<void> {
  const started = performance.now();
  const machine = machineInfo();
  log(
    `Vangnet benchmark on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), Node ${machine.node}${QUICK ? ' — QUICK mode' : ''}`,
  );
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

  try {
    // --- create + seed ---------------------------------------------------------------
    let t0 = performance.now();
    await call('vault.create', { userName: 'Bench Zorgcoördinator', passphrase: PASSPHRASE });
    const createMs = performance.now() - t0;
    log(`vault.create with the production KDF: ${createMs.toFixed(0)} ms`);

    const entries = SIZE.chronology + SIZE.monitoring;
    t0 = performance.now();
    const data: Dataset = seedDataset(svc.ctx.db(), SIZE);
    const seedEncMs = performance.now() - t0;
    log(
      `seeded encrypted vault: ${SIZE.dossiers} dossiers + ${entries} entries in ${(seedEncMs / 1000).toFixed(1)} s`,
    );
    const plain = openPlain(plainFile);
    t0 = performance.now();
    seedDataset(plain, SIZE);
    const seedPlainMs = performance.now() - t0;
    log(`seeded plain database:   same data in ${(seedPlainMs / 1000).toFixed(1)} s`);
    svc.ctx.db().pragma('wal_checkpoint(TRUNCATE)');
    plain.pragma('wal_checkpoint(TRUNCATE)');

    const plainCtx = new CoreContext({
      platform: headlessPlatform,
      settings: new SettingsStore(appData, vaultDir),
      clock: () => NOW,
    });
    plainCtx.db = () => plain;
    const enc = svc.ctx.db();
    const ids = data.dossierIds;
    const openIds = ids.slice(0, Math.ceil(ids.length * 0.1));

    // --- side by side: encrypted vs plain -----------------------------------------------
    const comparisons: Comparison[] = [];
    const compare = async (
      name: string,
      kind: Comparison['kind'],
      runs: number,
      fnEnc: (i: number) => unknown,
      fnPlain: (i: number) => unknown,
    ) => {
      const { a, b } = await measurePair(runs, fnEnc, fnPlain);
      const c: Comparison = {
        name,
        kind,
        encrypted: a,
        plain: b,
        ratio: round2(a.medianMs / Math.max(b.medianMs, 0.001)),
        goal: 1.3,
      };
      comparisons.push(c);
      log(
        `${name.padEnd(52)} encrypted ${a.medianMs.toFixed(2).padStart(8)} ms   plain ${b.medianMs.toFixed(2).padStart(8)} ms   ratio ${c.ratio.toFixed(2)}`,
      );
    };
    log('\nEncrypted vault vs plain SQLite (medians):');
    comparisons.push({
      name: `bulk insert of the seed (${entries.toLocaleString('en')} entries + dossiers, large transactions)`,
      kind: 'insert',
      encrypted: { medianMs: round2(seedEncMs), p95Ms: round2(seedEncMs), minMs: round2(seedEncMs), runs: 1 },
      plain: {
        medianMs: round2(seedPlainMs),
        p95Ms: round2(seedPlainMs),
        minMs: round2(seedPlainMs),
        runs: 1,
      },
      ratio: round2(seedEncMs / seedPlainMs),
      goal: 1.3,
    });
    log(`${'bulk insert (seed)'.padEnd(52)} ratio ${(seedEncMs / seedPlainMs).toFixed(2)}`);
    let n = 0;
    await compare(
      'insert one logbook line + audit record (fsync)',
      'insert',
      QUICK ? 20 : 100,
      () => auditedInsert(enc, ids[0]!, n++),
      () => auditedInsert(plain, ids[0]!, n++),
    );
    await compare(
      'read: load one dossier (all its parts)',
      'read',
      40,
      (i) => loadDossierDetail(svc.ctx, ids[(i + 40) % ids.length]!),
      (i) => loadDossierDetail(plainCtx, ids[(i + 40) % ids.length]!),
    );
    await compare(
      'read: overview of all dossiers',
      'read',
      20,
      () => buildOverview(svc.ctx, null),
      () => buildOverview(plainCtx, null),
    );
    await compare(
      'read: logbook scan (count + sum of text length)',
      'read',
      10,
      () => enc.prepare('SELECT count(*), sum(length(text)) FROM chronology').get(),
      () => plain.prepare('SELECT count(*), sum(length(text)) FROM chronology').get(),
    );
    for (const [label, q] of Object.entries(data.searchTerms)) {
      await compare(
        `search: ${label} ("${q}")`,
        'search',
        20,
        () => searchDossiers(enc, q),
        () => searchDossiers(plain, q),
      );
    }

    // --- through the service (what the UI waits for) ---------------------------------------
    log('\nThrough the service (dispatch, encrypted vault):');
    const service: ServiceTiming[] = [];
    const svcTime = async (
      name: string,
      goalMs: number | null,
      runs: number,
      fn: (i: number) => Promise<unknown>,
    ) => {
      const t = await measure(runs, fn);
      service.push({ name, ...t, goalMs });
      log(
        `${name.padEnd(52)} median ${t.medianMs.toFixed(2).padStart(8)} ms   p95 ${t.p95Ms.toFixed(2).padStart(8)} ms${goalMs ? `   goal < ${goalMs} ms` : ''}`,
      );
    };
    {
      // The first overview after an unlock computes every dossier's progress; later ones reuse
      // closed dossiers' progress. Both are reported.
      const cold: number[] = [];
      for (let i = 0; i < 5; i++) {
        await call('vault.lock', {});
        await call('vault.unlock', { passphrase: PASSPHRASE });
        const s = performance.now();
        await call('overview.get', {});
        cold.push(performance.now() - s);
      }
      const t = summarize(cold);
      service.push({ name: 'overview.get, first after unlock (cold)', ...t, goalMs: 150 });
      log(`${'overview.get, first after unlock (cold)'.padEnd(52)} median ${t.medianMs.toFixed(2).padStart(8)} ms   p95 ${t.p95Ms.toFixed(2).padStart(8)} ms   goal < 150 ms`);
    }
    await svcTime('overview.get (2,000 dossiers)', 150, 20, () => call('overview.get', {}));
    await svcTime('overview.get, status = open', 150, 20, () => call('overview.get', { status: 'open' }));
    await svcTime('dossier.get (one open dossier, ~90 logbook lines)', 150, 40, (i) =>
      call('dossier.get', { dossierId: openIds[Math.abs(i) % openIds.length]! }),
    );
    for (const [label, q] of Object.entries(data.searchTerms)) {
      await svcTime(`dossier.search ${label} ("${q}")`, 100, 20, () => call('dossier.search', { query: q }));
    }
    await svcTime('chronology.add (validated, audited, fsync)', null, QUICK ? 20 : 100, (i) =>
      call('chronology.add', { dossierId: openIds[0]!, occurredAt: null, text: `Regel ${i} via de service` }),
    );

    // --- unlock: key derivation vs opening -------------------------------------------------
    log('\nUnlock with the production KDF:');
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
    const med = (xs: number[]) => summarize(xs).medianMs;
    const unlock = {
      kdfParams: { ...DEFAULT_KDF },
      keyDerivationMs: med(kdfT),
      openAndMigrateMs: med(openT),
      vaultUnlockMs: med(fullT),
      serviceUnlockMs: med(svcT),
      createMs: round2(createMs),
      runs: 5,
    };
    log(
      `key derivation (Argon2id ${DEFAULT_KDF.memoryCost / 1024} MiB, t=${DEFAULT_KDF.timeCost}) ${unlock.keyDerivationMs} ms; open + migration check ${unlock.openAndMigrateMs} ms; vault.unlock via service ${unlock.serviceUnlockMs} ms`,
    );
    const sizes = {
      encryptedBytes: fileBytes(vaultDir, (f) => f.includes('vangnet.db')),
      plainBytes: fileBytes(path.dirname(plainFile)),
    };
    plain.close();

    // --- feature benchmarks of other modules ------------------------------------------------
    log('\nDocuments (32 class letters to one PDF):');
    const documents = await optionalBench('documents.ts', /doc|letter|brief/i, { log, letters: 32 });
    log(JSON.stringify(documents).slice(0, 400));
    log('\nMonitoring log:');
    const monitoring = await optionalBench('monitoring.ts', /monitor/i, {
      log,
      entries: QUICK ? 5_000 : MONITORING_MODULE_ENTRIES,
    });
    log('\nRenderer bundle:');
    const bundle = rendererBundle();
    log(JSON.stringify(bundle));

    machine.loadAvgEnd = Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
    machine.cpuPressureEnd = cpuPressure();
    const results: BenchResults = {
      schemaVersion: 1,
      generatedAt: new Date().toISOString(),
      quick: QUICK,
      machine,
      dataset: { ...SIZE, entries, ...sizes },
      comparisons,
      service,
      unlock,
      documents,
      monitoring,
      bundle,
      runtimeSeconds: round2((performance.now() - started) / 1000),
    };
    const md = renderMarkdown(results);
    if (QUICK) {
      log('\nQUICK mode: results not written. Markdown preview:\n');
      log(md);
    } else {
      fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
      fs.writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), md);
      log(`\nWrote bench/results.json and docs/benchmarks.md (${results.runtimeSeconds} s)`);
    }
  } finally {
    svc.lock();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** BENCH_RENDER_ONLY=1: rewrite docs/benchmarks.md from bench/results.json (same figures, current text). */
function renderOnly(): void {
  const results = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'bench', 'results.json'), 'utf8'),
  ) as BenchResults;
  fs.writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), renderMarkdown(results));
  log('Rewrote docs/benchmarks.md from bench/results.json');
}

(process.env.BENCH_RENDER_ONLY === '1' ? Promise.resolve(renderOnly()) : main()).catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
