import { z } from 'zod';
import { IdSchema, type DossierDetail } from '../domain';
import type { ImprovementPoint } from '../domain/evaluation';
import {
  ProtocolEditSchema,
  ProtocolStepIdSchema,
  type MovePreview,
  type ProtocolDiff,
  type ProtocolVersion,
  type ProtocolVersionSummary,
} from '../protocol';
import { NoInput, op } from './define';
import type { SavedFile } from './evaluation';

const VersionSchema = z.number({ error: 'Kies een protocolversie.' }).int().min(1).max(100_000);
const reason = z
  .string({ error: 'Reden: tekst verwacht.' })
  .trim()
  .min(3, { error: 'Geef een reden.' })
  .max(2_000, { error: 'De reden is te lang (maximaal 2000 tekens).' });

/** What changed in the built-in card since the school last looked at it. */
export interface BaseUpdateView {
  fromRevision: string;
  toRevision: string;
  diff: ProtocolDiff;
}

/** Everything the "Ons protocol" screen opens with. */
export interface ProtocolOverview {
  current: ProtocolVersion;
  versions: Array<ProtocolVersionSummary & { dossierCount: number }>;
  /** Open improvement points the coordinator may cite in a change. */
  openPoints: ImprovementPoint[];
  baseUpdate: BaseUpdateView | null;
}

export const protocolOps = {
  'protocol.overview': op<ProtocolOverview>()(NoInput),
  'protocol.get': op<ProtocolVersion>()(z.object({ version: VersionSchema }).strict()),
  'protocol.create': op<ProtocolVersionSummary>()(
    z
      .object({ edits: z.array(ProtocolEditSchema).min(1, { error: 'Er zijn geen wijzigingen.' }).max(200) })
      .strict(),
  ),
  'protocol.diff': op<ProtocolDiff>()(z.object({ from: VersionSchema, to: VersionSchema }).strict()),
  'protocol.previewMove': op<MovePreview>()(z.object({ dossierId: IdSchema, toVersion: VersionSchema }).strict()),
  'protocol.moveDossier': op<DossierDetail>()(z.object({ dossierId: IdSchema, toVersion: VersionSchema }).strict()),
  'protocol.exportPdf': op<SavedFile>()(z.object({ version: VersionSchema }).strict()),
  'protocol.exportFile': op<SavedFile>()(z.object({ version: VersionSchema }).strict()),
  'protocol.importFile': op<ProtocolVersionSummary | { cancelled: true }>()(
    z
      .object({
        reason,
        essentialReason: z.string().trim().max(2_000, { error: 'De reden is te lang.' }).optional(),
      })
      .strict(),
  ),
  'protocol.reviewBase': op<ProtocolVersionSummary | null>()(
    z.object({ adoptStepIds: z.array(ProtocolStepIdSchema).max(200), reason }).strict(),
  ),
};
