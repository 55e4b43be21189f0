import type { monitoringOps } from '../../shared/api/monitoring';
import {
  PLATFORM_LABELS,
  TAKEDOWN_CHANNEL_LABELS,
  TAKEDOWN_STATUS_LABELS,
  type MonitoringEntryInput,
  type SocialPlatform,
  type TakedownInput,
  type TakedownStatus,
} from '../../shared/domain';
import type { MonitoringMilestone } from '../../shared/protocol';
import { AppError } from '../../shared/errors';
import type { Handlers } from '../api';
import type { CoreContext } from '../context';
import { assertWritable, getDossierRow, writeDossier, type DossierWriter } from '../dossiers';
import * as repo from './repository';
import { toUtcIso, toUtcIsoOrNull } from './repository';

type MonitoringOpName = keyof typeof monitoringOps;

const ENTRY_FIELDS: Array<keyof MonitoringEntryInput> = [
  'seenAt',
  'seenBy',
  'platform',
  'location',
  'description',
  'reach',
  'tone',
  'risk',
  'action',
  'actionNote',
  'followUpAt',
  'status',
];

function normalizeEntry(e: MonitoringEntryInput): MonitoringEntryInput {
  return { ...e, seenAt: toUtcIso(e.seenAt), followUpAt: toUtcIsoOrNull(e.followUpAt) };
}

function normalizeTakedown(t: TakedownInput): TakedownInput {
  return { ...t, requestedAt: toUtcIsoOrNull(t.requestedAt), followUpAt: toUtcIsoOrNull(t.followUpAt) };
}

/** Dutch one-liner of what changed on a takedown, for its history. */
function describeTakedownChange(before: TakedownInput, after: TakedownInput): string {
  const changes: string[] = [];
  if (before.status !== after.status) {
    changes.push(`Status: ${TAKEDOWN_STATUS_LABELS[before.status]} → ${TAKEDOWN_STATUS_LABELS[after.status]}`);
  }
  if (before.channel !== after.channel) changes.push(`Kanaal: ${TAKEDOWN_CHANNEL_LABELS[after.channel]}`);
  if (before.reference !== after.reference) changes.push(`Referentie: ${after.reference || '(leeg)'}`);
  if (before.requestedAt !== after.requestedAt) changes.push('Datum aanvraag aangepast');
  if (before.followUpAt !== after.followUpAt) changes.push(after.followUpAt ? 'Opvolgdatum aangepast' : 'Opvolgdatum verwijderd');
  if (before.notes !== after.notes) changes.push('Notities aangepast');
  return changes.join('; ');
}

/**
 * What a takedown's new status tells the dossier's logbook: removed, or an answer of the
 * platform/police (in behandeling, geweigerd, onbekend). Unchanged status tells nothing.
 */
function takedownOutcome(
  w: DossierWriter,
  takedownId: string,
  platform: SocialPlatform,
  before: TakedownStatus,
  after: TakedownStatus,
  note: string,
): void {
  if (after === before || after === 'aangevraagd') return;
  if (after === 'verwijderd') w.event({ type: 'takedown.removed', takedownId, platform });
  else w.event({ type: 'takedown.answered', takedownId, platform, status: after, note: note.slice(0, 1_000) });
}

