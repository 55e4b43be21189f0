import type Database from 'better-sqlite3-multiple-ciphers';
import type { ChronologyEntry, StepStatus } from '../../shared/domain';
import {
  DossierEventSchema,
  describeEvent,
  findStep,
  type DossierEvent,
  type StepId,
} from '../../shared/protocol';
import type { CoreContext } from '../context';
import { pinnedProtocolOf } from '../protocol';
import * as repo from './repository';

/**
 * What a dossier write may do besides its own rows, all in the write's transaction:
 * tell the logbook what happened, and let the work move a step's status forward.
 */
export interface DossierWriter {
  readonly db: Database.Database;
  /** Appends a typed event (validated, described in Dutch by `describeEvent`) to the logbook. */
  event(event: DossierEvent, occurredAt?: string): ChronologyEntry;
  /**
   * The work proposes a step's status: it only moves forward (open → bezig → gedaan), never
   * touches a step marked n.v.t. or one outside the dossier's protocol, and is recorded as a
   * folded status event "afgeleid van …". Returns whether the status changed.
   */
  deriveStatus(stepId: StepId, to: 'bezig' | 'gedaan', derivedFrom: string): boolean;
}

const RANK: Record<StepStatus, number> = { open: 0, bezig: 1, gedaan: 2, nvt: 3 };

/**
 * One dossier write: opens the transaction, runs the act, appends its events to the logbook
 * and writes the audit row named after the operation — all or nothing. The audit details are
 * `details` plus the event kinds (no names: the audit log outlives a destroyed dossier).
 */
export function writeDossier<T>(
  ctx: CoreContext,
  dossierId: string,
  operation: string,
  fn: (w: DossierWriter) => T,
  details = '',
): T {
  const vault = ctx.vault();
  return vault.transaction(() => {
    const db = vault.db;
    const kinds: string[] = [];
    const at = ctx.nowIso();
    const writer: DossierWriter = {
      db,
      event(event, occurredAt) {
        const valid = DossierEventSchema.parse(event);
        const text = describeEvent(valid);
        kinds.push(valid.type);
        return repo.appendChronology(db, {
          id: ctx.newId(),
          dossierId,
          occurredAt: occurredAt ?? at,
          recordedAt: at,
          author: ctx.actor(),
          kind: valid.type === 'step.status' ? 'status' : 'systeem',
          text,
          correctsId: null,
          event: valid,
        });
      },
      deriveStatus(stepId, to, derivedFrom) {
        const step = findStep(stepId, pinnedProtocolOf(db, dossierId));
        if (!step || step.schoolNotApplicable) return false;
        const current = repo.getStepState(db, dossierId, stepId);
        const from = current?.status ?? 'open';
        if (from === 'nvt' || RANK[from] >= RANK[to]) return false;
        repo.setDerivedStatus(db, dossierId, stepId, to, derivedFrom, at);
        writer.event({ type: 'step.status', stepId, title: step.title, from, to, derivedFrom, reason: '' });
        return true;
      },
    };
    const result = fn(writer);
    repo.touchDossier(db, dossierId, at);
    // The audit row outlives a destroyed dossier: it names the kinds of events, never their
    // sentences (those hold names and details of the people involved).
    vault.audit(operation, dossierId, [details, ...kinds].filter(Boolean).join(' · ').slice(0, 1_000));
    return result;
  });
}

/** One event of a dossier's story as stored: its logbook row and the typed act. */
export interface StoredEvent {
  seq: number;
  occurredAt: string;
  recordedAt: string;
  author: string;
  /** The Dutch sentence as written at the time (court-safe). */
  text: string;
  event: DossierEvent;
}

/**
 * The dossier's typed events in logbook order: for the dossier-overview PDF, inzage and
 * anything else that tells the story (status changes included: filter on `event.type`).
 * Rows written before events existed and free notes are not events and are not returned.
 */
export function dossierEvents(db: Database.Database, dossierId: string): StoredEvent[] {
  return repo
    .listChronology(db, dossierId)
    .filter((e): e is ChronologyEntry & { event: DossierEvent } => e.event !== null)
    .map((e) => ({ seq: e.seq, occurredAt: e.occurredAt, recordedAt: e.recordedAt, author: e.author, text: e.text, event: e.event }));
}
