import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { CoreContext } from '../../src/core/context';
import { loadDossierDetail } from '../../src/core/dossiers/handlers';
import { buildOverview } from '../../src/core/dossiers/overview';
import { OVERVIEW_EXTENSIONS } from '../../src/core/service';
import { headlessPlatform } from '../../src/core/platform';
import type { SettingsStore } from '../../src/core/settings';
import { registerSqlFunctions } from '../../src/core/vault/sql-functions';
import { measureSet, round2, type Timing } from './measure';

/**
 * Cipher and page-cache settings side by side, on copies of the benchmark's data (the plain
 * database re-encrypted per variant with `rekey`, so every variant holds the same pages), all
 * workloads alternating between variants in one loop.
 */
export interface TuningVariant {
  id: string;
  label: string;
  /** Pragmas before the key (cipher configuration), as the vault would set them. */
  cipherPragmas: string[];
  pageSize: number;
  cacheKiB: number;
  /** null: plain SQLite (the reference). */
  encrypted: boolean;
  /** Opens in stock SQLCipher 4 (DB Browser for SQLite, sqlcipher CLI) with the raw key and no settings. */
  sqlcipher4Default: boolean;
  compatibility: string;
}

export interface TuningRow {
  id: string;
  label: string;
  pageSize: number;
  cacheKiB: number;
  compatibility: string;
  sqlcipher4Default: boolean;
  fileBytes: number;
  timings: Record<string, Timing>;
  /** Per workload: median / plain median. */
  ratioToPlain: Record<string, number>;
}

export interface TuningResult {
  workloads: Array<{ id: string; label: string }>;
  rows: TuningRow[];
  notes: string[];
}

const CURRENT = ["cipher = 'sqlcipher'", 'legacy = 4'];
const SQLCIPHER_OPEN = 'opens in stock SQLCipher 4 with the raw key';

export const VARIANTS: TuningVariant[] = [
  { id: 'plain', label: 'plain SQLite (reference)', cipherPragmas: [], pageSize: 4096, cacheKiB: 32768, encrypted: false, sqlcipher4Default: false, compatibility: 'not encrypted' },
  { id: 'current', label: 'SQLCipher 4: AES-256-CBC + HMAC-SHA512, 4 KiB pages, 32 MiB cache (the vault today)', cipherPragmas: CURRENT, pageSize: 4096, cacheKiB: 32768, encrypted: true, sqlcipher4Default: true, compatibility: SQLCIPHER_OPEN },
  { id: 'cache2', label: 'same, 2 MiB page cache (SQLite default)', cipherPragmas: CURRENT, pageSize: 4096, cacheKiB: 2048, encrypted: true, sqlcipher4Default: true, compatibility: SQLCIPHER_OPEN },
  { id: 'cache128', label: 'same, 128 MiB page cache', cipherPragmas: CURRENT, pageSize: 4096, cacheKiB: 131072, encrypted: true, sqlcipher4Default: true, compatibility: SQLCIPHER_OPEN },
  { id: 'page8', label: 'SQLCipher 4, 8 KiB pages', cipherPragmas: [...CURRENT, 'legacy_page_size = 8192'], pageSize: 8192, cacheKiB: 32768, encrypted: true, sqlcipher4Default: false, compatibility: 'SQLCipher 4 with PRAGMA cipher_page_size = 8192' },
  { id: 'page16', label: 'SQLCipher 4, 16 KiB pages', cipherPragmas: [...CURRENT, 'legacy_page_size = 16384'], pageSize: 16384, cacheKiB: 32768, encrypted: true, sqlcipher4Default: false, compatibility: 'SQLCipher 4 with PRAGMA cipher_page_size = 16384' },
  { id: 'sha256', label: 'SQLCipher 4, HMAC-SHA256', cipherPragmas: [...CURRENT, 'hmac_algorithm = 1'], pageSize: 4096, cacheKiB: 32768, encrypted: true, sqlcipher4Default: false, compatibility: 'SQLCipher 4 with PRAGMA cipher_hmac_algorithm = HMAC_SHA256' },
  { id: 'sha1', label: 'SQLCipher 4, HMAC-SHA1 (SQLCipher 3 strength)', cipherPragmas: [...CURRENT, 'hmac_algorithm = 0'], pageSize: 4096, cacheKiB: 32768, encrypted: true, sqlcipher4Default: false, compatibility: 'SQLCipher 4 with PRAGMA cipher_hmac_algorithm = HMAC_SHA1' },
  { id: 'chacha20', label: 'ChaCha20-Poly1305 (library default)', cipherPragmas: ["cipher = 'chacha20'"], pageSize: 4096, cacheKiB: 32768, encrypted: true, sqlcipher4Default: false, compatibility: 'SQLite3 Multiple Ciphers only' },
  { id: 'aegis', label: 'AEGIS (AES-based AEAD)', cipherPragmas: ["cipher = 'aegis'"], pageSize: 4096, cacheKiB: 32768, encrypted: true, sqlcipher4Default: false, compatibility: 'SQLite3 Multiple Ciphers ≥ 2.1 only' },
  { id: 'ascon128', label: 'Ascon-128', cipherPragmas: ["cipher = 'ascon128'"], pageSize: 4096, cacheKiB: 32768, encrypted: true, sqlcipher4Default: false, compatibility: 'SQLite3 Multiple Ciphers only' },
];

const WORKLOADS = [
  { id: 'scan', label: 'logbook scan' },
  { id: 'dossier', label: 'load one dossier' },
  { id: 'insert', label: 'insert line + audit (fsync)' },
  { id: 'coldOverview', label: 'open + first overview' },
];

