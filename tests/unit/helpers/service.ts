import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConfirmRequest, FileFilter, Platform, PrintOutcome } from '../../../src/core/platform';
import { createVangnetService, type VangnetService } from '../../../src/core/service';
import { SettingsStore } from '../../../src/core/settings';
import type { KdfParams } from '../../../src/core/vault';
import type { OpInput, OpName, OpOutput } from '../../../src/shared/api';
import type { Result } from '../../../src/shared/errors';

/** Tiny Argon2 cost so tests stay fast; production uses DEFAULT_KDF (see bench/run.ts for its cost). */
export const TEST_KDF: KdfParams = { memoryCost: 1024, timeCost: 1, parallelism: 1 };
/** Strong enough for checkPassphraseStrength, distinctive enough to scan for. */
export const TEST_PASSPHRASE = 'wolkenkrabber paddenstoel trompet 71';
export const TEST_USER = 'Marieke de Zorgcoördinator';

/**
 * A Platform whose dialogs answer with what the test set beforehand. Each `next*` value is
 * used once (then reset to null = "user cancelled"), so a forgotten setup shows up as a
 * cancel rather than silently reusing an old path. Every call is recorded.
 */
export class TestPlatform implements Platform {
  nextSavePath: string | null = null;
  nextOpenPath: string | null = null;
  nextFolder: string | null = null;
  /**
   * The answer to the next native confirmation dialog (used once, then back to false): a
   * dialog nobody set up answers "no", as a user who closes it would.
   */
  nextConfirm = false;
  /** What the next print job does (used once, then back to 'printed'). */
  nextPrint: PrintOutcome = 'printed';
  readonly confirms: ConfirmRequest[] = [];
  readonly calls: Array<{ method: keyof Platform; args: unknown }> = [];
  readonly printed: Array<{ bytes: Uint8Array; title: string }> = [];
  readonly opened: string[] = [];
  /** The system clipboard of this fake desktop. */
  clipboard = '';

