import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { JsonValue } from '../../../../src/shared/domain/json';
import { ApiError, call } from '../../api/client';
import { registerFlusher } from '../../session/pendingWrites';
import { errorMessage, notifyError, notifySuccess } from '../notify';
import { formFieldOf, type Validator } from './validation';

/** Where a form's draft lives in the vault: one per dossier (null: outside dossiers) + form. */
export interface DraftScope {
  dossierId: string | null;
  /** e.g. `conversation:new:gesprek-slachtoffer` or `person:<id>`; see DraftFormKeySchema. */
  formKey: string;
}

export type DraftState = 'none' | 'pending' | 'saved' | 'error';

/**
 * The usual ending of a dialog's save, in this order: a success message, the dialog closed, the
 * screen refreshed. Runs only when `fn` succeeded and after its draft is removed.
 */
export interface SubmitDone<R> {
  success?: string | ((result: R) => string);
  close?: () => void;
  then?: () => unknown;
}

export interface FormOptions<T extends object> {
  initial: T;
  /** The form is in use (a dialog is open). Becoming active, or a new resetKey, starts afresh. */
  active: boolean;
  resetKey?: unknown;
  /** Keep unsaved input as a draft in the vault; null for forms whose input is not worth keeping. */
  draft: DraftScope | null;
  /** Runs on every change (not only on save); messages show at the fields the user touched. */
  validate?: Validator<T>;
  /** Pause after the last keystroke before the draft is written (the lock flushes it at once). */
  draftDelayMs?: number;
}

export interface FormState<T extends object> {
  values: T;
  set<K extends keyof T>(key: K, value: T[K]): void;
  update(fn: (values: T) => T, touchedKeys?: string[]): void;
  /** The message to show at a field (only once touched, or after a submit attempt). */
  error(key: string): string | undefined;
  /** Every current message, shown or not. */
  errors: Record<string, string>;
  /** Marks a field as touched (its message shows); for fields that report invalid input themselves. */
  touch(key: string): void;
  /** A field-level problem the schema cannot see (e.g. "twee" typed into a number field). */
  setFieldProblem(key: string, message: string | null): void;
  dirty: boolean;
  valid: boolean;
  busy: boolean;
  /** When a draft from the vault was put back into the form (ISO), else null. */
  restoredAt: string | null;
  draftState: DraftState;
  /**
   * Validates (synchronously, from the current values: never a debounced check), runs `fn`, and
   * removes the draft when it succeeds. A failure of `fn` is shown as a notification (and at the
   * field the core names); `fn` resolving to `false` means it showed its own refusal. The input stays.
   * `done` is the success tail (message, close, refresh).
   */
  submit<R>(fn: (values: T) => Promise<R>, done?: SubmitDone<Exclude<R, false>>): Promise<boolean>;
  /** Back to the initial values and the draft removed (cancel, "gooi concept weg"). */
  discard(): Promise<void>;
  /** Writes the draft now (used by the lock through session/pendingWrites). */
  flush(): Promise<void>;
}

const keyOf = (scope: DraftScope | null) => (scope ? `${scope.dossierId ?? '-'}|${scope.formKey}` : '');

/** Only the keys the form knows, so an old draft can never inject fields the form does not have. */
function restore<T extends object>(initial: T, data: Record<string, JsonValue>): T {
  const out = { ...initial } as Record<string, unknown>;
  for (const key of Object.keys(initial)) if (key in data) out[key] = data[key];
  return out as T;
}

/** A refusal by the core shown at its field until that field changes. */
interface CoreProblem {
  message: string;
  /** The field's value when the core refused it. */
  was: string;
}

const valueAt = (values: object, key: string) => JSON.stringify((values as Record<string, unknown>)[key.split('.')[0]!] ?? null);

function isTouched(touched: Set<string>, key: string): boolean {
  if (touched.has(key)) return true;
  for (const t of touched) if (key.startsWith(`${t}.`)) return true;
  return false;
}

/**
 * The one form layer: values, validation while typing, submit that depends on nothing
 * asynchronous, and a draft of unsaved input kept inside the vault so a lock (idle, Ctrl+L,
 * OS lock, suspend), a crash or a closed window never loses typed text.
 */
