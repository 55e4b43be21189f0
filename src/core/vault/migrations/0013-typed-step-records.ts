import type Database from 'better-sqlite3-multiple-ciphers';
import type { ZodType } from 'zod';
import { STEPS } from '../../../shared/protocol/card';
import {
  POLICE_CONSULTATION_STEP,
  REPORT_DECISION_STEP,
  TOOL_RECORD_SCHEMAS,
  type ToolRecord,
} from '../../../shared/protocol/records';
import type { ToolKind } from '../../../shared/protocol/types';
import type { Migration } from './types';

/**
 * Step data becomes one typed record per tool (src/shared/protocol/records.ts), and the police
 * record is typed once: the consultation (who, when, advice) lives in `politie-advies`, the
 * decision in `melding-aangifte`. Nothing is lost:
 * - fields that fit the record are kept (times normalised to UTC, '' -> null);
 * - the consultation typed a second time at the decision moves to the consultation when that
 *   was empty there, and is added to the advice text when it differed;
 * - the old "omvang" keys fill the dossier's facts where those were still unknown;
 * - anything else (unknown keys, values of the wrong type) is appended to the step's notes
 *   under "Overgenomen uit een eerdere versie van Vangnet", so a reader still finds it.
 * Also normalises the editable times (discovery, conversations, actions, due dates) to UTC;
 * logbook rows are court-safe and keep their original text.
 */
export const m0013TypedStepRecords: Migration = {
  version: 13,
  name: 'typed-step-records',
  up(db, { now }) {
    const toolOf = new Map<string, ToolKind>(STEPS.map((s) => [s.id, s.tool]));
    const rows = db
      .prepare('SELECT dossier_id, step_id, notes, data_json FROM step_states ORDER BY dossier_id, step_id')
      .all() as Array<{ dossier_id: string; step_id: string; notes: string; data_json: string }>;
    const byDossier = new Map<string, typeof rows>();
    for (const r of rows) byDossier.set(r.dossier_id, [...(byDossier.get(r.dossier_id) ?? []), r]);
    // Prepared lazily: an empty vault (or a test database without the SQL functions the search
    // triggers use) has nothing to update.
    let saveStmt: Database.Statement | null = null;
    const save = {
      run: (...args: unknown[]) =>
        (saveStmt ??= db.prepare('UPDATE step_states SET data_json = ?, notes = ? WHERE dossier_id = ? AND step_id = ?')).run(...args),
    };

    for (const [dossierId, steps] of byDossier) {
      const converted = new Map<string, { record: ToolRecord; notes: string; leftovers: string[] }>();
      for (const r of steps) {
        const tool = toolOf.get(r.step_id) ?? 'checklist';
        const raw = parseObject(r.data_json);
        const { record, leftovers } = convert(tool, r.step_id, raw);
        converted.set(r.step_id, { record, notes: r.notes, leftovers });
      }

      // One police record: move the consultation typed at the decision into the consultation.
      const decision = steps.find((s) => s.step_id === REPORT_DECISION_STEP);
      if (decision) {
        const raw = parseObject(decision.data_json);
        const officer = str(raw.officer);
        const at = utc(raw.consultedAt);
        const advice = str(raw.policeAdvice);
        if (officer || at || advice) {
          let target = converted.get(POLICE_CONSULTATION_STEP);
          if (!target) {
            db.prepare(
              `INSERT INTO step_states (dossier_id, step_id, status, updated_at) VALUES (?, ?, 'open', ?)`,
            ).run(dossierId, POLICE_CONSULTATION_STEP, now().toISOString());
            target = { record: TOOL_RECORD_SCHEMAS['police-advice'].parse({ tool: 'police-advice' }), notes: '', leftovers: [] };
            converted.set(POLICE_CONSULTATION_STEP, target);
          }
          const c = target.record as ToolRecord<'police-advice'>;
          const differs: string[] = [];
          if (officer) {
            if (!c.officer) c.officer = officer.slice(0, 200);
            else if (c.officer !== officer) differs.push(`contactpersoon: ${officer}`);
          }
          if (at) {
            if (!c.contactedAt) c.contactedAt = at;
            else if (c.contactedAt !== at) differs.push(`geraadpleegd op: ${at}`);
          }
          if (advice) {
            if (!c.advice) c.advice = advice;
            else if (c.advice.trim() !== advice.trim()) differs.push(`advies: ${advice}`);
          }
          if (differs.length > 0) {
            c.advice = `${c.advice}\n\nOok genoteerd bij het besluit over melding/aangifte: ${differs.join('; ')}`.trim();
          }
        }
      }

      // The extent step's old keys fill the dossier's facts where still unknown.
      const extent = steps.find((s) => toolOf.get(s.step_id) === 'extent');
      if (extent) fillFacts(db, dossierId, parseObject(extent.data_json), converted.get(extent.step_id)!);

      for (const [stepId, c] of converted) {
        const notes = c.leftovers.length
          ? `${c.notes}${c.notes.trim() ? '\n\n' : ''}Overgenomen uit een eerdere versie van Vangnet:\n${c.leftovers.map((l) => `- ${l}`).join('\n')}`
          : c.notes;
        save.run(JSON.stringify(c.record), notes, dossierId, stepId);
      }
    }

    normaliseTimes(db);
  },
};

