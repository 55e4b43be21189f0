import type {
  MonitoringFilters,
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

export { chartRows, trend, type ChartRow } from './chart';

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
