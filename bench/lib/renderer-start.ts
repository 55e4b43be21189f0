import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/harness/chromium';
import { APP_ORIGIN, RENDERER_DIR, assertBuilt, readCsp, serveRenderer } from '../../tests/e2e/harness/staticServer';
import { createVangnetService } from '../../src/core/service';
import { SettingsStore } from '../../src/core/settings';
import { OP_NAMES } from '../../src/shared/api';
import { TEST_KDF, TEST_PASSPHRASE, TEST_USER, TestPlatform, makeTestDirs } from '../../tests/unit/helpers/service';
import { summarize, type Timing } from './measure';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Loaded before the lock screen was interactive (in the measured start-ups). */
  beforeLock: boolean;
}

/** CPU time (user + system, ms) of a process and all its descendants, from /proc; null elsewhere. */
function treeCpuMs(rootPid: number | undefined): number | null {
  if (!rootPid || !fs.existsSync('/proc/self/stat')) return null;
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the ")" that closes the command name: state ppid … utime(12) stime(13).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(f[1]));
      cpu.set(Number(name), Number(f[11]) + Number(f[12]));
    } catch {
      // The process ended while we read.
    }
  }
  let ticks = 0;
  for (const [pid, t] of cpu) {
    for (let p: number | undefined = pid, hops = 0; p && hops < 16; p = parent.get(p), hops++) {
      if (p === rootPid) {
        ticks += t;
        break;
      }
    }
  }
  return ticks * (1000 / CLOCK_TICKS);
}
/** An unknown switch Chromium ignores, to find this run's browser process in /proc. */
const MARKER = `--vangnet-bench-start=${process.pid}`;

function browserPid(): number | undefined {
  if (!fs.existsSync('/proc/self/cmdline')) return undefined;
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (args.includes(MARKER) && !args.some((a) => a.startsWith('--type='))) return Number(name);
    } catch {
      // Gone meanwhile.
    }
  }
  return undefined;
}

/**
 * Linux reports utime/stime in clock ticks (USER_HZ). Asked of the system rather than assumed:
 * 100 on x64 and arm64, but a kernel may be built otherwise.
 */
const CLOCK_TICKS = (() => {
  try {
    const n = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(n) && n > 0 ? n : 100;
  } catch {
    return 100;
  }
})();

export interface RendererStart {
  /** Navigation start → lock screen interactive (passphrase field enabled, first status in). */
  lockInteractive: Timing;
  /**
   * Baseline in the same loop: navigation start → a static page's own password field exists
   * (no JavaScript bundle, same Chromium, same route). What the machine's load alone costs a
   * page load; `lockInteractive` minus this is what Vangnet's start adds.
   */
  blankPage: Timing;
  /** Median of (lock screen − baseline) per pair of loads. */
  addedByAppMs: number;
  /**
   * CPU time (ms, user + system, all Chromium processes) one load of the app to its lock screen
   * took, and the same for the static page: unlike wall time, hardly moved by other work on the
   * machine (10 ms resolution). null where /proc is missing.
   */
  cpuMs: { app: number; blank: number } | null;
  /** JavaScript fetched before that moment: bytes on disk, gzip -9 for comparison. */
  jsBeforeLockBytes: number;
  jsBeforeLockGzipBytes: number;
  chunks: ChunkSize[];
  goalMs: number;
  goalJsBytes: number;
  note: string;
}

/**
 * Time to an interactive lock screen in the e2e harness: Debian's Chromium loading the
 * production build (dist/renderer) from disk through the harness's static route, the preload
 * contract bridged to the real core over a real locked vault. A MutationObserver installed
 * before the page runs stamps performance.now() (ms since navigation start) the moment the
 * lock screen's passphrase field exists, is enabled and the session reported ready.
 */
/** The baseline: a static page with a password field and no script, served by the same route. */
const BLANK_PATH = '/__bench_blank.html';
const BLANK_PAGE = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Baseline</title></head><body><main><label>Wachtwoordzin <input type="password"></label></main></body></html>';

