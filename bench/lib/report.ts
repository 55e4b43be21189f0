import type { CipherCost } from './limit';
import type { MachineInfo } from './machine';
import type { Timing } from './measure';
import type { RendererStart } from './renderer-start';
import type { TuningResult } from './tuning';

export interface Comparison {
  name: string;
  kind: 'insert' | 'read' | 'search';
  encrypted: Timing;
  plain: Timing;
  /** encrypted median / plain median. */
  ratio: number;
  goal: number;
  /** Pages the encrypted run decrypted (read) and encrypted (written) per call; null: not counted. */
  pages: { read: number; written: number } | null;
  /** The same pages through Node's crypto, median ms (measured in the same loop). */
  cipherMs: number | null;
  /** plain median + cipherMs: the physical limit for this row. */
  limitMs: number | null;
  /** encrypted median / limitMs. */
  ratioToLimit: number | null;
}

export type MemoryResult =
  | {
      baselineRssMB: number;
      afterUnlockRssMB: number;
      rssMB: number;
      heapUsedMB: number;
      externalMB: number;
      maxRssMB: number;
      dossiers: number;
      goalMB: number;
    }
  | { failed: string; goalMB: number };

/** One dataset size: the comparisons and service timings, reduced to medians. */
export interface GrowthLine {
  dossiers: number;
  chronology: number;
  monitoring: number;
  entries: number;
  encryptedBytes: number;
  plainBytes: number;
  seedEncryptedMs: number;
  comparisons: Array<{
    name: string;
    encryptedMs: number;
    plainMs: number;
    limitMs: number | null;
    ratio: number;
    ratioToLimit: number | null;
  }>;
  service: Array<{ name: string; medianMs: number; p95Ms: number; cpuMedianMs?: number }>;
  memory: MemoryResult;
}

export interface ServiceTiming extends Timing {
  name: string;
  goalMs: number | null;
}

