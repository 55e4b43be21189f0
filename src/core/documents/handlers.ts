import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type documentOps, type DocumentOptions } from '../../shared/api/documents';
import { DOCUMENT_KIND_INFO, TEMPLATE_IDS, type StatementState, type TemplateDetail, type TemplateId } from '../../shared/domain/documents';
import { EMPTY_SCHOOL_PROFILE } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Handlers } from '../api';
import type { CoreContext } from '../context';
import { assertWritable, loadDossierDetail, getDossierRow, writeDossier } from '../dossiers';
import { readSchoolProfile } from '../school-profile';
import { buildRecoverySheet, statementText } from './kinds';
import {
  conversationsFor,
  greeting,
  letterWarnings,
  listLetterParts,
  listNameParts,
  putLetterParts,
  putNameParts,
  suggestLetterParts,
  suggestNameParts,
  suggestSenders,
} from './letters';
import { applyHeldBack, heldBackRows, parseClassList } from './mail-merge';
import { assertNoPupilNames, findNames, pupilNames } from './privacy-guard';
import { renderPdf } from './render-pdf';
import {
  buildKind,
  buildMerge,
  checkBuilt,
  defaultFileName,
  gatherData,
  produceDocument,
  printedFile,
  produceMerge,
  concernedPersons,
  recordGenerated,
  renderContext,
  writeDocumentFile,
} from './service';
import * as store from './store';
import { AVAILABLE_TAGS, DEFAULT_TEMPLATES, TEMPLATE_LABELS, tagInfo, usedTags, validateTemplate } from './templates';

type DocumentOpName = keyof typeof documentOps;

const pdfFilter = (ctx: CoreContext) => [{ name: ctx.dialogText('PDF_FILTER'), extensions: ['pdf'] }];
const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** Vangnet's own documents are a few MB at most; a check never reads a whole film into memory. */
const MAX_CHECK_BYTES = 512 * 1024 * 1024;

/** SHA-256 of the file the user picked, streamed; unreadable or not a file → a Dutch error. */
async function hashFile(file: string): Promise<{ byteSize: number; sha256: string }> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new AppError('IMPORT_ERROR', { key: 'DOCUMENT_CHECK_UNREADABLE' });
  }
  if (!stat.isFile()) throw new AppError('IMPORT_ERROR', { key: 'DOCUMENT_CHECK_UNREADABLE' });
  if (stat.size > MAX_CHECK_BYTES) throw new AppError('IMPORT_ERROR', { key: 'DOCUMENT_CHECK_TOO_BIG' });
  const hash = createHash('sha256');
  let byteSize = 0;
  try {
    for await (const chunk of createReadStream(file)) {
      hash.update(chunk as Buffer);
      byteSize += (chunk as Buffer).length;
    }
  } catch {
    throw new AppError('IMPORT_ERROR', { key: 'DOCUMENT_CHECK_UNREADABLE' });
  }
  return { byteSize, sha256: hash.digest('hex') };
}

/**
 * A print job the user cancelled (or the system refused) is not "afgedrukt": it is recorded in
 * the audit log as "geannuleerd" and not in the list of generated documents.
 */
function recordPrintCancelled(ctx: CoreContext, dossierId: string, title: string): void {
  ctx.write('document.print-cancelled', dossierId, `Afdrukken geannuleerd: ${title}.`, () => undefined);
}

