import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Vault, VaultLock, DB_FILE, KEY_FILE, PAGE_SIZE } from '../../../src/core/vault';
import { PASS, TINY_KDF, expectCode, expectUnchanged, rmDir, snapshot, tmpDir } from './helpers';

let dir: string;
beforeEach(() => {
  dir = tmpDir();
});
afterEach(() => rmDir(dir));

async function makeVault(): Promise<void> {
  const { vault } = await Vault.create(dir, { passphrase: PASS, userName: 'Test', kdf: TINY_KDF });
  vault.db.exec('CREATE TABLE filler(x BLOB) STRICT');
  for (let i = 0; i < 40; i++)
    vault.db.prepare('INSERT INTO filler VALUES (?)').run(crypto.randomBytes(1000));
  vault.close();
}

describe('distinct errors when opening', () => {
  it('VAULT_NOT_FOUND for a missing or empty folder', async () => {
    await expectCode(Vault.unlock(path.join(dir, 'bestaat-niet'), PASS), 'VAULT_NOT_FOUND');
    await expectCode(Vault.unlock(dir, PASS), 'VAULT_NOT_FOUND');
  });

  it('NOT_A_VAULT for random files, a plain SQLite file, a bad key file, or a file instead of a folder', async () => {
    fs.writeFileSync(path.join(dir, DB_FILE), crypto.randomBytes(8192));
    await expectCode(Vault.unlock(dir, PASS), 'NOT_A_VAULT'); // key file missing

    fs.writeFileSync(path.join(dir, KEY_FILE), crypto.randomBytes(300));
    await expectCode(Vault.unlock(dir, PASS), 'NOT_A_VAULT'); // key file is noise

    fs.writeFileSync(path.join(dir, KEY_FILE), JSON.stringify({ format: 'iets-anders', version: 1 }));
    await expectCode(Vault.unlock(dir, PASS), 'NOT_A_VAULT');

    fs.rmSync(path.join(dir, DB_FILE));
    const plain = new Database(path.join(dir, DB_FILE));
    plain.exec("CREATE TABLE x(y); INSERT INTO x VALUES ('open en bloot')");
    plain.close();
    const e = await expectCode(Vault.unlock(dir, PASS), 'NOT_A_VAULT');
    expect(e.message).toMatch(/niet versleuteld/);

    const file = path.join(dir, 'los-bestand.txt');
    fs.writeFileSync(file, 'hallo');
    await expectCode(Vault.unlock(file, PASS), 'NOT_A_VAULT');
  });

  it('VAULT_TRUNCATED for a file cut mid-page, shorter than a page, or missing whole pages', async () => {
    await makeVault();
    const db = path.join(dir, DB_FILE);
    const full = fs.readFileSync(db);
    expect(full.length % PAGE_SIZE).toBe(0);
    expect(full.length).toBeGreaterThan(PAGE_SIZE * 4);

    fs.writeFileSync(db, full.subarray(0, full.length - 100));
    let before = snapshot(dir);
    await expectCode(Vault.unlock(dir, PASS), 'VAULT_TRUNCATED');
    expectUnchanged(before, snapshot(dir));

    fs.writeFileSync(db, full.subarray(0, 1000));
    await expectCode(Vault.unlock(dir, PASS), 'VAULT_TRUNCATED');

    // Cut at a page boundary: only SQLite can tell (header page count > file), after the key is verified.
    fs.writeFileSync(db, full.subarray(0, PAGE_SIZE * 2));
    before = snapshot(dir);
    await expectCode(Vault.unlock(dir, PASS), 'VAULT_TRUNCATED');
    expectUnchanged(before, snapshot(dir)); // includes: lock file released
  });

  it('VAULT_CORRUPT when the key is right but page 1 does not decrypt', async () => {
    await makeVault();
    const db = path.join(dir, DB_FILE);
    const bytes = fs.readFileSync(db);
    for (let i = 100; i < 200; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    fs.writeFileSync(db, bytes);
    await expectCode(Vault.unlock(dir, PASS), 'VAULT_CORRUPT');
    // ...while a wrong passphrase still says so, first.
    await expectCode(Vault.unlock(dir, 'een heel andere wachtzin'), 'WRONG_PASSPHRASE');
  });

  it('VAULT_TOO_NEW for a newer user_version or a newer key-file version', async () => {
    await makeVault();
    const v = await Vault.unlock(dir, PASS);
    v.db.pragma('user_version = 9999');
    v.close();
    const before = snapshot(dir);
    await expectCode(Vault.unlock(dir, PASS), 'VAULT_TOO_NEW');
    expect(VaultLock.isHeldByOther(dir)).toBe(false);
    // Only the WAL side files may have come and gone; the db and key file are untouched.
    const after = snapshot(dir);
    expect(after.get(KEY_FILE)?.bytes.equals(before.get(KEY_FILE)!.bytes)).toBe(true);

    const kfPath = path.join(dir, KEY_FILE);
    const kf = JSON.parse(fs.readFileSync(kfPath, 'utf8'));
    kf.version = 2;
    fs.writeFileSync(kfPath, JSON.stringify(kf));
    await expectCode(Vault.unlock(dir, PASS), 'VAULT_TOO_NEW');
  });

  it('READ_ONLY when the folder cannot be written', async () => {
    if (process.platform === 'win32' || process.getuid?.() === 0) return; // root ignores permissions
    await makeVault();
    fs.chmodSync(dir, 0o500);
    try {
      await expectCode(Vault.unlock(dir, PASS), 'READ_ONLY');
    } finally {
      fs.chmodSync(dir, 0o700);
    }
  });
});