export interface BenchResults {
  schemaVersion: 2;
  generatedAt: string;
  quick: boolean;
  machine: MachineInfo;
  dataset: {
    dossiers: number;
    chronology: number;
    monitoring: number;
    entries: number;
    encryptedBytes: number;
    plainBytes: number;
  };
  /** The cipher's own cost per page on this machine; pages of the logbook table (dbstat). */
  limit: { cipherCosts: CipherCost[]; scanPages: number | null };
  comparisons: Comparison[];
  service: ServiceTiming[];
  memory: MemoryResult;
  tuning: TuningResult | null;
  growth: GrowthLine[];
  rendererStart: RendererStart | { failed: string };
  unlock: {
    kdfParams: { memoryCost: number; timeCost: number; parallelism: number };
    keyDerivationMs: number;
    openAndMigrateMs: number;
    vaultUnlockMs: number;
    serviceUnlockMs: number;
    createMs: number | null;
    runs: number;
  };
  documents: unknown;
  monitoring: unknown;
  bundle: {
    note: string;
    totalBytes?: number;
    jsBytes?: number;
    jsGzipBytes?: number;
    cssBytes?: number;
    fontBytes?: number;
    files?: number;
  } | null;
  runtimeSeconds: number;
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;

interface Metric {
  name: string;
  value: number;
  unit: string;
}

function metricsOf(x: unknown): Metric[] | null {
  const r = (x as { result?: { metrics?: unknown } } | null)?.result?.metrics;
  return Array.isArray(r) ? (r as Metric[]) : null;
}

function featureSection(
  title: string,
  x: unknown,
  goal?: { match: RegExp; limitMs: number; label: string },
): string[] {
  const out = [`### ${title}`, ''];
  const o = x as { skipped?: string; failed?: string; totalSeconds?: number } | null;
  if (!o) return [...out, 'Not run.', ''];
  if (o.skipped) return [...out, `Not measured: ${o.skipped}.`, ''];
  if (o.failed) return [...out, `**Failed:** ${o.failed}`, ''];
  const metrics = metricsOf(x);
  if (!metrics)
    return [...out, '```json', JSON.stringify((x as { result: unknown }).result, null, 2), '```', ''];
  out.push('| Measurement | Value |', '| --- | ---: |');
  for (const m of metrics) {
    let mark = '';
    if (goal && m.unit === 'ms' && goal.match.test(m.name))
      mark = m.value < goal.limitMs ? ` (goal ${goal.label}: met)` : ` (goal ${goal.label}: **missed**)`;
    out.push(
      `| ${m.name} | ${m.unit === 'ms' ? `${ms(m.value)} ms` : `${m.value.toLocaleString('en')} ${m.unit}`}${mark} |`,
    );
  }
  if (o.totalSeconds !== undefined)
    out.push('', `Whole module benchmark took ${o.totalSeconds} s (includes its own seeding).`);
  return [...out, ''];
}

/** The verdict for one encrypted row: the goal, or the limit as the reason it cannot be met. */
export function comparisonVerdict(c: Comparison): string {
  if (c.ratio <= c.goal) return 'met';
  if (c.ratioToLimit !== null && c.limitMs !== null && c.ratioToLimit <= 1.2)
    return `at the limit: the cipher's own work for these ${c.pages?.read ?? 0} + ${c.pages?.written ?? 0} pages is ${ms(c.cipherMs ?? 0)} ms, so no encrypted store can go below ${ms(c.limitMs)} ms (${(c.limitMs / Math.max(c.plain.medianMs, 0.001)).toFixed(2)}× plain)`;
  return '**missed**';
}

const isMemory = (m: MemoryResult): m is Extract<MemoryResult, { rssMB: number }> => 'rssMB' in m;

function growthSection(r: BenchResults): string[] {
  if (r.growth.length < 2) return ['Not measured in this run (only one dataset size).', ''];
  const g = r.growth;
  const head = `| Figure | ${g.map((x) => `${x.dossiers.toLocaleString('en')} d. / ${(x.entries / 1000).toFixed(0)}k e.`).join(' | ')} | ${g
    .slice(1)
    .map((x, i) => `×${(x.dossiers / g[i]!.dossiers).toFixed(0)} d. ×${(x.entries / g[i]!.entries).toFixed(0)} e.`)
    .join(' | ')} |`;
  const out = [
    'Each size is seeded afresh; the figures are medians in ms (memory in MB). The growth columns divide a size by the one before it: a figure that grows more than its data grew points at a complexity regression.',
    '',
    head,
    `| --- | ${g.map(() => '---:').join(' | ')} | ${g.slice(1).map(() => '---:').join(' | ')} |`,
  ];
  const row = (name: string, vals: Array<number | null>) => {
    const growth = vals.slice(1).map((v, i) => {
      const prev = vals[i];
      return v !== null && prev !== null && prev !== undefined && prev > 0 ? `${(v / prev).toFixed(1)}×` : '–';
    });
    out.push(`| ${name} | ${vals.map((v) => (v === null ? '–' : ms(v))).join(' | ')} | ${growth.join(' | ')} |`);
  };
  row('database on disk, encrypted (MB)', g.map((x) => Math.round(x.encryptedBytes / 1024 / 1024)));
  row('seed, encrypted (one pass, large transactions)', g.map((x) => x.seedEncryptedMs));
  for (const c of g[0]!.comparisons) {
    row(`encrypted: ${c.name}`, g.map((x) => x.comparisons.find((y) => y.name === c.name)?.encryptedMs ?? null));
    row(`  plain`, g.map((x) => x.comparisons.find((y) => y.name === c.name)?.plainMs ?? null));
  }
  const names = [...new Set(g.flatMap((x) => x.service.map((s) => s.name.replace(/ \([\d,]+ dossiers\)/, ''))))];
  for (const n of names) {
    const of = (x: GrowthLine) => x.service.find((s) => s.name.replace(/ \([\d,]+ dossiers\)/, '') === n);
    row(`service: ${n}`, g.map((x) => of(x)?.medianMs ?? null));
    // CPU time: readable growth even when other work loaded the machine during a size.
    if (g.some((x) => of(x)?.cpuMedianMs !== undefined)) row(`  CPU time`, g.map((x) => of(x)?.cpuMedianMs ?? null));
  }
  row('memory: RSS with the vault open (MB)', g.map((x) => (isMemory(x.memory) ? x.memory.rssMB : null)));
  out.push('');
  return out;
}

function tuningSection(r: BenchResults): string[] {
  const t = r.tuning;
  if (!t) return ['Not run.', ''];
  const out = [
    'Every variant is the same data (the plain database re-encrypted with `rekey`; other page sizes after a `VACUUM`), opened with the vault\'s pragmas; each workload alternates over all variants in one loop. Figures are medians in ms with the ratio to plain SQLite in brackets.',
    '',
    `| Variant | ${t.workloads.map((w) => w.label).join(' | ')} | File (MB) | Exit path |`,
    `| --- | ${t.workloads.map(() => '---:').join(' | ')} | ---: | --- |`,
  ];
  for (const row of t.rows) {
    out.push(
      `| ${row.label} | ${t.workloads.map((w) => `${ms(row.timings[w.id]!.medianMs)} (${row.ratioToPlain[w.id]!.toFixed(2)}×)`).join(' | ')} | ${(row.fileBytes / 1024 / 1024).toFixed(0)} | ${row.compatibility} |`,
    );
  }
  out.push('', ...t.notes.map((n) => `- ${n}`), '');
  const current = t.rows.find((x) => x.id === 'current');
  if (current) {
    out.push('Best variant per workload in this run, against the vault today:', '');
    for (const w of t.workloads) {
      const enc = t.rows.filter((x) => x.id !== 'plain');
      const best = enc.reduce((a, b) => (b.timings[w.id]!.medianMs < a.timings[w.id]!.medianMs ? b : a));
      const gain = 1 - best.timings[w.id]!.medianMs / Math.max(current.timings[w.id]!.medianMs, 0.001);
      out.push(
        `- ${w.label}: ${best.id === 'current' ? 'the vault today is fastest' : `${best.label} — ${(gain * 100).toFixed(0)}% less time than today (${best.ratioToPlain[w.id]!.toFixed(2)}× plain vs ${current.ratioToPlain[w.id]!.toFixed(2)}×); exit path: ${best.compatibility}`}.`,
      );
    }
    out.push('');
  }
  out.push(
    '### Decision',
    '',
    'The vault keeps its format: SQLCipher 4 (AES-256-CBC, HMAC-SHA512, 4 KiB pages) with a 32 MiB page cache. Reasons:',
    '',
    "- **Exit path.** Today a school's vault opens in stock SQLCipher 4 tools (the `sqlcipher` shell, DB Browser for SQLite) with nothing but the raw key from the recovery procedure. Page size and HMAC changes keep an exit path only with extra, non-default settings a stranger must know; ChaCha20, AEGIS and Ascon are readable only with SQLite3 Multiple Ciphers. We give that up only for a large gain.",
    "- **The gains are not large where users wait.** What a user waits for is served from the page cache (the overview, a dossier's parts once read, search over hot index pages): there the cipher costs nothing, whatever the setting. The cipher shows on cache misses (a full scan of the logbook, which no screen does) and on writes (one fsync'd line: a dozen pages). The per-workload table above gives the size of each gain in this run; on a loaded machine differences below ~20% are within the noise of a single run.",
    '- **The rows that miss 1.3× sit at the physical limit.** In the comparison table the encrypted scan and insert rows are compared with plain + the cipher work for the same pages measured in the same loop ("×limit"): where ×limit is close to 1, no setting of this algorithm family can go below it; only a cheaper algorithm could, which is the compatibility trade above.',
    '- **A bigger page cache is memory, not speed, for this data.** The 128 MiB row shows what a larger cache buys on cold dossier loads; the 32 MiB cache keeps the main process well under its 300 MB goal (memory section) while holding the pages users revisit.',
    '- **`cipher_memory_security`** does not exist in this engine (see the note above): nothing to switch off.',
    '',
    'Existing vaults keep opening unchanged: nothing about the on-disk format or the open pragmas changed, so no migration is needed. Should a later version switch (e.g. to 8 KiB pages), the tuning code above already converts a database in place (`page_size` + `VACUUM`, then `rekey` with the new cipher settings); that conversion would become a migration with a test that opens a vault made by the previous version (tests/fixtures/vault-v6).',
    '',
  );
  return out;
}

function rendererSection(r: BenchResults): string[] {
  const out: string[] = [];
  if (!r.bundle || r.bundle.totalBytes === undefined) {
    out.push(`Bundle not measured: ${r.bundle?.note ?? 'dist/renderer missing'}.`, '');
  } else {
    const b = r.bundle;
    out.push(
      `dist/renderer (${b.note}): ${mb(b.totalBytes ?? 0)} in ${b.files} files — JavaScript ${kb(b.jsBytes ?? 0)} (${kb(b.jsGzipBytes ?? 0)} gzipped), CSS ${kb(b.cssBytes ?? 0)}, fonts ${kb(b.fontBytes ?? 0)}. Loaded from disk by Electron, never over a network.`,
      '',
    );
  }
  const s = r.rendererStart;
  if ('failed' in s) return [...out, `Start not measured: ${s.failed}.`, ''];
  const metMs = s.lockInteractive.medianMs < s.goalMs;
  const metJs = s.jsBeforeLockBytes < s.goalJsBytes;
  out.push(
    `Start: ${s.note}.`,
    '',
    '| Measurement | Value | Goal | |',
    '| --- | ---: | --- | --- |',
    `| lock screen interactive after navigation start, median (p95) | ${ms(s.lockInteractive.medianMs)} ms (${ms(s.lockInteractive.p95Ms)} ms) | < ${s.goalMs} ms | ${metMs ? 'met' : '**missed**'} |`,
    ...(s.blankPage
      ? [
          `| baseline: a static page with a password field, same loop, median (p95) | ${ms(s.blankPage.medianMs)} ms (${ms(s.blankPage.p95Ms)} ms) | – | what this machine's load costs any page |`,
          `| added by Vangnet (lock screen − baseline, per pair), median | ${ms(s.addedByAppMs ?? 0)} ms | < ${s.goalMs} ms | ${(s.addedByAppMs ?? Infinity) < s.goalMs ? 'met' : '**missed**'} |`,
        ]
      : []),
    ...(s.cpuMs
      ? [
          `| CPU time of all Chromium processes per load: app to its lock screen / static page (median) | ${ms(s.cpuMs.app)} ms / ${ms(s.cpuMs.blank)} ms | – | hardly moved by other work on the machine; the difference, ${ms(s.cpuMs.app - s.cpuMs.blank)} ms, is what Vangnet's start costs in CPU |`,
        ]
      : []),
    `| JavaScript loaded before the lock screen was interactive | ${kb(s.jsBeforeLockBytes)} (${kb(s.jsBeforeLockGzipBytes)} gzipped) | < ${kb(s.goalJsBytes)} | ${metJs ? 'met' : '**missed**'} |`,
    '',
    '| Chunk | Size | gzip -9 | Before the lock screen |',
    '| --- | ---: | ---: | --- |',
    ...s.chunks.map((c) => `| ${c.file} | ${kb(c.bytes)} | ${kb(c.gzipBytes)} | ${c.beforeLock ? 'yes' : 'on demand'} |`),
    '',
  );
  return out;
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const lines: string[] = [];
  const goalMark = (met: boolean) => (met ? 'met' : '**missed**');
  const base = r.limit.cipherCosts.find((c) => c.pageSize === 4096 && c.hmac === 'sha512');
  const loaded = m.loadAvgStart > m.cores * 1.5 || (m.loadAvgEnd ?? 0) > m.cores * 1.5;
  lines.push(
    '# Benchmarks',
    '',
    `Generated by \`npm run bench\` (bench/run.ts) on ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC, commit \`${m.gitCommit ?? 'unknown'}\`. The same figures are in \`bench/results.json\` (fields below), so versions can be compared. Numbers are medians of repeated runs; nothing is rounded in our favour, and misses are marked.`,
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpu}, ${m.cores} cores`,
    `- Memory: ${m.memoryGiB} GiB`,
    `- OS: ${m.platform} (${m.release})`,
    `- Node ${m.node}; SQLite with SQLCipher 4 encryption via better-sqlite3-multiple-ciphers`,
    `- Load during the run: 1-minute load average ${m.loadAvgStart} at the start, ${m.loadAvgEnd ?? '?'} at the end${m.cpuPressureStart !== null ? `; CPU pressure (time runnable work waited for a CPU, 5-minute average) ${m.cpuPressureStart}% / ${m.cpuPressureEnd ?? '?'}%` : ''}.`,
    '',
    loaded
      ? `**The machine was heavily loaded by other work during this run** (load far above its ${m.cores} cores), so absolute times are inflated, in places several-fold. Ratios measured alternately in one loop (encrypted / plain / cipher limit, the tuning variants) are the reliable figures; re-run \`npm run bench\` on an idle machine for absolute numbers.`
      : 'The machine was otherwise idle during this run.',
    '',
    'This is a shared 2-core cloud VM (virtual disk, other work running alongside), not a school laptop. A typical school laptop has a slower CPU and a local SSD: expect CPU-bound figures (key derivation, PDF, search) to be 2–4× higher there and fsync-bound figures (single inserts) to differ either way.',
    '',
    '## Dataset',
    '',
    `${r.dataset.dossiers.toLocaleString('en')} dossiers (10% open, 10% in aftercare, 80% closed; each with 3 persons, step states, 2 actions), ${r.dataset.chronology.toLocaleString('en')} logbook entries and ${r.dataset.monitoring.toLocaleString('en')} monitoring entries (${r.dataset.entries.toLocaleString('en')} entries), all in the full-text search index. Seeded with direct repository inserts in large transactions (every trigger active); the plain database is a decrypted copy of the vault (rekey to no key: the same pages), except at the smallest growth size, where both are seeded for the bulk-insert row. Size on disk: encrypted ${mb(r.dataset.encryptedBytes)}, plain ${mb(r.dataset.plainBytes)}.`,
    '',
    'The logbook text is drawn from a 38-word care-team vocabulary, so a "common" word (`groepsapp`) occurs in about half of all entries and the two-word query in about a quarter: tens of thousands of matches to rank, a worst case for search. The name and the rare word behave like typical searches.',
    '',
    "## The physical limit: the cipher's own cost",
    '',
    "SQLCipher 4 decrypts a page when it enters SQLite's page cache and encrypts it when it is written: AES-256-CBC over the page minus its 80-byte reserve with the page's own IV, and an HMAC-SHA512 over ciphertext, IV and page number. Node's crypto (OpenSSL) does the same work per page on this machine:",
    '',
    '| Page size | HMAC | Decrypt + verify (µs/page) | Encrypt + MAC (µs/page) | Decrypt throughput |',
    '| ---: | --- | ---: | ---: | ---: |',
    ...r.limit.cipherCosts.map(
      (c) =>
        `| ${c.pageSize / 1024} KiB | ${c.hmac.toUpperCase()} | ${c.decryptUsPerPage} | ${c.encryptUsPerPage} | ${c.decryptMBps} MB/s |`,
    ),
    '',
    `For each encrypted row below, the pages it decrypted (page-cache misses) and encrypted (WAL frames written) were counted from the bytes the process read and wrote (\`/proc/self/io\`: SQLite reads and writes one page per system call), and Node's crypto did that many pages of work in the same alternating loop. **Plain + that cipher work is the physical limit**: no encrypted page store with these algorithms can be faster. "×limit" close to 1 means the codec adds nothing beyond the cryptography itself.${r.limit.scanPages !== null ? ` Cross-check: the logbook table has ${r.limit.scanPages.toLocaleString('en')} pages (dbstat)${base ? `, ${ms((r.limit.scanPages * base.decryptUsPerPage) / 1000)} ms of decryption at ${base.decryptUsPerPage} µs/page` : ''}.` : ''}`,
    '',
    '## Encrypted vault vs plain SQLite',
    '',
    'Same schema (same migrations), same pragmas (WAL, synchronous=FULL, secure_delete, foreign keys, 32 MiB page cache), same repository code; the only difference is the SQLCipher key. Encrypted, plain and the cipher work alternate in one loop so drift hits all three. Goal: encrypted ≤ 1.3× plain, or — where the cryptography alone makes that impossible — within 1.2× of the limit.',
    '',
    '| Workload | Encrypted (ms) | Plain (ms) | Pages decrypted / encrypted | Plain + cipher = limit (ms) | ×plain | ×limit | Goal ≤ 1.3× plain |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const c of r.comparisons) {
    lines.push(
      `| ${c.name} | ${ms(c.encrypted.medianMs)} | ${ms(c.plain.medianMs)} | ${c.pages ? `${c.pages.read} / ${c.pages.written}` : '–'} | ${c.limitMs === null ? '–' : ms(c.limitMs)} | ${c.ratio.toFixed(2)}× | ${c.ratioToLimit === null ? '–' : `${c.ratioToLimit.toFixed(2)}×`} | ${comparisonVerdict(c)} |`,
    );
  }
  lines.push(
    '',
    'The bulk-insert row times the two seeds one after the other, not alternated, so a change in machine load during the run skews it; the other rows alternate run by run.',
    '',
    "Reads are served from SQLite's page cache, which SQLCipher keeps decrypted; decryption costs show on cache misses (the logbook scan reads every page) and on writes (every page written is encrypted and MAC'd).",
    '',
    '## What the user waits for (through the service)',
    '',
    "Every call goes through `dispatch` exactly as the UI's calls do: input validation, handler, result envelope, on the encrypted vault with the dataset above.",
    '',
    '| Operation | Median (ms) | p95 (ms) | CPU, median (ms) | Goal | |',
    '| --- | ---: | ---: | ---: | --- | --- |',
  );
  for (const s of r.service) {
    lines.push(
      `| ${s.name} | ${ms(s.medianMs)} | ${ms(s.p95Ms)} | ${s.cpuMedianMs === undefined ? '–' : ms(s.cpuMedianMs)} | ${s.goalMs ? `< ${s.goalMs} ms` : '–'} | ${s.goalMs ? goalMark(s.medianMs < s.goalMs) : ''} |`,
    );
  }
  const mem = r.memory;
  lines.push(
    '',
    '## Memory with the vault open',
    '',
    isMemory(mem)
      ? `A fresh Node process unlocks the ${mem.dossiers.toLocaleString('en')}-dossier vault (production KDF), loads the overview, 20 dossiers and a search, then reports its resident set: **${mem.rssMB} MB RSS** (goal < ${mem.goalMB} MB: ${goalMark(mem.rssMB < mem.goalMB)}); ${mem.baselineRssMB} MB before unlocking, ${mem.afterUnlockRssMB} MB right after it, JS heap ${mem.heapUsedMB} MB, peak ${mem.maxRssMB} MB (the peak includes Argon2id's 128 MiB working memory during the unlock, released afterwards). Electron's main process runs the same core on the same V8 plus its own browser-process runtime, typically a few tens of MB more; the vault's share is the difference between before and after unlocking (the 32 MiB page cache fills as pages are read).`
      : `Not measured: ${mem.failed}.`,
    '',
    '## Growth: 200, 2,000 and 20,000 dossiers',
    '',
    ...growthSection(r),
    '## Tuning: cipher, page size, HMAC and page cache side by side',
    '',
    ...tuningSection(r),
  );
  const u = r.unlock;
  lines.push(
    '## Unlock',
    '',
    `Production key derivation: Argon2id, ${u.kdfParams.memoryCost / 1024} MiB, ${u.kdfParams.timeCost} passes, parallelism ${u.kdfParams.parallelism}. Medians of ${u.runs} unlocks of the seeded vault.`,
    '',
    '| Part | Median (ms) |',
    '| --- | ---: |',
    `| Key derivation (Argon2id + unwrap of the database key) | ${ms(u.keyDerivationMs)} |`,
    `| Opening the database + migration check + audit record (measured on a copy with a negligible KDF) | ${ms(u.openAndMigrateMs)} |`,
    `| Vault.unlock in total | ${ms(u.vaultUnlockMs)} |`,
    `| vault.unlock through the service | ${ms(u.serviceUnlockMs)} |`,
    `| vault.create (two key derivations: passphrase and recovery key, schema) | ${u.createMs === null ? '–' : ms(u.createMs)} |`,
    '',
    'Every wrong passphrase costs the same key derivation, which is what makes guessing slow.',
    '',
    '## Feature benchmarks',
    '',
    ...featureSection('Documents: 32 class letters to one PDF', r.documents, {
      match: /32|letters|brieven/i,
      limitMs: 1000,
      label: '< 1 s',
    }),
    ...featureSection('Monitoring log (bench/monitoring.ts, its own vault; entries as listed)', r.monitoring),
    '## Renderer: bundle and start',
    '',
    ...rendererSection(r),
    `Whole benchmark run: ${r.runtimeSeconds} s.`,
    '',
    '## bench/results.json fields',
    '',
    '| Field | Meaning |',
    '| --- | --- |',
    '| `schemaVersion` | Format of this file (2: adds `limit`, the comparison limit fields, `memory`, `growth`, `tuning`, `rendererStart`). |',
    '| `generatedAt` | ISO time of the run. `quick`: true for a BENCH_QUICK=1 smoke run (never written). |',
    '| `machine` | `cpu` (model of the first core), `cores`, `memoryGiB`, `platform`, `release` (kernel), `node`, `gitCommit`, `loadAvgStart`/`loadAvgEnd` (1-minute load average), `cpuPressureStart`/`cpuPressureEnd` (Linux PSI cpu "some" avg300, % of time runnable work waited for a CPU; null elsewhere). |',
    '| `dataset` | The main size: `dossiers`, `chronology`, `monitoring`, `entries` (chronology + monitoring), `encryptedBytes` / `plainBytes` (database files on disk). |',
    "| `limit` | `cipherCosts[]`: `pageSize`, `hmac`, `pages` measured, `decryptUsPerPage`, `encryptUsPerPage`, `decryptMBps` (Node's crypto, SQLCipher 4 page layout); `scanPages`: pages of the logbook table (dbstat). |",
    '| `comparisons[]` | `name`, `kind` (insert/read/search), `encrypted` and `plain` timings, `ratio` (encrypted median / plain median), `goal` (1.3), `pages` (`read` = decrypted, `written` = encrypted, per call), `cipherMs` (that cipher work, median), `limitMs` (plain median + cipherMs), `ratioToLimit`. |',
    '| timings | `medianMs`, `p95Ms`, `minMs`, `runs` (measured runs after the warm-up runs), `cpuMedianMs` (CPU time of the process per run, where measured). |',
    '| `service[]` | Operations through `dispatch`: a timing plus `name` and `goalMs` (null: no goal). |',
    '| `memory` | Fresh process with the main vault open: `baselineRssMB`, `afterUnlockRssMB`, `rssMB` (after overview, 20 dossiers, a search), `heapUsedMB`, `externalMB`, `maxRssMB` (peak), `dossiers`, `goalMB`; or `failed`. |',
    '| `growth[]` | One line per dataset size: `dossiers`, `chronology`, `monitoring`, `entries`, `encryptedBytes`, `plainBytes`, `seedEncryptedMs`, `comparisons[]` (`name`, `encryptedMs`, `plainMs`, `limitMs`, `ratio`, `ratioToLimit`), `service[]` (`name`, `medianMs`, `p95Ms`, `cpuMedianMs`), `memory`. |',
    '| `tuning` | `workloads[]` (`id`, `label`), `rows[]` per variant: `id`, `label`, `pageSize`, `cacheKiB`, `compatibility`, `sqlcipher4Default`, `fileBytes`, `timings` and `ratioToPlain` per workload id; `notes[]`. |',
    '| `unlock` | `kdfParams`, `keyDerivationMs` (Argon2id + unwrap), `openAndMigrateMs` (Vault.unlock of a copy of the vault whose slot uses a negligible KDF: open, migration check, audit record), `vaultUnlockMs` (whole Vault.unlock), `serviceUnlockMs`, `createMs`, `runs`. |',
    '| `documents`, `monitoring` | `{ result, totalSeconds }` from bench/documents.ts and bench/monitoring.ts (`result.metrics[]`: `name`, `value`, `unit`), or `{ skipped }` / `{ failed }`. |',
    '| `bundle` | `note` (how it was obtained), `totalBytes`, `jsBytes`, `jsGzipBytes`, `cssBytes`, `fontBytes`, `files`; or only `note` when it could not be built. |',
    '| `rendererStart` | `lockInteractive` (timing, ms from navigation start), `blankPage` (the same for a static page in the same loop), `addedByAppMs`, `cpuMs` (`app`, `blank`: CPU ms of all Chromium processes per load), `jsBeforeLockBytes`, `jsBeforeLockGzipBytes`, `chunks[]` (`file`, `bytes`, `gzipBytes`, `beforeLock`), `goalMs`, `goalJsBytes`, `note`; or `failed`. |',
    '| `runtimeSeconds` | Wall time of the whole run. |',
    '',
  );
  return lines.join('\n');
}
