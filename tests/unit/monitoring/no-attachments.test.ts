import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { API, OP_NAMES, type OpName } from '../../../src/shared/api';
import { NO_FILES_MESSAGE, fileLikeContent } from '../../../src/shared/domain';
import { createTestService, seedDossier, tableCounts, type TestService } from '../helpers';

/**
 * The monitoring log must never hold an image or video (possessing or forwarding a sexual
 * image of a minor is a criminal offence). This proves it at the contract: no operation
 * has a field that could carry a file, and every text field of the log's operations
 * refuses binary data, data:/blob:/file: URLs and base64-encoded files, storing nothing.
 */

// A real 1x1 PNG and the opening of a real JPEG: what a drop or paste would deliver.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG_B64 = '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHSEaHx0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/';
const RANDOM_B64 = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 73 + 11) % 256)).toString('base64');

const BINARY_PAYLOADS: Array<[string, unknown]> = [
  ['Buffer', PNG],
  ['Uint8Array', new Uint8Array(PNG)],
  ['ArrayBuffer', PNG.buffer.slice(PNG.byteOffset, PNG.byteOffset + PNG.byteLength)],
  ['serialised Buffer', { type: 'Buffer', data: [...PNG] }],
  ['array of bytes', [...PNG]],
  ['data: URL (png)', `data:image/png;base64,${PNG.toString('base64')}`],
  ['data: URL in a sentence', `Zie de foto: data:image/jpeg;base64,${JPEG_B64}`],
  ['data: URL (video)', 'data:video/mp4;base64,AAAAIGZ0eXBpc29tAAACAGlzb21pc28yYXZjMW1wNDE='],
  ['bare base64 png', PNG.toString('base64')],
  ['bare base64 jpeg', JPEG_B64],
  ['base64 blob without signature', RANDOM_B64],
  ['blob: URL', 'blob:https://web.whatsapp.com/6a1c2f0e-3b7d-4c55-9a55-0f4a2d1b9e11'],
  ['file: URL', 'file:///C:/Users/mentor/Downloads/foto.jpg'],
  ['raw bytes as text', PNG.toString('latin1')],
  ['javascript: URL', 'javascript:alert(1)'],
];

type Json = Record<string, unknown>;

/** Every path in `value` that holds a string, null or number (a place a payload could go). */
function leafPaths(value: unknown, path: string[] = []): string[][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Json).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, String(i)]));
  return [path];
}

/** Every path of an object (including the root), where an extra key could be slipped in. */
function objectPaths(value: unknown, path: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return [path, ...Object.entries(value as Json).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

function setAt(root: unknown, path: string[], v: unknown): unknown {
  const copy = structuredClone(root) as Json;
  let node: Json = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  const last = path.at(-1);
  if (last === undefined) return v;
  node[last] = v;
  return copy;
}

function addKeyAt(root: unknown, path: string[], key: string, v: unknown): unknown {
  const copy = structuredClone(root) as Json;
  let node: Json = copy;
  for (const k of path) node = node[k] as Json;
  node[key] = v;
  return copy;
}

/** Walks a zod 4 schema and reports every node type, with its path. */
function schemaNodes(schema: z.ZodType, path = '$', seen = new Set<unknown>()): Array<{ path: string; type: string; schema: z.ZodType }> {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const out = [{ path, type: def.type, schema }];
  const sub = (s: unknown, p: string) => out.push(...schemaNodes(s as z.ZodType, p, seen));
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) sub(v, `${path}.${k}`);
      if (def.catchall) sub(def.catchall, `${path}.*`);
      break;
    case 'array':
      sub(def.element, `${path}[]`);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      sub(def.innerType, path);
      break;
    case 'pipe':
      sub(def.in, path);
      sub(def.out, path);
      break;
    case 'union':
      for (const o of def.options as unknown[]) sub(o, path);
      break;
    case 'intersection':
      sub(def.left, path);
      sub(def.right, path);
      break;
    case 'record':
      sub(def.keyType, `${path}{key}`);
      sub(def.valueType, `${path}{}`);
      break;
    case 'tuple':
      (def.items as unknown[]).forEach((it, i) => sub(it, `${path}[${i}]`));
      break;
    case 'lazy':
      sub((def.getter as () => unknown)(), path);
      break;
    default:
      break;
  }
  return out;
}

