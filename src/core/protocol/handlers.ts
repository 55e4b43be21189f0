import fs from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { SchoolProfile } from '../../shared/domain';
import type { ImprovementPoint } from '../../shared/domain/evaluation';
import type { ProtocolVersion, ProtocolVersionSummary } from '../../shared/protocol';
import type { protocolOps } from '../../shared/api/protocol';
import type { SavedFile } from '../../shared/api/evaluation';
import { AppError } from '../../shared/errors';
import type { Handlers } from '../api';
import type { CoreContext } from '../context';
import { readSchoolProfile } from '../school-profile';
import { writeFileAtomic } from '../vault';
import * as repo from './repository';
import {
  baseUpdate,
  createVersion,
  currentVersion,
  diffVersions,
  importVersion,
  parseProtocolFile,
  protocolFileContent,
  reviewBase,
} from './service';

type ProtocolOpName = keyof typeof protocolOps;

/** A protocol file is a few hundred kB at most; anything bigger is not one. */
const MAX_FILE_BYTES = 2_000_000;

function writeChosenFile(file: string, data: string | Uint8Array, what: 'pdf' | 'protocol'): void {
  try {
    writeFileAtomic(file, data);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOSPC')
      throw new AppError('DISK_FULL', { key: what === 'pdf' ? 'PDF_NOT_SAVED_DISK_FULL' : 'PROTOCOL_FILE_NOT_SAVED_DISK_FULL' });
    throw new AppError('READ_ONLY', { key: what === 'pdf' ? 'PDF_NOT_SAVED_HERE' : 'PROTOCOL_FILE_NOT_SAVED_HERE' });
  }
}

const fileDate = (iso: string) => iso.slice(0, 10);

/**
 * What other areas contribute to the protocol's operations (composed in src/core/service.ts):
 * the evaluation's open improvement points and the documents area's PDF renderer. Moving a
 * dossier to a newer version is a dossier operation (dossiers/protocol-move.ts).
 */
export interface ProtocolContributions {
  openPoints(db: Database.Database): ImprovementPoint[];
  renderPdf(
    v: ProtocolVersion,
    history: readonly ProtocolVersionSummary[],
    school: SchoolProfile,
    nowIso: string,
  ): Promise<Uint8Array>;
}

export function protocolHandlers(
  ctx: CoreContext,
  contributions: ProtocolContributions,
): Handlers<Exclude<ProtocolOpName, 'protocol.previewMove' | 'protocol.moveDossier'>> {
  return {
    'protocol.overview': () => {
      const db = ctx.db();
      return {
        current: currentVersion(db),
        versions: repo.listVersions(db),
        openPoints: contributions.openPoints(db),
        baseUpdate: baseUpdate(db),
      };
    },
    'protocol.get': ({ version }) => repo.getVersion(ctx.db(), version),
    'protocol.create': ({ edits }) => createVersion(ctx, edits),
    'protocol.diff': ({ from, to }) => diffVersions(ctx.db(), from, to),
    'protocol.reviewBase': ({ adoptStepIds, reason }) => reviewBase(ctx, adoptStepIds, reason),

    'protocol.exportPdf': async ({ version }): Promise<SavedFile> => {
      const v = repo.getVersion(ctx.db(), version);
      const file = await ctx.platform.chooseSaveFile({
        title: ctx.dialogText('PROTOCOL_PDF_TITLE'),
        defaultName: ctx.dialogText('PROTOCOL_PDF_NAME', { version: v.version }),
        filters: [{ name: ctx.dialogText('PDF_FILTER'), extensions: ['pdf'] }],
      });
      if (!file) return { cancelled: true };
      const school = readSchoolProfile(ctx);
      const bytes = await contributions.renderPdf(v, repo.listVersions(ctx.db()), school, ctx.nowIso());
      writeChosenFile(file, bytes, 'pdf');
      ctx.write('protocol.exportPdf', null, `Stappenplan versie ${version} als PDF opgeslagen`, () => undefined);
      return { file };
    },

    'protocol.exportFile': async ({ version }): Promise<SavedFile> => {
      const v = repo.getVersion(ctx.db(), version);
      const file = await ctx.platform.chooseSaveFile({
        title: ctx.dialogText('PROTOCOL_FILE_TITLE'),
        defaultName: ctx.dialogText('PROTOCOL_FILE_NAME', { version: v.version, date: fileDate(v.establishedAt) }),
        filters: [{ name: ctx.dialogText('PROTOCOL_FILTER'), extensions: ['json'] }],
      });
      if (!file) return { cancelled: true };
      writeChosenFile(file, protocolFileContent(v, readSchoolProfile(ctx).name, ctx.nowIso()), 'protocol');
      ctx.write('protocol.exportFile', null, `Protocol versie ${version} als bestand opgeslagen`, () => undefined);
      return { file };
    },

    'protocol.importFile': async ({ reason, essentialReason }) => {
      const file = await ctx.platform.chooseOpenFile({
        title: ctx.dialogText('PROTOCOL_IMPORT_TITLE'),
        filters: [{ name: ctx.dialogText('PROTOCOL_FILTER'), extensions: ['json'] }],
      });
      if (!file) return { cancelled: true };
      let text: string;
      try {
        const stat = fs.statSync(file);
        if (stat.size > MAX_FILE_BYTES) {
          throw new AppError('VALIDATION', { key: 'PROTOCOL_FILE_TOO_BIG' });
        }
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        if (e instanceof AppError) throw e;
        throw new AppError('NOT_FOUND', { key: 'FILE_UNREADABLE' });
      }
      return importVersion(ctx, parseProtocolFile(text), reason, essentialReason ?? null);
    },
  };
}
