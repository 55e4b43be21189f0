import { describe, expect, it } from 'vitest';
import { chartRows, trend } from '../../../renderer/src/features/monitoring/chart';
import type { MonitoringStats } from '../../../src/shared/domain';

function stats(days: Array<[string, number]>): MonitoringStats {
  return {
    platforms: ['snapchat'],
    days: days.map(([day, n]) => ({ day, total: n, counts: { snapchat: n } })),
    total: days.reduce((s, [, n]) => s + n, 0),
  };
}

describe('monitoring chart reading', () => {
  it('one a day for four days is steady, not rising', () => {
    const { rows } = chartRows(stats([['2026-11-25', 1], ['2026-11-26', 1], ['2026-11-27', 1], ['2026-11-28', 1]]));
    expect(trend(rows, ['snapchat'])).toBe('gelijk');
  });

  it('quiet days up to today count: a burst a week ago is dying down', () => {
    const s = stats([['2026-11-20', 6], ['2026-11-21', 5], ['2026-11-22', 4]]);
    expect(trend(chartRows(s).rows, ['snapchat'])).toBe('gelijk');
    const { rows } = chartRows(s, 60, '2026-11-28');
    expect(rows.at(-1)?.day).toBe('2026-11-28');
    expect(trend(rows, ['snapchat'])).toBe('af');
  });

  it('a flare-up in the last days reads as rising', () => {
    const { rows } = chartRows(
      stats([['2026-11-23', 1], ['2026-11-24', 0], ['2026-11-25', 1], ['2026-11-26', 3], ['2026-11-27', 4], ['2026-11-28', 6]]),
    );
    expect(trend(rows, ['snapchat'])).toBe('op');
  });
});
