import type Database from 'better-sqlite3-multiple-ciphers';
import { DOCUMENT_KIND_INFO, type DocumentKind, type FileCheckAuditRecord, type FileCheckMatch, type GeneratedDocument, type GeneratedFile, type StatementParts, type StatementState, type StatementVersion, type TemplateContent, type TemplateId } from '../../shared/domain/documents';

/** Vault access for documents: templates, statement drafts/versions, generated-document records. */

interface TemplateRow {
  id: string;
  subject: string;
  salutation: string;
  body: string;
  closing: string;
  updated_at: string;
  updated_by: string;
}

export function getTemplateRow(
  db: Database.Database,
  id: TemplateId,
): { content: TemplateContent; updatedAt: string; updatedBy: string } | null {
  const r = db.prepare('SELECT * FROM document_templates WHERE id = ?').get(id) as TemplateRow | undefined;
  if (!r) return null;
  return {
    content: { subject: r.subject, salutation: r.salutation, body: r.body, closing: r.closing },
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export function putTemplate(db: Database.Database, id: TemplateId, c: TemplateContent, at: string, by: string): void {
  db.prepare(
    `INSERT INTO document_templates (id, subject, salutation, body, closing, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET subject = excluded.subject, salutation = excluded.salutation,
       body = excluded.body, closing = excluded.closing, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(id, c.subject, c.salutation, c.body, c.closing, at, by);
}

export function deleteTemplate(db: Database.Database, id: TemplateId): void {
  db.prepare('DELETE FROM document_templates WHERE id = ?').run(id);
}

interface VersionRow {
  id: string;
  dossier_id: string;
  version: number;
  wat_speelt: string;
  wat_doet: string;
  contactpersoon: string;
  published_at: string;
  published_by: string;
}

function toVersion(r: VersionRow): StatementVersion {
  return {
    id: r.id,
    dossierId: r.dossier_id,
    version: r.version,
    watSpeelt: r.wat_speelt,
    watDoet: r.wat_doet,
    contactpersoon: r.contactpersoon,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
  };
}

export function listStatementVersions(db: Database.Database, dossierId: string): StatementVersion[] {
  return (
    db.prepare('SELECT * FROM statement_versions WHERE dossier_id = ? ORDER BY version DESC').all(dossierId) as VersionRow[]
  ).map(toVersion);
}

export function getStatementVersion(db: Database.Database, id: string): StatementVersion | null {
  const r = db.prepare('SELECT * FROM statement_versions WHERE id = ?').get(id) as VersionRow | undefined;
  return r ? toVersion(r) : null;
}

export function getStatementState(db: Database.Database, dossierId: string): Omit<StatementState, 'draftPrivacy'> {
  const d = db.prepare('SELECT * FROM statement_drafts WHERE dossier_id = ?').get(dossierId) as
    | { wat_speelt: string; wat_doet: string; contactpersoon: string; updated_at: string; updated_by: string }
    | undefined;
  const versions = listStatementVersions(db, dossierId);
  const published = versions[0] ?? null;
  const draft = d
    ? { watSpeelt: d.wat_speelt, watDoet: d.wat_doet, contactpersoon: d.contactpersoon, updatedAt: d.updated_at, updatedBy: d.updated_by }
    : null;
  const unpublishedChanges =
    draft !== null &&
    (published === null ||
      draft.watSpeelt !== published.watSpeelt ||
      draft.watDoet !== published.watDoet ||
      draft.contactpersoon !== published.contactpersoon);
  return { draft, published, versions, unpublishedChanges };
}

export function saveStatementDraft(db: Database.Database, dossierId: string, p: StatementParts, at: string, by: string): void {
  db.prepare(
    `INSERT INTO statement_drafts (dossier_id, wat_speelt, wat_doet, contactpersoon, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(dossier_id) DO UPDATE SET wat_speelt = excluded.wat_speelt, wat_doet = excluded.wat_doet,
       contactpersoon = excluded.contactpersoon, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(dossierId, p.watSpeelt, p.watDoet, p.contactpersoon, at, by);
}

export function insertStatementVersion(
  db: Database.Database,
  v: Omit<StatementVersion, 'version'>,
): StatementVersion {
  const next =
    ((db.prepare('SELECT MAX(version) AS v FROM statement_versions WHERE dossier_id = ?').get(v.dossierId) as { v: number | null })
      .v ?? 0) + 1;
  db.prepare(
    `INSERT INTO statement_versions (id, dossier_id, version, wat_speelt, wat_doet, contactpersoon, published_at, published_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(v.id, v.dossierId, next, v.watSpeelt, v.watDoet, v.contactpersoon, v.publishedAt, v.publishedBy);
  return { ...v, version: next };
}

interface GeneratedRow {
  id: string;
  dossier_id: string | null;
  kind: string;
  audience: 'individual' | 'group';
  recipient_label: string;
  pages: number;
  delivery: 'opgeslagen' | 'afgedrukt';
  file_name: string;
  concerns_json: string | null;
  created_at: string;
  created_by: string;
}

interface FileRow {
  document_id: string;
  seq: number;
  file_name: string;
  byte_size: number;
  sha256: string;
}

const toFile = (f: FileRow): GeneratedFile => ({ seq: f.seq, fileName: f.file_name, byteSize: f.byte_size, sha256: f.sha256 });

function toGenerated(r: GeneratedRow, files: GeneratedFile[]): GeneratedDocument {
  const kind = r.kind as DocumentKind;
  return {
    id: r.id,
    dossierId: r.dossier_id,
    kind,
    label: DOCUMENT_KIND_INFO[kind]?.label ?? r.kind,
    audience: r.audience,
    recipientLabel: r.recipient_label,
    pages: r.pages,
    delivery: r.delivery,
    fileName: r.file_name,
    files,
    concerns: r.concerns_json === null ? null : (JSON.parse(r.concerns_json) as string[]),
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

function filesOf(db: Database.Database, documentId: string): GeneratedFile[] {
  return (
    db.prepare('SELECT * FROM generated_document_files WHERE document_id = ? ORDER BY seq').all(documentId) as FileRow[]
  ).map(toFile);
}

/** The register row and the hash of every file it wrote; `content_hash` (the old model hash) is no longer written. */
export function insertGenerated(db: Database.Database, g: GeneratedDocument): void {
  db.prepare(
    `INSERT INTO generated_documents (id, dossier_id, kind, audience, recipient_label, pages, delivery, file_name, content_hash, concerns_json, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
  ).run(g.id, g.dossierId, g.kind, g.audience, g.recipientLabel, g.pages, g.delivery, g.fileName, g.concerns === null ? null : JSON.stringify(g.concerns), g.createdAt, g.createdBy);
  const file = db.prepare(
    'INSERT INTO generated_document_files (document_id, seq, file_name, byte_size, sha256) VALUES (?, ?, ?, ?, ?)',
  );
  for (const f of g.files) file.run(g.id, f.seq, f.fileName, f.byteSize, f.sha256);
}

export function listGenerated(db: Database.Database, dossierId: string): GeneratedDocument[] {
  return (
    db.prepare('SELECT * FROM generated_documents WHERE dossier_id = ? ORDER BY created_at DESC, rowid DESC').all(dossierId) as GeneratedRow[]
  ).map((r) => toGenerated(r, filesOf(db, r.id)));
}

/** Every register entry holding a file with exactly this SHA-256, oldest first, with its dossier number. */
export function findFilesBySha256(db: Database.Database, sha256: string): FileCheckMatch[] {
  const rows = db
    .prepare(
      `SELECT f.*, d.number AS dossier_number FROM generated_document_files f
         JOIN generated_documents g ON g.id = f.document_id
         LEFT JOIN dossiers d ON d.id = g.dossier_id
       WHERE f.sha256 = ? ORDER BY g.created_at, f.seq LIMIT 20`,
    )
    .all(sha256) as Array<FileRow & { dossier_number: string | null }>;
  return rows.map((f) => {
    const doc = db.prepare('SELECT * FROM generated_documents WHERE id = ?').get(f.document_id) as GeneratedRow;
    return { document: toGenerated(doc, filesOf(db, doc.id)), file: toFile(f), dossierNumber: f.dossier_number };
  });
}

/**
 * The records of making a file whose details name this SHA-256 (they outlive a destroyed
 * dossier). Only the acts that wrote a file count: a check records the code it was asked about.
 */
export function findAuditBySha256(db: Database.Database, sha256: string): FileCheckAuditRecord[] {
  return (
    db
      .prepare(
        `SELECT a.at, a.actor, a.details, (a.dossier_id IS NOT NULL AND d.id IS NULL) AS gone FROM audit_log a
           LEFT JOIN dossiers d ON d.id = a.dossier_id
         WHERE a.action IN ('document.generate', 'document.file') AND instr(a.details, ?) > 0 ORDER BY a.seq LIMIT 20`,
      )
      .all(sha256) as Array<{ at: string; actor: string; details: string; gone: number }>
  ).map((a) => ({ at: a.at, actor: a.actor, details: a.details, dossierGone: a.gone === 1 }));
}

/** Audit records of one dossier, oldest first, for the dossier overview. */
export function listDossierAudit(
  db: Database.Database,
  dossierId: string,
): Array<{ seq: number; at: string; actor: string; action: string; details: string }> {
  return db
    .prepare('SELECT seq, at, actor, action, details FROM audit_log WHERE dossier_id = ? ORDER BY seq')
    .all(dossierId) as Array<{ seq: number; at: string; actor: string; action: string; details: string }>;
}
