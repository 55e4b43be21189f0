import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median of all runs, ms. */
  medianMs: number;
  p95Ms: number;
  minMs: number;
  runs: number;
  /**
   * Median CPU time of this process per run (user + system), where measured: unlike wall time
   * it hardly moves when other work competes for the cores, so growth stays readable on a
   * loaded machine.
   */
  cpuMedianMs?: number;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

export function summarize(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? 0;
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  return { medianMs: round2(median), p95Ms: round2(at(0.95)), minMs: round2(s[0] ?? 0), runs: s.length };
}

/** Runs fn `runs` times after `warmup` unmeasured runs. */
export async function measure(runs: number, fn: (i: number) => unknown, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ...summarize(samples), cpuMedianMs: summarize(cpu).medianMs };
}

/**
 * Side by side: A and B alternate within one loop, so drift (thermal, other processes, page
 * cache) hits both equally.
 */
export async function measurePair(
  runs: number,
  a: (i: number) => unknown,
  b: (i: number) => unknown,
  warmup = 2,
): Promise<{ a: Timing; b: Timing }> {
  for (let i = 0; i < warmup; i++) {
    await a(-1 - i);
    await b(-1 - i);
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    const first = i % 2 === 0;
    for (const which of first ? ['a', 'b'] : ['b', 'a']) {
      const t0 = performance.now();
      await (which === 'a' ? a(i) : b(i));
      (which === 'a' ? sa : sb).push(performance.now() - t0);
    }
  }
  return { a: summarize(sa), b: summarize(sb) };
}

/** Small deterministic PRNG (mulberry32) so every run sees the same data. */
export function prng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = x;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Like measurePair for any number of workloads: all run once per round, the order rotating
 * round by round, so load changes during the loop hit every workload alike.
 */
export async function measureSet(
  runs: number,
  fns: Array<(i: number) => unknown>,
  warmup = 2,
): Promise<Timing[]> {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn(-1 - i);
  const samples: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < fns.length; k++) {
      const j = (k + i) % fns.length;
      const t0 = performance.now();
      await fns[j]!(i);
      samples[j]!.push(performance.now() - t0);
    }
  }
  return samples.map(summarize);
}
