import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { createVangnetService, type VangnetService } from '../../../src/core/service';
import { SettingsStore } from '../../../src/core/settings';
import { OP_NAMES, type OpInput, type OpName, type OpOutput, type VangnetEvent } from '../../../src/shared/api';
import type { Result } from '../../../src/shared/errors';
import {
  TEST_KDF,
  TEST_PASSPHRASE,
  TEST_USER,
  TestPlatform,
  makeTestDirs,
  type TestDirs,
} from '../../unit/helpers/service';
import type { PageGlobals } from './pageGlobals';
import { createVaultViaUi, screenLocator, unlockViaUi, waitForReady } from './flows';
import { APP_ORIGIN, assertBuilt, readCsp, serveRenderer } from './staticServer';

export const SCREENSHOT_DIR = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../screenshots');

/** One call over the bridge, as the core answered it (inputs include test passphrases: test data only). */
export interface IpcRecord {
  op: string;
  input: unknown;
  ok: boolean;
  code?: string;
  value?: unknown;
}

export interface LaunchOptions {
  /** What exists before the page loads: nothing (first run), a locked vault, or an unlocked one. */
  vault?: 'none' | 'locked' | 'unlocked';
  /** Install Playwright's fake clock before the page loads (idle-lock tests). */
  clock?: boolean;
  language?: 'nl' | 'en';
  idleLockMinutes?: number;
  viewport?: { width: number; height: number };
  /** Raw content of settings.json before the app starts (e.g. a damaged file). */
  rawSettings?: string;
}

type Tamper = (value: unknown) => unknown;

/**
 * Drives the production renderer build in Chromium against the real core service on a real
 * encrypted vault in a temp folder. The page gets `window.vangnet` with exactly the
 * contract's operations (as the preload does), backed by `service.dispatch` through
 * page.exposeBinding. Waits on readiness signals (`html[data-ready]`, `[data-screen]`, roles),
 * never on sleeps.
 */
