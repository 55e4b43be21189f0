import fs from 'node:fs';
import type { protocolOps } from '../../shared/api/protocol';
import type { SavedFile } from '../../shared/api/evaluation';
import { AppError } from '../../shared/errors';
import type { Handlers } from '../api/handlers';
import type { CoreContext } from '../context';
import { loadDossierDetail, readSchoolProfile } from '../dossiers/handlers';
import * as evaluationRepo from '../evaluation/repository';
import { writeFileAtomic } from '../vault/fsutil';
import { protocolDocument, renderProtocolPdf } from './pdf';
import * as repo from './repository';
import {
  baseUpdate,
  createVersion,
  currentVersion,
  diffVersions,
  importVersion,
  moveDossier,
  movePreviewFor,
  parseProtocolFile,
  protocolFileContent,
  reviewBase,
} from './service';

type ProtocolOpName = keyof typeof protocolOps;

/** A protocol file is a few hundred kB at most; anything bigger is not one. */
const MAX_FILE_BYTES = 2_000_000;

function writeChosenFile(file: string, data: string | Uint8Array, what: string): void {
  try {
    writeFileAtomic(file, data);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOSPC') throw new AppError('DISK_FULL', `De schijf is vol. ${what} is niet opgeslagen.`);
    throw new AppError('READ_ONLY', `Vangnet kan ${what.toLowerCase()} niet op deze plek opslaan. Kies een andere map.`);
  }
}

const fileDate = (iso: string) => iso.slice(0, 10);

export function protocolHandlers(ctx: CoreContext): Handlers<ProtocolOpName> {
  return {
    'protocol.overview': () => {
      const db = ctx.db();
      return {
        current: currentVersion(db),
        versions: repo.listVersions(db),
        openPoints: evaluationRepo.listImprovements(db, { status: 'open' }),
        baseUpdate: baseUpdate(db),
      };
    },
    'protocol.get': ({ version }) => repo.getVersion(ctx.db(), version),
    'protocol.create': ({ edits }) => createVersion(ctx, edits),
    'protocol.diff': ({ from, to }) => diffVersions(ctx.db(), from, to),
    'protocol.previewMove': ({ dossierId, toVersion }) => movePreviewFor(ctx, dossierId, toVersion),
    'protocol.moveDossier': ({ dossierId, toVersion }) => {
      moveDossier(ctx, dossierId, toVersion);
      return loadDossierDetail(ctx, dossierId);
    },
    'protocol.reviewBase': ({ adoptStepIds, reason }) => reviewBase(ctx, adoptStepIds, reason),

    'protocol.exportPdf': async ({ version }): Promise<SavedFile> => {
      const v = repo.getVersion(ctx.db(), version);
      const file = await ctx.platform.chooseSaveFile({
        title: 'Stappenplan opslaan als PDF',
        defaultName: `Ons stappenplan versie ${v.version}.pdf`,
        filters: [{ name: 'PDF-document', extensions: ['pdf'] }],
      });
      if (!file) return { cancelled: true };
      const school = readSchoolProfile(ctx);
      const bytes = await renderProtocolPdf(protocolDocument(v, repo.listVersions(ctx.db()), school, ctx.nowIso()), school);
      writeChosenFile(file, bytes, 'Het PDF-bestand');
      ctx.write('protocol.exportPdf', null, `Stappenplan versie ${version} als PDF opgeslagen`, () => undefined);
      return { file };
    },

    'protocol.exportFile': async ({ version }): Promise<SavedFile> => {
      const v = repo.getVersion(ctx.db(), version);
      const file = await ctx.platform.chooseSaveFile({
        title: 'Protocol delen als bestand',
        defaultName: `Vangnet-protocol versie ${v.version} ${fileDate(v.establishedAt)}.vangnet-protocol.json`,
        filters: [{ name: 'Vangnet-protocol', extensions: ['json'] }],
      });
      if (!file) return { cancelled: true };
      writeChosenFile(file, protocolFileContent(v, readSchoolProfile(ctx).name, ctx.nowIso()), 'Het protocolbestand');
      ctx.write('protocol.exportFile', null, `Protocol versie ${version} als bestand opgeslagen`, () => undefined);
      return { file };
    },

    'protocol.importFile': async ({ reason, essentialReason }) => {
      const file = await ctx.platform.chooseOpenFile({
        title: 'Protocolbestand inlezen',
        filters: [{ name: 'Vangnet-protocol', extensions: ['json'] }],
      });
      if (!file) return { cancelled: true };
      let text: string;
      try {
        const stat = fs.statSync(file);
        if (stat.size > MAX_FILE_BYTES) {
          throw new AppError('VALIDATION', 'Dit bestand is te groot voor een protocolbestand en is niet ingelezen.');
        }
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        if (e instanceof AppError) throw e;
        throw new AppError('NOT_FOUND', 'Vangnet kan dit bestand niet lezen. Kies het bestand opnieuw.');
      }
      return importVersion(ctx, parseProtocolFile(text), reason, essentialReason ?? null);
    },
  };
}
