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

export interface RendererStart {
  /** Navigation start → lock screen interactive (passphrase field enabled, first status in). */
  lockInteractive: Timing;
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
export async function measureRendererStart(runs = 10): Promise<RendererStart> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
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
      if (route.request().url().startsWith(`${APP_ORIGIN}/`)) await serveRenderer(route, csp);
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
        const obs = new MutationObserver(() => {
          const input = document.querySelector('[data-screen="lock"] input[type="password"]');
          if (!input || input.disabled || document.documentElement.dataset.ready !== 'true') return;
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
    const samples: number[] = [];
    const before = new Set<string>();
    for (let i = 0; i < runs + 1; i++) {
      await page.goto(`${APP_ORIGIN}/index.html`);
      await page.waitForSelector('html[data-bench-lock-at]', { state: 'attached', timeout: 120_000 });
      const { at, js } = (await page.evaluate(`(() => {
        const at = window.__lockInteractiveAt;
        const js = performance.getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js') && e.startTime <= at)
          .map((e) => new URL(e.name).pathname);
        return { at, js };
      })()`)) as { at: number; js: string[] };
      if (i === 0) continue; // first load warms Chromium's own caches; not a user's start
      samples.push(at);
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
      jsBeforeLockBytes: pre.reduce((n, c) => n + c.bytes, 0),
      jsBeforeLockGzipBytes: pre.reduce((n, c) => n + c.gzipBytes, 0),
      chunks,
      goalMs: 500,
      goalJsBytes: 500 * 1024,
      note: `headless Debian Chromium (${CHROMIUM_PATH}), production build from ${path.relative(process.cwd(), RENDERER_DIR) || '.'}, locked vault, 1366×768; ${runs} reloads after one warm-up load`,
    };
  } finally {
    await browser.close();
  }
}
