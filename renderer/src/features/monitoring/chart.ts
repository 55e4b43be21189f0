import type { MonitoringStats, SocialPlatform } from '../../../../src/shared/domain';

/** The chart's rows and its one-line reading: pure, no DOM, so it is unit-tested in Node. */
export type ChartRow = { day: string; label: string } & Partial<Record<SocialPlatform, number>>;

const DAY_LABEL = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short' });
const MS_DAY = 24 * 3600 * 1000;

function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return DAY_LABEL.format(new Date(y, m - 1, d));
}

function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * MS_DAY;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Chart rows with no gaps: days without entries appear as zero, so a quiet spell is
 * visible as one. Long ranges are grouped per week (starting Monday) to stay readable.
 */
export function chartRows(
  stats: MonitoringStats,
  maxBars = 60,
  /** Last day to show (YYYY-MM-DD): up to today, so quiet days at the end show as zeros. */
  until: string | null = null,
): { rows: ChartRow[]; perWeek: boolean } {
  const first = stats.days[0]?.day;
  const lastData = stats.days.at(-1)?.day;
  const last = lastData && until && until > lastData ? until : lastData;
  if (!first || !last) return { rows: [], perWeek: false };
  const span = Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / MS_DAY) + 1;
  const perWeek = span > maxBars;
  const byDay = new Map(stats.days.map((d) => [d.day, d.counts]));
  const rows: ChartRow[] = [];
  const bucketOf = (day: string): string => {
    if (!perWeek) return day;
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
    return addDays(day, -weekday);
  };
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const bucket = bucketOf(day);
    let row = rows.at(-1);
    if (!row || row.day !== bucket) {
      row = { day: bucket, label: perWeek ? `wk ${dayLabel(bucket)}` : dayLabel(bucket) };
      for (const p of stats.platforms) row[p] = 0;
      rows.push(row);
    }
    const counts = byDay.get(day);
    if (counts) for (const p of stats.platforms) row[p] = (row[p] ?? 0) + (counts[p] ?? 0);
  }
  return { rows, perWeek };
}

/**
 * Rising, falling or steady: the last days (or buckets, up to 3) against as many before them.
 * Both windows have the same length, so a steady one-a-day never reads as rising.
 */
export function trend(rows: ChartRow[], platforms: SocialPlatform[]): 'op' | 'af' | 'gelijk' | 'onbekend' {
  if (rows.length < 2) return 'onbekend';
  const size = Math.min(3, Math.floor(rows.length / 2));
  const total = (r: ChartRow) => platforms.reduce((s, p) => s + (r[p] ?? 0), 0);
  const recent = rows.slice(-size).reduce((s, r) => s + total(r), 0);
  const before = rows.slice(-2 * size, -size).reduce((s, r) => s + total(r), 0);
  // Nothing seen lately after earlier sightings: it has died down (even if longer ago).
  if (recent === 0 && rows.slice(0, -size).some((r) => total(r) > 0)) return 'af';
  if (recent > before * 1.25 && recent - before >= 2) return 'op';
  if (recent < before * 0.75 && before - recent >= 2) return 'af';
  return 'gelijk';
}

