import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Vault, DB_FILE, KEY_FILE, verifyAuditChain } from '../../../src/core/vault';
import { restoreInto } from '../../../src/core/vault/restore';
import { PASS, PASS2, TINY_KDF, expectCode, expectUnchanged, rmDir, snapshot, tmpDir } from './helpers';

/**
 * Restores the way the app does over an existing vault: with its passphrase (PASS) and a "yes"
 * in main's dialog; into an empty folder nothing is asked.
 */
async function restoreFrom(
  backup: string,
  into: string,
  secret: { passphrase: string } | { recoveryKey: string; newPassphrase: string },
): Promise<Vault> {
  const r = await restoreInto({ kind: 'backup', file: backup }, into, secret, {
    kdf: TINY_KDF,
    currentPassphrase: PASS,
    confirm: async () => true,
  });
  if ('cancelled' in r) throw new Error('restore cancelled');
  return r.vault;
}

const MARKER = 'OKAPI-BACKUP-MARKER-0815';
let dir: string;
let out: string;
const open: Vault[] = [];
beforeEach(() => {
  dir = tmpDir();
  out = tmpDir();
});
afterEach(() => {
  for (const v of open.splice(0)) v.close();
  rmDir(dir);
  rmDir(out);
});

async function vaultWithData(): Promise<{ vault: Vault; recoveryKey: string; backup: string }> {
  const { vault, recoveryKey } = await Vault.create(dir, {
    passphrase: PASS,
    userName: 'Test',
    kdf: TINY_KDF,
  });
  open.push(vault);
  vault.db.exec('CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
  vault.transaction(() => {
    for (let i = 0; i < 50; i++) vault.db.prepare('INSERT INTO notes(body) VALUES (?)').run(`${MARKER} ${i}`);
  });
  const backup = path.join(out, 'kluis.vangnetbackup');
  await vault.backupTo(backup);
  return { vault, recoveryKey, backup };
}

const countNotes = (v: Vault) => v.db.prepare('SELECT count(*) FROM notes').pluck().get();

describe('backup and restore', () => {
  it('writes an encrypted single file and restores it (round trip)', async () => {
    const { vault, backup } = await vaultWithData();
    const bytes = fs.readFileSync(backup);
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('VANGNET-BACKUP\n');
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes('SQLite format 3')).toBe(false);
    expect(bytes.includes(MARKER)).toBe(false);
    expect(bytes.includes(Buffer.from(MARKER, 'utf16le'))).toBe(false);
    expect(bytes.includes('Test')).toBe(false); // user name lives only inside the encrypted db
    expect(fs.readdirSync(out)).toEqual(['kluis.vangnetbackup']); // no temp copies left
    expect(vault.db.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get()).toBe(
      'backup_created',
    );

    const info = Vault.inspectBackup(backup);
    expect(info).toMatchObject({ ok: true, formatVersion: 2 });

    // Changes after the backup are undone by the restore.
    vault.db.prepare('DELETE FROM notes WHERE id > 10').run();
    vault.close();

    const restored = await restoreFrom(backup, dir, { passphrase: PASS });
    open.push(restored);
    expect(countNotes(restored)).toBe(50);
    expect(restored.db.prepare('SELECT body FROM notes WHERE id = 50').pluck().get()).toBe(`${MARKER} 49`);
    expect(verifyAuditChain(restored.db)).toMatchObject({ ok: true });
    expect(restored.db.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get()).toBe(
      'backup_restored',
    );
    // Old vault files set aside during the swap are gone after success.
    const names = fs.readdirSync(dir).sort();
    expect(names.filter((n) => n.includes('before-restore') || n.startsWith('.restore'))).toEqual([]);
  });

  it('restores into an empty (or missing) folder, e.g. on a new laptop', async () => {
    const { backup, vault } = await vaultWithData();
    vault.close();
    const fresh = path.join(out, 'nieuwe-laptop', 'kluis');
    const restored = await restoreFrom(backup, fresh, { passphrase: PASS });
    open.push(restored);
    expect(countNotes(restored)).toBe(50);
    expect(Vault.exists(fresh)).toBe(true);
  });

  it('restores with the recovery key and sets a new passphrase', async () => {
    const { backup, vault, recoveryKey } = await vaultWithData();
    vault.close();
    await expectCode(
      restoreFrom(backup, dir, {
        recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
        newPassphrase: PASS2,
      }),
      'WRONG_RECOVERY_KEY',
    );
    const restored = await restoreFrom(backup, dir, { recoveryKey, newPassphrase: PASS2 });
    restored.close();
    await expectCode(Vault.unlock(dir, PASS), 'WRONG_PASSPHRASE');
    const v = await Vault.unlock(dir, PASS2);
    open.push(v);
    expect(countNotes(v)).toBe(50);
  });

  it('wrong passphrase for a backup changes nothing', async () => {
    const { backup, vault } = await vaultWithData();
    vault.close();
    const before = snapshot(dir);
    await expectCode(
      restoreFrom(backup, dir, { passphrase: 'niet de goede zin hoor' }),
      'WRONG_PASSPHRASE',
    );
    expectUnchanged(before, snapshot(dir));
  });

  it('rejects flipped bytes and truncation (BACKUP_INVALID) and leaves the existing vault untouched', async () => {
    const { backup, vault } = await vaultWithData();
    vault.db.prepare("INSERT INTO notes(body) VALUES ('na de back-up')").run();
    vault.close();
    const before = snapshot(dir);
    const good = fs.readFileSync(backup);
    const bad = path.join(out, 'kapot.vangnetbackup');
    const variants: [string, Buffer][] = [
      ['flip in db bytes', flip(good, good.length - 5000)],
      ['flip in header', flip(good, 120)],
      ['flip in magic', flip(good, 2)],
      ['truncated', good.subarray(0, good.length - 4096)],
      ['truncated mid-page', good.subarray(0, good.length - 1234)],
      ['header only', good.subarray(0, 300)],
      ['empty', Buffer.alloc(0)],
    ];
    for (const [label, bytes] of variants) {
      fs.writeFileSync(bad, bytes);
      const info = Vault.inspectBackup(bad);
      expect(info.ok, label).toBe(false);
      await expectCode(restoreFrom(bad, dir, { passphrase: PASS }), 'BACKUP_INVALID');
      expectUnchanged(before, snapshot(dir));
    }
    await expectCode(
      restoreFrom(path.join(out, 'bestaat-niet'), dir, { passphrase: PASS }),
      'BACKUP_INVALID',
    );
    const v = await Vault.unlock(dir, PASS);
    open.push(v);
    expect(countNotes(v)).toBe(51);
  });

  it('rejects a backup whose checksum was recomputed over damaged pages (integrity check)', async () => {
    const { backup, vault } = await vaultWithData();
    vault.close();
    const before = snapshot(dir);
    const good = fs.readFileSync(backup);
    const body = Buffer.from(good.subarray(15 + 65));
    body[body.length - 3000] = (body[body.length - 3000] ?? 0) ^ 0x01; // inside the last db page
    const sum = crypto.createHash('sha256').update(body).digest('hex');
    const bad = path.join(out, 'vervalst.vangnetbackup');
    fs.writeFileSync(bad, Buffer.concat([good.subarray(0, 15), Buffer.from(`${sum}\n`), body]));
    expect(Vault.inspectBackup(bad).ok).toBe(true); // the container itself is consistent
    await expectCode(restoreFrom(bad, dir, { passphrase: PASS }), 'BACKUP_INVALID');
    expectUnchanged(before, snapshot(dir));
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.restore'))).toEqual([]);
  });

  it('seals the creation time: a backup whose readable date was moved is refused', async () => {
    const { backup, vault } = await vaultWithData();
    vault.close();
    const good = fs.readFileSync(backup);
    const body = good.subarray(15 + 65);
    const nl = body.indexOf(0x0a);
    const header = JSON.parse(body.subarray(0, nl).toString('utf8')) as { createdAt: string };
    header.createdAt = '2020-01-01T00:00:00.000Z';
    const forged = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body.subarray(nl + 1)]);
    const sum = crypto.createHash('sha256').update(forged).digest('hex');
    const bad = path.join(out, 'verdatumd.vangnetbackup');
    fs.writeFileSync(bad, Buffer.concat([good.subarray(0, 15), Buffer.from(`${sum}\n`), forged]));
    expect(Vault.inspectBackup(bad)).toMatchObject({ ok: true, createdAt: '2020-01-01T00:00:00.000Z' });
    await expectCode(restoreFrom(bad, dir, { passphrase: PASS }), 'BACKUP_INVALID');
  });

  it('refuses to restore over a vault that is open', async () => {
    const { backup } = await vaultWithData();
    await expectCode(restoreFrom(backup, dir, { passphrase: PASS }), 'VAULT_IN_USE');
    expect(fs.existsSync(path.join(dir, DB_FILE))).toBe(true);
    expect(fs.existsSync(path.join(dir, KEY_FILE))).toBe(true);
  });
});

function flip(buf: Buffer, at: number): Buffer {
  const copy = Buffer.from(buf);
  copy[at] = (copy[at] ?? 0) ^ 0x55;
  return copy;
}
