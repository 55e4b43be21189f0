import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, OP_NAMES, type OpName } from '../../../src/shared/api';
import { emptyPersonInput } from '../../../src/shared/domain';
import { ERROR_CODES } from '../../../src/shared/errors';
import { FULL_RUN, createTestService, seedDossier, tableCounts, type TestService } from '../helpers';

/**
 * Hostile input through the one entry point the renderer has. For every operation in the
 * contract: fully random payloads, payloads with the right field names but random values, and
 * mutated valid payloads (a field replaced, dropped or added; prototype-pollution keys; huge
 * strings; deep nesting). Every call must resolve to a result envelope (never throw or reject),
 * errors must carry a known code and a Dutch message, and a rejected call must not change a
 * single row in any table.
 */
const FULL = FULL_RUN;
const RUNS_PER_KIND = FULL ? 150 : 20;

const CODES = new Set<string>(ERROR_CODES);

interface Ids {
  dossierId: string;
  personId: string;
  actionId: string;
  chronologyId: string;
}

function deepObject(depth: number, asArray: boolean): unknown {
  let v: unknown = 'bodem';
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

const pollution = () =>
  fc.constantFrom<unknown>(
    JSON.parse('{"__proto__": {"polluted": "ja"}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": "ja"}}}'),
    { ['__proto__']: { polluted: 'ja' } },
    Object.create(null) as unknown,
    JSON.parse('{"toString": "x", "valueOf": 1, "hasOwnProperty": null}'),
  );

function valueArb(ids: Ids): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom<unknown>(
        ids.dossierId,
        ids.personId,
        ids.actionId,
        ids.chronologyId,
        crypto.randomUUID(),
      ),
    },
    { weight: 3, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
    {
      weight: 3,
      arbitrary: fc.constantFrom<unknown>(
        'open',
        'gesloten',
        'nazorg',
        'foto',
        'slachtoffer',
        'snapchat',
        'bezig',
        'nl',
        'a',
        '',
        ' ',
        'analyseer',
      ),
    },
    { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(201, 2_001, 50_001, 1_000_000).map((n) => 'x'.repeat(n)) },
    {
      weight: 2,
      arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.NaN, Infinity, -0, 2 ** 53)),
    },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(true, false, null, undefined) },
    {
      weight: 2,
      arbitrary: fc.anything({
        maxDepth: 3,
        withObjectString: true,
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 10, max: 20_000 }), fc.boolean())
        .map(([d, a]) => deepObject(d, a)),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 501, max: 20_000 }).map((n) => Array.from({ length: n }, () => 'y')),
    },
    { weight: 1, arbitrary: pollution() },
  );
}

/** Field names of an operation's input schema (all branches of a union). */
function fieldNames(schema: unknown): string[] {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return [];
  switch (def.type) {
    case 'object':
      return Object.keys((def.shape as Record<string, unknown>) ?? {});
    case 'union':
      return (def.options as unknown[]).flatMap(fieldNames);
    case 'pipe':
      return fieldNames(def.in);
    default:
      return [];
  }
}

/** Valid inputs for the core operations; mutations of these reach deeper than random payloads. */
function validSamples(ids: Ids): Partial<Record<OpName, Record<string, unknown>>> {
  const person = emptyPersonInput({ role: 'klasgenoot', name: 'Sam', className: '3B' });
  const action = { stepId: null, wie: 'Mentor', wat: 'Gesprek plannen', wanneer: null, waar: '', hoe: '' };
  const conversation = {
    stepId: null,
    withWhom: 'Ouders',
    personIds: [],
    heldAt: '2026-11-27T15:00:00+01:00',
    heldBy: 'Zorg',
    location: '',
    preparation: {},
    summary: 'Kort',
    agreements: '',
    followUp: '',
  };
  return {
    'dossier.create': {
      title: 'Fuzz',
      discoveredAt: '2026-11-27T08:30:00+01:00',
      howDiscovered: '',
      materialKind: 'foto',
      victimName: '',
      victimClass: '',
      lead: 'Zorg',
      otherSchoolInvolved: false,
    },
    'dossier.get': { dossierId: ids.dossierId },
    'dossier.search': { query: 'groepsapp' },
    'dossier.updateFacts': { dossierId: ids.dossierId, facts: { summary: 'Nieuw' } },
    'dossier.setStatus': { dossierId: ids.dossierId, status: 'open', reason: '' },
    'dossier.openWork': { dossierId: ids.dossierId },
    'dossier.setOtherSchoolInvolved': { dossierId: ids.dossierId, involved: true },
    'person.add': { dossierId: ids.dossierId, person },
    'person.update': { personId: ids.personId, person },
    'step.update': {
      dossierId: ids.dossierId,
      stepId: 'check-protocol',
      patch: { notes: 'n', data: { tool: 'protocol-check', gaps: 'Geen termijn genoemd.' } },
    },
    'action.add': { dossierId: ids.dossierId, action },
    'action.update': { actionId: ids.actionId, action },
    'action.setDone': { actionId: ids.actionId, done: true },
    'chronology.add': { dossierId: ids.dossierId, occurredAt: null, text: 'Regel' },
    'chronology.correct': { dossierId: ids.dossierId, correctsId: ids.chronologyId, text: 'Correctie' },
    'conversation.add': { dossierId: ids.dossierId, conversation },
    'overview.get': { status: 'open' },
    'settings.update': { idleLockMinutes: 5 },
    'vault.checkPassphrase': { passphrase: 'een twee drie vier' },
    'monitoring.quickAdd': {
      dossierId: ids.dossierId,
      platform: 'snapchat',
      location: 'groep',
      description: 'Foto gezien',
    },
  };
}

