import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cycles, importGraph } from '../../../tools/import-cycles.mjs';

describe('no import cycles among src, main and renderer/src (tools/import-cycles.mjs)', () => {
  it('the tree has none, type-only imports included', () => {
    expect(cycles()).toEqual([]);
  });

  it('finds a type-only cycle and a three-module cycle through index files and dynamic import()', () => {
    const dir = path.join(ROOT, 'renderer/src/__cycle_fixture__');
    const graph = importGraph({
      [path.join(dir, 'registry.ts')]:
        "import { Tab } from './tab';\nexport interface Props { id: string }\n",
      [path.join(dir, 'tab.tsx')]:
        "import type { Props } from './registry';\nexport const Tab = (p: Props) => p.id;\n",
      [path.join(dir, 'a/index.ts')]: "export * from '../b';\n",
      [path.join(dir, 'b.ts')]: "export const c = () => import('./c');\n",
      [path.join(dir, 'c.ts')]: "import { x } from './a';\nexport const y = x;\n",
    });
    const found = cycles(graph).filter((c) => c.some((f) => f.includes('__cycle_fixture__')));
    expect(found).toEqual([
      [
        'renderer/src/__cycle_fixture__/a/index.ts',
        'renderer/src/__cycle_fixture__/b.ts',
        'renderer/src/__cycle_fixture__/c.ts',
      ],
      ['renderer/src/__cycle_fixture__/registry.ts', 'renderer/src/__cycle_fixture__/tab.tsx'],
    ]);
  });
});
