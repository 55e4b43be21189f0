import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { webProgram } from '../../../tools/typecheck-web.mjs';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/renderer-imports-core.ts');

describe("the renderer's TypeScript program (npm run typecheck → tools/typecheck-web.mjs)", () => {
  it('flags a renderer file that reaches the core: the core itself and the Node types it drags in', () => {
    const { foreign } = webProgram([FIXTURE]);
    expect(foreign).toContain('src/core/service.ts');
    expect(foreign.some((f) => f.includes('node_modules/@types/node/'))).toBe(true);
    expect(foreign).toContain('tests/unit/architecture/fixtures/renderer-imports-core.ts');
  });
});
