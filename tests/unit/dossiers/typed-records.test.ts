import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { readKeyFile, unwrapWithPassphrase } from '../../../src/core/vault/keyfile';
import {
  CARD_STEP_IDS,
  STEPS,
  StepRecordPatchSchema,
  TOOL_KINDS,
  TOOL_RECORD_SCHEMAS,
  emptyToolRecord,
  policeRecordOf,
  readToolRecord,
  recordLines,
} from '../../../src/shared/protocol';
import { IsoDateTimeSchema } from '../../../src/shared/domain';
import { createTestService, fixedClock, makeTestDirs, type TestService } from '../helpers';

const FIXTURE = path.join(__dirname, '../../fixtures/vault-v6');
const FIXTURE_PASSPHRASE = 'oude kluis: vijf grijze reigers langs de gracht';

/** Reads the fixture's step rows as the previous main stored them (without migrating). */
async function oldStepRows(
  dir: string,
): Promise<Array<{ dossier_id: string; step_id: string; notes: string; data_json: string }>> {
  const key = await unwrapWithPassphrase(
    readKeyFile(path.join(dir, 'vangnet.keys.json')),
    FIXTURE_PASSPHRASE,
  );
  if (!key) throw new Error('fixture passphrase');
  const db = new Database(path.join(dir, 'vangnet.db'), { fileMustExist: true, readonly: true });
  try {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.key(Buffer.from(`x'${key.toString('hex')}'`));
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    return db.prepare('SELECT dossier_id, step_id, notes, data_json FROM step_states').all() as never;
  } finally {
    db.close();
  }
}

/** Every leaf string/number of a JSON value (the "data" a user typed). */
function leaves(v: unknown): string[] {
  if (v === null || v === undefined || v === '' || typeof v === 'boolean') return [];
  if (Array.isArray(v)) return v.flatMap(leaves);
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).flatMap(leaves);
  return [String(v)];
}

describe('tool record schemas', () => {
  it('has one strict schema per tool kind, and each accepts its own empty record', () => {
    expect(Object.keys(TOOL_RECORD_SCHEMAS).sort()).toEqual([...TOOL_KINDS].sort());
    for (const tool of TOOL_KINDS) expect(emptyToolRecord(tool).tool).toBe(tool);
  });

  it('every tool schema rejects wrong shapes: unknown keys, wrong types, another tool', () => {
    for (const tool of TOOL_KINDS) {
      const schema = TOOL_RECORD_SCHEMAS[tool];
      expect(schema.safeParse({ tool, onbekend: 'x' }).success, `${tool}: unknown key`).toBe(false);
      expect(
        schema.safeParse({ tool, checked: { a: 'ja' } }).success,
        `${tool}: checked must be booleans`,
      ).toBe(false);
      expect(
        schema.safeParse({ tool: tool === 'extent' ? 'checklist' : 'extent' }).success,
        `${tool}: other tool`,
      ).toBe(false);
      expect(schema.safeParse([]).success).toBe(false);
      for (const [key, field] of Object.entries(schema.shape)) {
        if (key === 'tool' || key === 'checked') continue;
        // A number or a deeply nested object never fits a text, time, choice or map field.
        expect(
          (field as { safeParse(v: unknown): { success: boolean } }).safeParse(42).success,
          `${tool}.${key} = 42`,
        ).toBe(false);
        expect(schema.safeParse({ tool, [key]: { a: { b: ['c'] } } }).success, `${tool}.${key} nested`).toBe(
          false,
        );
      }
    }
  });

  it('the contract takes only typed changes', () => {
    expect(StepRecordPatchSchema.safeParse({ tool: 'police-advice', officer: 'Wijkagent' }).success).toBe(
      true,
    );
    expect(StepRecordPatchSchema.safeParse({ officer: 'Wijkagent' }).success).toBe(false);
    expect(StepRecordPatchSchema.safeParse({ tool: 'police-advice', policeAdvice: 'x' }).success).toBe(false);
    expect(StepRecordPatchSchema.safeParse({ tool: 'report-decision', decision: 'misschien' }).success).toBe(
      false,
    );
    expect(StepRecordPatchSchema.safeParse({ tool: 'rest-period', from: '18-11-2026' }).success).toBe(false);
    expect(StepRecordPatchSchema.safeParse({ tool: 'geen-tool' }).success).toBe(false);
  });

  it('normalises times with an offset to UTC', () => {
    expect(IsoDateTimeSchema.parse('2026-11-28T08:59:00-05:00')).toBe('2026-11-28T13:59:00.000Z');
    expect(
      TOOL_RECORD_SCHEMAS['police-advice'].parse({
        tool: 'police-advice',
        contactedAt: '2026-11-28T10:30:00+01:00',
      }).contactedAt,
    ).toBe('2026-11-28T09:30:00.000Z');
  });

  it('reads a foreign record field by field, keeping what fits', () => {
    const r = readToolRecord('police-advice', {
      tool: 'report-decision',
      officer: 'Wijkagent',
      contactedAt: 'gisteren',
      extra: 1,
    });
    expect(r).toMatchObject({ tool: 'police-advice', officer: 'Wijkagent', contactedAt: null, advice: '' });
  });

  it('card step ids are the literal union, in card order', () => {
    expect(STEPS.map((s) => s.id)).toEqual([...CARD_STEP_IDS]);
  });
});