function sanitizeFileName(name: string): string {
  const printable = [...name].filter((ch) => ch.charCodeAt(0) >= 0x20).join('');
  return printable.replace(/[\\/:*?"<>|]/g, '').replace(/\s+/g, ' ').trim().slice(0, 80) || 'brief';
}

function mergeRecipientLabel(kind: string, rows: ReadonlyArray<{ className: string }>, options: DocumentOptions): string {
  const klas = rows.find((r) => r.className)?.className ?? options.className ?? '';
  const who = kind === 'letter-class-parents' ? 'Ouders/verzorgers van klasgenoten' : 'Ouders/verzorgers van overige klassen';
  return `${who}${klas ? ` (klas ${klas})` : ''}: ${rows.length} brieven`;
}

export function documentHandlers(ctx: CoreContext): Handlers<DocumentOpName> {
  const statementState = (dossierId: string): StatementState => {
    const base = store.getStatementState(ctx.db(), dossierId);
    const persons = loadDossierDetail(ctx, dossierId).persons;
    const draftPrivacy = base.draft
      ? findNames([base.draft.watSpeelt, base.draft.watDoet, base.draft.contactpersoon], pupilNames(persons))
      : [];
    return { ...base, draftPrivacy };
  };

  const templateDetail = (id: TemplateId): TemplateDetail => {
    const row = store.getTemplateRow(ctx.db(), id);
    const content = row?.content ?? DEFAULT_TEMPLATES[id];
    return {
      id,
      label: TEMPLATE_LABELS[id],
      content,
      defaultContent: DEFAULT_TEMPLATES[id],
      customized: row !== null,
      updatedAt: row?.updatedAt ?? null,
      updatedBy: row?.updatedBy ?? null,
      usedTags: usedTags(content).map(tagInfo),
      availableTags: AVAILABLE_TAGS,
    };
  };

  const preview = (dossierId: string, kind: Parameters<typeof buildKind>[1], options: DocumentOptions) => {
    const data = gatherData(ctx, dossierId, options);
    const built = [buildKind(ctx, kind, data, options, 'preview')];
    return { data, built };
  };

  return {
    'documents.list': ({ dossierId }) => {
      getDossierRow(ctx.db(), dossierId);
      return store.listGenerated(ctx.db(), dossierId);
    },

    'documents.check': ({ dossierId, kind, options }) => {
      const { data, built } = preview(dossierId, kind, options);
      return checkBuilt(data, built);
    },

    'documents.previewModel': ({ dossierId, kind, options }) => {
      const { data, built } = preview(dossierId, kind, options);
      return { models: built.map((b) => b.model), check: checkBuilt(data, built) };
    },

    'documents.generate': async ({ dossierId, kind, options, openAfterSave }) => {
      // Build and check first: never ask where to save something that cannot be made.
      const produced = await produceDocument(ctx, dossierId, kind, options);
      const file = await ctx.platform.chooseSaveFile({
        title: ctx.dialogText('DOCUMENT_SAVE_TITLE', { label: DOCUMENT_KIND_INFO[kind].label }),
        defaultName: defaultFileName(kind, produced.data.nowIso),
        filters: pdfFilter(ctx),
      });
      if (!file) return { cancelled: true };
      const made = await writeDocumentFile(file, produced.pdf.bytes);
      recordGenerated(ctx, {
        dossierId,
        kind,
        audience: DOCUMENT_KIND_INFO[kind].audience,
        recipientLabel: produced.built[0]?.recipientLabel ?? '',
        pages: produced.pdf.pages,
        delivery: 'opgeslagen',
        fileName: made.fileName,
        concerns: concernedPersons(produced.data, produced.built),
      }, [made]);
      if (openAfterSave) await ctx.platform.openPath(file);
      return { cancelled: false, file, pages: produced.pdf.pages, sha256: made.sha256 };
    },

    'documents.print': async ({ dossierId, kind, options }) => {
      const produced = await produceDocument(ctx, dossierId, kind, options);
      const outcome = await ctx.platform.printPdf(produced.pdf.bytes, DOCUMENT_KIND_INFO[kind].pdfTitle);
      if (outcome !== 'printed') {
        recordPrintCancelled(ctx, dossierId, DOCUMENT_KIND_INFO[kind].pdfTitle);
        return { printed: false, pages: produced.pdf.pages };
      }
      recordGenerated(ctx, {
        dossierId,
        kind,
        audience: DOCUMENT_KIND_INFO[kind].audience,
        recipientLabel: produced.built[0]?.recipientLabel ?? '',
        pages: produced.pdf.pages,
        delivery: 'afgedrukt',
        fileName: '',
        concerns: concernedPersons(produced.data, produced.built),
      }, [printedFile(produced.pdf.bytes)]);
      return { printed: true, pages: produced.pdf.pages };
    },

    'documents.checkFile': async () => {
      ctx.vault(); // The register is in the vault: only while unlocked.
      const file = await ctx.platform.chooseOpenFile({
        title: ctx.dialogText('DOCUMENT_CHECK_TITLE'),
        filters: [...pdfFilter(ctx), { name: ctx.dialogText('ALL_FILES_FILTER'), extensions: ['*'] }],
      });
      if (!file) return { cancelled: true };
      const { byteSize, sha256 } = await hashFile(file);
      const matches = store.findFilesBySha256(ctx.db(), sha256);
      const audit = store.findAuditBySha256(ctx.db(), sha256);
      const auditChainIntact = ctx.vault().verifyAudit().ok;
      const found = matches[0];
      ctx.write(
        'document.verify',
        found?.document.dossierId ?? null,
        found
          ? `Bestand gecontroleerd: gelijk aan ${found.document.label.toLowerCase()} van ${found.document.createdAt.slice(0, 10)}. SHA-256: ${sha256}.`
          : `Bestand gecontroleerd: niet gevonden in deze kluis. SHA-256: ${sha256}.`,
        () => undefined,
      );
      return { cancelled: false, fileName: path.basename(file), byteSize, sha256, matches, audit, auditChainIntact };
    },

    'documents.recoverySheet': async ({ recoveryKey }) => {
      // Printed, never saved: a PDF of the key on disk would outlive the paper (deleting a
      // file does not wipe it). Only the fact is recorded, never the key.
      // The vault may be freshly created (unlocked) or, in principle, locked: the school
      // profile is then unknown and the sheet carries no letterhead.
      const school = ctx.isUnlocked ? readSchoolProfile(ctx) : { ...EMPTY_SCHOOL_PROFILE };
      const nowIso = ctx.nowIso();
      const model = buildRecoverySheet(recoveryKey, school, nowIso);
      const pdf = await renderPdf([model], {
        author: school.name || 'Vangnet',
        logoDataUrl: school.logoDataUrl || null,
        returnAddress: '',
      });
      const outcome = await ctx.platform.printPdf(pdf.bytes, 'Herstelblad Vangnet');
      if (ctx.isUnlocked) {
        ctx.write(
          outcome === 'printed' ? 'document.recovery-sheet' : 'document.print-cancelled',
          null,
          outcome === 'printed' ? 'Herstelblad afgedrukt.' : 'Afdrukken van het herstelblad geannuleerd.',
          () => undefined,
        );
      }
      return { printed: outcome === 'printed', pages: pdf.pages };
    },

    'documents.exportStatementText': async ({ dossierId, versionId }) => {
      const detail = loadDossierDetail(ctx, dossierId);
      const version = versionId
        ? store.getStatementVersion(ctx.db(), versionId)
        : (store.listStatementVersions(ctx.db(), dossierId)[0] ?? null);
      if (!version || version.dossierId !== dossierId) {
        throw new AppError('NOT_FOUND', { key: 'STATEMENT_NOT_PUBLISHED' });
      }
      const school = readSchoolProfile(ctx);
      const text = statementText(version, school.name);
      assertNoPupilNames(findNames([text], pupilNames(detail.persons)), 'Het communicatiestatement');
      const file = await ctx.platform.chooseSaveFile({
        title: ctx.dialogText('STATEMENT_TEXT_TITLE'),
        defaultName: defaultFileName('statement', ctx.nowIso(), 'txt'),
        filters: [{ name: ctx.dialogText('TEXT_FILTER'), extensions: ['txt'] }],
      });
      if (!file) return { cancelled: true };
      const made = await writeDocumentFile(file, text);
      recordGenerated(ctx, {
        dossierId,
        kind: 'statement',
        audience: 'group',
        recipientLabel: 'Website (platte tekst)',
        pages: 0,
        delivery: 'opgeslagen',
        fileName: made.fileName,
      }, [made]);
      return { cancelled: false, file, text };
    },

    'letters.setup': ({ dossierId, kind, recipientPersonId, conversationId }) => {
      const detail = loadDossierDetail(ctx, dossierId);
      const school = readSchoolProfile(ctx);
      const names = listNameParts(ctx.db(), dossierId);
      const parts = listLetterParts(ctx.db(), dossierId);
      const personName = new Map(detail.persons.map((p) => [p.id, p.name]));
      const toSchool = kind === 'letter-perpetrator-school';
      const childRole = kind === 'letter-victim-parents' ? 'slachtoffer' : 'dader';
      const candidates = toSchool
        ? detail.persons.filter((p) => p.role === 'school-dader')
        : detail.persons.filter(
            (p) => p.role === 'ouder' && detail.persons.some((c) => c.id === p.relatedPersonId && c.role === childRole),
          );
      if (recipientPersonId && !candidates.some((p) => p.id === recipientPersonId)) {
        throw new AppError('VALIDATION', { key: 'RECIPIENT_NOT_FOR_LETTER', field: 'recipientPersonId' });
      }
      const recipient = candidates.find((p) => p.id === recipientPersonId) ?? candidates[0] ?? null;
      const child = detail.persons.find((p) => p.id === recipient?.relatedPersonId) ?? null;
      const stepId = toSchool ? 'contact-school-dader' : kind === 'letter-victim-parents' ? 'gesprek-ouders-slachtoffer' : 'gesprek-ouders-dader';
      const convs = conversationsFor(detail, recipient, stepId);
      if (conversationId && !convs.some((c) => c.id === conversationId)) {
        throw new AppError('VALIDATION', { key: 'CONVERSATION_NOT_WITH_RECIPIENT', field: 'conversationId' });
      }
      const conv = convs.find((c) => c.id === conversationId) ?? convs[0] ?? null;
      const stored = recipient ? names.get(recipient.id) : undefined;
      const nameParts = recipient ? { ...(stored ?? suggestNameParts(recipient.name)), stored: stored !== undefined } : null;
      const storedParts = conv ? parts.get(conv.id) : undefined;
      const childFirst = child ? (child.name.trim().split(/\s+/)[0] ?? '') : '';
      const letterParts = conv
        ? storedParts
          ? { discussed: storedParts.discussed, agreed: storedParts.agreed, stored: true }
          : { ...suggestLetterParts(conv, childFirst), stored: false }
        : null;
      return {
        recipients: candidates.map((p) => ({
          personId: p.id,
          name: p.name,
          relation: p.relatedPersonId ? `ouder/verzorger van ${personName.get(p.relatedPersonId) ?? 'de leerling'}` : p.school,
        })),
        recipientPersonId: recipient?.id ?? null,
        nameParts,
        salutationPreview: stored ? greeting(stored, toSchool ? 'geachte' : 'beste') : '',
        conversations: convs.map((c) => ({ id: c.id, heldAt: c.heldAt, withWhom: c.withWhom, heldBy: c.heldBy })),
        conversationId: conv?.id ?? null,
        letterParts,
        senders: suggestSenders(detail, school, conv, storedParts ?? null),
        warnings: toSchool ? [] : letterWarnings(recipient, child),
      };
    },

    'letters.saveNameParts': ({ dossierId, personId, parts }) => {
      assertWritable(getDossierRow(ctx.db(), dossierId));
      const person = loadDossierDetail(ctx, dossierId).persons.find((p) => p.id === personId);
      if (!person) throw new AppError('NOT_FOUND', { key: 'PERSON_NOT_IN_DOSSIER', field: 'personId' });
      ctx.write('letters.saveNameParts', dossierId, 'Aanhef en naam voor brieven vastgelegd.', (db) =>
        putNameParts(db, dossierId, personId, parts, ctx.nowIso()),
      );
      return { saved: true };
    },

    'letters.saveLetterParts': ({ dossierId, conversationId, parts }) => {
      assertWritable(getDossierRow(ctx.db(), dossierId));
      if (!loadDossierDetail(ctx, dossierId).conversations.some((c) => c.id === conversationId)) {
        throw new AppError('NOT_FOUND', { key: 'CONVERSATION_NOT_IN_DOSSIER', field: 'conversationId' });
      }
      ctx.write('letters.saveLetterParts', dossierId, 'Tekst voor de brief bij een gesprek vastgelegd.', (db) =>
        putLetterParts(db, dossierId, conversationId, parts, ctx.nowIso(), ctx.actor()),
      );
      return { saved: true };
    },

    'statement.get': ({ dossierId }) => {
      getDossierRow(ctx.db(), dossierId);
      return statementState(dossierId);
    },

    'statement.saveDraft': ({ dossierId, parts }) => {
      assertWritable(getDossierRow(ctx.db(), dossierId));
      ctx.write('statement.saveDraft', dossierId, 'Concept van het communicatiestatement opgeslagen.', (db) =>
        store.saveStatementDraft(db, dossierId, parts, ctx.nowIso(), ctx.actor()),
      );
      return statementState(dossierId);
    },

    'statement.publish': ({ dossierId }) => {
      assertWritable(getDossierRow(ctx.db(), dossierId));
      const state = statementState(dossierId);
      const draft = state.draft;
      if (!draft) throw new AppError('VALIDATION', { key: 'STATEMENT_NO_DRAFT' });
      const empty = (
        [
          ['watSpeelt', 'STATEMENT_PART_WAT_SPEELT'],
          ['watDoet', 'STATEMENT_PART_WAT_DOET'],
          ['contactpersoon', 'STATEMENT_PART_CONTACTPERSOON'],
        ] as const
      ).filter(([part]) => !draft[part].trim());
      if (empty.length) {
        throw new AppError('VALIDATION', {
          key: 'STATEMENT_PARTS_EMPTY',
          params: { parts: empty.map(([, key]) => ({ key })) },
          field: empty[0]![0],
        });
      }
      assertNoPupilNames(state.draftPrivacy, 'Het communicatiestatement');
      if (!state.unpublishedChanges) {
        throw new AppError('CONFLICT', { key: 'STATEMENT_ALREADY_PUBLISHED' });
      }
      writeDossier(ctx, dossierId, 'statement.publish', (w) => {
        store.insertStatementVersion(w.db, {
          id: ctx.newId(),
          dossierId,
          watSpeelt: draft.watSpeelt,
          watDoet: draft.watDoet,
          contactpersoon: draft.contactpersoon,
          publishedAt: ctx.nowIso(),
          publishedBy: ctx.actor(),
        });
        const version = store.listStatementVersions(w.db, dossierId).length;
        w.event({ type: 'statement.published', version });
        w.deriveStatus('communicatiestatement', 'gedaan', `de gepubliceerde versie ${version} van het statement`);
      });
      return statementState(dossierId);
    },

    'statement.versions': ({ dossierId }) => {
      getDossierRow(ctx.db(), dossierId);
      return store.listStatementVersions(ctx.db(), dossierId);
    },

    'templates.list': () => TEMPLATE_IDS.map(templateDetail),
    'templates.get': ({ id }) => templateDetail(id),
    'templates.update': ({ id, content }) => {
      validateTemplate(content);
      ctx.write('template.update', null, `Sjabloon aangepast: ${TEMPLATE_LABELS[id]}.`, (db) =>
        store.putTemplate(db, id, content, ctx.nowIso(), ctx.actor()),
      );
      return templateDetail(id);
    },
    'templates.reset': ({ id }) => {
      ctx.write('template.reset', null, `Sjabloon teruggezet naar de standaardtekst: ${TEMPLATE_LABELS[id]}.`, (db) =>
        store.deleteTemplate(db, id),
      );
      return templateDetail(id);
    },

    'mailmerge.import': async () => {
      ctx.vault(); // Only while unlocked: the list is personal data.
      const file = await ctx.platform.chooseOpenFile({
        title: ctx.dialogText('CLASS_LIST_TITLE'),
        filters: [{ name: ctx.dialogText('CLASS_LIST_FILTER'), extensions: ['csv', 'txt'] }],
      });
      if (!file) return { cancelled: true };
      let bytes: Buffer;
      try {
        const stat = await fs.stat(file);
        if (stat.size > MAX_CSV_BYTES) {
          throw new AppError('IMPORT_ERROR', { key: 'CLASS_LIST_TOO_BIG' });
        }
        bytes = await fs.readFile(file);
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw new AppError('IMPORT_ERROR', { key: 'CLASS_LIST_UNREADABLE' });
      }
      const parsed = parseClassList(bytes);
      return { cancelled: false, fileName: path.basename(file), ...parsed };
    },

    'mailmerge.preview': ({ dossierId, kind, rows, options, heldBack }) => {
      const data = gatherData(ctx, dossierId, options);
      const held = heldBackRows(data.detail.persons, rows);
      const drop = new Set(
        held.filter((h) => heldBack.find((d) => d.line === h.line)?.choice !== 'versturen').map((h) => h.line),
      );
      const shown = rows.filter((r) => !drop.has(r.line));
      const built = shown.length ? buildMerge(ctx, kind, data, shown, options, 'preview') : [];
      return { models: built.map((b) => b.model), check: checkBuilt(data, built), heldBack: held };
    },

    'mailmerge.print': async ({ dossierId, kind, rows: all, options, duplex, heldBack }) => {
      const rows = applyHeldBack(loadDossierDetail(ctx, dossierId).persons, all, heldBack);
      const produced = await produceMerge(ctx, dossierId, kind, rows, options, duplex);
      const outcome = await ctx.platform.printPdf(produced.pdf.bytes, DOCUMENT_KIND_INFO[kind].pdfTitle);
      if (outcome !== 'printed') {
        recordPrintCancelled(ctx, dossierId, DOCUMENT_KIND_INFO[kind].pdfTitle);
        return { printed: false, letters: rows.length, pages: produced.pdf.pages };
      }
      recordGenerated(ctx, {
        dossierId,
        kind,
        audience: 'group',
        recipientLabel: mergeRecipientLabel(kind, rows, options),
        pages: produced.pdf.pages,
        delivery: 'afgedrukt',
        fileName: '',
      }, [printedFile(produced.pdf.bytes)], rows.length);
      return { printed: true, letters: rows.length, pages: produced.pdf.pages };
    },

    'mailmerge.generate': async ({ dossierId, kind, rows: all, options, oneFileEach, duplex, heldBack }) => {
      // Rows of pupils or parents in the dossier only go with an explicit choice per row.
      const rows = applyHeldBack(loadDossierDetail(ctx, dossierId).persons, all, heldBack);
      const produced = await produceMerge(ctx, dossierId, kind, rows, options, duplex);
      const file = await ctx.platform.chooseSaveFile({
        title: ctx.dialogText('MAIL_MERGE_SAVE_TITLE'),
        defaultName: defaultFileName(kind, produced.data.nowIso),
        filters: pdfFilter(ctx),
      });
      if (!file) return { cancelled: true };
      const made = [await writeDocumentFile(file, produced.pdf.bytes)];
      let folder: string | null = null;
      if (oneFileEach) {
        folder = await ctx.platform.chooseFolder({ title: ctx.dialogText('MAIL_MERGE_FOLDER_TITLE') });
        if (folder) {
          const context = renderContext(produced.data);
          for (const [i, b] of produced.built.entries()) {
            const single = await renderPdf([b.model], context);
            const row = rows[i]!;
            const name = `${String(i + 1).padStart(2, '0')} ${sanitizeFileName(`Brief ouders ${row.childName}`)}.pdf`;
            made.push(await writeDocumentFile(path.join(folder, name), single.bytes));
          }
        }
      }
      recordGenerated(ctx, {
        dossierId,
        kind,
        audience: 'group',
        recipientLabel: mergeRecipientLabel(kind, rows, options),
        pages: produced.pdf.pages,
        delivery: 'opgeslagen',
        fileName: made[0]!.fileName,
      }, made, rows.length);
      return { cancelled: false, file, letters: rows.length, pages: produced.pdf.pages, folder, files: made.length - 1 };
    },
  };
}
