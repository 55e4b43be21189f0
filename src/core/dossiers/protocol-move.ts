import { AppError } from '../../shared/errors';
import { emptyToolRecord, previewMove, type MovePreview, type StepId } from '../../shared/protocol';
import type { Handlers } from '../api';
import type { CoreContext } from '../context';
import { protocolRepo as protocolRepo } from '../protocol';
import { loadDossierDetail } from './handlers';
import * as repo from './repository';
import { writeDossier } from './write';

/**
 * Moving a dossier to a newer protocol version: a dossier operation (its steps and chronology),
 * so it lives with the dossiers; the protocol area only knows versions.
 */

export function movePreviewFor(ctx: CoreContext, dossierId: string, toVersion: number): MovePreview {
  const db = ctx.db();
  const dossier = repo.getDossierRow(db, dossierId);
  const fromVersion = protocolRepo.dossierVersion(db, dossierId);
  if (dossier.status === 'gesloten') {
    throw new AppError('FORBIDDEN', { key: 'CLOSED_DOSSIER_KEEPS_PROTOCOL' });
  }
  if (toVersion <= fromVersion) {
    throw new AppError('VALIDATION', { key: 'MOVE_ONLY_TO_NEWER', params: { version: fromVersion } });
  }
  const from = protocolRepo.getVersion(db, fromVersion);
  const to = protocolRepo.getVersion(db, toVersion);
  return previewMove(from, to, repo.listSteps(db, dossierId), dossier.discoveredAt);
}

/**
 * Moves an open dossier to a newer version. Nothing recorded is removed: states of steps that
 * left the protocol stay in the vault (shown as history); new steps get their due date; a due
 * date that still equals the old default moves with the new default.
 */
export function moveDossier(ctx: CoreContext, dossierId: string, toVersion: number): void {
  const preview = movePreviewFor(ctx, dossierId, toVersion);
  const at = ctx.nowIso();
  const db = ctx.db();
  const existing = new Map(repo.listSteps(db, dossierId).map((s) => [s.stepId, s]));
  // A new state starts with the empty record of the step's tool in the version moved to.
  const toolOf = new Map(protocolRepo.getVersion(db, preview.toVersion).definition.steps.map((s) => [s.id, s.tool]));
  const emptyRecord = (stepId: StepId) => emptyToolRecord(toolOf.get(stepId) ?? 'checklist');
  const moved = preview.deadlines.filter((d) => d.willChange);
  // Told in the logbook as a typed event, in the same transaction as the move.
  const details = `Protocolversie ${preview.fromVersion} -> ${preview.toVersion}`;
  writeDossier(ctx, dossierId, 'protocol.moveDossier', ({ db: tx, event }) => {
    protocolRepo.setDossierVersion(tx, dossierId, preview.toVersion, at);
    for (const a of preview.added) {
      if (existing.has(a.stepId) || a.dueAt === null) continue;
      repo.upsertStep(tx, {
        dossierId,
        stepId: a.stepId,
        status: 'open',
        nvtReason: '',
        owner: '',
        dueAt: a.dueAt,
        notes: '',
        data: emptyRecord(a.stepId),
        updatedAt: at,
      });
    }
    for (const d of moved) {
      const state = existing.get(d.stepId);
      if (!state) {
        if (d.newDueAt === null) continue;
        repo.upsertStep(tx, {
          dossierId,
          stepId: d.stepId,
          status: 'open',
          nvtReason: '',
          owner: '',
          dueAt: d.newDueAt,
          notes: '',
          data: emptyRecord(d.stepId),
          updatedAt: at,
        });
      } else {
        repo.upsertStep(tx, { ...state, dueAt: d.newDueAt, updatedAt: at });
      }
    }
    event({
      type: 'protocol.moved',
      fromVersion: preview.fromVersion,
      toVersion: preview.toVersion,
      added: preview.added.map((a) => a.title),
      removed: preview.removed.map((r) => r.title),
      deadlinesChanged: moved.map((d) => d.title),
    });
  }, details);
}

export function protocolMoveHandlers(ctx: CoreContext): Handlers<'protocol.previewMove' | 'protocol.moveDossier'> {
  return {
    'protocol.previewMove': ({ dossierId, toVersion }) => movePreviewFor(ctx, dossierId, toVersion),
    'protocol.moveDossier': ({ dossierId, toVersion }) => {
      moveDossier(ctx, dossierId, toVersion);
      return loadDossierDetail(ctx, dossierId);
    },
  };
}
