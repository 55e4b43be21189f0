import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  BUILTIN_CARD_REVISION,
  ProtocolDefinitionSchema,
  ProtocolEditError,
  applyEdits,
  builtInDefinition,
  diffDefinitions,
  droppedEssentials,
  firstIssue,
  pinnedOf,
  retiredStepsOf,
  suggestedDueAt,
  type PinnedProtocol,
  type ProtocolChange,
  type ProtocolDefinition,
  type ProtocolDiff,
  type ProtocolEdit,
  type ProtocolVersion,
  type ProtocolVersionSummary,
  type RetiredStep,
  type StepId,
} from '../../shared/protocol';
import type { CoreContext } from '../context';
import * as repo from './repository';

/** The built-in card this app brings, injectable so tests can play "a newer app". */
export interface BuiltInCard {
  revision: string;
  definition: ProtocolDefinition;
}
let builtInCache: BuiltInCard | null = null;
export function appBuiltInCard(): BuiltInCard {
  builtInCache ??= { revision: BUILTIN_CARD_REVISION, definition: builtInDefinition() };
  return builtInCache;
}

export function currentVersion(db: Database.Database): ProtocolVersion {
  return repo.getVersion(db, repo.currentVersionNumber(db));
}

// Steps dropped on the way to a version depend only on versions up to it, which never change.
const RETIRED = new WeakMap<ProtocolVersion, RetiredStep[]>();

/** A stored version as a dossier follows it, with the steps earlier versions had and it dropped. */
export function pinnedVersion(db: Database.Database, version: number): PinnedProtocol {
  const v = repo.getVersion(db, version);
  let retired = RETIRED.get(v);
  if (!retired) {
    const history = [];
    for (let n = 1; n <= version; n++) history.push({ version: n, steps: repo.getVersion(db, n).definition.steps });
    retired = retiredStepsOf(history);
    RETIRED.set(v, retired);
  }
  return pinnedOf(v, retired);
}

/** The school's current version, as a new dossier would follow it. */
export function currentPinned(db: Database.Database): PinnedProtocol {
  return pinnedVersion(db, repo.currentVersionNumber(db));
}

export function pinnedProtocolOf(db: Database.Database, dossierId: string): PinnedProtocol {
  return pinnedVersion(db, repo.dossierVersion(db, dossierId));
}

function assertPointsExist(db: Database.Database, changes: readonly ProtocolChange[]): void {
  const ids = [...new Set(changes.flatMap((c) => c.improvementPointIds))];
  for (const id of ids) {
    const row = db.prepare('SELECT status FROM improvement_points WHERE id = ?').get(id) as { status: string } | undefined;
    if (!row) throw new AppError('VALIDATION', { key: 'IMPROVEMENT_POINT_GONE' });
    if (row.status === 'afgewezen') {
      throw new AppError('VALIDATION', { key: 'IMPROVEMENT_POINT_REJECTED' });
    }
  }
}

function storeNewVersion(
  ctx: CoreContext,
  action: string,
  v: Omit<Parameters<typeof repo.insertVersion>[1], 'version' | 'establishedAt' | 'establishedBy'>,
  after?: (db: Database.Database, version: number) => void,
): ProtocolVersionSummary {
  const db = ctx.db();
  assertPointsExist(db, v.changes);
  const at = ctx.nowIso();
  const version = ctx.write(
    action,
    null,
    `Protocolversie vastgesteld (${v.changes.length} wijziging${v.changes.length === 1 ? '' : 'en'})`,
    (tx) => {
      // Inside the transaction, so two windows can never both create the same number.
      const next = repo.currentVersionNumber(tx) + 1;
      repo.insertVersion(tx, { ...v, version: next, establishedAt: at, establishedBy: ctx.actor() });
      const cited = [...new Set(v.changes.flatMap((c) => c.improvementPointIds))];
      repo.markPointsProcessed(tx, cited, next, at);
      after?.(tx, next);
      return next;
    },
  );
  const { definition: _definition, ...summary } = repo.getVersion(db, version);
  return summary;
}

