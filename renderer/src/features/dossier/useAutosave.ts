import { useCallback, useEffect, useRef, useState } from 'react';
import type { JsonValue } from '../../../../src/shared/domain/json';
import { call } from '../../api/client';
import { registerFlusher } from '../../session/pendingWrites';
import type { DraftScope } from '../../ui/form/useDraftForm';
import { errorMessage } from '../../ui/notify';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Where input waits that could not be saved (invalid, or refused by the core): a draft in the
 * vault, put back with `restore` when the screen mounts again (after a lock, a restart).
 */
export interface AutosaveDraft<T> {
  scope: DraftScope;
  restore: (data: Record<string, JsonValue>) => void;
  /** What to keep (default: the value itself); leave out what a draft cannot hold (a logo). */
  pick?: (value: T) => Record<string, JsonValue>;
}

/**
 * Saves `value` a short while after the last change, and at once when the component
 * unmounts (leaving a tab or the dossier), so typed text is never lost silently.
 * `validate` returns a Dutch message to block saving an invalid value. With `draft`, a value
 * that cannot be saved is kept in the vault as a draft, so a lock does not lose the rest of
 * what was typed with it (notes typed beside a date the core refuses).
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  options: { delayMs?: number; validate?: (value: T) => string | null; enabled?: boolean; draft?: AutosaveDraft<T> } = {},
): { state: SaveState; error: string | null; flush: () => Promise<void> } {
  const { delayMs = 800, validate, enabled = true, draft } = options;
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const serialized = JSON.stringify(value);
  const savedRef = useRef(serialized);
  const latest = useRef({ value, serialized, save, validate, enabled, draft });
  latest.current = { value, serialized, save, validate, enabled, draft };
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);
  /** The vault holds a draft for this form (kept by this hook, or found on mount). */
  const held = useRef(false);

  /** Unsaveable input into the vault; a draft the guard refuses (file-like text) stays on screen only. */
  const keep = useCallback(async (v: T) => {
    const d = latest.current.draft;
    if (!d) return;
    const data = d.pick ? d.pick(v) : (v as unknown as Record<string, JsonValue>);
    try {
      await call('draft.save', { dossierId: d.scope.dossierId, formKey: d.scope.formKey, data });
      held.current = true;
    } catch {
      // Locked meanwhile or refused: the field's own message says what is wrong.
    }
  }, []);

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const cur = latest.current;
    if (!cur.enabled || cur.serialized === savedRef.current) return;
    const invalid = cur.validate?.(cur.value) ?? null;
    if (invalid) {
      if (mounted.current) {
        setError(invalid);
        setState('error');
      }
      await keep(cur.value);
      return;
    }
    if (mounted.current) setState('saving');
    try {
      await cur.save(cur.value);
      savedRef.current = cur.serialized;
      if (mounted.current) {
        setError(null);
        setState(latest.current.serialized === cur.serialized ? 'saved' : 'pending');
      }
    } catch (err) {
      if (mounted.current) {
        setError(errorMessage(err));
        setState('error');
      }
      await keep(cur.value);
      return;
    }
    // Saved: a draft kept earlier is superseded.
    if (held.current && cur.draft) {
      held.current = false;
      await call('draft.discard', { dossierId: cur.draft.scope.dossierId, formKey: cur.draft.scope.formKey }).catch(() => undefined);
    }
  }, [keep]);

  // Mounting again (after a lock, a restart): input that could not be saved comes back, unless
  // something was typed meanwhile. Saving it is tried again, and its message shows again.
  const draftKey = draft && enabled ? `${draft.scope.dossierId ?? '-'}|${draft.scope.formKey}` : '';
  useEffect(() => {
    const d = latest.current.draft;
    if (!draftKey || !d) return undefined;
    const atStart = latest.current.serialized;
    let live = true;
    call('draft.get', { dossierId: d.scope.dossierId, formKey: d.scope.formKey })
      .then((found) => {
        if (!live || !found) return;
        held.current = true;
        if (latest.current.serialized === atStart) latest.current.draft?.restore(found.data);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [draftKey]);

  useEffect(() => {
    if (!enabled || serialized === savedRef.current) return;
    setState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [serialized, enabled, delayMs, flush]);

  useEffect(() => {
    mounted.current = true;
    // Locking saves pending text first (session/pendingWrites.ts), before the vault closes.
    const unregister = registerFlusher(flush);
    return () => {
      unregister();
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { state, error, flush };
}

/** A draft put back over the current value: only the keys the value has, so an old draft cannot add fields. */
export function mergeKnown<T extends object>(current: T, data: Record<string, JsonValue>): T {
  const out = { ...current } as Record<string, unknown>;
  for (const key of Object.keys(current)) if (key in data) out[key] = data[key];
  return out as T;
}
