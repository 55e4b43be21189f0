import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type DocumentOptions } from '../../shared/api/documents';
import { DOCUMENT_KIND_INFO, TEMPLATE_IDS, type DocumentCheck, type DossierDocumentKind, type GeneratedDocument, type GeneratedFile, type MergeRow, type MissingValue, type PrivacyFinding, type StatementVersion, type TemplateContent, type TemplateId } from '../../shared/domain/documents';
import { AppError } from '../../shared/errors';
import type { CoreContext } from '../context';
import { writeDossier, loadDossierDetail } from '../dossiers';
import { readSchoolProfile } from '../school-profile';
import { loadEvaluationReportData, loadReportSummary } from '../evaluation';
import {
  buildDossierOverview,
  buildEvaluationReport,
  buildMediaPlan,
  buildMonitoringLog,
  buildStatement,
  buildTemplated,
  evaluationInputFromData,
  evaluationInputFromSteps,
  type Built,
  type DocData,
  type EvaluationReportInput,
  type OverviewExtras,
} from './kinds';
import { exchangeRecords } from '../exchange';
import { listEntries, listTakedowns } from '../monitoring';
import { listLetterParts, listNameParts } from './letters';
import { dutchDate, returnAddress } from './model';
import { assertNoPupilNames, findNames, modelTexts, personNamePatterns, pupilNames } from './privacy-guard';
import { renderPdf, type RenderedPdf } from './render-pdf';
import * as store from './store';
import { DEFAULT_TEMPLATES } from './templates';

/**
 * The document pipeline shared by the API handlers, the demo and the benchmark:
 * gather dossier data → build models → check (missing values, privacy) → render bytes.
 */

export function isTemplateKind(kind: string): kind is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(kind);
}

export function templateContent(ctx: CoreContext, id: TemplateId): TemplateContent {
  return store.getTemplateRow(ctx.db(), id)?.content ?? DEFAULT_TEMPLATES[id];
}

export function gatherData(ctx: CoreContext, dossierId: string, options: DocumentOptions): DocData {
  const detail = loadDossierDetail(ctx, dossierId);
  let statement: StatementVersion | null;
  if (options.statementVersionId) {
    statement = store.getStatementVersion(ctx.db(), options.statementVersionId);
    if (!statement || statement.dossierId !== dossierId) {
      throw new AppError('NOT_FOUND', { key: 'STATEMENT_VERSION_OTHER_DOSSIER', field: 'options.statementVersionId' });
    }
  } else {
    statement = store.listStatementVersions(ctx.db(), dossierId)[0] ?? null;
  }
  if (options.recipientPersonId && !detail.persons.some((p) => p.id === options.recipientPersonId)) {
    throw new AppError('VALIDATION', { key: 'RECIPIENT_OTHER_DOSSIER', field: 'options.recipientPersonId' });
  }
  if (options.conversationId && !detail.conversations.some((c) => c.id === options.conversationId)) {
    throw new AppError('VALIDATION', { key: 'CONVERSATION_OTHER_DOSSIER', field: 'options.conversationId' });
  }
  return {
    detail,
    school: readSchoolProfile(ctx),
    statement,
    nowIso: ctx.nowIso(),
    letters: { names: listNameParts(ctx.db(), dossierId), parts: listLetterParts(ctx.db(), dossierId) },
  };
}

/**
 * The evaluation report's plain input: from the evaluation area's records (migration 0006)
 * when any evaluation was saved, otherwise from the Evalueer steps' own records.
 */
export function evaluationInput(ctx: CoreContext, data: DocData): EvaluationReportInput {
  const protocolNotes = data.detail.steps.find((s) => s.stepId === 'protocol-bijwerken')?.notes ?? '';
  const report = loadEvaluationReportData(ctx.db(), data.detail.dossier.id);
  const hasRecords = report.evaluations.length > 0 || report.aftercare.length > 0 || report.improvementPoints.length > 0;
  const input = hasRecords ? evaluationInputFromData(report, protocolNotes) : evaluationInputFromSteps(data.detail);
  return { ...input, summary: loadReportSummary(ctx.db(), data.detail.dossier.id, listTakedowns(ctx.db(), data.detail.dossier.id, false, ctx.now())) };
}