const isLogOp = (op: string) => op.startsWith('monitoring.') || op.startsWith('takedown.');
const LOG_OPS = OP_NAMES.filter(isLogOp);

let t: TestService;
let validInputs: Record<string, unknown>;

beforeAll(async () => {
  t = await createTestService();
  const { dossierId } = await seedDossier(t);
  const entry = {
    seenAt: '2026-11-28T08:15:00+01:00',
    seenBy: 'Mentor Jansen',
    platform: 'instagram',
    location: 'https://www.instagram.com/p/abc123/',
    description: 'Story met roddel over een leerling',
    reach: 'groep',
    tone: 'negatief',
    risk: 'middel',
    action: 'gemeld-bij-platform',
    actionNote: 'Via de meldknop in de app',
    followUpAt: '2026-11-30T09:00:00+01:00',
    status: 'opvolgen',
  } as const;
  const added = await t.dispatchOk('monitoring.add', { dossierId, entry });
  const takedown = {
    entryId: added.id,
    platform: 'instagram',
    location: 'https://www.instagram.com/p/abc123/',
    channel: 'platform',
    requestedAt: '2026-11-28T09:00:00+01:00',
    reference: 'IG-12345',
    status: 'aangevraagd',
    followUpAt: '2026-11-30T09:00:00+01:00',
    notes: 'Gemeld als naaktbeeld van minderjarige',
  } as const;
  const td = await t.dispatchOk('takedown.add', { dossierId, takedown });
  const filters = {
    platforms: ['instagram'],
    tones: ['negatief'],
    risks: ['middel'],
    statuses: ['open'],
    from: '2026-11-01T00:00:00+01:00',
    to: '2026-12-01T00:00:00+01:00',
  };
  validInputs = {
    'monitoring.list': { dossierId, filters, limit: 10, offset: 0 },
    'monitoring.history': { entryId: added.id },
    'monitoring.add': { dossierId, entry },
    'monitoring.quickAdd': { dossierId, platform: 'snapchat', location: 'groep 3B', description: 'Berichten over het filmpje' },
    'monitoring.correct': { correctsId: added.id, reason: 'Toon bijgesteld', entry: { ...entry, tone: 'bedreigend' } },
    'monitoring.stats': { dossierId, filters, utcOffsetMinutes: 60 },
    'takedown.list': { dossierId, openOnly: true },
    'takedown.add': { dossierId, takedown },
    'takedown.update': {
      takedownId: td.id,
      patch: { channel: 'politie', requestedAt: null, reference: 'PL-1', status: 'in-behandeling', followUpAt: null, notes: 'Doorgezet' },
      note: 'Gebeld met wijkagent',
    },
    'takedown.addFollowUp': { takedownId: td.id, note: 'Nagevraagd', status: 'in-behandeling', nextFollowUpAt: '2026-12-02T09:00:00+01:00' },
  };
});
afterAll(() => t.cleanup());

