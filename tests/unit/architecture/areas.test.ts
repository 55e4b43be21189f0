import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/**
 * Proves `vangnet/area-index` (eslint.config.js): an area of src/core reaches another only
 * through that area's index.ts, whichever way the import is written; within an area, and from
 * outside the core, anything goes. The fixtures are linted as if they lived at these paths.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function areaErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'vangnet/area-index').map((m) => m.message);
}

const EVALUATION = 'src/core/evaluation/__fixture__.ts';
const KIND = 'src/core/documents/kinds/__fixture__.ts';
const TOP = 'src/core/__fixture__.ts';

const FORBIDDEN: Array<[string, string, string]> = [
  [EVALUATION, "import { getDossierRow } from '../dossiers/repository';\nvoid getDossierRow;", 'static'],
  [
    EVALUATION,
    "import type { DossierWriter } from '../dossiers/write';\nexport type W = DossierWriter;",
    'type import',
  ],
  [EVALUATION, "import * as repo from '../dossiers/repository';\nvoid repo;", 'namespace import'],
  [EVALUATION, "export { writeDossier } from '../dossiers/write';", 'export from'],
  [EVALUATION, "export * from '../dossiers/repository';", 'export *'],
  [EVALUATION, "export const m = import('../dossiers/handlers');", 'dynamic import()'],
  [EVALUATION, "export const m = require('../dossiers/handlers');", 'require()'],
  [EVALUATION, "export type H = import('../dossiers/handlers').DossierContributions;", "type import('…')"],
  [KIND, "import { listEntries } from '../../monitoring/repository';\nvoid listEntries;", 'from a nested folder'],
  [KIND, "import { x } from '../../exchange/kinds/x';\nvoid x;", 'into a nested folder'],
  [TOP, "import { appendAudit } from './vault/audit';\nvoid appendAudit;", 'from a top-level core file'],
];

const ALLOWED: Array<[string, string]> = [
  [EVALUATION, "import { getDossierRow, dossierRepo } from '../dossiers';\nvoid getDossierRow;\nvoid dossierRepo;"],
  [EVALUATION, "import { writeDossier } from '../dossiers/index';\nvoid writeDossier;"],
  [EVALUATION, "import * as repo from './repository';\nimport { findPersonName } from './names';\nvoid repo;\nvoid findPersonName;"],
  [KIND, "import { renderPdf } from '../render-pdf';\nimport { listEntries } from '../../monitoring';\nvoid renderPdf;\nvoid listEntries;"],
  [EVALUATION, "import type { CoreContext } from '../context';\nexport type C = CoreContext;"],
  [TOP, "import { Vault } from './vault';\nvoid Vault;"],
  [EVALUATION, "import { AppError } from '../../shared/errors';\nvoid AppError;"],
  // Outside the core (main, tests) the rule does not apply.
  ['main/__fixture__.ts', "import { watchScreenLock } from '../src/core/session/screen-lock';\nvoid watchScreenLock;"],
  ['tests/unit/__fixture__.ts', "import { getDossierRow } from '../../src/core/dossiers/repository';\nvoid getDossierRow;"],
];

describe('areas of src/core import each other only through their index (vangnet/area-index)', () => {
  it.each(FORBIDDEN.map(([file, code, why]) => ({ file, code, why })))(
    '$file: $why into another area is forbidden',
    async ({ file, code }) => {
      const errors = await areaErrors(file, code);
      expect(errors.length, `no area error for:\n${code}`).toBe(1);
      expect(errors[0]).toMatch(/through its index/);
    },
  );

  it.each(ALLOWED)('%s: allowed: %s', async (file, code) => {
    expect(await areaErrors(file, code)).toEqual([]);
  });

  it('names the index to use', async () => {
    const [message] = await areaErrors(KIND, "import { listEntries } from '../../monitoring/repository';");
    expect(message).toContain("('../../monitoring')");
  });
});
