// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The runtime layering (docs/architecture.md), enforced here:
 *   src/shared  — pure TypeScript: no node:*, no I/O libraries, no electron, no DOM-only code
 *   src/core    — Node runtime: never electron, never renderer
 *   renderer    — browser: only src/shared (types, schemas, protocol), never node:* or core
 *   main        — Electron; may import src/**
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'net', 'http', 'https'];
const IO_LIBS = ['better-sqlite3-multiple-ciphers', 'pdfkit', '@node-rs/argon2', 'csv-parse', 'csv-parse/*'];

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', 'node_modules/**', 'tests/e2e/screenshots/**', 'test-results/**', 'playwright-report/**', 'bench/tmp/**'],
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
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'src/shared is pure: no Node built-ins.' },
            { group: IO_LIBS, message: 'src/shared is pure: no I/O libraries.' },
            { group: ['electron'], message: 'src/ never imports electron.' },
            { group: ['**/core/**', '**/main/**', '**/renderer/**'], message: 'src/shared imports only src/shared.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'src/ never imports electron: inject platform services instead.' },
            { group: ['**/main/**', '**/renderer/**'], message: 'src/core must not depend on main/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer is a sandboxed browser page: no Node built-ins.' },
            { group: IO_LIBS, message: 'The renderer has no I/O: ask the core through the API contract.' },
            { group: ['electron'], message: 'The renderer never imports electron: use window.vangnet.' },
            { group: ['**/src/core/**', '**/main/**'], message: 'The renderer imports only src/shared.' },
          ],
        },
      ],
    },
  },
);
