import type Database from 'better-sqlite3-multiple-ciphers';
import {
  DOSSIER_STATUS_LABELS,
  MATERIAL_KIND_LABELS,
  type DossierStatus,
  type MaterialKind,
} from '../../shared/domain/dossier';
import {
  PREVENTION_STATUSES,
  type AnnualStats,
  type ImprovementPoint,
  type ImprovementStatus,
  type PreventionStatus,
} from '../../shared/domain/evaluation';
import { PLATFORM_LABELS, PLATFORMS } from '../../shared/domain/monitoring';
import { fold } from './names';
import { hasTable, listPreventionMeasures } from './repository';

/** A prevention measure counts in the year it is dated in, or (undated) the year it was recorded. */
export function inYear(p: Pick<ImprovementPoint, 'planDate' | 'createdAt'>, year: number | null): boolean {
  if (year === null) return true;
  return Number((p.planDate ?? p.createdAt).slice(0, 4)) === year;
}

/**
 * Anonymous statistics for the annual safety report. Only counts leave this function:
 * no names, no dossier numbers, no titles, and free-text platform names are mapped onto
 * the fixed platform list ("Overig" for anything else) so typed text cannot leak.
 */

const HOUR = 3_600_000;
const BUCKETS: Array<{ label: string; maxHours: number }> = [
  { label: 'Binnen 1 uur', maxHours: 1 },
  { label: '1 tot 4 uur', maxHours: 4 },
  { label: '4 tot 24 uur', maxHours: 24 },
  { label: '1 tot 3 dagen', maxHours: 72 },
  { label: 'Meer dan 3 dagen', maxHours: Number.POSITIVE_INFINITY },
];

const OTHER = 'Overig';

/** Maps typed platform text onto a known platform label, else "Overig". */
export function normalizePlatform(raw: string): string {
  const t = fold(raw).replace(/[^a-z0-9]/g, '');
  if (!t) return OTHER;
  for (const id of PLATFORMS) {
    if (id === 'anders') continue;
    const label = fold(PLATFORM_LABELS[id]).replace(/[^a-z0-9]/g, '');
    if (t === id || t === label || (id !== 'x' && t.startsWith(id))) return PLATFORM_LABELS[id];
  }
  if (t === 'twitter' || t === 'xtwitter') return PLATFORM_LABELS.x;
  if (t === 'insta') return PLATFORM_LABELS.instagram;
  if (t === 'snap') return PLATFORM_LABELS.snapchat;
  if (t === 'app' || t === 'groepsapp') return PLATFORM_LABELS.whatsapp;
  return OTHER;
}

