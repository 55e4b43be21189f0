import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/errors';
import { decodeBackup, openManifest } from './backup-format';
import { toAppError, vaultError } from './errors';
import { fsyncDir, rmQuiet, statOrNull, writeFileAtomic } from './fsutil';
import { raiseKdf } from './kdf';
import {
  readKeyFile,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  wrapPassphraseSlot,
  writeKeyFile,
  type KeyFile,
} from './keyfile';
import { systemClock } from './clock';
import { VaultLock } from './lock';
import { latestVersion, userVersion } from './migrate';
import {
  DB_FILE,
  KEEP_META_FILE,
  KEPT_PREFIX,
  KEY_FILE,
  PAGE_SIZE,
  RESTORE_INTENT_FILE,
  STAGED_FILES,
  VAULT_FILES,
  assertStrong,
  finishInterruptedRestore,
  getMeta,
  mkdirVault,
  openDatabase,
  tableCounts,
  wrapErrors,
  writeRestoreIntent,
} from './open';
import { normalizeRecoveryKey } from './recovery';
import { Vault, openVaultWithKey, type OpenOptions, type RestoreSecret } from './vault';

/**
 * Restoring a backup (or going back to a kept copy) without ever losing the present:
 *
 * 1. prepare: the source is decrypted only as far as needed to verify it (key, sealed
 *    manifest, integrity_check, row counts) in a staging folder inside the vault folder; the
 *    current vault stays open and untouched. The plan says what the restore would lose.
 * 2. the caller asks the user (a native dialog of the main process) and closes the vault.
 * 3. commit: an intent record is written, the current files are *moved* into a kept folder
 *    (still encrypted), the staged files move in, the intent is removed. A crash anywhere in
 *    between is rolled forward on the next open (finishInterruptedRestore in open.ts).
 *
 * The kept folder stays until the next successful backup and is listed in the settings with a
 * way back (restore from it the same way).
 */

export type RestoreSource = { kind: 'backup'; file: string } | { kind: 'kept'; id: string };

export interface RestorePlan {
  /** When the source was made: the backup's sealed creation time, or when the copy was kept. */
  sourceCreatedAt: string;
  /** A vault exists in the folder and will be kept aside. */
  currentExists: boolean;
  /** The source belongs to the same vault (same vault id) as the current one. */
  sameVault: boolean;
  /**
   * Audit records of the current vault that the restored one will not have: those written
   * after the backup (same vault) or all of them (another vault). They stay in the kept copy.
   */
  lostAuditRecords: number;
  /** Time of the newest audit record of the current vault (what "now" is being replaced). */
  currentLastAuditAt: string | null;
}

export interface PreparedRestore {
  plan: RestorePlan;
  /** Swaps the files. The current vault must be closed first (the folder lock is taken here). */
  commit(): Promise<{ vault: Vault; keptCopy: string | null }>;
  /** Drops the staging folder; nothing else was touched. */
  abort(): void;
}

export interface RestoreOptions extends OpenOptions {
  /** The open vault of this folder, if any. A vault that exists but is locked is refused. */
  current?: Vault | null;
  /** Proof for replacing an existing vault: its passphrase, verified against its key file. */
  currentPassphrase?: string;
  /** Test hook: called before every step of the swap, so a test can kill the process there. */
  onStep?: (step: string) => void;
}

export interface KeptCopy {
  id: string;
  keptAt: string;
  /** The backup (or kept copy) that replaced it. */
  replacedBy: string;
  lostAuditRecords: number;
}

interface KeepMeta {
  keptAt: string;
  replacedBy: string;
  lostAuditRecords: number;
}

interface LoadedSource {
  createdAt: string;
  key: Buffer;
  keys: KeyFile;
  /** Files to copy into staging (database, and a WAL for a kept copy). */
  stage(stagingDir: string): void;
  /** Row counts and schema version the staged copy must show (backups only). */
  expect: { counts: Record<string, number>; userVersion: number } | null;
  corruptCode: 'BACKUP_INVALID';
  label: string;
  /** Removed after a successful commit (a kept copy that became the vault again). */
  consumed: string | null;
}

