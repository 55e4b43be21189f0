import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { OpName, VangnetBridge, VangnetEvent } from '../src/shared/api';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './window-options';

/**
 * OP_NAMES and EVENTS from src/shared/api, inlined by scripts/build-main.mjs at build
 * time: the preload then carries a list of names instead of the contract's zod schemas.
 */
declare const __VANGNET_OP_NAMES__: readonly OpName[];
declare const __VANGNET_EVENTS__: readonly VangnetEvent[];

/**
 * Exposes exactly the contract's operations plus onEvent on window.vangnet. No raw
 * ipcRenderer, no channel names: the renderer can only call listed operations, and main
 * checks the sender and validates every input anyway. Bundled into one CJS file because a
 * sandboxed preload can only require('electron').
 */
const api: Record<string, unknown> = {};
for (const name of __VANGNET_OP_NAMES__) {
  api[name] = (input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, name, input);
}

const knownEvents = new Set<string>(__VANGNET_EVENTS__);
api.onEvent = (listener: (event: VangnetEvent, payload: unknown) => void): (() => void) => {
  if (typeof listener !== 'function') throw new TypeError('onEvent verwacht een functie.');
  const wrapped = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
    if (typeof name === 'string' && knownEvents.has(name)) listener(name as VangnetEvent, payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, wrapped);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  };
};

contextBridge.exposeInMainWorld('vangnet', Object.freeze(api) as VangnetBridge);
