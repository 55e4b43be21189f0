import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  Vault,
  LOCK_FILE,
  VaultLock,
  KEY_FILE,
  DB_FILE,
  latestVersion,
  verifyAuditChain,
} from '../../../src/core/vault';
import {
  PASS,
  PASS2,
  PASS3,
  TINY_KDF,
  expectCode,
  expectUnchanged,
  filesUnder,
  rmDir,
  snapshot,
  tmpDir,
} from './helpers';

let dir: string;
const open: Vault[] = [];
beforeEach(() => {
  dir = tmpDir();
});
afterEach(() => {
  for (const v of open.splice(0)) v.close();
  rmDir(dir);
});
const track = <T extends Vault>(v: T): T => {
  open.push(v);
  return v;
};
const create = async (d = dir) => {
  const r = await Vault.create(d, { passphrase: PASS, userName: 'Mevr. De Vries', kdf: TINY_KDF });
  track(r.vault);
  return r;
};

describe('Vault create / unlock / lock', () => {
  it('creates an encrypted vault, locks it and unlocks it again', async () => {
    expect(Vault.exists(dir)).toBe(false);
    const { vault, recoveryKey } = await create();
    expect(recoveryKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
    expect(vault.isOpen).toBe(true);
    expect(vault.userName).toBe('Mevr. De Vries');
    expect(Vault.exists(dir)).toBe(true);
    expect(VaultLock.isHeldByOther(dir)).toBe(true);
    vault.db.exec('CREATE TABLE t(x TEXT) STRICT');
    vault.transaction(() => vault.db.prepare('INSERT INTO t VALUES (?)').run('hallo'));
    vault.close();
    expect(vault.isOpen).toBe(false);
    // The lock is the OS's and is released on close; its file stays (see lock.ts).
    expect(VaultLock.isHeldByOther(dir)).toBe(false);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    await expectCode(() => vault.db, 'VAULT_LOCKED');

    const kf = JSON.parse(fs.readFileSync(path.join(dir, KEY_FILE), 'utf8'));
    expect(kf).toMatchObject({
      format: 'vangnet-keys',
      version: 1,
      kdf: { algorithm: 'argon2id', memoryCost: 1024 },
    });
    expect(fs.readFileSync(path.join(dir, DB_FILE)).subarray(0, 15).toString('latin1')).not.toBe(
      'SQLite format 3',
    );

    const again = track(await Vault.unlock(dir, PASS));
    expect(again.db.prepare('SELECT x FROM t').pluck().all()).toEqual(['hallo']);
    expect(again.userName).toBe('Mevr. De Vries');
    const actions = again.db.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all();
    expect(actions).toEqual(['vault_created', 'vault_unlocked']);
    expect(verifyAuditChain(again.db)).toEqual({ ok: true, count: 2 });
  });

  it('has the security PRAGMAs in effect', async () => {
    const { vault } = await create();
    const p = (name: string) => vault.db.pragma(name, { simple: true });
    expect(p('temp_store')).toBe(2);
    expect(p('foreign_keys')).toBe(1);
    expect(p('secure_delete')).toBe(1);
    expect(p('journal_mode')).toBe('wal');
    expect(p('synchronous')).toBe(2);
    expect(p('mmap_size')).toBe(0);
    expect(p('user_version')).toBe(latestVersion());
  });

  it('refuses to create over an existing vault', async () => {
    const { vault } = await create();
    vault.close();
    await expectCode(Vault.create(dir, { passphrase: PASS, userName: 'X', kdf: TINY_KDF }), 'VAULT_EXISTS');
  });

  it('rejects a wrong passphrase without changing a single file', async () => {
    const { vault } = await create();
    vault.close();
    const before = snapshot(dir);
    await expectCode(Vault.unlock(dir, 'dit is niet de goede zin'), 'WRONG_PASSPHRASE');
    await expectCode(Vault.unlock(dir, ''), 'WRONG_PASSPHRASE');
    expectUnchanged(before, snapshot(dir));
  });

  it('unlocks with the recovery key (any case, spaces, O/0 and I/1 confusion) and sets a new passphrase', async () => {
    const { vault, recoveryKey } = await create();
    vault.close();
    const typed = ` ${recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'I')} `;
    const v = track(await Vault.unlockWithRecoveryKey(dir, typed, PASS2));
    expect(v.db.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get()).toBe(
      'vault_recovered',
    );
    v.close();
    await expectCode(Vault.unlock(dir, PASS), 'WRONG_PASSPHRASE');
    track(await Vault.unlock(dir, PASS2)).close();
    // The paper recovery key keeps working.
    track(await Vault.unlockWithRecoveryKey(dir, recoveryKey, PASS3)).close();
  });

  it('rejects a wrong recovery key, without changes', async () => {
    const { vault, recoveryKey } = await create();
    vault.close();
    const before = snapshot(dir);
    const flipped = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
    await expectCode(Vault.unlockWithRecoveryKey(dir, flipped, PASS2), 'WRONG_RECOVERY_KEY');
    await expectCode(Vault.unlockWithRecoveryKey(dir, 'ABCD-EFGH', PASS2), 'WRONG_RECOVERY_KEY');
    await expectCode(Vault.unlockWithRecoveryKey(dir, recoveryKey, 'kort'), 'WEAK_PASSPHRASE');
    expectUnchanged(before, snapshot(dir));
  });

  it('changes the passphrase (one way: on the open vault, proving the old one)', async () => {
    const { vault } = await create();
    vault.close();
    const first = track(await Vault.unlock(dir, PASS, { kdf: TINY_KDF }));
    await expectCode(first.changePassphrase('verkeerde oude zin hier', PASS2), 'WRONG_PASSPHRASE');
    await first.changePassphrase(PASS, PASS2);
    first.close();
    await expectCode(Vault.unlock(dir, PASS), 'WRONG_PASSPHRASE');
    const v = track(await Vault.unlock(dir, PASS2, { kdf: TINY_KDF }));
    await expectCode(v.changePassphrase('verkeerde oude zin hier', PASS3), 'WRONG_PASSPHRASE');
    await expectCode(v.changePassphrase(PASS2, 'wachtwoord123!'), 'WEAK_PASSPHRASE');
    await v.changePassphrase(PASS2, PASS3);
    const actions = v.db
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'passphrase_changed'")
      .pluck()
      .get();
    expect(actions).toBe(2);
    v.close();
    await expectCode(Vault.unlock(dir, PASS2), 'WRONG_PASSPHRASE');
    track(await Vault.unlock(dir, PASS3)).close();
    // No temp files left behind by the atomic key-file writes.
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('rejects a weak passphrase at create with a Dutch explanation', async () => {
    const e = await expectCode(
      Vault.create(dir, { passphrase: 'Welkom2024!', userName: 'X', kdf: TINY_KDF }),
      'WEAK_PASSPHRASE',
    );
    expect(e.message).toMatch(/wachtwoordzin/i);
    expect(e.message).toMatch(/laptop/);
    expect(Vault.exists(dir)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a second open while the first is open (VAULT_IN_USE); a pid in the lock file means nothing', async () => {
    const { vault } = await create();
    await expectCode(Vault.unlock(dir, PASS), 'VAULT_IN_USE');
    vault.close();

    // The pid file this lock replaced read a live (or recycled) pid as "in use". Killed
    // holders and other processes: tests/unit/vault/lock.test.ts, tests/reliability/in-use.test.ts.
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${process.ppid}\n`);
    const v = track(await Vault.unlock(dir, PASS));
    await expectCode(Vault.unlock(dir, PASS), 'VAULT_IN_USE');
    v.close();
  });

  it('writes no plaintext to disk: vault folder and new temp entries never contain the marker', async () => {
    const marker = 'ZEBRA-MARKER-4711';
    const tmpBefore = new Set(fs.readdirSync(os.tmpdir()));
    const { vault } = await create();
    vault.db.exec('CREATE TABLE notes(body TEXT NOT NULL) STRICT');
    vault.transaction(() => {
      for (let i = 0; i < 200; i++)
        vault.db.prepare('INSERT INTO notes VALUES (?)').run(`${marker} regel ${i}`);
    });
    // Temp b-trees (ORDER BY without index) must stay in memory.
    vault.db.prepare('SELECT body FROM notes ORDER BY body DESC').all();
    const scan = (files: string[]) => {
      for (const f of files) {
        const bytes = fs.readFileSync(f);
        expect(bytes.includes(marker), f).toBe(false);
        expect(bytes.includes(Buffer.from(marker, 'utf16le')), f).toBe(false);
      }
    };
    scan(filesUnder(dir)); // while open: db + WAL
    vault.close();
    const files = filesUnder(dir);
    // The lock file stays after close (an empty SQLite file; the scan shows it holds nothing).
    expect(files.map((f) => path.basename(f)).sort()).toEqual([DB_FILE, KEY_FILE, LOCK_FILE].sort());
    scan(files);
    const newTmp = fs.readdirSync(os.tmpdir()).filter((e) => !tmpBefore.has(e));
    scan(
      newTmp.flatMap((e) => {
        const p = path.join(os.tmpdir(), e);
        try {
          return fs.statSync(p).isDirectory() ? filesUnder(p) : [p];
        } catch {
          return [];
        }
      }),
    );
    // Sanity: the marker really is in there.
    const v = track(await Vault.unlock(dir, PASS));
    expect(v.db.prepare('SELECT count(*) FROM notes WHERE body LIKE ?').pluck().get(`${marker}%`)).toBe(200);
  });

  it('setUserName updates meta and the audit actor', async () => {
    const { vault } = await create();
    vault.setUserName('Dhr. Yılmaz');
    expect(vault.userName).toBe('Dhr. Yılmaz');
    vault.audit('test', null, 'iets');
    const last = vault.db.prepare('SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get();
    expect(last).toBe('Dhr. Yılmaz');
    expect(vault.verifyAudit()).toEqual({ ok: true, count: 3 });
  });
});

describe('key file crash safety', () => {
  it('a passphrase change killed before the rename leaves the old passphrase working', async () => {
    const { vault } = await create();
    vault.close();
    // What a crash mid-write leaves behind: a half-written temp file next to the intact key file.
    fs.writeFileSync(path.join(dir, `.${KEY_FILE}.tmp-deadbeef0000`), '{"format":"vangnet-keys","versi');
    const v = track(await Vault.unlock(dir, PASS));
    expect(v.isOpen).toBe(true);
  });
});
