import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, areaCycles, areaGraph, cycles, importGraph } from '../../../tools/import-cycles.mjs';

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

describe('no import cycles among the areas of src/core (docs/architecture.md)', () => {
  const core = (rel: string) => path.join(ROOT, 'src/core', rel);

  it('the area graph is acyclic', () => {
    expect(areaCycles()).toEqual([]);
  });

  it('the base areas import no area built on them', () => {
    const graph = areaGraph();
    // The vault and the protocol sit under the dossiers, which sit under everything that reads a dossier.
    expect(graph.get('vault')).toEqual([]);
    expect(graph.get('protocol')?.filter((a) => !['api', 'context', 'school-profile', 'vault'].includes(a))).toEqual([]);
    for (const upper of ['documents', 'evaluation', 'monitoring', 'exchange', 'session', 'drafts', 'service']) {
      expect(graph.get('dossiers'), `dossiers -> ${upper}`).not.toContain(upper);
    }
  });

  it('finds an area cycle that no file-level cycle shows, through an index and a type import', () => {
    // protocol -> dossiers (a shared query) while dossiers -> protocol (the pinned version): the
    // cycle the areas had before the move to dossiers/protocol-move.ts.
    const graph = importGraph({
      [core('protocol/__area_fixture__.ts')]:
        "import type { DossierWriter } from '../dossiers';\nexport type W = DossierWriter;\n",
    });
    expect(cycles(graph).filter((c) => c.some((f) => f.includes('__area_fixture__')))).toEqual([]);
    expect(areaCycles(graph)).toEqual([['dossiers', 'protocol']]);
  });

  it('collapses nested folders and top-level files into their area', () => {
    const graph = importGraph({
      [core('__fx_a__/deep/x.ts')]: "export const x = () => import('../../__fx_b__');\n",
      [core('__fx_b__/index.ts')]: "export { y } from './y';\n",
      [core('__fx_b__/y.ts')]: "import { z } from '../__fx_top__';\nexport const y = z;\n",
      [core('__fx_top__.ts')]: "import { x } from './__fx_a__/deep/x';\nexport const z = x;\n",
    });
    expect(areaCycles(graph)).toEqual([['__fx_a__', '__fx_b__', '__fx_top__']]);
  });
});