function apply(base: ProtocolDefinition, edits: readonly ProtocolEdit[], builtIn: ProtocolDefinition) {
  try {
    return applyEdits(base, edits, builtIn);
  } catch (err) {
    if (err instanceof ProtocolEditError) throw new AppError('VALIDATION', err.message);
    throw err;
  }
}

/** A new school version from the current one and the editor's edits. */
export function createVersion(
  ctx: CoreContext,
  edits: readonly ProtocolEdit[],
  builtIn: BuiltInCard = appBuiltInCard(),
): ProtocolVersionSummary {
  const current = currentVersion(ctx.db());
  const { definition, changes } = apply(current.definition, edits, builtIn.definition);
  return storeNewVersion(ctx, 'protocol.createVersion', {
    origin: 'school',
    cardRevision: current.cardRevision,
    importedFrom: null,
    definition,
    changes,
  });
}

export function diffVersions(db: Database.Database, from: number, to: number): ProtocolDiff {
  return diffDefinitions(repo.getVersion(db, from).definition, repo.getVersion(db, to).definition);
}

// ── Dossiers and versions ─────────────────────────────────────────────────────

/** Due dates for a new dossier's steps, from the version it follows. */
export function initialStepDueDates(protocol: PinnedProtocol, discoveredAt: string) {
  return protocol.steps.map((step) => ({ step, dueAt: step.schoolNotApplicable ? null : suggestedDueAt(step, discoveredAt) }));
}

// ── Files ─────────────────────────────────────────────────────────────────────

export const PROTOCOL_FILE_FORMAT = 'vangnet-protocol';
export const PROTOCOL_FILE_FORMAT_VERSION = 1;

const ChangeSchema = z
  .object({
    kind: z.string().max(40),
    subjectId: z.string().max(80).nullable(),
    subject: z.string().max(300),
    summary: z.string().max(2_000),
    reason: z.string().max(2_000),
    essentialReason: z.string().max(2_000).nullable(),
    improvementPointIds: z.array(z.string().max(40)).max(20),
  })
  .strict();

const ProtocolFileSchema = z
  .object({
    format: z.literal(PROTOCOL_FILE_FORMAT),
    formatVersion: z.literal(PROTOCOL_FILE_FORMAT_VERSION),
    exportedAt: z.string().max(40),
    school: z.string().trim().max(200),
    version: z.number().int().min(1).max(100_000),
    establishedAt: z.string().max(40),
    cardRevision: z.string().max(40),
    definition: ProtocolDefinitionSchema,
    changes: z.array(ChangeSchema).max(1_000),
  })
  .strict();
export type ProtocolFile = z.infer<typeof ProtocolFileSchema>;

export function protocolFileContent(v: ProtocolVersion, school: string, exportedAt: string): string {
  const file: ProtocolFile = {
    format: PROTOCOL_FILE_FORMAT,
    formatVersion: PROTOCOL_FILE_FORMAT_VERSION,
    exportedAt,
    school,
    version: v.version,
    establishedAt: v.establishedAt,
    cardRevision: v.cardRevision,
    definition: v.definition,
    // Improvement points stay in the school's own vault: their ids mean nothing elsewhere.
    changes: v.changes.map((c) => ({ ...c, improvementPointIds: [] })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a protocol file; every refusal is a Dutch message the coordinator can act on. */
export function parseProtocolFile(text: string): ProtocolFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', { key: 'PROTOCOL_FILE_UNREADABLE' });
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== PROTOCOL_FILE_FORMAT) {
    throw new AppError('VALIDATION', { key: 'NOT_A_PROTOCOL_FILE' });
  }
  const formatVersion = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof formatVersion === 'number' && formatVersion > PROTOCOL_FILE_FORMAT_VERSION) {
    throw new AppError('VALIDATION', { key: 'PROTOCOL_FILE_TOO_NEW', params: { format: formatVersion } });
  }
  const parsed = ProtocolFileSchema.safeParse(raw);
  if (!parsed.success) {
    // The issue is a schema message (Dutch text of the protocol schema), passed on as a parameter.
    throw new AppError('VALIDATION', { key: 'PROTOCOL_FILE_DAMAGED', params: { issue: firstIssue(parsed.error) } });
  }
  return parsed.data;
}

