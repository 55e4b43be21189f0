import type { z } from 'zod';
import { API, isOpName, type OpName } from '../../shared/api';
import {
  AppError,
  type ErrorKey,
  type ErrorParams,
  type ErrorPayload,
  type Result,
} from '../../shared/errors';
import type { Handlers } from './handlers';
import { HANDED_OVER_MARKER } from '../vault';

export type Dispatch = (op: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * The most one call may carry, counted over the whole input: per-field limits alone let one
 * call bring many maximal fields (a 20 MB step.update was accepted). The largest legitimate
 * input is a school logo (400 000 characters) or a long text with a few fields beside it.
 */
export const PAYLOAD_BUDGET = {
  /** Characters of all strings and keys together. */
  chars: 1_000_000,
  /** Values (objects, arrays, strings, numbers…) in the whole input. */
  nodes: 50_000,
  /** Nesting depth. */
  depth: 64,
} as const;

/**
 * Walks the input once and stops as soon as a budget is exceeded, so an oversized or deeply
 * nested payload costs almost nothing before it is refused. Objects that are not plain
 * (getters, prototypes) are left to the schema, which refuses them.
 */
export function withinPayloadBudget(input: unknown): boolean {
  let chars = 0;
  let nodes = 0;
  const stack: Array<{ v: unknown; d: number }> = [{ v: input, d: 0 }];
  while (stack.length > 0) {
    const { v, d } = stack.pop()!;
    nodes += 1;
    if (nodes > PAYLOAD_BUDGET.nodes || d > PAYLOAD_BUDGET.depth) return false;
    if (typeof v === 'string') {
      chars += v.length;
    } else if (Array.isArray(v)) {
      if (v.length > PAYLOAD_BUDGET.nodes) return false;
      for (const item of v) stack.push({ v: item, d: d + 1 });
    } else if (v && typeof v === 'object') {
      const keys = Object.keys(v);
      if (keys.length > PAYLOAD_BUDGET.nodes) return false;
      for (const k of keys) {
        chars += k.length;
        stack.push({ v: (v as Record<string, unknown>)[k], d: d + 1 });
      }
    }
    if (chars > PAYLOAD_BUDGET.chars) return false;
  }
  return true;
}

/**
 * The first zod issue as an error that keeps which field was wrong (`field`, the dotted path)
 * and its limits (`params.minimum`/`maximum`). Our schemas carry Dutch messages of their own,
 * which are kept as the sentence; zod's English defaults are replaced by catalog sentences.
 */
export function zodIssueError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  if (!issue) return new AppError('VALIDATION');
  const field = issue.path.length ? issue.path.map(String).join('.') : undefined;
  const limits: ErrorParams = {};
  if ('maximum' in issue && (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint'))
    limits.maximum = Number(issue.maximum);
  if ('minimum' in issue && (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint'))
    limits.minimum = Number(issue.minimum);
  const ownMessage =
    /[a-z]/i.test(issue.message) && !/^(Invalid|Expected|Unrecognized|Too )/.test(issue.message);
  if (ownMessage) {
    return new AppError('VALIDATION', {
      text: issue.message,
      ...(field !== undefined ? { field } : {}),
      ...(Object.keys(limits).length ? { params: limits } : {}),
    });
  }
  const base =
    issue.code === 'unrecognized_keys'
      ? 'VALIDATION_UNKNOWN_FIELDS'
      : issue.code === 'too_big'
        ? 'VALIDATION_TOO_BIG'
        : issue.code === 'too_small'
          ? 'VALIDATION_TOO_SMALL'
          : 'VALIDATION';
  const key: ErrorKey = field === undefined ? base : base === 'VALIDATION' ? 'VALIDATION_AT' : `${base}_AT`;
  return new AppError('VALIDATION', {
    key,
    params: { ...limits, ...(field !== undefined ? { field } : {}) },
    ...(field !== undefined ? { field } : {}),
  });
}

/** The Dutch sentence for the first zod issue (see zodIssueError). */
export function describeZodError(error: z.ZodError): string {
  return zodIssueError(error).message;
}

/** Storage failures SQLite or the OS report during an operation, as catalog errors. */
function storageError(err: unknown): AppError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return new AppError('DISK_FULL');
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError('READ_ONLY');
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('VAULT_IN_USE', { key: 'VAULT_BUSY' });
  }
  if (code.startsWith('SQLITE_CONSTRAINT') && String((err as Error).message).includes(HANDED_OVER_MARKER)) {
    return new AppError('FORBIDDEN', { key: 'DOSSIER_HANDED_OVER' });
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) return new AppError('CONFLICT');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new AppError('VAULT_CORRUPT');
  return null;
}

export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof AppError) return err.toPayload();
  return (storageError(err) ?? new AppError('INTERNAL')).toPayload();
}

/**
 * The single entry point for every request from the UI: checks the operation exists,
 * validates the input with its schema (invalid input never reaches the vault), calls the
 * handler and wraps the outcome in a result envelope. It never throws.
 */
export function createDispatcher(
  handlers: Handlers<OpName>,
  log: (message: string) => void = () => undefined,
): Dispatch {
  return async (op, input) => {
    if (!isOpName(op)) {
      return { ok: false, error: new AppError('UNKNOWN_OPERATION').toPayload() };
    }
    let parsed: ReturnType<(typeof API)[typeof op]['input']['safeParse']>;
    try {
      if (!withinPayloadBudget(input)) {
        return { ok: false, error: new AppError('VALIDATION', { key: 'PAYLOAD_TOO_LARGE' }).toPayload() };
      }
      parsed = API[op].input.safeParse(input ?? {});
    } catch {
      // A hostile payload can make a schema's own code throw (stack overflow in a refine, a
      // getter that throws): still an answer, never a crash of the main process.
      return { ok: false, error: new AppError('VALIDATION').toPayload() };
    }
    if (!parsed.success) {
      return { ok: false, error: zodIssueError(parsed.error).toPayload() };
    }
    try {
      const handler = handlers[op] as (i: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (err) {
      const payload = toErrorPayload(err);
      // Log the operation and code only: messages of unexpected errors may quote data.
      if (payload.code === 'INTERNAL') {
        log(`dispatch(${op}): unexpected ${(err as Error)?.name ?? 'error'}`);
      }
      return { ok: false, error: payload };
    }
  };
}
