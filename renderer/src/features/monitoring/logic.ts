import type {
  MonitoringFilters,
  MonitoringStats,
  MonitoringStatus,
  RiskLevel,
  SocialPlatform,
  Tone,
} from '../../../../src/shared/domain';
import { fileLikeContent } from '../../../../src/shared/domain';

/** Colours per platform for the chart and badges (Mantine palette names). */
export const PLATFORM_COLORS: Record<SocialPlatform, string> = {
  snapchat: 'yellow.6',
  instagram: 'grape.6',
  tiktok: 'dark.5',
  whatsapp: 'green.6',
  telegram: 'cyan.6',
  x: 'gray.7',
  discord: 'indigo.6',
  youtube: 'red.6',
  facebook: 'blue.6',
  anders: 'orange.6',
};

export const TONE_COLORS: Record<Tone, string> = {
  neutraal: 'gray',
  negatief: 'orange',
  bedreigend: 'red',
  onjuist: 'violet',
  onbekend: 'gray',
};

export const RISK_COLORS: Record<RiskLevel, string> = { laag: 'teal', middel: 'yellow', hoog: 'red', onbekend: 'gray' };
export const STATUS_COLORS: Record<MonitoringStatus, string> = { open: 'blue', opvolgen: 'orange', afgehandeld: 'teal' };

export type PeriodKey = 'alles' | '24u' | '7d' | '30d' | '90d';
export const PERIOD_DAYS: Record<Exclude<PeriodKey, 'alles'>, number> = { '24u': 1, '7d': 7, '30d': 30, '90d': 90 };

export interface FilterState {
  platforms: SocialPlatform[];
  tones: Tone[];
  risks: RiskLevel[];
  statuses: MonitoringStatus[];
  period: PeriodKey;
}

export const EMPTY_FILTERS: FilterState = { platforms: [], tones: [], risks: [], statuses: [], period: 'alles' };

export function isFiltered(f: FilterState): boolean {
  return f.platforms.length + f.tones.length + f.risks.length + f.statuses.length > 0 || f.period !== 'alles';
}

/** The contract's filter object for a filter state, relative to `now`. */
export function toApiFilters(f: FilterState, now: Date): MonitoringFilters {
  const out: MonitoringFilters = {};
  if (f.platforms.length) out.platforms = f.platforms;
  if (f.tones.length) out.tones = f.tones;
  if (f.risks.length) out.risks = f.risks;
  if (f.statuses.length) out.statuses = f.statuses;
  if (f.period !== 'alles') out.from = new Date(now.getTime() - PERIOD_DAYS[f.period] * 24 * 3600 * 1000).toISOString();
  return out;
}

/** Minutes east of UTC for the chart's day boundaries (getTimezoneOffset is west-positive). */
export function localUtcOffsetMinutes(now: Date = new Date()): number {
  return -now.getTimezoneOffset();
}

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

/** Does a drop or paste carry files (images, videos, anything)? Then nothing is taken from it. */
export function carriesFiles(data: DataTransfer | null): boolean {
  if (!data) return false;
  if (data.files && data.files.length > 0) return true;
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind === 'file') return true;
  }
  return Array.from(data.types ?? []).includes('Files');
}

/** Pasted text that is really a file (a data: URL, base64 image, file:// path). */
export function pastedTextIsFile(data: DataTransfer | null): boolean {
  if (!data) return false;
  const text = data.getData('text/plain');
  const html = data.getData('text/html');
  if (text && fileLikeContent(text) !== null) return true;
  // An image copied from a web page can arrive as <img src="data:…"> or with a blob: src.
  return html !== '' && fileLikeContent(html) !== null;
}

/** ISO → value for <input type="datetime-local"> (local time). */
export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** <input type="datetime-local"> or type="date" value → ISO (UTC), or null when empty/invalid. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const d = new Date(value.length === 10 ? `${value}T09:00` : value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