async function keyFor(keys: KeyFile, secret: RestoreSecret): Promise<Buffer> {
  if ('recoveryKey' in secret) {
    const normalized = normalizeRecoveryKey(secret.recoveryKey);
    if (!normalized) throw vaultError('WRONG_RECOVERY_KEY');
    const key = await unwrapWithRecoveryKey(keys, normalized);
    if (!key) throw vaultError('WRONG_RECOVERY_KEY');
    return key;
  }
  const key = await unwrapWithPassphrase(keys, secret.passphrase);
  if (!key) throw vaultError('WRONG_PASSPHRASE');
  return key;
}

async function loadSource(source: RestoreSource, dir: string, secret: RestoreSecret): Promise<LoadedSource> {
  if (source.kind === 'backup') {
    const { header, dbBytes } = wrapErrors(() => decodeBackup(source.file, PAGE_SIZE));
    const key = await keyFor(header.keys, secret);
    const manifest = openManifest(key, header);
    if (
      !manifest ||
      (manifest.dbSha256 !== undefined &&
        manifest.dbSha256 !== crypto.createHash('sha256').update(dbBytes).digest('hex'))
    ) {
      key.fill(0);
      throw vaultError('BACKUP_INVALID');
    }
    return {
      createdAt: header.createdAt,
      key,
      keys: header.keys,
      stage: (staging) => writeFileAtomic(path.join(staging, DB_FILE), dbBytes),
      expect: { counts: manifest.counts, userVersion: manifest.userVersion },
      corruptCode: 'BACKUP_INVALID',
      label: `back-up van ${header.createdAt}`,
      consumed: null,
    };
  }
  const keptDir = keptPath(dir, source.id);
  const meta = readKeepMeta(keptDir);
  if (!meta || !statOrNull(path.join(keptDir, DB_FILE))) {
    throw new AppError('NOT_FOUND', { key: 'KEPT_COPY_NOT_FOUND' });
  }
  const keys = wrapErrors(() => readKeyFile(path.join(keptDir, KEY_FILE)));
  const key = await keyFor(keys, secret);
  return {
    createdAt: meta.keptAt,
    key,
    keys,
    stage: (staging) => {
      for (const f of [DB_FILE, `${DB_FILE}-wal`]) {
        if (statOrNull(path.join(keptDir, f))) fs.copyFileSync(path.join(keptDir, f), path.join(staging, f));
      }
    },
    expect: null,
    corruptCode: 'BACKUP_INVALID',
    label: `bewaarde kopie van ${meta.keptAt}`,
    consumed: keptDir,
  };
}

function keptPath(dir: string, id: string): string {
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(id)) throw new AppError('NOT_FOUND', { key: 'KEPT_COPY_NOT_FOUND' });
  return path.join(dir, `${KEPT_PREFIX}${id}`);
}

function readKeepMeta(keptDir: string): KeepMeta | null {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(keptDir, KEEP_META_FILE), 'utf8')) as KeepMeta;
    return typeof m.keptAt === 'string' ? m : null;
  } catch {
    return null;
  }
}

/** Kept copies of replaced vaults in this folder, newest first. */
export function listKeptCopies(dir: string): KeptCopy[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((f) => f.startsWith(KEPT_PREFIX));
  } catch {
    return [];
  }
  const out: KeptCopy[] = [];
  for (const n of names) {
    const meta = readKeepMeta(path.join(dir, n));
    if (!meta || !statOrNull(path.join(dir, n, DB_FILE))) continue;
    out.push({
      id: n.slice(KEPT_PREFIX.length),
      keptAt: meta.keptAt,
      replacedBy: meta.replacedBy,
      lostAuditRecords: meta.lostAuditRecords,
    });
  }
  return out.sort((a, b) => b.keptAt.localeCompare(a.keptAt));
}