/** What the dossier overview reads besides the dossier detail: every area's own records. */
export function overviewExtras(ctx: CoreContext, dossierId: string): OverviewExtras {
  const db = ctx.db();
  const monitoring = listEntries(db, dossierId, {}, 1_000_000, 0).entries.reverse();
  return {
    audit: store.listDossierAudit(db, dossierId),
    monitoring,
    takedowns: listTakedowns(db, dossierId, false, ctx.now()),
    evaluation: loadEvaluationReportData(db, dossierId),
    exchanges: exchangeRecords(ctx, dossierId),
    documents: store.listGenerated(db, dossierId).reverse(),
  };
}

export function buildKind(
  ctx: CoreContext,
  kind: DossierDocumentKind,
  data: DocData,
  options: DocumentOptions,
  mode: 'print' | 'preview',
): Built {
  if (isTemplateKind(kind)) {
    const template = mode === 'preview' && options.templateDraft ? options.templateDraft : templateContent(ctx, kind);
    return buildTemplated(kind, template, data, options, null, mode);
  }
  switch (kind) {
    case 'statement':
      return buildStatement(data);
    case 'media-plan':
      return buildMediaPlan(data);
    case 'evaluation-report':
      return buildEvaluationReport(evaluationInput(ctx, data), data.school, data.nowIso, data.detail.protocol);
    case 'monitoring-log':
      return buildMonitoringLog(ctx, data);
    case 'dossier-overview':
      return buildDossierOverview(data, overviewExtras(ctx, data.detail.dossier.id), options.overview ?? { form: 'volledig' });
  }
}

export function buildMerge(
  ctx: CoreContext,
  kind: 'letter-class-parents' | 'letter-other-classes',
  data: DocData,
  rows: readonly MergeRow[],
  options: DocumentOptions,
  mode: 'print' | 'preview',
): Built[] {
  const template = mode === 'preview' && options.templateDraft ? options.templateDraft : templateContent(ctx, kind);
  return rows.map((row) => buildTemplated(kind, template, data, options, row, mode));
}

function uniqueMissing(built: readonly Built[]): MissingValue[] {
  const seen = new Map<string, MissingValue>();
  for (const b of built) for (const m of b.missing) if (!seen.has(m.tag)) seen.set(m.tag, m);
  return [...seen.values()];
}

export function privacyFindings(data: DocData, built: Built): PrivacyFinding[] {
  // Internal documents for the care team (dossier overview, evaluation) may name everyone.
  if (built.model.kind === 'dossier-overview' || built.model.kind === 'evaluation-report' || built.model.kind === 'monitoring-log') return [];
  const names = pupilNames(data.detail.persons, built.allowedPersonIds, built.allowedNames);
  return findNames(modelTexts(built.model), names);
}

export function checkBuilt(data: DocData, built: readonly Built[]): DocumentCheck {
  const missing = uniqueMissing(built);
  const privacy: PrivacyFinding[] = [];
  for (const b of built) {
    for (const f of privacyFindings(data, b)) {
      if (!privacy.some((p) => p.name === f.name && p.passage === f.passage)) privacy.push(f);
    }
  }
  const warnings = built.flatMap((b) => b.warnings ?? []);
  const warningsResolved = built.every((b) => b.warningsResolved ?? true);
  const notices = [...new Set(built.flatMap((b) => b.notices ?? []))];
  return { ok: missing.length === 0 && privacy.length === 0 && warningsResolved, missing, privacy, warnings, warningsResolved, notices };
}

