import crypto from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  dossierId: string | null;
  details: string;
}

export type AuditVerification =
  { ok: true; count: number } | { ok: false; brokenAtSeq: number; reason: string };

export const GENESIS_HASH = '0'.repeat(64);

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  dossier_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** Canonical JSON: fixed key order, so the same record always hashes the same. */
function canonical(seq: number, e: AuditEntry): string {
  return JSON.stringify([
    ['seq', seq],
    ['at', e.at],
    ['actor', e.actor],
    ['action', e.action],
    ['dossierId', e.dossierId],
    ['details', e.details],
  ]);
}

/** seq is part of the hash, so swapping two records' contents breaks the chain. */
export function auditHash(prevHash: string, seq: number, e: AuditEntry): string {
  return crypto.createHash('sha256').update(prevHash).update(canonical(seq, e)).digest('hex');
}

function getMeta(db: Database.Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

function setMeta(db: Database.Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/**
 * Appends one record to the hash chain. The head hash and count are mirrored in `meta`, so
 * removing the newest record (which leaves a valid-looking shorter chain) is still detected.
 * Runs in a transaction (a savepoint when nested in the caller's transaction).
 */
export function appendAudit(db: Database.Database, entry: AuditEntry): { seq: number; hash: string } {
  return db.transaction(() => {
    const prevHash = getMeta(db, 'audit_head') ?? GENESIS_HASH;
    const count = Number(getMeta(db, 'audit_count') ?? '0');
    const seq = count + 1;
    const hash = auditHash(prevHash, seq, entry);
    db.prepare(
      'INSERT INTO audit_log(seq, at, actor, action, dossier_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(seq, entry.at, entry.actor, entry.action, entry.dossierId, entry.details, prevHash, hash);
    setMeta(db, 'audit_head', hash);
    setMeta(db, 'audit_count', String(seq));
    return { seq, hash };
  })();
}

/** Walks the whole chain. Detects altered, removed (middle or newest) and reordered records. */
export function verifyAuditChain(db: Database.Database): AuditVerification {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  const rows = db
    .prepare(
      'SELECT seq, at, actor, action, dossier_id, details, prev_hash, hash FROM audit_log ORDER BY seq',
    )
    .iterate() as IterableIterator<AuditRow>;
  for (const r of rows) {
    if (r.seq !== expectedSeq) {
      return {
        ok: false,
        brokenAtSeq: expectedSeq,
        reason: `Logboekregel ${expectedSeq} ontbreekt: er is een regel verwijderd.`,
      };
    }
    if (r.prev_hash !== prevHash) {
      return {
        ok: false,
        brokenAtSeq: r.seq,
        reason: `Logboekregel ${r.seq} sluit niet aan op de vorige regel: regels zijn verwijderd of verwisseld.`,
      };
    }
    const entry: AuditEntry = {
      at: r.at,
      actor: r.actor,
      action: r.action,
      dossierId: r.dossier_id,
      details: r.details,
    };
    if (auditHash(prevHash, r.seq, entry) !== r.hash) {
      return { ok: false, brokenAtSeq: r.seq, reason: `Logboekregel ${r.seq} is achteraf gewijzigd.` };
    }
    prevHash = r.hash;
    expectedSeq++;
  }
  const count = expectedSeq - 1;
  const metaCount = Number(getMeta(db, 'audit_count') ?? '0');
  const metaHead = getMeta(db, 'audit_head') ?? GENESIS_HASH;
  if (metaCount !== count || metaHead !== prevHash) {
    return {
      ok: false,
      brokenAtSeq: count + 1,
      reason:
        metaCount > count
          ? `De laatste ${metaCount - count === 1 ? 'logboekregel is' : `${metaCount - count} logboekregels zijn`} verwijderd.`
          : 'Het logboek klopt niet met de opgeslagen controlewaarde: het is achteraf gewijzigd.',
    };
  }
  return { ok: true, count };
}