describe('recordLines (the dossier overview reads records in words)', () => {
  const format = { time: (iso: string) => `tijd ${iso}`, date: (iso: string) => `datum ${iso}` };
  it('prints media-plan answers under their question, never the question id', () => {
    const step = STEPS.find((s) => s.tool === 'media-plan')!;
    const lines = recordLines(
      step,
      readToolRecord('media-plan', {
        tool: 'media-plan',
        answers: {
          woordvoerder: 'De directeur.',
          'wie-doet-wat': 'Directeur: pers.',
          verdwenen: 'Oud antwoord.',
        },
      }),
      format,
    );
    expect(lines).toContain('Wie is de woordvoerder, en wie vervangt hem of haar? De directeur.');
    expect(lines).toContain('Wie doet wat? Directeur: pers.');
    // An id the card no longer has: the answer is kept, with a neutral label.
    expect(lines).toContain('Antwoord: Oud antwoord.');
    expect(lines.join('\n')).not.toMatch(/woordvoerder:|wie-doet-wat|verdwenen/);
  });
  it('prints evaluation answers under their sub-point', () => {
    const step = STEPS.find((s) => s.tool === 'evaluation' && s.subPoints.some((sp) => sp.id === 'ouders'))!;
    const lines = recordLines(
      step,
      readToolRecord('evaluation', { tool: 'evaluation', answers: { ouders: 'Tevreden.' } }),
      format,
    );
    expect(lines).toEqual(['Ouders: Tevreden.']);
  });
});

describe('step.update with typed records', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  async function dossier(svc: TestService) {
    return svc.dispatchOk('dossier.create', {
      title: 'Foto in groepsapp',
      discoveredAt: '2026-11-28T08:00:00+01:00',
      howDiscovered: '',
      materialKind: 'foto',
      victimName: 'Fleur',
      victimClass: '2A',
      lead: 'Zorgcoördinator',
      otherSchoolInvolved: false,
    });
  }

  it('merges a change into the stored record and refuses another tool', async () => {
    t = await createTestService({ clock: fixedClock('2026-11-28T12:00:00Z') });
    const { dossierId } = await dossier(t);
    await t.dispatchOk('step.update', {
      dossierId,
      stepId: 'politie-advies',
      patch: { data: { tool: 'police-advice', officer: 'Wijkagent Bos' } },
    });
    const s = await t.dispatchOk('step.update', {
      dossierId,
      stepId: 'politie-advies',
      patch: { data: { tool: 'police-advice', contactedAt: '2026-11-28T10:30:00+01:00' } },
    });
    expect(s.data).toEqual({
      tool: 'police-advice',
      checked: {},
      officer: 'Wijkagent Bos',
      contactedAt: '2026-11-28T09:30:00.000Z',
      advice: '',
    });
    const wrong = await t.dispatch('step.update', {
      dossierId,
      stepId: 'politie-advies',
      patch: { data: { tool: 'report-decision', decision: 'melding' } },
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknownStep = await t.dispatch('step.update', {
      dossierId,
      stepId: 'verzonnen-stap' as never,
      patch: { notes: 'x' },
    });
    expect(unknownStep.ok).toBe(false);
  });

  it('refuses past-tense moments in the future, in Dutch, in the core', async () => {
    t = await createTestService({ clock: fixedClock('2026-11-28T12:00:00Z') });
    const { dossierId } = await dossier(t);
    const future = await t.dispatch('step.update', {
      dossierId,
      stepId: 'politie-advies',
      patch: { data: { tool: 'police-advice', contactedAt: '2027-01-28T10:00:00Z' } },
    });
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!future.ok) expect(future.error.message).toContain('Contact gehad op ligt in de toekomst');
    // 08:59 at UTC-5 is 13:59Z: more than an hour after "now" (12:00Z) although the string sorts earlier.
    const offset = await t.dispatch('conversation.add', {
      dossierId,
      conversation: {
        stepId: null,
        withWhom: 'Moeder',
        personIds: [],
        heldAt: '2026-11-28T08:59:00-05:00',
        heldBy: 'Mentor',
        location: '',
        preparation: {},
        summary: '',
        agreements: '',
        followUp: '',
      },
    });
    expect(offset).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!offset.ok) expect(offset.error.message).toContain('Gesprek gevoerd op ligt in de toekomst');
    const created = await t.dispatch('dossier.create', {
      title: 'Later',
      discoveredAt: '2027-01-28T08:00:00+01:00',
      howDiscovered: '',
      materialKind: 'foto',
      victimName: '',
      victimClass: '',
      lead: 'Zorgcoördinator',
      otherSchoolInvolved: false,
    });
    expect(created).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!created.ok) expect(created.error.message).toContain('Ontdekt op ligt in de toekomst');
    // A few minutes of clock drift is fine; the time is stored in UTC.
    const ok = await t.dispatchOk('step.update', {
      dossierId,
      stepId: 'politie-advies',
      patch: { data: { tool: 'police-advice', contactedAt: '2026-11-28T13:03:00+01:00' } },
    });
    expect((ok.data as { contactedAt: string }).contactedAt).toBe('2026-11-28T12:03:00.000Z');
  });
});