/** Refuses, in Dutch, before anything is rendered: missing values first, then names. */
export function assertPrintable(data: DocData, built: readonly Built[]): void {
  const missing = uniqueMissing(built);
  if (missing.length) {
    // The field's Dutch name as data, where to fill it in said in the reader's language.
    const list = missing.map((m) => ({ key: 'DOCUMENT_MISSING_VALUE' as const, params: { label: m.label, hint: [{ key: m.hintKey }] } }));
    throw new AppError('MISSING_PLACEHOLDER', { key: 'DOCUMENT_VALUES_MISSING', params: { list }, details: { missing } });
  }
  for (const b of built) {
    if (!(b.warningsResolved ?? true)) {
      throw new AppError('VALIDATION', {
        key: 'LETTER_DELIVERY_UNRESOLVED',
        params: { warnings: (b.warnings ?? []).map((w) => w.phrase) },
        field: 'options.delivery',
        details: { warnings: b.warnings },
      });
    }
  }
  for (const b of built) {
    const info = DOCUMENT_KIND_INFO[b.model.kind];
    const what = info.audience === 'group' ? `"${info.label}"` : `De ${info.label.charAt(0).toLowerCase()}${info.label.slice(1)}`;
    assertNoPupilNames(privacyFindings(data, b), what, info.audience);
  }
}

export function renderContext(data: DocData): Parameters<typeof renderPdf>[1] {
  return { author: data.school.name, logoDataUrl: data.school.logoDataUrl || null, returnAddress: returnAddress(data.school) };
}

export interface Produced {
  built: Built[];
  pdf: RenderedPdf;
  data: DocData;
}

/** Builds, checks and renders one dossier document (print mode: refuses on gaps or names). */
export async function produceDocument(
  ctx: CoreContext,
  dossierId: string,
  kind: DossierDocumentKind,
  options: DocumentOptions,
): Promise<Produced> {
  const data = gatherData(ctx, dossierId, options);
  const built = [buildKind(ctx, kind, data, { ...options, templateDraft: undefined }, 'print')];
  assertPrintable(data, built);
  const pdf = await renderPdf(built.map((b) => b.model), renderContext(data));
  return { built, pdf, data };
}

export async function produceMerge(
  ctx: CoreContext,
  dossierId: string,
  kind: 'letter-class-parents' | 'letter-other-classes',
  rows: readonly MergeRow[],
  options: DocumentOptions,
  duplex = false,
): Promise<Produced> {
  const data = gatherData(ctx, dossierId, options);
  const built = buildMerge(ctx, kind, data, rows, { ...options, templateDraft: undefined }, 'print');
  assertPrintable(data, built);
  const pdf = await renderPdf(built.map((b) => b.model), { ...renderContext(data), padToEven: duplex });
  return { built, pdf, data };
}

/**
 * Whom of the dossier a document concerns, for the inzage export's recipients (AVG art.
 * 15(1)(c)): whom it is addressed to (and a parent's child) and every person it names.
 */
export function concernedPersons(data: DocData, built: readonly Built[]): string[] {
  const texts = built.flatMap((b) => modelTexts(b.model));
  const ids = new Set<string>();
  for (const b of built) {
    const addressee = data.detail.persons.find((p) => p.id === b.addresseeId);
    // A letter to a parent is about their child, named or not.
    for (const id of [addressee?.id, addressee?.relatedPersonId]) if (id) ids.add(id);
  }
  for (const p of data.detail.persons) if (findNames(texts, personNamePatterns(p)).length > 0) ids.add(p.id);
  return [...ids];
}

/** A file as Vangnet made it: name (no folder; '' when printed), size and SHA-256 of its bytes. */
export type MadeFile = Omit<GeneratedFile, 'seq'>;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The bytes handed to the print dialog (nothing is written to disk). */
export function printedFile(bytes: Uint8Array): MadeFile {
  return { fileName: '', byteSize: bytes.length, sha256: sha256Hex(bytes) };
}