export function useDraftForm<T extends object>(options: FormOptions<T>): FormState<T> {
  const { initial, active, resetKey, draft, validate, draftDelayMs = 600 } = options;
  const [values, setValues] = useState<T>(initial);
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [draftState, setDraftState] = useState<DraftState>('none');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [coreProblems, setCoreProblems] = useState<Record<string, CoreProblem>>({});

  const serialized = JSON.stringify(values);
  const baseline = useRef(JSON.stringify(initial));
  /** What the vault holds for this form: null = no draft stored. */
  const stored = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);
  const busyRef = useRef(false);
  const scopeKey = keyOf(draft);
  const latest = useRef({ values, serialized, draft, active, initial });
  latest.current = { values, serialized, draft, active, initial };
  /** Bumped on every (re)start, so a late draft.get answer for an earlier start is ignored. */
  const generation = useRef(0);
  /**
   * The user changed a value since the last (re)start. Decides whether a draft arriving from the
   * vault may replace what is on screen. Not derived from `latest.current.serialized`: that is
   * the last *rendered* state, and under load the draft.get answer can arrive before the render
   * that shows the start values, so it still held the previous values (another `heldAt: now`)
   * and a draft was silently not restored (drafts e2e, CI on a busy machine).
   */
  const editedSinceStart = useRef(false);

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const cur = latest.current;
    if (!cur.draft || !cur.active || busyRef.current) return;
    const unchanged = cur.serialized === baseline.current;
    if (unchanged ? stored.current === null : stored.current === cur.serialized) return;
    const { dossierId, formKey } = cur.draft;
    try {
      if (unchanged) {
        await call('draft.discard', { dossierId, formKey });
        stored.current = null;
        if (mounted.current) setDraftState('none');
      } else {
        await call('draft.save', {
          dossierId,
          formKey,
          data: JSON.parse(cur.serialized) as Record<string, JsonValue>,
        });
        stored.current = cur.serialized;
        if (mounted.current) setDraftState(latest.current.serialized === cur.serialized ? 'saved' : 'pending');
      }
    } catch {
      // Locked meanwhile, or refused (file-like content): the input stays in the form; the
      // field validation says what is wrong.
      if (mounted.current) setDraftState('error');
    }
  }, []);

  // (Re)start: initial values, then the draft from the vault if there is one.
  useEffect(() => {
    if (!active) return;
    const gen = ++generation.current;
    editedSinceStart.current = false;
    const start = latest.current.initial;
    baseline.current = JSON.stringify(start);
    stored.current = null;
    setValues(start);
    setTouched(new Set());
    setSubmitted(false);
    setProblems({});
    setCoreProblems({});
    setRestoredAt(null);
    setDraftState('none');
    const scope = latest.current.draft;
    if (!scope) return;
    void call('draft.get', { dossierId: scope.dossierId, formKey: scope.formKey })
      .then((found) => {
        if (!found || gen !== generation.current || !mounted.current) return;
        // Typed already while the draft was loading: what is on screen wins.
        if (editedSinceStart.current) return;
        const restored = restore(start, found.data);
        const json = JSON.stringify(restored);
        stored.current = json;
        setValues(restored);
        setTouched(new Set(Object.keys(start)));
        setRestoredAt(found.updatedAt);
        setDraftState('saved');
      })
      .catch(() => undefined);
    // initial is read through `latest`: a parent re-render must not wipe what is typed.
  }, [active, resetKey, scopeKey]);

  // Write the draft a moment after the last change.
  useEffect(() => {
    if (!active || !draft) return;
    const unchanged = serialized === baseline.current;
    if (unchanged ? stored.current === null : stored.current === serialized) return;
    setDraftState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), draftDelayMs);
  }, [serialized, active, scopeKey, draftDelayMs, flush]);

  // The lock saves drafts before the vault closes; leaving the screen saves them too.
  useEffect(() => {
    mounted.current = true;
    const unregister = registerFlusher(flush);
    return () => {
      unregister();
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  const schemaErrors = useMemo(() => (validate ? validate(values) : {}), [validate, values]);
  // A core refusal stays at its field until the user changes that field.
  const liveCoreErrors = useMemo(() => {
    const out: Record<string, string> = {};
    for (const [key, p] of Object.entries(coreProblems)) if (valueAt(values, key) === p.was) out[key] = p.message;
    return out;
  }, [coreProblems, values]);
  const errors = useMemo(() => ({ ...liveCoreErrors, ...schemaErrors, ...problems }), [liveCoreErrors, schemaErrors, problems]);

  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    editedSinceStart.current = true;
    setValues((v) => ({ ...v, [key]: value }));
    setTouched((s) => (s.has(String(key)) ? s : new Set(s).add(String(key))));
  }, []);

  const update = useCallback((fn: (v: T) => T, touchedKeys: string[] = []) => {
    editedSinceStart.current = true;
    setValues(fn);
    if (touchedKeys.length) setTouched((s) => new Set([...s, ...touchedKeys]));
  }, []);

  const touch = useCallback((key: string) => {
    setTouched((s) => (s.has(key) ? s : new Set(s).add(key)));
  }, []);

  const setFieldProblem = useCallback((key: string, message: string | null) => {
    setProblems((p) => {
      if ((p[key] ?? null) === message) return p;
      const next = { ...p };
      if (message) next[key] = message;
      else delete next[key];
      return next;
    });
  }, []);

  const removeDraft = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const scope = latest.current.draft;
    stored.current = null;
    if (mounted.current) setDraftState('none');
    if (!scope) return;
    await call('draft.discard', { dossierId: scope.dossierId, formKey: scope.formKey }).catch(() => undefined);
  }, []);

  const submit = useCallback(
    async <R>(fn: (v: T) => Promise<R>, done?: SubmitDone<Exclude<R, false>>): Promise<boolean> => {
      if (busyRef.current) return false;
      const current = latest.current.values;
      const found = { ...(validate ? validate(current) : {}), ...problems };
      if (Object.keys(found).length > 0) {
        setSubmitted(true);
        // Bring the first problem into view for keyboard and screen-reader users.
        requestAnimationFrame(() => {
          const el = document.querySelector<HTMLElement>('[aria-invalid="true"]');
          el?.focus();
        });
        return false;
      }
      busyRef.current = true;
      setBusy(true);
      let result: R;
      try {
        result = await fn(current);
        // `false` from fn: refused with its own message shown in the form; the input and draft stay.
        if (result === false) return false;
      } catch (err) {
        // The core names the field it refused: show its message there (the input stays).
        const key = err instanceof ApiError ? formFieldOf(err.field, current) : null;
        if (key) {
          setCoreProblems((p) => ({ ...p, [key]: { message: errorMessage(err), was: valueAt(current, key) } }));
          setSubmitted(true);
        }
        notifyError(err);
        return false;
      } finally {
        busyRef.current = false;
        if (mounted.current) setBusy(false);
      }
      baseline.current = JSON.stringify(current);
      await removeDraft();
      if (mounted.current) setRestoredAt(null);
      if (done) {
        const ok = result as Exclude<R, false>;
        if (done.success) notifySuccess(typeof done.success === 'string' ? done.success : done.success(ok));
        done.close?.();
        // Saved already: a failing refresh is reported, the save stands.
        try {
          await done.then?.();
        } catch (err) {
          notifyError(err);
        }
      }
      return true;
    },
    [validate, problems, removeDraft],
  );

  const discard = useCallback(async () => {
    const start = latest.current.initial;
    baseline.current = JSON.stringify(start);
    setValues(start);
    setTouched(new Set());
    setSubmitted(false);
    setProblems({});
    setCoreProblems({});
    setRestoredAt(null);
    await removeDraft();
  }, [removeDraft]);

  const error = useCallback(
    (key: string) => (submitted || isTouched(touched, key) ? errors[key] : undefined) || undefined,
    [errors, submitted, touched],
  );

  return {
    values,
    set,
    update,
    error,
    errors,
    touch,
    setFieldProblem,
    dirty: serialized !== baseline.current,
    valid: Object.keys(errors).length === 0,
    busy,
    restoredAt,
    draftState,
    submit,
    discard,
    flush,
  };
}