describe('a vault made by main at schema 6', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('migrates and keeps every step record, with one police record', async () => {
    const dirs = makeTestDirs('vangnet-v6-');
    fs.mkdirSync(dirs.vault);
    for (const f of ['vangnet.db', 'vangnet.keys.json'])
      fs.copyFileSync(path.join(FIXTURE, f), path.join(dirs.vault, f));
    const before = await oldStepRows(dirs.vault);
    expect(before.length).toBeGreaterThan(20);

    t = await createTestService({ create: false, dirs, clock: fixedClock('2026-11-21T10:00:00Z') });
    await t.dispatchOk('vault.unlock', { passphrase: FIXTURE_PASSPHRASE });
    const db = t.svc.ctx.db();
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7);

    const overview = await t.dispatchOk('overview.get', {});
    expect(overview.dossiers).toHaveLength(2);
    const details = await Promise.all(
      overview.dossiers.map((d) => t!.dispatchOk('dossier.get', { dossierId: d.id })),
    );

    // Every value typed into a step before is still somewhere in that dossier: in a record, the
    // step's notes, or the dossier's facts (the old extent keys).
    for (const row of before) {
      const detail = details.find((d) => d.dossier.id === row.dossier_id)!;
      const haystack = JSON.stringify({ steps: detail.steps, facts: detail.dossier });
      for (const value of leaves(JSON.parse(row.data_json))) {
        const asUtc = /^\d{4}-\d\d-\d\dT/.test(value) ? new Date(value).toISOString() : null;
        expect(
          haystack.includes(JSON.stringify(value).slice(1, -1)) ||
            (asUtc !== null && haystack.includes(asUtc)),
          `${row.step_id}: ${value}`,
        ).toBe(true);
      }
      const after = detail.steps.find((s) => s.stepId === row.step_id)!;
      expect(after.notes.startsWith(row.notes), `${row.step_id} notes kept`).toBe(true);
      // Stored records are complete and valid for the step's tool.
      const step = STEPS.find((s) => s.id === row.step_id)!;
      expect(TOOL_RECORD_SCHEMAS[step.tool].safeParse(after.data).success, row.step_id).toBe(true);
    }

    // The second dossier typed the police consultation twice; now it is one record.
    const film = details.find((d) => d.dossier.title === 'Filmpje gedeeld in groepsapp 2A')!;
    const police = policeRecordOf(film.steps);
    expect(police.consultation).toMatchObject({
      officer: 'Wijkagent S. Bos',
      contactedAt: '2026-11-18T09:30:00.000Z',
    });
    expect(police.consultation.advice).toContain('Niet bekijken, niet doorsturen');
    expect(police.consultation.advice).toContain('Aangifte door ouders is mogelijk.');
    expect(police.decision).toMatchObject({
      decision: 'aangifte',
      reference: 'PL0900-2026-555001',
      decidedAt: '2026-11-18T14:00:00.000Z',
    });
    expect(Object.keys(police.decision)).not.toContain('officer');
    // Old extent keys filled the facts that were still unknown.
    expect(film.dossier.voluntariness).toBe('ja');
    expect(film.dossier.spread).toEqual({ pupils: 12, groups: 1, platforms: ['WhatsApp'] });
    // Times are UTC now.
    expect(film.dossier.discoveredAt).toBe('2026-11-18T07:15:00.000Z');

    // The demo dossier's decision kept its consultation in the consultation step.
    const demo = details.find((d) => d.dossier.id !== film.dossier.id)!;
    const demoPolice = policeRecordOf(demo.steps);
    expect(demoPolice.decision).toMatchObject({ decision: 'melding', reference: 'PL0900-2026-118842' });
    expect(demoPolice.consultation.officer).toBe('Wijkagent T. van Dijk');

    // And the documents still read it: the overview names the decision and the reference.
    const check = await t.dispatchOk('documents.check', {
      dossierId: film.dossier.id,
      kind: 'dossier-overview',
      options: {},
    });
    expect(check).toBeDefined();
  });
});
