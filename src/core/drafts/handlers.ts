import type Database from 'better-sqlite3-multiple-ciphers';
import type { Draft, DraftSummary, draftOps } from '../../shared/api/drafts';
import type { Handlers } from '../api';
import type { CoreContext } from '../context';
import { getDossierRow } from '../dossiers';

type DraftOpName = keyof typeof draftOps;

interface DraftRow {
  dossier_id: string | null;
  form_key: string;
  data_json: string;
  updated_at: string;
}

const summary = (r: DraftRow): DraftSummary => ({
  dossierId: r.dossier_id,
  formKey: r.form_key,
  updatedAt: r.updated_at,
});

/** NULL dossier ids compare as '' so "one draft per scope + form" holds for forms outside dossiers. */
const SCOPE = "ifnull(dossier_id, '') = ifnull(?, '') AND form_key = ?";

export function deleteDraft(db: Database.Database, dossierId: string | null, formKey: string): boolean {
  return db.prepare(`DELETE FROM drafts WHERE ${SCOPE}`).run(dossierId, formKey).changes > 0;
}

/**
 * Drafts are written without an audit record: they are working copies saved while typing,
 * not acts on the dossier, and a record per pause in typing would bury the real ones.
 */
export function draftHandlers(ctx: CoreContext): Handlers<DraftOpName> {
  return {
    'draft.save': ({ dossierId, formKey, data }) => {
      const vault = ctx.vault();
      const updatedAt = ctx.nowIso();
      vault.transaction(() => {
        if (dossierId) getDossierRow(vault.db, dossierId);
        deleteDraft(vault.db, dossierId, formKey);
        vault.db
          .prepare('INSERT INTO drafts (dossier_id, form_key, data_json, updated_at) VALUES (?, ?, ?, ?)')
          .run(dossierId, formKey, JSON.stringify(data), updatedAt);
      });
      return { dossierId, formKey, updatedAt };
    },
    'draft.get': ({ dossierId, formKey }): Draft | null => {
      const row = ctx
        .db()
        .prepare(`SELECT * FROM drafts WHERE ${SCOPE}`)
        .get(dossierId, formKey) as DraftRow | undefined;
      if (!row) return null;
      return { ...summary(row), data: JSON.parse(row.data_json) as Draft['data'] };
    },
    'draft.list': ({ dossierId }) =>
      (
        ctx
          .db()
          .prepare("SELECT * FROM drafts WHERE ifnull(dossier_id, '') = ifnull(?, '') ORDER BY updated_at DESC, id DESC")
          .all(dossierId) as DraftRow[]
      ).map(summary),
    'draft.discard': ({ dossierId, formKey }) => {
      const vault = ctx.vault();
      return { discarded: vault.transaction(() => deleteDraft(vault.db, dossierId, formKey)) };
    },
  };
}
