import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM tool script without type declarations
import { evaluate, isJustified, parseCsv } from '../../../tools/electronegativity/run.mjs';

/** The lint:electron gate: HIGH/MEDIUM findings fail unless justified on the flagged line. */
const CSV = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'SANDBOX_JS_CHECK,"MEDIUM","FIRM","main/main.ts","3:14","new BrowserWindow(opts)","Use sandbox, please",https://x',
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/bad.ts","1:0","new BrowserWindow({ a: ""b"" })","Review",https://x',
  'CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","7:0","style-src \'unsafe-inline\'","CSP",https://x',
  'CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP",https://x',
].join('\n');

const SOURCES: Record<string, string> = {
  'main/main.ts': [
    'const a = 1;',
    '// electronegativity-ignore: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK — options come from window-options.ts',
    'const win = new BrowserWindow(opts);',
  ].join('\n'),
  'main/bad.ts':
    'const w = new BrowserWindow({ a: "b" }); // electronegativity-ignore: CONTEXT_ISOLATION_JS_CHECK',
};
const read = (file: string) => {
  const text = SOURCES[file];
  if (text === undefined) throw new Error('no such file');
  return text;
};

describe('electronegativity runner', () => {
  it('parses the CSV report, including quoted commas and doubled quotes', () => {
    const rows = parseCsv(CSV);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      issue: 'SANDBOX_JS_CHECK',
      severity: 'MEDIUM',
      filename: 'main/main.ts',
      location: '3:14',
    });
    expect(rows[0].description).toBe('Use sandbox, please');
    expect(rows[1].sample).toBe('new BrowserWindow({ a: "b" })');
  });

  it('accepts a finding only with an inline justification naming the check and a reason', () => {
    const [sandbox, isolation, , global] = parseCsv(CSV);
    expect(isJustified(sandbox, read)).toBe(true);
    // Names the check but gives no reason after the dash: not a justification.
    expect(isJustified(isolation, read)).toBe(false);
    // Global findings have no line to justify.
    expect(isJustified(global, read)).toBe(false);
    expect(isJustified({ ...sandbox, issue: 'NODE_INTEGRATION_JS_CHECK' }, read)).toBe(false);
  });

  it('fails on unjustified HIGH/MEDIUM findings and lets LOW ones pass', () => {
    const result = evaluate(parseCsv(CSV), read);
    expect(result.failures.map((f: { issue: string }) => f.issue)).toEqual([
      'CONTEXT_ISOLATION_JS_CHECK',
      'CSP_GLOBAL_CHECK',
    ]);
    expect(result.justified.map((f: { issue: string }) => f.issue)).toEqual(['SANDBOX_JS_CHECK']);
    expect(result.other).toHaveLength(1);
  });
});