function auditFacts(db: Database.Database): {
  maxSeq: number;
  count: number;
  lastAt: string | null;
} {
  const row = db.prepare('SELECT max(seq) AS maxSeq, count(*) AS count FROM audit_log').get() as {
    maxSeq: number | null;
    count: number;
  };
  const lastAt = db.prepare('SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as
    | string
    | undefined;
  return { maxSeq: row.maxSeq ?? 0, count: row.count, lastAt: lastAt ?? null };
}

/**
 * What the current vault has: its id, its audit records, and how many come after `afterSeq`.
 * Read from the open vault, or (core callers with the passphrase) by opening it briefly.
 */
function readCurrentFacts(
  dir: string,
  current: Vault | null,
  key: Buffer,
  afterSeq: number,
  opts: OpenOptions,
): { vaultId: string; count: number; after: number; lastAt: string | null } {
  const read = (db: Database.Database) => {
    const f = auditFacts(db);
    return {
      vaultId: getMeta(db, 'vault_id') ?? '',
      count: f.count,
      lastAt: f.lastAt,
      after: Number(db.prepare('SELECT count(*) FROM audit_log WHERE seq > ?').pluck().get(afterSeq)),
    };
  };
  if (current) return read(current.db);
  // A damaged current vault (the usual reason to restore) is still replaced, and still kept.
  const unreadable = { vaultId: '', count: 0, after: 0, lastAt: null };
  let lock: VaultLock;
  try {
    lock = VaultLock.acquireMapped(dir);
  } catch (e) {
    throw toAppError(e);
  }
  try {
    const db = openDatabase(path.join(dir, DB_FILE), key, {
      create: false,
      corrupt: 'VAULT_CORRUPT',
      nativeBinding: opts.nativeBinding,
    });
    try {
      return read(db);
    } finally {
      db.close();
    }
  } catch {
    return unreadable;
  } finally {
    lock.release();
  }
}

export async function prepareRestore(
  source: RestoreSource,
  dir: string,
  secret: RestoreSecret,
  opts: RestoreOptions = {},
): Promise<PreparedRestore> {
  const viaRecovery = 'recoveryKey' in secret;
  if (viaRecovery) assertStrong(secret.newPassphrase);
  const st = wrapErrors(() => statOrNull(dir));
  if (st && !st.isDirectory()) throw vaultError('NOT_A_VAULT');

  // The present: an existing vault is only replaced with proof of its passphrase (verified
  // against its key file). The app also requires it to be unlocked (session handlers).
  const current = opts.current && opts.current.isOpen && path.resolve(opts.current.dir) === path.resolve(dir)
    ? opts.current
    : null;
  const currentExists = Vault.exists(dir);
  if (currentExists && !current && wrapErrors(() => VaultLock.isHeldByOther(dir))) throw vaultError('VAULT_IN_USE');
  if (currentExists && !opts.currentPassphrase) {
    throw new AppError('VALIDATION', { key: 'RESTORE_NEEDS_CURRENT_PASSPHRASE' });
  }
  const wrongCurrent = () =>
    new AppError('WRONG_PASSPHRASE', { key: 'RESTORE_WRONG_CURRENT_PASSPHRASE' });
  let currentKey: Buffer | null = null;
  if (current) {
    try {
      await current.verifyPassphrase(opts.currentPassphrase ?? '');
    } catch (e) {
      if (e instanceof AppError && e.code === 'WRONG_PASSPHRASE') throw wrongCurrent();
      throw e;
    }
    currentKey = current._keyCopy();
  } else if (currentExists) {
    const kf = wrapErrors(() => readKeyFile(path.join(dir, KEY_FILE)));
    currentKey = await unwrapWithPassphrase(kf, opts.currentPassphrase ?? '');
    if (!currentKey) throw wrongCurrent();
  }

  let src: LoadedSource;
  try {
    src = await loadSource(source, dir, secret);
  } catch (e) {
    currentKey?.fill(0);
    throw e;
  }
  const key = src.key;
  let staging: string | null = null;
  try {
    wrapErrors(() => mkdirVault(dir));
    staging = path.join(dir, `.restore-${crypto.randomBytes(6).toString('hex')}`);
    const stagingDir = staging;
    wrapErrors(() => {
      fs.mkdirSync(stagingDir, { mode: 0o700 });
      src.stage(stagingDir);
    });

    // Verify the copy before it goes anywhere near the live vault.
    const db = openDatabase(path.join(staging, DB_FILE), key, {
      create: false,
      corrupt: src.corruptCode,
      nativeBinding: opts.nativeBinding,
    });
    let stagedVaultId = '';
    let stagedMaxSeq = 0;
    try {
      // A kept copy may carry a WAL: fold it into the staged database file.
      wrapErrors(() => db.pragma('wal_checkpoint(TRUNCATE)'), src.corruptCode);
      const integrity = wrapErrors(() => db.pragma('integrity_check', { simple: true }), src.corruptCode);
      if (integrity !== 'ok') throw vaultError('BACKUP_INVALID');
      const uv = userVersion(db);
      if (uv > latestVersion()) throw vaultError('VAULT_TOO_NEW', 'VAULT_TOO_NEW_BACKUP');
      if (src.expect) {
        if (uv !== src.expect.userVersion) throw vaultError('BACKUP_INVALID');
        const counts = tableCounts(db);
        const expected = src.expect.counts;
        const same =
          Object.keys(counts).length === Object.keys(expected).length &&
          Object.entries(expected).every(([t, n]) => counts[t] === n);
        if (!same) throw vaultError('BACKUP_INVALID');
      }
      stagedVaultId = getMeta(db, 'vault_id') ?? '';
      stagedMaxSeq = auditFacts(db).maxSeq;
    } finally {
      db.close();
    }
    rmQuiet(path.join(staging, `${DB_FILE}-wal`));
    rmQuiet(path.join(staging, `${DB_FILE}-shm`));

    const facts = currentExists && currentKey ? readCurrentFacts(dir, current, currentKey, stagedMaxSeq, opts) : null;
    const sameVault = !!facts && stagedVaultId !== '' && stagedVaultId === facts.vaultId;
    const lostAuditRecords = facts ? (sameVault ? facts.after : facts.count) : 0;

    // Which secrets open the restored vault. Same vault and same key: keep today's key file, so
    // an older (perhaps leaked) passphrase or recovery key in the backup does not come back.
    let keys: KeyFile = src.keys;
    const sameKey =
      sameVault && !!currentKey && currentKey.length === key.length && crypto.timingSafeEqual(currentKey, key);
    if (viaRecovery) {
      const base = sameKey ? wrapErrors(() => readKeyFile(path.join(dir, KEY_FILE))) : src.keys;
      const target = opts.kdf ?? base.kdf;
      const { kdf, slot } = await wrapPassphraseSlot(key, secret.newPassphrase, raiseKdf(base.kdf, target));
      keys = { ...base, kdf, slots: { ...base.slots, passphrase: slot } };
    } else if (sameKey) {
      keys = wrapErrors(() => readKeyFile(path.join(dir, KEY_FILE)));
    }
    const stagedKeys = keys;
    wrapErrors(() => writeKeyFile(path.join(stagingDir, KEY_FILE), stagedKeys));
    wrapErrors(() => fsyncDir(stagingDir));

    const plan: RestorePlan = {
      sourceCreatedAt: src.createdAt,
      currentExists,
      sameVault,
      lostAuditRecords,
      currentLastAuditAt: facts?.lastAt ?? null,
    };
    let done = false;
    const abort = () => {
      if (done) return;
      done = true;
      rmQuiet(stagingDir);
      key.fill(0);
    };
    const commit = async () => {
      if (done) throw vaultError('INTERNAL');
      done = true;
      try {
        return await commitSwap(dir, stagingDir, Buffer.from(key), plan, src, viaRecovery, opts);
      } finally {
        key.fill(0);
      }
    };
    staging = null; // owned by the prepared restore now
    return { plan, commit, abort };
  } catch (e) {
    if (staging) rmQuiet(staging);
    key.fill(0);
    throw toAppError(e);
  } finally {
    currentKey?.fill(0);
  }
}

async function commitSwap(
  dir: string,
  staging: string,
  key: Buffer,
  plan: RestorePlan,
  src: LoadedSource,
  viaRecovery: boolean,
  opts: RestoreOptions,
): Promise<{ vault: Vault; keptCopy: string | null }> {
  const step = (name: string) => opts.onStep?.(name);
  const now = opts.now ?? systemClock;
  let lock: VaultLock | undefined;
  let intentWritten = false;
  const keptId = `${now().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(3).toString('hex')}`;
  const keptName = `${KEPT_PREFIX}${keptId}`;
  const kept = path.join(dir, keptName);
  const hasOld = VAULT_FILES.some((f) => statOrNull(path.join(dir, f)));
  step('begin');
  try {
    lock = VaultLock.acquireMapped(dir);
    step('locked');
    if (hasOld) {
      fs.mkdirSync(kept, { mode: 0o700 });
      const meta: KeepMeta = {
        keptAt: now().toISOString(),
        replacedBy: src.label,
        lostAuditRecords: plan.lostAuditRecords,
      };
      writeFileAtomic(path.join(kept, KEEP_META_FILE), `${JSON.stringify(meta)}\n`);
    }
    step('kept-folder');
    writeRestoreIntent(dir, { staging: path.basename(staging), kept: keptName });
    intentWritten = true;
    step('intent');
    for (const f of VAULT_FILES) {
      if (statOrNull(path.join(dir, f))) {
        fs.renameSync(path.join(dir, f), path.join(kept, f));
        step(`kept:${f}`);
      }
    }
    if (hasOld) fsyncDir(kept);
    for (const f of STAGED_FILES) {
      fs.renameSync(path.join(staging, f), path.join(dir, f));
      step(`in:${f}`);
    }
    fsyncDir(dir);
    step('synced');
    rmQuiet(staging);
    rmQuiet(path.join(dir, RESTORE_INTENT_FILE));
    fsyncDir(dir);
    step('done');
  } catch (e) {
    // After the intent is written, the only safe direction is forward (the staged files are
    // verified); if even that fails here, the next open tries again.
    if (intentWritten) {
      try {
        finishInterruptedRestore(dir);
      } catch {
        /* retried on the next open */
      }
    } else {
      rmQuiet(staging);
      if (hasOld && !VAULT_FILES.some((f) => statOrNull(path.join(kept, f)))) rmQuiet(kept);
    }
    lock?.release();
    key.fill(0);
    throw toAppError(e);
  }
  const vault = openVaultWithKey(dir, key, opts, lock);
  if (src.consumed) rmQuiet(src.consumed);
  const lost =
    plan.lostAuditRecords > 0
      ? ` ${plan.lostAuditRecords} auditregels van na dat moment staan in de bewaarde kopie ${keptId}.`
      : '';
  vault.audit(
    'backup_restored',
    null,
    `${src.label.charAt(0).toUpperCase()}${src.label.slice(1)} teruggezet${viaRecovery ? ' met herstelsleutel; nieuwe wachtwoordzin ingesteld' : ''}.${
      plan.currentExists ? ` De vervangen kluis is bewaard (${plan.sameVault ? 'dezelfde kluis' : 'een andere kluis'}).` : ''
    }${lost}`,
  );
  return { vault, keptCopy: hasOld ? keptId : null };
}

/** For tests and the shell: a whole restore without a question in between (no existing vault). */
export async function restoreInto(
  source: RestoreSource,
  dir: string,
  secret: RestoreSecret,
  opts: RestoreOptions & { confirm?: (plan: RestorePlan) => Promise<boolean> } = {},
): Promise<{ vault: Vault; keptCopy: string | null; plan: RestorePlan } | { cancelled: true; plan: RestorePlan }> {
  const prepared = await prepareRestore(source, dir, secret, opts);
  if (prepared.plan.currentExists) {
    const ok = opts.confirm ? await opts.confirm(prepared.plan) : false;
    if (!ok) {
      prepared.abort();
      return { cancelled: true, plan: prepared.plan };
    }
  }
  opts.current?.close();
  const r = await prepared.commit();
  return { ...r, plan: prepared.plan };
}
