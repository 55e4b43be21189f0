/**
 * Benchmark: adding and filtering monitoring-log entries on a vault with 100,000 entries.
 *
 * The vault is real (encrypted, WAL, synchronous=FULL) and every measured call goes through
 * the service's dispatcher, exactly as the UI's calls do. Only the 100,000 background
 * entries are seeded in one transaction straight through the repository (with all triggers
 * and the search index active), because 100,000 separate fsync'ed writes would measure the
 * disk, not the log.
 *
 *   npx tsx bench/monitoring.ts            (100,000 entries)
 *   BENCH_ENTRIES=20000 npx tsx bench/monitoring.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { insertEntry } from '../src/core/monitoring/repository';
import { headlessPlatform } from '../src/core/platform';
import { createVangnetService } from '../src/core/service';
import { SettingsStore } from '../src/core/settings';
import type { OpInput, OpName, OpOutput } from '../src/shared/api';
import {
  MONITORING_ACTIONS,
  MONITORING_STATUSES,
  PLATFORMS,
  REACH_LEVELS,
  RISK_LEVELS,
  TONES,
  type MonitoringEntryInput,
} from '../src/shared/domain';

export interface BenchMetric {
  name: string;
  value: number;
  unit: 'ms' | 'ops/s' | 'count';
}
export interface BenchResult {
  name: string;
  metrics: BenchMetric[];
}

export interface MonitoringBenchOptions {
  entries?: number;
  dossiers?: number;
  log?: (line: string) => void;
}

/** Small deterministic PRNG (mulberry32) so every run sees the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function benchMonitoring(opts: MonitoringBenchOptions = {}): Promise<BenchResult> {
  const total = opts.entries ?? 100_000;
  const dossierCount = opts.dossiers ?? 25;
  const log = opts.log ?? (() => undefined);
  const metrics: BenchMetric[] = [];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-monitoring-'));
  const appData = path.join(root, 'appdata');
  fs.mkdirSync(appData);
  const now = new Date('2026-11-28T12:00:00.000Z');
  const svc = createVangnetService({
    platform: headlessPlatform,
    settings: new SettingsStore(appData, path.join(root, 'vault')),
    // Key derivation is not what is measured here.
    kdf: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
    clock: () => now,
  });
  const call = async <K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> => {
    const r = await svc.dispatch(op, input);
    if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`);
    return r.value as OpOutput<K>;
  };
  const timed = async (name: string, runs: number, fn: (i: number) => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await fn(i);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    metrics.push({ name: `${name} p50`, value: round(percentile(times, 50)), unit: 'ms' });
    metrics.push({ name: `${name} p95`, value: round(percentile(times, 95)), unit: 'ms' });
    log(`${name.padEnd(58)} p50 ${percentile(times, 50).toFixed(2).padStart(8)} ms   p95 ${percentile(times, 95).toFixed(2).padStart(8)} ms`);
  };

  metrics.push({ name: 'load average (1 min) at start', value: round(os.loadavg()[0] ?? 0), unit: 'count' });
  try {
    await call('vault.create', { userName: 'Bench Zorgcoördinator', passphrase: 'wolkenkrabber paddenstoel trompet 71' });
    const dossierIds: string[] = [];
    for (let i = 0; i < dossierCount; i++) {
      const { dossierId } = await call('dossier.create', {
        title: `Benchdossier ${i + 1}`,
        discoveredAt: '2026-06-01T08:30:00+02:00',
        howDiscovered: 'Melding door mentor',
        materialKind: 'foto',
        victimName: '',
        victimClass: '',
        lead: 'Bench Zorgcoördinator',
        otherSchoolInvolved: false,
      });
      dossierIds.push(dossierId);
    }

    // --- seed ---------------------------------------------------------------
    const rand = prng(20261128);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const words = ['story', 'groepsapp', 'roddel', 'screenshot genoemd', 'link gedeeld', 'account', 'reactie', 'doorgestuurd', 'klas', 'feestje', 'bericht', 'video genoemd'];
    const db = svc.ctx.db();
    const author = svc.ctx.actor();
    const periodMs = 180 * 24 * 3600 * 1000;
    const t0 = performance.now();
    db.transaction(() => {
      let previous: { id: string; dossierId: string; rootId: string; version: number } | null = null;
      for (let i = 0; i < total; i++) {
        const id = svc.ctx.newId();
        const seenAt = new Date(now.getTime() - Math.floor(rand() * periodMs)).toISOString();
        const input: MonitoringEntryInput = {
          seenAt,
          seenBy: pick(['Mentor Jansen', 'Zorgcoördinator', 'Conciërge', 'Vertrouwenspersoon']),
          platform: pick(PLATFORMS),
          location: `https://example.invalid/${pick(['p', 'story', 'groep'])}/${i.toString(36)}`,
          description: `${pick(words)} ${pick(words)} ${pick(words)} nr ${i}`,
          reach: pick(REACH_LEVELS),
          tone: pick(TONES),
          risk: pick(RISK_LEVELS),
          action: pick(MONITORING_ACTIONS),
          actionNote: '',
          followUpAt: rand() < 0.05 ? new Date(now.getTime() + (rand() - 0.5) * 14 * 24 * 3600 * 1000).toISOString() : null,
          status: pick(MONITORING_STATUSES),
        };
        // About 2% of the entries are corrections of the one before (as happens in use).
        const correct: boolean = previous !== null && rand() < 0.02;
        if (correct && previous) {
          insertEntry(db, {
            ...input,
            id,
            dossierId: previous.dossierId,
            rootId: previous.rootId,
            version: previous.version + 1,
            recordedAt: now.toISOString(),
            author,
            correctsId: previous.id,
            correctionReason: 'Toon bijgesteld',
          });
          previous = { id, dossierId: previous.dossierId, rootId: previous.rootId, version: previous.version + 1 };
        } else {
          const dossierId = pick(dossierIds);
          insertEntry(db, { ...input, id, dossierId, rootId: id, version: 1, recordedAt: now.toISOString(), author, correctsId: null, correctionReason: '' });
          previous = { id, dossierId, rootId: id, version: 1 };
        }
      }
    })();
    const seedMs = performance.now() - t0;
    const count = Number(db.prepare('SELECT count(*) FROM monitoring_entries').pluck().get());
    metrics.push({ name: 'entries in vault', value: count, unit: 'count' });
    metrics.push({ name: 'seed (one transaction, triggers + search index)', value: Math.round(count / (seedMs / 1000)), unit: 'ops/s' });
    log(`seeded ${count} entries in ${(seedMs / 1000).toFixed(1)} s (${Math.round(count / (seedMs / 1000))} entries/s)`);

    const d0 = dossierIds[0] as string;
    const entry = (i: number): MonitoringEntryInput => ({
      seenAt: now.toISOString(),
      seenBy: 'Mentor Jansen',
      platform: PLATFORMS[i % PLATFORMS.length] as MonitoringEntryInput['platform'],
      location: `https://www.instagram.com/p/bench${i}/`,
      description: `Nieuwe waarneming ${i}: story met verwijzing naar het filmpje`,
      reach: 'groep',
      tone: 'negatief',
      risk: 'middel',
      action: 'gemeld-bij-platform',
      actionNote: '',
      followUpAt: null,
      status: 'open',
    });

    // --- adding (each call: validation, one fsync'ed transaction with audit record) ---
    await timed('monitoring.add (full entry)', 200, (i) => call('monitoring.add', { dossierId: dossierIds[i % dossierCount] as string, entry: entry(i) }));
    await timed('monitoring.quickAdd (three fields)', 100, (i) =>
      call('monitoring.quickAdd', { dossierId: d0, platform: 'snapchat', location: `groep ${i}`, description: `Snelle notitie ${i}` }),
    );
    const target = await call('monitoring.add', { dossierId: d0, entry: entry(9999) });
    let head = target.id;
    await timed('monitoring.correct', 50, async (i) => {
      const next = await call('monitoring.correct', { correctsId: head, reason: `Correctie ${i}`, entry: { ...entry(9999), description: `Gecorrigeerd ${i}` } });
      head = next.id;
    });

    // --- filtering (first page of 100 plus the total count) -------------------
    const weekAgo = new Date(now.getTime() - 7 * 24 * 3600 * 1000).toISOString();
    const monthAgo = new Date(now.getTime() - 30 * 24 * 3600 * 1000).toISOString();
    const cases: Array<[string, OpInput<'monitoring.list'>]> = [
      ['list school-wide, no filter', { dossierId: null, filters: {} }],
      ['list one dossier, no filter', { dossierId: d0, filters: {} }],
      ['list school-wide, platform = instagram', { dossierId: null, filters: { platforms: ['instagram'] } }],
      ['list school-wide, tone bedreigend + risk hoog', { dossierId: null, filters: { tones: ['bedreigend'], risks: ['hoog'] } }],
      ['list school-wide, last 7 days', { dossierId: null, filters: { from: weekAgo } }],
      ['list one dossier, 2 platforms + status open + 30 days', { dossierId: d0, filters: { platforms: ['snapchat', 'tiktok'], statuses: ['open'], from: monthAgo } }],
      ['list school-wide, page 50 (offset 4900)', { dossierId: null, filters: {}, offset: 4900 }],
    ];
    for (const [name, input] of cases) await timed(name, 20, () => call('monitoring.list', input));
    await timed('stats school-wide (chart, all platforms)', 10, () => call('monitoring.stats', { dossierId: null, filters: {}, utcOffsetMinutes: 60 }));
    await timed('stats one dossier, last 30 days', 10, () => call('monitoring.stats', { dossierId: d0, filters: { from: monthAgo }, utcOffsetMinutes: 60 }));
    await timed('overview.get (with takedown/monitoring reminders)', 10, () => call('overview.get', {}));
    await timed('dossier.search (FTS over all entries)', 10, () => call('dossier.search', { query: 'roddel feestje' }));
    // Timings on a shared machine are only comparable with the load they ran under.
    metrics.push({ name: 'load average (1 min) at end', value: round(os.loadavg()[0] ?? 0), unit: 'count' });
    log(`load average at end: ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} on ${os.cpus().length} cores`);
    return { name: 'monitoring', metrics };
  } finally {
    svc.lock();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export default benchMonitoring;

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const entries = Number(process.env.BENCH_ENTRIES ?? 100_000);
  console.log(`Monitoring benchmark: ${entries} entries, real encrypted vault (${os.cpus().length} cores)`);
  benchMonitoring({ entries, log: (line) => console.log(line) }).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
