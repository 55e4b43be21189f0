import { describe, expect, it } from 'vitest';
import { debugSwitchesIn } from '../../../main/debug-switches';

describe('debugging switches', () => {
  it('are found in every spelling a packaged build must refuse', () => {
    expect(debugSwitchesIn(['Vangnet.exe', '--remote-debugging-port=9222'])).toEqual(['--remote-debugging-port']);
    expect(debugSwitchesIn(['vangnet', '--inspect', '--INSPECT-BRK=0.0.0.0:9229', '--js-flags=--expose-gc'])).toEqual([
      '--inspect',
      '--inspect-brk',
      '--js-flags',
    ]);
    expect(debugSwitchesIn(['vangnet', 'C:\\\\back-up\\\\kluis.vangnetbackup', '--no-sandbox-x'])).toEqual([]);
  });
});