  async chooseSaveFile(opts: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null> {
    this.calls.push({ method: 'chooseSaveFile', args: opts });
    const p = this.nextSavePath;
    this.nextSavePath = null;
    return p;
  }

  async chooseOpenFile(opts: { title: string; filters: FileFilter[] }): Promise<string | null> {
    this.calls.push({ method: 'chooseOpenFile', args: opts });
    const p = this.nextOpenPath;
    this.nextOpenPath = null;
    return p;
  }

  async chooseFolder(opts: { title: string }): Promise<string | null> {
    this.calls.push({ method: 'chooseFolder', args: opts });
    const p = this.nextFolder;
    this.nextFolder = null;
    return p;
  }

  async openPath(file: string): Promise<void> {
    this.calls.push({ method: 'openPath', args: file });
    this.opened.push(file);
  }

  async showInFolder(file: string): Promise<void> {
    this.calls.push({ method: 'showInFolder', args: file });
  }

  async printPdf(bytes: Uint8Array, title: string): Promise<PrintOutcome> {
    this.calls.push({ method: 'printPdf', args: title });
    const outcome = this.nextPrint;
    this.nextPrint = 'printed';
    if (outcome === 'printed') this.printed.push({ bytes, title });
    return outcome;
  }

  async confirm(opts: ConfirmRequest): Promise<boolean> {
    this.calls.push({ method: 'confirm', args: opts });
    this.confirms.push(opts);
    const answer = this.nextConfirm;
    this.nextConfirm = false;
    return answer;
  }

  async writeClipboard(text: string): Promise<void> {
    this.calls.push({ method: 'writeClipboard', args: text.length });
    this.clipboard = text;
  }

  async readClipboard(): Promise<string> {
    return this.clipboard;
  }
}

export interface TestDirs {
  /** Temp root holding everything below; removed by cleanup(). */
  root: string;
  /** The app's data folder (settings.json). */
  appData: string;
  /** The vault folder. */
  vault: string;
  /** A scratch folder for backups, exports, … */
  out: string;
}

export interface TestService {
  svc: VangnetService;
  platform: TestPlatform;
  dirs: TestDirs;
  passphrase: string;
  /** The recovery key returned (once) by vault.create; '' when `create: false`. */
  recoveryKey: string;
  /** Every line the service logged (dispatcher's own log). */
  logs: string[];
  /** Dispatches and throws (with the Dutch message and code) unless the result is ok. */
  dispatchOk<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>>;
  /** Dispatches and returns the envelope as is, typed. */
  dispatch<K extends OpName>(op: K, input: OpInput<K>): Promise<Result<OpOutput<K>>>;
  cleanup(): void;
}

export class DispatchError extends Error {
  constructor(
    readonly op: string,
    readonly code: string,
    message: string,
  ) {
    super(`${op} failed: ${code}: ${message}`);
  }
}

export interface TestServiceOptions {
  clock?: () => Date;
  /** Create and unlock a vault (default true). */
  create?: boolean;
  passphrase?: string;
  userName?: string;
  kdf?: KdfParams;
  /** Reuse existing folders (e.g. to reopen a vault a child process wrote). */
  dirs?: TestDirs;
}

export function makeTestDirs(prefix = 'vangnet-test-'): TestDirs {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dirs = {
    root,
    appData: path.join(root, 'appdata'),
    vault: path.join(root, 'vault'),
    out: path.join(root, 'out'),
  };
  fs.mkdirSync(dirs.appData);
  fs.mkdirSync(dirs.out);
  return dirs;
}

/**
 * The real service over a real encrypted vault in a temp folder: what every core test uses.
 */
export async function createTestService(opts: TestServiceOptions = {}): Promise<TestService> {
  const dirs = opts.dirs ?? makeTestDirs();
  const platform = new TestPlatform();
  const logs: string[] = [];
  const svc = createVangnetService(
    {
      platform,
      settings: new SettingsStore(dirs.appData, dirs.vault),
      kdf: opts.kdf ?? TEST_KDF,
      ...(opts.clock ? { clock: opts.clock } : {}),
    },
    (line) => logs.push(line),
  );
  const passphrase = opts.passphrase ?? TEST_PASSPHRASE;

  const dispatch = <K extends OpName>(op: K, input: OpInput<K>) =>
    svc.dispatch(op, input) as Promise<Result<OpOutput<K>>>;
  const dispatchOk = async <K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> => {
    const r = await dispatch(op, input);
    if (!r.ok) throw new DispatchError(op, r.error.code, r.error.message);
    return r.value;
  };

  let recoveryKey = '';
  if (opts.create !== false) {
    const created = await dispatchOk('vault.create', { userName: opts.userName ?? TEST_USER, passphrase });
    recoveryKey = created.recoveryKey;
  }

  return {
    svc,
    platform,
    dirs,
    passphrase,
    recoveryKey,
    logs,
    dispatch,
    dispatchOk,
    cleanup: () => {
      try {
        svc.lock();
      } finally {
        if (!opts.dirs) fs.rmSync(dirs.root, { recursive: true, force: true });
      }
    },
  };
}

/** A clock that only moves when told: `clock.advance(ms)`. */
export function fixedClock(startIso = '2026-11-28T09:00:00.000Z'): (() => Date) & {
  advance(ms: number): void;
  set(iso: string): void;
} {
  let t = Date.parse(startIso);
  const fn = (() => new Date(t)) as (() => Date) & { advance(ms: number): void; set(iso: string): void };
  fn.advance = (ms: number) => {
    t += ms;
  };
  fn.set = (iso: string) => {
    t = Date.parse(iso);
  };
  return fn;
}

/**
 * The long form of the reliability and fuzz tests: `npm run test:full` (vitest --mode full,
 * cross-platform) or VANGNET_FULL=1. The default (npm test) runs the short form.
 */
export const FULL_RUN = process.env.VANGNET_FULL === '1' || process.env.MODE === 'full';
