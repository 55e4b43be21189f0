// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

import vangnet from './tools/eslint/layers.js';

/**
 * The runtime layering (docs/architecture.md), enforced by `vangnet/layers` as an ALLOWLIST:
 * each layer names the layers, files and packages it may import; everything else is an error,
 * whether reached by import, import type, export-from, import(), require(), import('…').T,
 * import.meta.glob or a triple-slash reference. tests/unit/architecture proves each forbidden
 * edge fires.
 *   src/shared  — pure TypeScript: only src/shared and zod
 *   src/core    — Node: src/shared, Node built-ins and the I/O libraries; never electron/main/renderer
 *   main        — Electron: src/core, src/shared; never the renderer
 *   preload     — sandboxed: electron, src/shared and the window options' channel names only
 *   renderer    — browser: src/shared, React/Mantine, the bundled guide; never node:*, core or main
 */
export const LAYERS = [
  { name: 'src/shared', dirs: ['src/shared'], allowLayers: [], allowPackages: ['zod'] },
  {
    name: 'src/core',
    dirs: ['src/core'],
    allowLayers: ['src/shared'],
    allowPackages: [
      'node:*',
      'better-sqlite3-multiple-ciphers',
      'pdfkit',
      '@node-rs/argon2',
      'csv-parse',
      'mustache',
      'zod',
      'dejavu-fonts-ttf',
      // Handover packages (src/core/exchange): age encryption and base64/bech32.
      'age-encryption',
      '@scure/base',
    ],
  },
  {
    name: 'main/preload',
    dirs: ['main/preload.ts'],
    allowLayers: ['src/shared'],
    allowPaths: ['main/window-options.ts'],
    allowPackages: ['electron'],
  },
  {
    name: 'main',
    dirs: ['main'],
    allowLayers: ['src/core', 'src/shared'],
    allowPackages: ['electron', 'node:*'],
  },
  {
    name: 'renderer',
    dirs: ['renderer/src'],
    allowLayers: ['src/shared'],
    allowPaths: ['docs/gebruikershandleiding.md', 'docs/handleiding/'],
    allowPackages: [
      'react',
      'react-dom',
      'react-i18next',
      'i18next',
      'react-router',
      '@mantine/*',
      '@tabler/icons-react',
      'dayjs',
      'zod',
      'vite/client',
      // The user guide: CommonMark parsed by remark, rendered as React elements (never HTML).
      'react-markdown',
      'remark-parse',
      'unified',
      'hast',
      'mdast',
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'tests/e2e/screenshots/**',
      'test-results/**',
      'playwright-report/**',
      'bench/tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: dossier text is hostile input. Render text as React children.',
        },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never write innerHTML.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'main/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { vangnet },
    rules: {
      'vangnet/layers': ['error', { root: import.meta.dirname, layers: LAYERS }],
      // The areas of the core (docs/architecture.md) reach each other only through their index.
      'vangnet/area-index': ['error', { root: import.meta.dirname, areasDir: 'src/core' }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
