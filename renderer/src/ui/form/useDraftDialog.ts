import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';

/**
 * The draft key of a dialog: `<kind>:<record id>` when editing, `<kind>:new` for a new one, plus
 * `:<context>` when the same dialog lives on several screens (a step id), so each screen
 * reopens only its own.
 */
export function draftKeyFor(kind: string, editingId: string | null, context?: string | null): string {
  const base = `${kind}:${editingId ?? 'new'}`;
  return context ? `${base}:${context}` : base;
}

/**
 * Open/close state of a dialog that creates or edits records of one kind. When the screen
 * mounts (after unlocking, after a restart) and the vault holds a draft for this dialog, the
 * dialog opens again by itself, so the user sees what they were typing when the lock came.
 */
export function useDraftDialog<R extends { id: string }>({
  dossierId,
  kind,
  context,
  records,
  enabled = true,
}: {
  dossierId: string | null;
  kind: string;
  /** Distinguishes "new" dialogs of the same kind on different screens (e.g. a step id). */
  context?: string | null;
  records: readonly R[];
  enabled?: boolean;
}) {
  const [opened, setOpened] = useState(false);
  const [editing, setEditing] = useState<R | null>(null);
  const latest = useRef({ records, kind, context });
  latest.current = { records, kind, context };

  useEffect(() => {
    if (!enabled) return undefined;
    let cancelled = false;
    void call('draft.list', { dossierId })
      .then((drafts) => {
        if (cancelled) return;
        const { records: recs, kind: k, context: ctx } = latest.current;
        for (const d of drafts) {
          if (d.formKey === draftKeyFor(k, null, ctx)) {
            setEditing(null);
            setOpened(true);
            return;
          }
          const record = recs.find((r) => d.formKey === draftKeyFor(k, r.id, ctx));
          if (record) {
            setEditing(record);
            setOpened(true);
            return;
          }
        }
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [dossierId, enabled]);

  const openNew = useCallback(() => {
    setEditing(null);
    setOpened(true);
  }, []);
  const openEdit = useCallback((record: R) => {
    setEditing(record);
    setOpened(true);
  }, []);
  const close = useCallback(() => setOpened(false), []);

  return { opened, editing, openNew, openEdit, close, draftKey: draftKeyFor(kind, editing?.id ?? null, context) };
}