export async function measureRendererStart(runs = 10): Promise<RendererStart> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, MARKER] });
  try {
    // The harness's wiring (tests/e2e/harness/VangnetApp.ts) without its 5 s expect-based
    // waits, which a loaded machine can exceed outside the test runner: static route, bridge.
    assertBuilt();
    const csp = readCsp();
    const dirs = makeTestDirs('vangnet-bench-start-');
    const service = createVangnetService({
      platform: new TestPlatform(),
      settings: new SettingsStore(dirs.appData, dirs.vault),
      kdf: TEST_KDF,
    });
    const created = await service.dispatch('vault.create', { userName: TEST_USER, passphrase: TEST_PASSPHRASE });
    if (!created.ok) throw new Error(`vault.create: ${created.error.code}`);
    service.lock();
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nl-NL' });
    await context.route('**/*', async (route) => {
      if (route.request().url() === `${APP_ORIGIN}${BLANK_PATH}`) {
        await route.fulfill({ status: 200, contentType: 'text/html', body: BLANK_PAGE });
      } else if (route.request().url().startsWith(`${APP_ORIGIN}/`)) await serveRenderer(route, csp);
      else await route.abort('blockedbyclient');
    });
    await context.exposeBinding('__vangnetInvoke', (_source, op: unknown, input: unknown) =>
      service.dispatch(op, input),
    );
    // Plain-text scripts: tsx would wrap named functions in a helper the page does not have.
    await context.addInitScript({
      content: `(() => {
        const bridge = { onEvent: () => () => undefined };
        for (const op of ${JSON.stringify([...OP_NAMES])}) bridge[op] = (input) => globalThis.__vangnetInvoke(op, input);
        Object.defineProperty(globalThis, 'vangnet', { value: Object.freeze(bridge), enumerable: true });
        const blank = location.pathname === ${JSON.stringify(BLANK_PATH)};
        const obs = new MutationObserver(() => {
          const input = document.querySelector(blank ? 'input[type="password"]' : '[data-screen="lock"] input[type="password"]');
          if (!input || input.disabled || (!blank && document.documentElement.dataset.ready !== 'true')) return;
          window.__lockInteractiveAt = performance.now();
          document.documentElement.dataset.benchLockAt = String(window.__lockInteractiveAt);
          obs.disconnect();
        });
        obs.observe(document, { subtree: true, childList: true, attributes: true });
      })();`,
    });
    const page = await context.newPage();
    if (process.env.BENCH_DEBUG_START) {
      page.on('console', (m) => console.log('page:', m.text()));
      page.on('pageerror', (e) => console.log('pageerror:', e.message));
      setTimeout(() => void page.content().then((h) => console.log(h.slice(0, 3000))), 20_000);
    }
    const pid = browserPid();
    const appCpu: number[] = [];
    const blankCpu: number[] = [];
    const samples: number[] = [];
    const blankSamples: number[] = [];
    const added: number[] = [];
    const before = new Set<string>();
    for (let i = 0; i < runs + 1; i++) {
      const c0 = treeCpuMs(pid);
      await page.goto(`${APP_ORIGIN}${BLANK_PATH}`);
      await page.waitForSelector('html[data-bench-lock-at]', { state: 'attached', timeout: 120_000 });
      const blankAt = (await page.evaluate('window.__lockInteractiveAt')) as number;
      const c1 = treeCpuMs(pid);
      await page.goto(`${APP_ORIGIN}/index.html`);
      await page.waitForSelector('html[data-bench-lock-at]', { state: 'attached', timeout: 120_000 });
      const c2 = treeCpuMs(pid);
      const { at, js } = (await page.evaluate(`(() => {
        const at = window.__lockInteractiveAt;
        const js = performance.getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js') && e.startTime <= at)
          .map((e) => new URL(e.name).pathname);
        return { at, js };
      })()`)) as { at: number; js: string[] };
      if (i === 0) continue; // first load warms Chromium's own caches; not a user's start
      samples.push(at);
      blankSamples.push(blankAt);
      if (c0 !== null && c1 !== null && c2 !== null) {
        blankCpu.push(c1 - c0);
        appCpu.push(c2 - c1);
      }
      added.push(at - blankAt);
      for (const f of js) before.add(f.replace(/^\//, ''));
    }
    await context.close();
    service.lock();
    fs.rmSync(dirs.root, { recursive: true, force: true });
    const chunks: ChunkSize[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.js')) {
          const rel = path.relative(RENDERER_DIR, p).split(path.sep).join('/');
          const buf = fs.readFileSync(p);
          chunks.push({
            file: rel,
            bytes: buf.length,
            gzipBytes: zlib.gzipSync(buf, { level: 9 }).length,
            beforeLock: before.has(rel),
          });
        }
      }
    };
    walk(RENDERER_DIR);
    chunks.sort((a, b) => Number(b.beforeLock) - Number(a.beforeLock) || b.bytes - a.bytes);
    const pre = chunks.filter((c) => c.beforeLock);
    return {
      lockInteractive: summarize(samples),
      blankPage: summarize(blankSamples),
      addedByAppMs: summarize(added).medianMs,
      cpuMs: appCpu.length ? { app: summarize(appCpu).medianMs, blank: summarize(blankCpu).medianMs } : null,
      jsBeforeLockBytes: pre.reduce((n, c) => n + c.bytes, 0),
      jsBeforeLockGzipBytes: pre.reduce((n, c) => n + c.gzipBytes, 0),
      chunks,
      goalMs: 500,
      goalJsBytes: 500 * 1024,
      note: `headless Debian Chromium (${CHROMIUM_PATH}), production build from ${path.relative(process.cwd(), RENDERER_DIR) || '.'}, locked vault, 1366×768; ${runs} reloads after one warm-up load, each paired with a load of a static page (the baseline)`,
    };
  } finally {
    await browser.close();
  }
}