/** Makes the imported protocol the school's next version. Dropping essential steps needs a logged reason. */
export function importVersion(
  ctx: CoreContext,
  file: ProtocolFile,
  reason: string,
  essentialReason: string | null,
): ProtocolVersionSummary {
  const current = currentVersion(ctx.db());
  const dropped = droppedEssentials(current.definition, file.definition);
  if (dropped.length > 0 && (essentialReason ?? '').trim().length < 10) {
    throw new AppError('VALIDATION', {
      key: 'PROTOCOL_IMPORT_DROPS_ESSENTIALS',
      params: { steps: dropped.map((s) => `"${s.title}"`).join(', ') },
    });
  }
  const changes: ProtocolChange[] = [
    {
      kind: 'geimporteerd',
      subjectId: null,
      subject: `Protocol versie ${file.version}${file.school ? ` van ${file.school}` : ''}`,
      summary: `Ingelezen uit een protocolbestand (versie ${file.version}${file.school ? `, ${file.school}` : ''}, vastgesteld op ${file.establishedAt.slice(0, 10)}).`,
      reason,
      essentialReason: dropped.length > 0 ? (essentialReason ?? '').trim() : null,
      improvementPointIds: [],
    },
  ];
  return storeNewVersion(ctx, 'protocol.import', {
    origin: 'import',
    cardRevision: file.cardRevision,
    importedFrom: { school: file.school, version: file.version },
    definition: file.definition,
    changes,
  });
}

// ── A revised built-in card ───────────────────────────────────────────────────

export interface BaseUpdate {
  fromRevision: string;
  toRevision: string;
  /** Changes in the card itself (old card → new card); each can be taken over by step id. */
  diff: ProtocolDiff;
}

/** What changed in the built-in card since the school last looked; null when nothing did. */
export function baseUpdate(db: Database.Database, builtIn: BuiltInCard = appBuiltInCard()): BaseUpdate | null {
  const last = repo.lastReviewedBase(db);
  if (last.cardRevision === builtIn.revision) return null;
  return { fromRevision: last.cardRevision, toRevision: builtIn.revision, diff: diffDefinitions(last.definition, builtIn.definition) };
}

/**
 * The school's decision on a revised card: the listed steps are taken over into a new version
 * (each with the reason), the rest is left as it is. Either way the review is recorded, so the
 * notice goes away only by a decision, never silently.
 */
export function reviewBase(
  ctx: CoreContext,
  adoptStepIds: readonly StepId[],
  reason: string,
  builtIn: BuiltInCard = appBuiltInCard(),
): ProtocolVersionSummary | null {
  const update = baseUpdate(ctx.db(), builtIn);
  if (!update) throw new AppError('VALIDATION', { key: 'NO_CARD_UPDATE' });
  const changedIds = new Set<string>(update.diff.steps.filter((s) => s.kind !== 'gelijk').map((s) => s.stepId));
  for (const id of adoptStepIds) {
    if (!changedIds.has(id)) throw new AppError('VALIDATION', { key: 'STEP_NOT_CHANGED_ON_CARD', params: { step: id } });
  }
  const record = (tx: Database.Database, adoptedInto: number | null) =>
    repo.recordBaseReview(tx, { cardRevision: builtIn.revision, at: ctx.nowIso(), by: ctx.actor(), definition: builtIn.definition, adoptedInto });
  if (adoptStepIds.length === 0) {
    ctx.write('protocol.reviewBase', null, `Nieuwe kaart ${builtIn.revision} bekeken, niets overgenomen`, (tx) => record(tx, null));
    return null;
  }
  const current = currentVersion(ctx.db());
  const { definition, changes } = apply(
    current.definition,
    adoptStepIds.map((stepId) => ({ op: 'adoptBaseStep' as const, stepId, reason })),
    builtIn.definition,
  );
  return storeNewVersion(
    ctx,
    'protocol.reviewBase',
    { origin: 'school', cardRevision: builtIn.revision, importedFrom: null, definition, changes },
    (tx, version) => record(tx, version),
  );
}
