import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENTS, OP_NAMES } from '../../../src/shared/api';
// @ts-expect-error -- plain ESM build script without type declarations
import { preloadBuildOptions } from '../../../scripts/build-main.mjs';

/**
 * Builds the real preload bundle in memory and runs it in a fresh VM context where
 * require('electron') returns a recorder for contextBridge/ipcRenderer. This checks the
 * artifact Electron will load: one CJS file, only 'electron' required, and exactly the
 * contract exposed.
 */
interface Recorded {
  required: string[];
  exposed: Map<string, unknown>;
  invokes: unknown[][];
  listeners: Map<string, Set<(...args: unknown[]) => void>>;
}

let bundle = '';

function runPreload(): Recorded {
  const rec: Recorded = { required: [], exposed: new Map(), invokes: [], listeners: new Map() };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => rec.exposed.set(key, value) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        rec.invokes.push(args);
        return { ok: true, value: null };
      },
      on: (channel: string, fn: (...args: unknown[]) => void) => {
        if (!rec.listeners.has(channel)) rec.listeners.set(channel, new Set());
        rec.listeners.get(channel)?.add(fn);
      },
      removeListener: (channel: string, fn: (...args: unknown[]) => void) =>
        rec.listeners.get(channel)?.delete(fn),
    },
  };
  const module = { exports: {} };
  vm.runInNewContext(bundle, {
    module,
    exports: module.exports,
    require: (name: string) => {
      rec.required.push(name);
      if (name !== 'electron') throw new Error(`sandboxed preload cannot require ${name}`);
      return electron;
    },
  });
  return rec;
}

beforeAll(async () => {
  const options = await preloadBuildOptions();
  const out = await esbuild.build({ ...options, write: false, outdir: undefined, outfile: 'preload.cjs' });
  bundle = out.outputFiles?.[0]?.text ?? '';
}, 60_000);

describe('preload bundle', () => {
  it('is a single CJS file that requires only electron and carries no zod', () => {
    const rec = runPreload();
    expect(new Set(rec.required)).toEqual(new Set(['electron']));
    expect(bundle).not.toMatch(/ZodObject|safeParse/);
    expect(bundle.length).toBeLessThan(20_000);
  });

  it('exposes exactly the contract operations plus onEvent on window.vangnet', () => {
    const rec = runPreload();
    expect([...rec.exposed.keys()]).toEqual(['vangnet']);
    const api = rec.exposed.get('vangnet') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...OP_NAMES, 'onEvent'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
  });

  it('forwards each operation as invoke(vangnet:invoke, name, input)', async () => {
    const rec = runPreload();
    const api = rec.exposed.get('vangnet') as Record<string, (input: unknown) => Promise<unknown>>;
    const first = OP_NAMES[0] ?? 'vault.status';
    await api[first]?.({ a: 1 });
    expect(rec.invokes).toEqual([['vangnet:invoke', first, { a: 1 }]]);
  });

  it('delivers only known events to listeners and can unsubscribe', () => {
    const rec = runPreload();
    const api = rec.exposed.get('vangnet') as { onEvent: (l: (e: string, p: unknown) => void) => () => void };
    const seen: unknown[] = [];
    const off = api.onEvent((e, p) => seen.push([e, p]));
    const emit = (...args: unknown[]) => rec.listeners.get('vangnet:event')?.forEach((fn) => fn({}, ...args));
    emit('locked', { reason: 'idle' });
    emit('menu', { action: 'guide' });
    emit('evil', { x: 1 });
    expect(seen).toEqual([
      ['locked', { reason: 'idle' }],
      ['menu', { action: 'guide' }],
    ]);
    expect([...EVENTS]).toEqual(['locked', 'menu']);
    off();
    emit('locked', { reason: 'suspend' });
    expect(seen).toHaveLength(2);
    expect(rec.listeners.get('vangnet:event')?.size).toBe(0);
  });
});