function rawKey(key: Buffer): Buffer {
  return Buffer.from(`x'${key.toString('hex')}'`, 'latin1');
}

/** Builds one variant file from a checkpointed plain database: page size first, then rekey. */
function buildVariantFile(plainFile: string, file: string, v: TuningVariant, key: Buffer): void {
  fs.copyFileSync(plainFile, file);
  if (!v.encrypted) return;
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
    if (v.pageSize !== 4096) {
      db.pragma(`page_size = ${v.pageSize}`);
      db.exec('VACUUM');
    }
    for (const p of v.cipherPragmas) db.pragma(p);
    const spec = rawKey(key);
    db.rekey(spec);
    spec.fill(0);
  } finally {
    db.close();
  }
}

function openVariant(file: string, v: TuningVariant, key: Buffer): Database.Database {
  const db = new Database(file);
  if (v.encrypted) {
    for (const p of v.cipherPragmas) db.pragma(p);
    const spec = rawKey(key);
    db.key(spec);
    spec.fill(0);
  }
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('mmap_size = 0');
  db.pragma(`cache_size = -${v.cacheKiB}`);
  registerSqlFunctions(db);
  return db;
}

export async function runTuning(opts: {
  plainFile: string;
  dir: string;
  settings: SettingsStore;
  dossierIds: string[];
  now: Date;
  runs: number;
  insertLine: (db: Database.Database, dossierId: string, i: number) => void;
  log: (line: string) => void;
}): Promise<TuningResult> {
  const key = crypto.randomBytes(32);
  const files = new Map<string, string>();
  for (const v of VARIANTS) {
    // Cache variants share the file of the cipher they use.
    const shared = v.id === 'cache2' || v.id === 'cache128' ? 'current' : v.id;
    if (!files.has(shared)) {
      const file = path.join(opts.dir, `${shared}.db`);
      const base = VARIANTS.find((x) => x.id === shared)!;
      buildVariantFile(opts.plainFile, file, base, key);
      files.set(shared, file);
      opts.log(`  built ${shared} (${(fs.statSync(file).size / 1024 / 1024).toFixed(0)} MB)`);
    }
    files.set(v.id, files.get(shared)!);
  }
  const dbs = new Map<string, Database.Database>();
  const ctxs = new Map<string, CoreContext>();
  for (const v of VARIANTS) {
    const db = openVariant(files.get(v.id)!, v, key);
    dbs.set(v.id, db);
    const ctx = new CoreContext({ platform: headlessPlatform, settings: opts.settings, clock: () => opts.now });
    ctx.db = () => dbs.get(v.id)!;
    ctxs.set(v.id, ctx);
  }
  const timings = new Map<string, Record<string, Timing>>(VARIANTS.map((v) => [v.id, {}]));
  const ids = opts.dossierIds;
  let n = 5_000_000;
  const per: Record<string, (v: TuningVariant) => (i: number) => unknown> = {
    scan: (v) => () => dbs.get(v.id)!.prepare('SELECT count(*), sum(length(text)) FROM chronology').get(),
    dossier: (v) => (i) => loadDossierDetail(ctxs.get(v.id)!, ids[(Math.abs(i) * 7 + 300) % ids.length]!),
    insert: (v) => () => opts.insertLine(dbs.get(v.id)!, ids[0]!, n++),
    coldOverview: (v) => () => {
      // A fresh connection: empty page cache, as right after an unlock.
      const db = openVariant(files.get(v.id)!, v, key);
      const ctx = new CoreContext({ platform: headlessPlatform, settings: opts.settings, clock: () => opts.now });
      ctx.db = () => db;
      try {
        buildOverview(ctx, null, OVERVIEW_EXTENSIONS);
      } finally {
        db.close();
      }
    },
  };
  for (const w of WORKLOADS) {
    const runs = w.id === 'insert' || w.id === 'dossier' ? opts.runs * 4 : opts.runs;
    const res = await measureSet(
      runs,
      VARIANTS.map((v) => per[w.id]!(v)),
      1,
    );
    VARIANTS.forEach((v, k) => {
      timings.get(v.id)![w.id] = res[k]!;
    });
    opts.log(`  ${w.label}: ${VARIANTS.map((v, k) => `${v.id} ${res[k]!.medianMs}`).join(', ')}`);
  }
  for (const db of dbs.values()) db.close();
  key.fill(0);
  const plainT = timings.get('plain')!;
  const rows: TuningRow[] = VARIANTS.map((v) => {
    const t = timings.get(v.id)!;
    const ratioToPlain: Record<string, number> = {};
    for (const w of WORKLOADS) ratioToPlain[w.id] = round2(t[w.id]!.medianMs / Math.max(plainT[w.id]!.medianMs, 0.001));
    return {
      id: v.id,
      label: v.label,
      pageSize: v.pageSize,
      cacheKiB: v.cacheKiB,
      compatibility: v.compatibility,
      sqlcipher4Default: v.sqlcipher4Default,
      fileBytes: fs.statSync(files.get(v.id)!).size,
      timings: t,
      ratioToPlain,
    };
  });
  for (const f of new Set(files.values())) {
    for (const x of [f, `${f}-wal`, `${f}-shm`]) fs.rmSync(x, { force: true });
  }
  return {
    workloads: WORKLOADS,
    rows,
    notes: [
      '`cipher_memory_security` is a SQLCipher (Zetetic) setting; SQLite3 Multiple Ciphers, the engine behind better-sqlite3-multiple-ciphers, has no such pragma (`PRAGMA cipher_memory_security` returns nothing and changes nothing), so there is nothing to tune: it does not lock or wipe its page buffers on every allocation the way SQLCipher does with that setting on.',
    ],
  };
}