type Mutation = { kind: 'replace' | 'delete' | 'extra' | 'proto'; pick: number; value: unknown; key: string };

function mutate(sample: Record<string, unknown>, m: Mutation): unknown {
  const copy = structuredClone(sample);
  // Walk to a random nested object.
  const objects: Record<string, unknown>[] = [];
  const collect = (o: unknown) => {
    if (o && typeof o === 'object' && !Array.isArray(o)) {
      objects.push(o as Record<string, unknown>);
      for (const v of Object.values(o)) collect(v);
    }
  };
  collect(copy);
  const target = objects[m.pick % objects.length]!;
  const keys = Object.keys(target);
  const key = keys.length ? keys[m.pick % keys.length]! : m.key;
  switch (m.kind) {
    case 'replace':
      target[key] = m.value;
      break;
    case 'delete':
      delete target[key];
      break;
    case 'extra':
      target[m.key] = m.value;
      break;
    case 'proto':
      Object.defineProperty(target, '__proto__', {
        value: { polluted: 'ja' },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      break;
  }
  return copy;
}

describe('hostile input through dispatch', () => {
  let t: TestService;
  let ids: Ids;
  const outcomes = new Map<string, Map<string, number>>();
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);

  const ensureReady = async () => {
    if (!t.svc.ctx.isUnlocked) await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
    const exists = t.svc.ctx
      .db()
      .prepare('SELECT count(*) FROM dossiers WHERE id = ?')
      .pluck()
      .get(ids.dossierId);
    if (!exists) ids = await seedIds(t);
  };

  const check = async (op: unknown, payload: unknown) => {
    await ensureReady();
    const db = t.svc.ctx.db();
    const before = tableCounts(db);
    const r = await t.svc.dispatch(op, payload);
    // The envelope: exactly one of the two shapes.
    expect(r && typeof r === 'object').toBe(true);
    const key = String(typeof op === 'string' ? op : typeof op);
    const byCode = outcomes.get(key) ?? new Map<string, number>();
    outcomes.set(key, byCode);
    if (r.ok) {
      expect(Object.keys(r).sort()).toEqual(['ok', 'value']);
      byCode.set('ok', (byCode.get('ok') ?? 0) + 1);
    } else {
      expect(Object.keys(r).sort()).toEqual(['error', 'ok']);
      expect(CODES.has(r.error.code), `unknown code ${r.error.code}`).toBe(true);
      expect(typeof r.error.message).toBe('string');
      expect(r.error.message.length).toBeGreaterThan(5);
      expect(r.error.message.length).toBeLessThan(1_000);
      expect(r.error.message).not.toMatch(
        /SQLITE|TypeError|ReferenceError|RangeError|\bat \w+ \(|undefined|\[object Object\]/,
      );
      byCode.set(r.error.code, (byCode.get(r.error.code) ?? 0) + 1);
      // No partial write: a refused call leaves every table as it was.
      if (t.svc.ctx.isUnlocked)
        expect(tableCounts(t.svc.ctx.db()), `${key} changed rows but failed with ${r.error.code}`).toEqual(
          before,
        );
    }
    // Nothing leaked onto Object.prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  };

  async function seedIds(s: TestService): Promise<Ids> {
    const seeded = await seedDossier(s);
    const detail = await s.dispatchOk('dossier.get', { dossierId: seeded.dossierId });
    const action = await s.dispatchOk('action.add', {
      dossierId: seeded.dossierId,
      action: { stepId: null, wie: 'Mentor', wat: 'x', wanneer: null, waar: '', hoe: '' },
    });
    return {
      dossierId: seeded.dossierId,
      personId: seeded.personIds[0]!,
      actionId: action.id,
      chronologyId: detail.chronology[0]!.id,
    };
  }

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    t = await createTestService();
    ids = await seedIds(t);
  });
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
    t?.cleanup();
  });

  it('unknown and odd operation names are refused with UNKNOWN_OPERATION', async () => {
    const names = fc.oneof(
      fc.string(),
      fc.constantFrom<unknown>(
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'vault',
        'vault.',
        ' vault.status',
        'VAULT.STATUS',
      ),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(names, valueArb(ids), async (op, payload) => {
        fc.pre(typeof op !== 'string' || !(OP_NAMES as string[]).includes(op));
        const r = await t.svc.dispatch(op, payload);
        expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
      }),
      { numRuns: RUNS_PER_KIND * 4 },
    );
  });

  it(
    'every operation survives random, field-shaped and mutated payloads',
    async () => {
      const samples = validSamples(ids);
      let total = 0;
      for (const op of OP_NAMES) {
        const fields = fieldNames(API[op].input);
        const random = fc.anything({
          maxDepth: 4,
          withNullPrototype: true,
          withObjectString: true,
          withBigInt: true,
          withSparseArray: true,
        });
        const shaped = fc
          .tuple(
            fc.subarray(fields),
            fc.array(valueArb(ids), { minLength: fields.length, maxLength: fields.length }),
            fc.option(
              fc.tuple(fc.constantFrom('__proto__', 'constructor', 'extra', 'prototype'), valueArb(ids)),
            ),
          )
          .map(([keys, values, extra]) => {
            const o: Record<string, unknown> = {};
            keys.forEach((k, i) => {
              o[k] = values[i];
            });
            if (extra)
              Object.defineProperty(o, extra[0], {
                value: extra[1],
                enumerable: true,
                configurable: true,
                writable: true,
              });
            return o;
          });
        const kinds: fc.Arbitrary<unknown>[] = [random, shaped];
        const sample = samples[op];
        if (sample) {
          kinds.push(
            fc
              .record({
                kind: fc.constantFrom<Mutation['kind']>('replace', 'delete', 'extra', 'proto'),
                pick: fc.nat(),
                value: valueArb(ids),
                key: fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'dossierId'),
              })
              .map((m) => mutate(sample, m)),
          );
        }
        for (const arb of kinds) {
          await fc.assert(
            fc.asyncProperty(arb, async (payload) => {
              total += 1;
              await check(op, payload);
            }),
            { numRuns: RUNS_PER_KIND },
          );
        }
      }
      const lines = [...outcomes.entries()].map(
        ([op, m]) => `${op}: ${[...m.entries()].map(([c, n]) => `${c}=${n}`).join(' ')}`,
      );
      console.info(`fuzz: ${total} payloads over ${OP_NAMES.length} operations\n${lines.join('\n')}`);
      expect(total).toBeGreaterThanOrEqual(OP_NAMES.length * 2 * RUNS_PER_KIND);
      expect(unhandled).toEqual([]);
      // The vault is still healthy and its audit chain intact.
      await ensureReady();
      expect(t.svc.ctx.db().pragma('integrity_check', { simple: true })).toBe('ok');
      expect((await t.dispatchOk('vault.verifyAudit', {})).ok).toBe(true);
    },
    (FULL ? 1800 : 240) * 1000,
  );

  it('oversized strings are refused quickly for every operation', async () => {
    const huge = 'x'.repeat(10_000_000);
    for (const op of OP_NAMES) {
      const fields = fieldNames(API[op].input);
      if (!fields.length) continue;
      const payload = Object.fromEntries(fields.map((f) => [f, huge]));
      const started = performance.now();
      await check(op, payload);
      expect(performance.now() - started, op).toBeLessThan(2_000);
    }
  });

  it('payloads whose property access throws (getters, proxies) still get an envelope', async () => {
    const throwingGetter = Object.defineProperty({}, 'dossierId', {
      enumerable: true,
      get() {
        throw new Error('boem');
      },
    });
    const hostileProxy = new Proxy(
      {},
      {
        get() {
          throw new Error('boem');
        },
        ownKeys() {
          throw new Error('boem');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boem');
        },
        has() {
          throw new Error('boem');
        },
        getPrototypeOf() {
          throw new Error('boem');
        },
      },
    );
    for (const op of OP_NAMES) {
      await check(op, throwingGetter);
      await check(op, hostileProxy);
    }
  });

  it('deeply nested objects and arrays are refused or bounded without a stack overflow', async () => {
    for (const op of OP_NAMES) {
      const fields = fieldNames(API[op].input);
      for (const asArray of [false, true]) {
        const deep = deepObject(100_000, asArray);
        await check(op, deep);
        if (fields.length) await check(op, Object.fromEntries(fields.map((f) => [f, deep])));
      }
    }
    await check('step.update', {
      dossierId: ids.dossierId,
      stepId: 'check-protocol',
      patch: { data: { tool: 'protocol-check', gaps: deepObject(50, false) } as never },
    });
  });
});