describe('no file can enter the monitoring log', () => {
  it('covers every monitoring and takedown operation, with inputs that are valid', () => {
    expect(LOG_OPS.length).toBeGreaterThanOrEqual(9);
    expect(Object.keys(validInputs).filter((op) => (OP_NAMES as string[]).includes(op)).sort()).toEqual([...LOG_OPS].sort());
    for (const op of LOG_OPS) {
      const parsed = API[op].input.safeParse(validInputs[op]);
      expect(parsed.success, `${op}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`).toBe(true);
    }
  });

  it('no operation of the whole API has a field type that could carry binary data', () => {
    const binaryCapable = new Set(['custom', 'any', 'unknown', 'file', 'instanceof', 'bigint', 'promise', 'function', 'map', 'set']);
    const offenders: string[] = [];
    for (const op of OP_NAMES) {
      for (const node of schemaNodes(API[op].input as z.ZodType)) {
        if (binaryCapable.has(node.type)) offenders.push(`${op} ${node.path}: ${node.type}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every text field of the log is bounded and refuses file-like content by itself', () => {
    for (const op of LOG_OPS) {
      for (const node of schemaNodes(API[op].input as z.ZodType)) {
        if (node.type !== 'string') continue;
        const def = (node.schema as unknown as { _zod: { def: { format?: string; checks?: Array<{ _zod: { def: { check: string } } }> } } })._zod.def;
        const checks = (def.checks ?? []).map((c) => c._zod.def.check);
        // ISO dates and ids have a fixed format (z.iso.datetime / regex): no room for a file.
        const formatted = def.format !== undefined || checks.includes('string_format');
        expect(formatted || checks.includes('max_length'), `${op} ${node.path} is unbounded`).toBe(true);
        if (!formatted) {
          // A free-text field: it must reject a data: URL on its own, wherever it is used.
          expect(node.schema.safeParse(`data:image/png;base64,${PNG.toString('base64')}`).success, `${op} ${node.path}`).toBe(false);
        }
      }
    }
  });

  it('refuses binary data, file URLs and base64 files in every field of every log operation, and stores nothing', async () => {
    const db = t.svc.ctx.db();
    const before = tableCounts(db);
    let attempts = 0;
    for (const op of LOG_OPS) {
      const valid = validInputs[op];
      for (const path of leafPaths(valid)) {
        for (const [label, payload] of BINARY_PAYLOADS) {
          const r = await t.svc.dispatch(op, setAt(valid, path, payload));
          attempts += 1;
          expect(r.ok, `${op} accepted ${label} in ${path.join('.')}`).toBe(false);
          if (!r.ok) expect(r.error.code).toBe('VALIDATION');
        }
      }
      // An extra field (e.g. "attachment") is refused everywhere: every schema is strict.
      for (const path of objectPaths(valid)) {
        for (const key of ['attachment', 'image', 'file', 'media', 'screenshot']) {
          const r = await t.svc.dispatch(op, addKeyAt(valid, path, key, PNG));
          attempts += 1;
          expect(r.ok, `${op} accepted extra key ${key} at ${path.join('.') || '(root)'}`).toBe(false);
        }
      }
    }
    expect(attempts).toBeGreaterThan(500);
    expect(tableCounts(db)).toEqual(before);
    // Nothing file-like reached the vault's text either.
    const texts = db
      .prepare('SELECT location, description, action_note, seen_by FROM monitoring_entries UNION ALL SELECT location, reference, notes, created_by FROM takedowns')
      .raw()
      .all() as string[][];
    for (const row of texts) for (const v of row) expect(fileLikeContent(v)).toBeNull();
  });

  it('explains the refusal in Dutch, saying what to record instead', async () => {
    const r = await t.svc.dispatch('monitoring.quickAdd', {
      ...(validInputs['monitoring.quickAdd'] as Json),
      description: `data:image/png;base64,${PNG.toString('base64')}`,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toBe(NO_FILES_MESSAGE);
      expect(r.error.message).toMatch(/strafbaar/);
      expect(r.error.message).toMatch(/link, platform, account/);
    }
  });

  it('keeps ordinary descriptions and links', () => {
    for (const ok of [
      'https://www.instagram.com/p/C0x9Yz_AbC/?igsh=MWd4bnJ0a2xqZ3Z5bA==',
      'https://vm.tiktok.com/ZGe7abcdE/',
      'Groepsapp "3B chill" (ongeveer 30 leden); bericht van 21:14 met een link naar een Snapchat-account',
      'Data: 12 en 13 november, zie ook het contentplan',
      'https://web.whatsapp.com/ – groep "Feestje za"',
    ]) {
      expect(fileLikeContent(ok), ok).toBeNull();
    }
  });
});

// Keep the list of op names typed, so a renamed op fails to compile here.
const _typed: OpName[] = LOG_OPS;
void _typed;