export function monitoringHandlers(ctx: CoreContext): Handlers<MonitoringOpName> {
  const writableDossier = (dossierId: string) => {
    const dossier = getDossierRow(ctx.db(), dossierId);
    assertWritable(dossier);
    return dossier;
  };

  const addEntry = (dossierId: string, input: MonitoringEntryInput) => {
    writableDossier(dossierId);
    const id = ctx.newId();
    const entry = normalizeEntry(input);
    const first = repo.listEntries(ctx.db(), dossierId, {}, 1, 0).total === 0;
    // Only milestones go into the dossier's logbook; every sighting is in the monitoring log.
    const milestone: MonitoringMilestone | null =
      entry.action === 'doorgegeven-aan-politie' ? 'naar-politie' : entry.risk === 'hoog' ? 'hoog-risico' : first ? 'eerste-waarneming' : null;
    writeDossier(ctx, dossierId, 'monitoring.add', (w) => {
      if (milestone) w.event({ type: 'monitoring.milestone', entryId: id, milestone, platform: entry.platform }, entry.seenAt);
      if (first) w.deriveStatus('monitor-sociale-media', 'bezig', 'de eerste waarneming');
      const db = w.db;
      repo.insertEntry(db, {
        ...entry,
        id,
        dossierId,
        rootId: id,
        version: 1,
        recordedAt: ctx.nowIso(),
        author: ctx.actor(),
        correctsId: null,
        correctionReason: '',
      });
    }, `Waarneming vastgelegd (${PLATFORM_LABELS[entry.platform]})`);
    return repo.getEntry(ctx.db(), id);
  };

  const takedownInput = (t: ReturnType<typeof repo.getTakedown>): TakedownInput => ({
    entryId: t.entryId,
    platform: t.platform,
    location: t.location,
    channel: t.channel,
    requestedAt: t.requestedAt,
    reference: t.reference,
    status: t.status,
    followUpAt: t.followUpAt,
    notes: t.notes,
  });

  return {
    'monitoring.list': ({ dossierId, filters, limit, offset }) => {
      if (dossierId) getDossierRow(ctx.db(), dossierId);
      return repo.listEntries(ctx.db(), dossierId, filters, limit, offset);
    },

    'monitoring.history': ({ entryId }) => {
      const entry = repo.getEntry(ctx.db(), entryId);
      return repo.entryHistory(ctx.db(), entry.rootId);
    },

    'monitoring.add': ({ dossierId, entry }) => addEntry(dossierId, entry),

    'monitoring.quickAdd': ({ dossierId, platform, location, description }) =>
      addEntry(dossierId, {
        seenAt: ctx.nowIso(),
        seenBy: ctx.actor(),
        platform,
        location,
        description,
        reach: 'onbekend',
        tone: 'onbekend',
        risk: 'onbekend',
        action: 'geen',
        actionNote: '',
        followUpAt: null,
        status: 'open',
      }),

    'monitoring.correct': ({ correctsId, reason, entry }) => {
      const db = ctx.db();
      const previous = repo.getEntry(db, correctsId);
      writableDossier(previous.dossierId);
      if (previous.supersededById) {
        throw new AppError('CONFLICT', { key: 'MONITORING_ALREADY_CORRECTED' });
      }
      const next = normalizeEntry(entry);
      if (ENTRY_FIELDS.every((k) => next[k] === previous[k])) {
        throw new AppError('VALIDATION', { key: 'NOTHING_CHANGED_SINCE_VERSION' });
      }
      const id = ctx.newId();
      ctx.write('monitoring.correct', previous.dossierId, `Waarneming gecorrigeerd (versie ${previous.version + 1})`, (d) => {
        repo.insertEntry(d, {
          ...next,
          id,
          dossierId: previous.dossierId,
          rootId: previous.rootId,
          version: previous.version + 1,
          recordedAt: ctx.nowIso(),
          author: ctx.actor(),
          correctsId: previous.id,
          correctionReason: reason,
        });
      });
      return repo.getEntry(db, id);
    },

    'monitoring.stats': ({ dossierId, filters, utcOffsetMinutes }) => {
      if (dossierId) getDossierRow(ctx.db(), dossierId);
      return repo.entryStats(ctx.db(), dossierId, filters, utcOffsetMinutes);
    },

    'takedown.list': ({ dossierId, openOnly }) => {
      if (dossierId) getDossierRow(ctx.db(), dossierId);
      return repo.listTakedowns(ctx.db(), dossierId, openOnly, ctx.now());
    },

    'takedown.add': ({ dossierId, takedown }) => {
      writableDossier(dossierId);
      const db = ctx.db();
      if (takedown.entryId) {
        const entry = repo.getEntry(db, takedown.entryId);
        if (entry.dossierId !== dossierId) {
          throw new AppError('VALIDATION', { key: 'MONITORING_OTHER_DOSSIER' });
        }
      }
      const id = ctx.newId();
      const at = ctx.nowIso();
      const input = normalizeTakedown(takedown);
      writeDossier(ctx, dossierId, 'takedown.add', (w) => {
        const d = w.db;
        repo.insertTakedown(d, { ...input, id, dossierId, at, actor: ctx.actor() });
        w.event({ type: 'takedown.requested', takedownId: id, platform: input.platform, channel: input.channel, reference: input.reference });
        takedownOutcome(w, id, input.platform, 'aangevraagd', input.status, '');
        w.deriveStatus('offline-halen', 'bezig', 'het ingediende verwijderverzoek');
        repo.insertTakedownEvent(d, {
          id: ctx.newId(),
          takedownId: id,
          dossierId,
          at,
          actor: ctx.actor(),
          kind: 'aangemaakt',
          status: input.status,
          followUpAt: input.followUpAt,
          note: input.notes,
        });
      }, `Verwijderverzoek vastgelegd (${TAKEDOWN_CHANNEL_LABELS[input.channel]})`);
      return repo.getTakedown(db, id, ctx.now());
    },

    'takedown.update': ({ takedownId, patch, note }) => {
      const db = ctx.db();
      const current = repo.getTakedown(db, takedownId, ctx.now());
      writableDossier(current.dossierId);
      const before = takedownInput(current);
      const after = normalizeTakedown({
        ...before,
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      } as TakedownInput);
      const change = describeTakedownChange(before, after);
      if (!change && !note) {
        throw new AppError('VALIDATION', { key: 'NOTHING_CHANGED' });
      }
      const at = ctx.nowIso();
      writeDossier(ctx, current.dossierId, 'takedown.update', (w) => {
        const d = w.db;
        repo.updateTakedown(d, takedownId, after, at);
        takedownOutcome(w, takedownId, after.platform, before.status, after.status, note ?? '');
        repo.insertTakedownEvent(d, {
          id: ctx.newId(),
          takedownId,
          dossierId: current.dossierId,
          at,
          actor: ctx.actor(),
          kind: 'gewijzigd',
          status: after.status,
          followUpAt: after.followUpAt,
          note: [change, note].filter(Boolean).join('. '),
        });
      }, change || 'Toelichting toegevoegd');
      return repo.getTakedown(db, takedownId, ctx.now());
    },

    'takedown.addFollowUp': ({ takedownId, note, status, nextFollowUpAt }) => {
      const db = ctx.db();
      const current = repo.getTakedown(db, takedownId, ctx.now());
      writableDossier(current.dossierId);
      const after: TakedownInput = { ...takedownInput(current), status, followUpAt: toUtcIsoOrNull(nextFollowUpAt) };
      const at = ctx.nowIso();
      writeDossier(ctx, current.dossierId, 'takedown.followUp', (w) => {
        const d = w.db;
        repo.updateTakedown(d, takedownId, after, at);
        takedownOutcome(w, takedownId, current.platform, current.status, status, note);
        repo.insertTakedownEvent(d, {
          id: ctx.newId(),
          takedownId,
          dossierId: current.dossierId,
          at,
          actor: ctx.actor(),
          kind: 'opvolging',
          status,
          followUpAt: after.followUpAt,
          note,
        });
      }, `Verwijderverzoek opgevolgd (${TAKEDOWN_STATUS_LABELS[status]})`);
      return repo.getTakedown(db, takedownId, ctx.now());
    },
  };
}