function parseObject(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

function utc(v: unknown): string | null {
  if (typeof v !== 'string' || !v.trim()) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** Keys the migration moves elsewhere (they are not leftovers). */
const MOVED: Partial<Record<ToolKind, readonly string[]>> = {
  'report-decision': ['officer', 'consultedAt', 'policeAdvice'],
  extent: ['voluntariness', 'pupils', 'groups', 'platforms'],
};

function convert(tool: ToolKind, stepId: string, raw: Record<string, unknown>): { record: ToolRecord; leftovers: string[] } {
  const schema = TOOL_RECORD_SCHEMAS[tool];
  const shape = schema.shape as Record<string, ZodType>;
  const input: Record<string, unknown> = { ...raw };
  const leftovers: string[] = [];
  // Evaluation steps kept answers per sub-point at the top level in one of the old shapes.
  if (tool === 'evaluation') {
    const answers: Record<string, string> = {};
    const nested = raw.answers && typeof raw.answers === 'object' && !Array.isArray(raw.answers) ? (raw.answers as Record<string, unknown>) : {};
    const subPoints = new Set(STEPS.find((s) => s.id === stepId)?.subPoints.map((p) => p.id) ?? []);
    for (const [k, v] of Object.entries({ ...raw, ...nested })) {
      if (k === 'answers' || k === 'checked') continue;
      if (subPoints.has(k) && typeof v === 'string') {
        answers[k] = v;
        delete input[k];
      }
    }
    input.answers = answers;
  }
  const out: Record<string, unknown> = { tool };
  for (const [key, value] of Object.entries(input)) {
    if (key === 'tool') continue;
    if ((MOVED[tool] ?? []).includes(key)) continue;
    const field = shape[key];
    if (!field) {
      if (value !== '' && value !== null && value !== undefined) leftovers.push(`${key}: ${show(value)}`);
      continue;
    }
    let candidate = value;
    if (typeof value === 'string' && value.trim() === '' && isNullableTime(key)) candidate = null;
    const parsed = field.safeParse(candidate);
    if (parsed.success) out[key] = parsed.data;
    else if (value !== '' && value !== null) leftovers.push(`${key}: ${show(value)}`);
  }
  return { record: schema.parse(out) as ToolRecord, leftovers };
}

/** Fields where the old forms wrote '' for "not filled in" and the record says null. */
const NULLABLE_KEYS = new Set(['contactedAt', 'decidedAt', 'informedAt', 'heldAt', 'callBackAt', 'from', 'to', 'choice', 'decision']);
const isNullableTime = (key: string) => NULLABLE_KEYS.has(key);

function fillFacts(
  db: Database.Database,
  dossierId: string,
  raw: Record<string, unknown>,
  target: { leftovers: string[] },
): void {
  const row = db.prepare('SELECT voluntariness, spread_json FROM dossiers WHERE id = ?').get(dossierId) as
    | { voluntariness: string; spread_json: string }
    | undefined;
  if (!row) return;
  const spread = parseObject(row.spread_json) as { pupils?: unknown; groups?: unknown; platforms?: unknown };
  let voluntariness = row.voluntariness;
  const note = (k: string, v: unknown) => target.leftovers.push(`${k}: ${show(v)}`);
  const VOL = ['ja', 'nee', 'gedwongen', 'onbekend'];
  if (typeof raw.voluntariness === 'string' && raw.voluntariness) {
    if (voluntariness === 'onbekend' && VOL.includes(raw.voluntariness)) voluntariness = raw.voluntariness;
    else if (raw.voluntariness !== voluntariness) note('vrijwilligheid', raw.voluntariness);
  }
  for (const k of ['pupils', 'groups'] as const) {
    const v = raw[k];
    if (v === undefined || v === null || v === '') continue;
    if ((spread[k] === null || spread[k] === undefined) && typeof v === 'number' && Number.isInteger(v) && v >= 0) spread[k] = v;
    else if (spread[k] !== v) note(k === 'pupils' ? 'leerlingen' : 'groepen', v);
  }
  if (Array.isArray(raw.platforms) && raw.platforms.length) {
    const current = Array.isArray(spread.platforms) ? (spread.platforms as unknown[]) : [];
    if (current.length === 0 && raw.platforms.every((p) => typeof p === 'string')) spread.platforms = raw.platforms;
    else if (JSON.stringify(current) !== JSON.stringify(raw.platforms)) note('platforms', raw.platforms);
  }
  db.prepare('UPDATE dossiers SET voluntariness = ?, spread_json = ? WHERE id = ?').run(
    voluntariness,
    JSON.stringify({ pupils: spread.pupils ?? null, groups: spread.groups ?? null, platforms: spread.platforms ?? [] }),
    dossierId,
  );
}

/** Editable times to UTC, so string order is time order everywhere. */
function normaliseTimes(db: Database.Database): void {
  const fix = (table: string, key: string, column: string) => {
    const rows = db.prepare(`SELECT ${key} AS k, ${column} AS v FROM ${table} WHERE ${column} IS NOT NULL`).all() as Array<{
      k: string;
      v: string;
    }>;
    for (const r of rows) {
      const u = utc(r.v);
      if (u && u !== r.v) db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${key} = ?`).run(u, r.k);
    }
  };
  fix('dossiers', 'id', 'discovered_at');
  fix('conversations', 'id', 'held_at');
  fix('actions', 'id', 'wanneer');
  const due = db.prepare('SELECT dossier_id, step_id, due_at FROM step_states WHERE due_at IS NOT NULL').all() as Array<{
    dossier_id: string;
    step_id: string;
    due_at: string;
  }>;
  for (const r of due) {
    const u = utc(r.due_at);
    if (u && u !== r.due_at) db.prepare('UPDATE step_states SET due_at = ? WHERE dossier_id = ? AND step_id = ?').run(u, r.dossier_id, r.step_id);
  }
}