function columns(db: Database.Database, table: string): Set<string> {
  return new Set(
    (db.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string }>).map((c) => c.name),
  );
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export function buildStats(db: Database.Database, now: Date, year: number | null): AnnualStats {
  const all = db
    .prepare('SELECT id, discovered_at, material_kind, status, spread_json FROM dossiers')
    .all() as Array<{
    id: string;
    discovered_at: string;
    material_kind: MaterialKind;
    status: DossierStatus;
    spread_json: string;
  }>;

  const perYearMap = new Map<number, number>();
  for (const d of all) {
    const y = new Date(d.discovered_at).getUTCFullYear();
    perYearMap.set(y, (perYearMap.get(y) ?? 0) + 1);
  }
  const inScope =
    year === null ? all : all.filter((d) => new Date(d.discovered_at).getUTCFullYear() === year);
  const scopeIds = new Set(inScope.map((d) => d.id));

  const material = new Map<MaterialKind, number>();
  const status = new Map<DossierStatus, number>();
  for (const d of inScope) {
    material.set(d.material_kind, (material.get(d.material_kind) ?? 0) + 1);
    status.set(d.status, (status.get(d.status) ?? 0) + 1);
  }

  // First action: the earliest action item, conversation, step taken up or logbook note.
  const firstRows = db
    .prepare(
      `SELECT dossier_id, min(at) AS first FROM (
         SELECT dossier_id, created_at AS at FROM actions
         UNION ALL SELECT dossier_id, held_at FROM conversations
         UNION ALL SELECT dossier_id, updated_at FROM step_states WHERE status IN ('bezig','gedaan')
         UNION ALL SELECT dossier_id, recorded_at FROM chronology WHERE kind = 'notitie'
       ) GROUP BY dossier_id`,
    )
    .all() as Array<{ dossier_id: string; first: string }>;
  const firstById = new Map(firstRows.map((r) => [r.dossier_id, r.first]));
  const hours: number[] = [];
  for (const d of inScope) {
    const first = firstById.get(d.id);
    if (!first) continue;
    hours.push(Math.max(0, (Date.parse(first) - Date.parse(d.discovered_at)) / HOUR));
  }
  const buckets = BUCKETS.map((b) => ({ label: b.label, count: 0 }));
  for (const h of hours) {
    const i = BUCKETS.findIndex((b) => h < b.maxHours);
    const bucket = buckets[i === -1 ? buckets.length - 1 : i];
    if (bucket) bucket.count += 1;
  }
  const med = median(hours);

  // Platforms: each dossier counts once per platform, from its facts and (when present) the monitoring log.
  const platformsByDossier = new Map<string, Set<string>>();
  const addPlatform = (dossierId: string, raw: string) => {
    if (!scopeIds.has(dossierId)) return;
    const set = platformsByDossier.get(dossierId) ?? new Set<string>();
    set.add(normalizePlatform(raw));
    platformsByDossier.set(dossierId, set);
  };
  for (const d of inScope) {
    try {
      const spread = JSON.parse(d.spread_json) as { platforms?: unknown };
      for (const p of Array.isArray(spread.platforms) ? spread.platforms : [])
        if (typeof p === 'string') addPlatform(d.id, p);
    } catch {
      /* a damaged spread record only drops out of the statistics */
    }
  }
  for (const table of ['monitoring_entries', 'takedowns']) {
    if (!hasTable(db, table)) continue;
    const cols = columns(db, table);
    if (!cols.has('dossier_id') || !cols.has('platform')) continue;
    for (const r of db.prepare(`SELECT dossier_id, platform FROM "${table}"`).all() as Array<{
      dossier_id: string;
      platform: string;
    }>) {
      addPlatform(r.dossier_id, String(r.platform));
    }
  }
  const platformCounts = new Map<string, number>();
  for (const set of platformsByDossier.values())
    for (const p of set) platformCounts.set(p, (platformCounts.get(p) ?? 0) + 1);

  const takedowns: AnnualStats['takedowns'] = {
    available: false,
    requested: 0,
    removed: 0,
    successRate: null,
  };
  if (hasTable(db, 'takedowns') && columns(db, 'takedowns').has('status')) {
    takedowns.available = true;
    for (const r of db.prepare('SELECT dossier_id, status FROM takedowns').all() as Array<{
      dossier_id: string;
      status: string;
    }>) {
      if (!scopeIds.has(r.dossier_id)) continue;
      takedowns.requested += 1;
      if (r.status === 'verwijderd') takedowns.removed += 1;
    }
    takedowns.successRate = takedowns.requested ? takedowns.removed / takedowns.requested : null;
  }

  const improvements: Record<ImprovementStatus, number> = { open: 0, overgenomen: 0, afgewezen: 0 };
  for (const r of db
    .prepare('SELECT status, count(*) AS n FROM improvement_points GROUP BY status')
    .all() as Array<{
    status: ImprovementStatus;
    n: number;
  }>) {
    improvements[r.status] = r.n;
  }

  const prevention = Object.fromEntries(PREVENTION_STATUSES.map((s) => [s, 0])) as Record<PreventionStatus, number>;
  for (const m of listPreventionMeasures(db)) if (inYear(m, year)) prevention[m.planStatus] += 1;

  return {
    generatedAt: now.toISOString(),
    total: inScope.length,
    perYear: [...perYearMap.entries()].sort((a, b) => a[0] - b[0]).map(([y, count]) => ({ year: y, count })),
    byMaterial: (Object.keys(MATERIAL_KIND_LABELS) as MaterialKind[])
      .map((kind) => ({ kind, label: MATERIAL_KIND_LABELS[kind], count: material.get(kind) ?? 0 }))
      .filter((m) => m.count > 0),
    byStatus: (Object.keys(DOSSIER_STATUS_LABELS) as DossierStatus[]).map((s) => ({
      status: s,
      label: DOSSIER_STATUS_LABELS[s],
      count: status.get(s) ?? 0,
    })),
    timeToFirstAction: {
      measured: hours.length,
      medianHours: med === null ? null : Math.round(med * 10) / 10,
      buckets,
    },
    takedowns,
    platforms: [...platformCounts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([platform, count]) => ({ platform, count })),
    improvements,
    prevention,
  };
}
