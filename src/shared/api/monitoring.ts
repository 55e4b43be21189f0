import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema, LIMITS } from '../domain/common';
import {
  MonitoringEntryInputSchema,
  MonitoringFiltersSchema,
  QuickMonitoringInputSchema,
  TakedownInputSchema,
  TakedownPatchSchema,
  TAKEDOWN_STATUSES,
  logText,
  requiredLogText,
  type MonitoringEntry,
  type MonitoringStats,
  type Takedown,
} from '../domain/monitoring';
import { op } from './define';

export interface MonitoringPage {
  entries: MonitoringEntry[];
  /** All current entries matching the filters (the page holds at most `limit`). */
  total: number;
}

/** Null = the school-wide view across all dossiers. */
const scope = IdSchema.nullable();

export const monitoringOps = {
  /** Current versions of the log's entries, newest first, one page at a time. */
  'monitoring.list': op<MonitoringPage>()(
    z
      .object({
        dossierId: scope,
        filters: MonitoringFiltersSchema,
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).max(10_000_000).default(0),
      })
      .strict(),
  ),
  /** Every version of one entry, oldest first: what was recorded and each correction. */
  'monitoring.history': op<MonitoringEntry[]>()(z.object({ entryId: IdSchema }).strict()),
  'monitoring.add': op<MonitoringEntry>()(
    z.object({ dossierId: IdSchema, entry: MonitoringEntryInputSchema }).strict(),
  ),
  /** Three fields, from anywhere in the dossier; the rest is filled in later by a correction. */
  'monitoring.quickAdd': op<MonitoringEntry>()(QuickMonitoringInputSchema),
  /** A correction is a new version; the corrected one stays in the history. */
  'monitoring.correct': op<MonitoringEntry>()(
    z
      .object({
        correctsId: IdSchema,
        reason: requiredLogText('Reden van de correctie', LIMITS.mediumText),
        entry: MonitoringEntryInputSchema,
      })
      .strict(),
  ),
  /** Entries per day per platform for the chart. */
  'monitoring.stats': op<MonitoringStats>()(
    z
      .object({
        dossierId: scope,
        filters: MonitoringFiltersSchema,
        /** The viewer's offset from UTC, so days split at local midnight. */
        utcOffsetMinutes: z.number().int().min(-14 * 60).max(14 * 60),
      })
      .strict(),
  ),

  'takedown.list': op<Takedown[]>()(
    z.object({ dossierId: scope, openOnly: z.boolean().default(false) }).strict(),
  ),
  'takedown.add': op<Takedown>()(z.object({ dossierId: IdSchema, takedown: TakedownInputSchema }).strict()),
  'takedown.update': op<Takedown>()(
    z
      .object({
        takedownId: IdSchema,
        patch: TakedownPatchSchema,
        note: logText('Toelichting', LIMITS.mediumText),
      })
      .strict(),
  ),
  /** Records that someone followed the request up, and when to look again. */
  'takedown.addFollowUp': op<Takedown>()(
    z
      .object({
        takedownId: IdSchema,
        note: requiredLogText('Wat is er nagevraagd', LIMITS.mediumText),
        status: z.enum(TAKEDOWN_STATUSES, { error: 'Kies een status.' }),
        nextFollowUpAt: IsoDateTimeSchema.nullable(),
      })
      .strict(),
  ),
} as const;