export class VangnetApp {
  /** Every request the page made (URL), and those not to our own origin (must stay empty). */
  readonly requests: string[] = [];
  readonly foreignRequests: string[] = [];
  /** Every bridge call with its result, in order. */
  readonly ipc: IpcRecord[] = [];
  /** Recovery key of a vault created by launch() (vault: 'locked' | 'unlocked'), else ''. */
  recoveryKey = '';
  readonly passphrase = TEST_PASSPHRASE;
  readonly userName = TEST_USER;
  private readonly tampers = new Map<string, Tamper>();

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly service: VangnetService,
    readonly platform: TestPlatform,
    readonly dirs: TestDirs,
    readonly csp: string,
  ) {}

  static async launch(browser: Browser, opts: LaunchOptions = {}): Promise<VangnetApp> {
    assertBuilt();
    const csp = readCsp();
    const dirs = makeTestDirs('vangnet-e2e-');
    const platform = new TestPlatform();
    if (opts.rawSettings !== undefined) fs.writeFileSync(path.join(dirs.appData, 'settings.json'), opts.rawSettings);
    const settings = new SettingsStore(dirs.appData, dirs.vault);
    if (opts.language || opts.idleLockMinutes) {
      settings.update({
        ...(opts.language ? { language: opts.language } : {}),
        ...(opts.idleLockMinutes ? { idleLockMinutes: opts.idleLockMinutes } : {}),
      });
    }
    const service = createVangnetService({ platform, settings, kdf: TEST_KDF });

    const context = await browser.newContext({
      viewport: opts.viewport ?? { width: 1280, height: 860 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const app = new VangnetApp(context, page, service, platform, dirs, csp);

    if (opts.vault === 'locked' || opts.vault === 'unlocked') {
      const created = await app.call('vault.create', { userName: TEST_USER, passphrase: TEST_PASSPHRASE });
      app.recoveryKey = created.recoveryKey;
      if (opts.vault === 'locked') service.lock();
    }

    await app.wire();
    if (opts.clock) await page.clock.install();
    await app.load();
    return app;
  }

  /** Network tripwire, static server, and the bridge. */
  private async wire(): Promise<void> {
    const { context } = this;
    context.on('request', (request) => {
      const url = request.url();
      this.requests.push(url);
      if (!url.startsWith(`${APP_ORIGIN}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        this.foreignRequests.push(url);
      }
    });
    context.on('page', (p) =>
      p.on('websocket', (ws) => {
        this.foreignRequests.push(ws.url());
      }),
    );
    this.page.on('websocket', (ws) => this.foreignRequests.push(ws.url()));
    // Nothing leaves: our origin is served from disk, everything else is aborted (and recorded above).
    await context.route('**/*', async (route) => {
      if (route.request().url().startsWith(`${APP_ORIGIN}/`)) await serveRenderer(route, this.csp);
      else await route.abort('blockedbyclient');
    });

    await context.exposeBinding('__vangnetInvoke', async (source, op: unknown, input: unknown) => {
      // Like main's IPC handler: only our own page's main frame may call.
      if (source.frame !== source.page.mainFrame() || !source.frame.url().startsWith(`${APP_ORIGIN}/`)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Geweigerd.' } };
      }
      const result = await this.service.dispatch(op, input);
      const tamper = typeof op === 'string' ? this.tampers.get(op) : undefined;
      const delivered = tamper && result.ok ? { ok: true as const, value: tamper(result.value) } : result;
      this.ipc.push({
        op: String(op),
        input,
        ok: delivered.ok,
        ...(delivered.ok ? { value: delivered.value } : { code: delivered.error.code }),
      });
      return delivered;
    });

    await context.addInitScript(
      ({ ops }) => {
        type Listener = (event: string, payload: unknown) => void;
        const w = globalThis as unknown as PageGlobals;
        const listeners = new Set<Listener>();
        // Looked up per call: the binding and this script are both installed before the page runs.
        const invoke = (op: string, input: unknown) => w.__vangnetInvoke!(op, input);
        const bridge: Record<string, unknown> = {};
        for (const op of ops) bridge[op] = (input: unknown) => invoke(op, input);
        bridge.onEvent = (listener: Listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        };
        Object.defineProperty(w, 'vangnet', { value: Object.freeze(bridge), enumerable: true });
        // Harness-only: how app.emit() plays the main process pushing an event.
        Object.defineProperty(w, '__vangnetEmit', {
          value: (event: string, payload: unknown) => {
            for (const l of [...listeners]) l(event, payload);
          },
        });
      },
      { ops: [...OP_NAMES] },
    );
  }

  /** (Re)load the page and wait until the session has answered. */
  async load(): Promise<void> {
    await this.page.goto(`${APP_ORIGIN}/index.html`);
    await this.waitForReady();
  }

  async waitForReady(): Promise<void> {
    await waitForReady(this.page);
  }

  /** The root of a screen, by its data-screen name (app, lock, lock-recovery, first-run, settings, …). */
  screen(name: string): Locator {
    return screenLocator(this.page, name);
  }

  async expectScreen(name: string): Promise<void> {
    await expect(this.screen(name)).toBeVisible();
  }

  /** Calls the core directly (test setup), typed, throwing on failure. Not recorded as UI traffic. */
  async call<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> {
    const r = (await this.service.dispatch(op, input)) as Result<OpOutput<K>>;
    if (!r.ok) throw new Error(`${op}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  }

  /** Make the next successful result of `op` reach the page altered (fault injection); null restores. */
  tamper(op: OpName, fn: Tamper | null): void {
    if (fn) this.tampers.set(op, fn);
    else this.tampers.delete(op);
  }

  /** First run through the UI: name, passphrase, recovery key confirmed. Returns the key shown. */
  async createVault(opts: { userName?: string; passphrase?: string } = {}): Promise<string> {
    this.recoveryKey = await createVaultViaUi(this.page, opts.userName ?? this.userName, opts.passphrase ?? this.passphrase);
    return this.recoveryKey;
  }

  /** Unlock on the lock screen; waits for the app (or, with expectFailure, for the refusal). */
  async unlock(passphrase: string = this.passphrase, opts: { expectFailure?: boolean } = {}): Promise<void> {
    await unlockViaUi(this.page, passphrase, opts);
  }

  /** The main process pushing an event to the page (preload's onEvent). */
  async emit(event: VangnetEvent, payload?: unknown): Promise<void> {
    await this.page.evaluate(
      ([e, p]) => (globalThis as unknown as PageGlobals).__vangnetEmit!(e, p),
      [event, payload ?? null] as const,
    );
  }

  /** What main does on OS screen lock / suspend: close the vault, then tell the renderer. */
  async osLock(reason: 'screen-lock' | 'suspend' = 'screen-lock'): Promise<void> {
    this.service.lock();
    await this.emit('locked', { reason });
  }

  /**
   * PNG of the window in tests/e2e/screenshots/<name>.png (gitignored), after fonts have
   * loaded. Viewport by default: full-page shots misplace the fixed header, navbar and
   * dialog overlays, which makes them misleading to review.
   */
  async screenshot(name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.evaluate(() => (globalThis as unknown as PageGlobals).document.fonts.ready.then(() => undefined));
    await this.page.screenshot({ path: file, fullPage: opts.fullPage ?? false, animations: 'disabled', caret: 'hide' });
    return file;
  }

  /** Ops the page called, in order (for "the UI did X through the contract" assertions). */
  opsCalled(): string[] {
    return this.ipc.map((r) => r.op);
  }

  async close(): Promise<void> {
    try {
      await this.context.close();
    } finally {
      this.service.lock();
      fs.rmSync(this.dirs.root, { recursive: true, force: true });
    }
  }
}
