import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/**
 * Proves the layering allowlist (`vangnet/layers` in eslint.config.js) fires for every kind of
 * forbidden edge and every way of writing it, and stays quiet for the allowed ones. The fixtures
 * are small sources linted under a path inside the layer (they exist only in this test).
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'vangnet/layers').map((m) => m.message);
}

const RENDERER = 'renderer/src/features/__fixture__.tsx';
const SHARED = 'src/shared/__fixture__.ts';
const CORE = 'src/core/__fixture__.ts';
const MAIN = 'main/__fixture__.ts';
const PRELOAD = 'main/preload.ts';

/** [file, source, why it is forbidden] */
const FORBIDDEN: Array<[string, string, string]> = [
  // The renderer reaching the core, every way it can be written.
  [
    RENDERER,
    "import { createVangnetService } from '../../../src/core/service';\nvoid createVangnetService;",
    'static',
  ],
  [
    RENDERER,
    "import type { VangnetService } from '../../../src/core/service';\nexport type X = VangnetService;",
    'type import',
  ],
  [RENDERER, "export { createVangnetService } from '../../../src/core/service';", 'export from'],
  [RENDERER, "export * from '../../../src/core/service';", 'export *'],
  [RENDERER, "export const s = import('../../../src/core/service');", 'dynamic import()'],
  [RENDERER, 'export const s = import(`../../../src/core/service`);', 'dynamic import() of a template'],
  [RENDERER, "export const s = require('../../../src/core/service');", 'require()'],
  [RENDERER, "export type S = import('../../../src/core/service').VangnetService;", "type import('…')"],
  [RENDERER, "import s = require('../../../src/core/service');\nexport { s };", 'import = require()'],
  [RENDERER, "export const g = import.meta.glob('../../../src/core/*.ts');", 'import.meta.glob'],
  [
    RENDERER,
    "export const g = import.meta.glob(['./*.ts', '!../../../src/core/*.ts']);",
    'negated glob of the core',
  ],
  [RENDERER, "const name = 'x';\nexport const s = import(name);", 'computed import()'],
  [RENDERER, "const name = 'x';\nexport const s = require(name);", 'computed require()'],
  [RENDERER, '/// <reference types="node" />\nexport {};', 'Node types by reference'],
  [RENDERER, "import { ipcMain } from '../../../main/ipc';\nvoid ipcMain;", 'renderer → main'],
  [RENDERER, "import fs from 'node:fs';\nvoid fs;", 'renderer → node:fs'],
  [RENDERER, "import fs from 'fs';\nvoid fs;", 'renderer → fs (bare built-in)'],
  [RENDERER, "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;", 'renderer → electron'],
  [RENDERER, "import Database from 'better-sqlite3-multiple-ciphers';\nvoid Database;", 'renderer → SQLite'],
  [RENDERER, "import x from '../../../docs/security.md?raw';\nvoid x;", 'renderer → other docs'],
  // src/shared is pure.
  [SHARED, "import { openVault } from '../core/vault/vault';\nvoid openVault;", 'shared → core'],
  [
    SHARED,
    "import type { VangnetService } from '../core/service';\nexport type X = VangnetService;",
    'shared → core (type)',
  ],
  [SHARED, "import { x } from '../../renderer/src/App';\nvoid x;", 'shared → renderer'],
  [SHARED, "import { x } from '../../main/main';\nvoid x;", 'shared → main'],
  [SHARED, "import fs from 'node:fs';\nvoid fs;", 'shared → node:fs'],
  [SHARED, "import path from 'path';\nvoid path;", 'shared → path'],
  [SHARED, "import Database from 'better-sqlite3-multiple-ciphers';\nvoid Database;", 'shared → SQLite'],
  [SHARED, "import React from 'react';\nvoid React;", 'shared → react'],
  [SHARED, "export const e = import('electron');", 'shared → electron (dynamic)'],
  // src/core never reaches Electron, main or the renderer.
  [CORE, "import { app } from 'electron';\nvoid app;", 'core → electron'],
  [CORE, "export const e = import('electron');", 'core → electron (dynamic)'],
  [CORE, "export const e = require('electron');", 'core → electron (require)'],
  [
    CORE,
    "import type { BrowserWindow } from 'electron';\nexport type W = BrowserWindow;",
    'core → electron (type)',
  ],
  [CORE, "import { x } from '../../main/main';\nvoid x;", 'core → main'],
  [CORE, "import { App } from '../../renderer/src/App';\nvoid App;", 'core → renderer'],
  [CORE, "import React from 'react';\nvoid React;", 'core → react'],
  // main never imports the renderer; the preload only its allowlist.
  [MAIN, "import { App } from '../renderer/src/App';\nvoid App;", 'main → renderer'],
  [MAIN, "import React from 'react';\nvoid React;", 'main → react'],
  [
    PRELOAD,
    "import { createVangnetService } from '../src/core/service';\nvoid createVangnetService;",
    'preload → core',
  ],
  [PRELOAD, "import { registerIpc } from './ipc';\nvoid registerIpc;", 'preload → main'],
  [PRELOAD, "import fs from 'node:fs';\nvoid fs;", 'preload → node:fs'],
];

/** [file, source] that must stay allowed. */
const ALLOWED: Array<[string, string]> = [
  [RENDERER, "import { OP_NAMES } from '../../../src/shared/api';\nvoid OP_NAMES;"],
  [
    RENDERER,
    "import { Button } from '@mantine/core';\nimport { useState } from 'react';\nvoid Button;\nvoid useState;",
  ],
  [RENDERER, "import { call } from '../api/client';\nvoid call;"],
  [RENDERER, "import g from '../../../docs/gebruikershandleiding.md?raw';\nvoid g;"],
  [RENDERER, "export const i = import.meta.glob('../../../docs/handleiding/*.png');"],
  [RENDERER, "export const c = import.meta.glob(['../i18n/*/*.ts', '!../i18n/*/common.ts']);"],
  [SHARED, "import { z } from 'zod';\nimport { PHASES } from './protocol';\nvoid z;\nvoid PHASES;"],
  [CORE, "import fs from 'node:fs';\nimport { OP_NAMES } from '../shared/api';\nvoid fs;\nvoid OP_NAMES;"],
  [CORE, "import Database from 'better-sqlite3-multiple-ciphers';\nvoid Database;"],
  [
    MAIN,
    "import { app } from 'electron';\nimport { createVangnetService } from '../src/core/service';\nvoid app;\nvoid createVangnetService;",
  ],
  [
    PRELOAD,
    "import { contextBridge } from 'electron';\nimport { INVOKE_CHANNEL } from './window-options';\nvoid contextBridge;\nvoid INVOKE_CHANNEL;",
  ],
  // Outside the layers (tests, scripts) nothing is checked.
  [
    'tests/unit/__fixture__.ts',
    "import { createVangnetService } from '../../src/core/service';\nvoid createVangnetService;",
  ],
];

describe('layering allowlist (vangnet/layers)', () => {
  it.each(FORBIDDEN.map(([file, code, why]) => ({ file, code, why })))(
    '$file: $why is forbidden',
    async ({ file, code }) => {
      const errors = await layerErrors(file, code);
      expect(errors.length, `no layer error for:\n${code}`).toBeGreaterThan(0);
    },
  );

  it.each(ALLOWED)('%s: allowed: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