/**
 * Writes a document only where the user chose, owner-only where the OS supports it, and
 * returns the SHA-256 of the bytes as they are now IN the file (read back): the code Vangnet
 * records is that of the file on disk, not of what it meant to write.
 */
export async function writeDocumentFile(file: string, content: Uint8Array | string): Promise<MadeFile> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await fs.writeFile(file, bytes, { mode: 0o600 });
  const written = await fs.readFile(file);
  const sha256 = sha256Hex(written);
  if (sha256 !== sha256Hex(bytes)) throw new AppError('INTERNAL', { key: 'DOCUMENT_WRITTEN_DIFFERS' });
  return { fileName: path.basename(file), byteSize: written.length, sha256 };
}

const codeSentence = (sha256: string) => `SHA-256 van het bestand: ${sha256}.`;

/**
 * Records a generated document in the dossier (kind, date, audience, by whom) with the
 * SHA-256 of every file it made, in the register AND in the audit chain, in one transaction.
 * `files[0]` is the document itself; further files are a mail merge's separate letters (each
 * gets its own audit record, without the file name: that names a pupil, and the audit chain
 * outlives a destroyed dossier).
 */
export function recordGenerated(
  ctx: CoreContext,
  entry: Omit<GeneratedDocument, 'id' | 'label' | 'createdAt' | 'createdBy' | 'files' | 'concerns'> & {
    /** Whom it concerns (concernedPersons); none for group documents, which never name a pupil. */
    concerns?: string[];
  },
  files: readonly MadeFile[],
  /** How many recipients the document reaches (a mail merge: one per letter). */
  recipientCount = 1,
): GeneratedDocument {
  const [main, ...separate] = files;
  if (!main) throw new Error('recordGenerated: no file');
  const info = DOCUMENT_KIND_INFO[entry.kind];
  const record: GeneratedDocument = {
    ...entry,
    id: ctx.newId(),
    label: info.label,
    files: files.map((f, seq) => ({ seq, ...f })),
    concerns: entry.concerns ?? [],
    createdAt: ctx.nowIso(),
    createdBy: ctx.actor(),
  };
  const verb = entry.delivery === 'afgedrukt' ? 'afgedrukt' : 'opgeslagen';
  // The recipient label is bounded so the code always fits in the audit record (1 000 characters).
  const details = `${info.label} ${verb} (${entry.pages} ${entry.pages === 1 ? 'pagina' : "pagina's"}, ${record.recipientLabel.slice(0, 400)}). ${codeSentence(main.sha256)}`;
  if (entry.dossierId === null) {
    ctx.write('document.generate', null, details, (db) => store.insertGenerated(db, record));
    return record;
  }
  const dossierId = entry.dossierId;
  const vault = ctx.vault();
  vault.transaction(() => {
    // A document made for a dossier is an act in its story: kind, audience, how many recipients.
    writeDossier(ctx, dossierId, 'document.generate', (w) => {
      store.insertGenerated(w.db, record);
      w.event({
        type: 'document.produced',
        documentKind: entry.kind,
        label: info.label,
        audience: entry.audience,
        delivery: entry.delivery,
        recipients: record.recipientLabel.slice(0, 1_000) || info.label,
        recipientCount,
        pdf: /\.pdf$/i.test(entry.fileName),
      });
    }, details);
    separate.forEach((f, i) =>
      vault.audit('document.file', dossierId, `Losse brief ${i + 1} van ${separate.length} bij ${info.label.toLowerCase()} opgeslagen. ${codeSentence(f.sha256)}`),
    );
  });
  return record;
}

/** A file name without names or details: "Brief aan ouders van klasgenoten 28-11-2026.pdf". */
export function defaultFileName(kind: DossierDocumentKind | 'recovery-sheet', nowIso: string, ext = 'pdf'): string {
  const d = new Date(nowIso);
  const date = `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
  return `${DOCUMENT_KIND_INFO[kind].label} ${date}.${ext}`;
}

export { dutchDate };
