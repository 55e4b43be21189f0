import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_KDF, KEY_FILE, Vault } from '../../../src/core/vault';
import { readKeyFile, unwrapWithPassphrase } from '../../../src/core/vault/keyfile';
import { normalizeRecoveryKey } from '../../../src/core/vault';
import { createTestService, makeTestDirs, seedDossier, type TestService } from '../helpers';
import fs from 'node:fs';

/**
 * Key handling: during a whole session (create, wrong and right unlocks, passphrase change,
 * backup, restore via recovery key, errors), the passphrases, the recovery key and the database
 * key never appear in console output, stdout/stderr, the service log or any result envelope —
 * except the one vault.create result that shows the recovery key once, by design.
 */
describe('secrets never leave the core', () => {
  let t: TestService;
  const captured: string[] = [];
  const results: string[] = [];
  const secrets: string[] = [];
  let createResult = '';
  const restore: Array<() => void> = [];

  const record = async (op: Parameters<TestService['svc']['dispatch']>[0], input: unknown) => {
    const r = await t.svc.dispatch(op, input);
    results.push(JSON.stringify(r));
    return r;
  };

  beforeAll(async () => {
    for (const m of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      const spy = vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        captured.push(
          args
            .map((a) =>
              a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a),
            )
            .join(' '),
        );
      });
      restore.push(() => spy.mockRestore());
    }
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream);
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        captured.push(String(chunk));
        return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      restore.push(() => {
        stream.write = original;
      });
    }

    const dirs = makeTestDirs();
    t = await createTestService({ dirs, create: false });
    const created = await t.svc.dispatch('vault.create', { userName: 'Zorg', passphrase: t.passphrase });
    createResult = JSON.stringify(created);
    expect(created.ok).toBe(true);
    const recoveryKey = created.ok ? (created.value as { recoveryKey: string }).recoveryKey : '';
    const seeded = await seedDossier(t);

    const pass2 = 'nieuwe wachtwoordzin met vier woorden';
    const pass3 = 'derde zin voor het herstel van de kluis';
    await record('vault.checkPassphrase', { passphrase: t.passphrase });
    await record('vault.checkPassphrase', { passphrase: 'kort' });
    await record('vault.create', { userName: 'Zorg', passphrase: t.passphrase }); // VAULT_EXISTS
    await record('vault.lock', {});
    await record('vault.unlock', { passphrase: `${t.passphrase}x` }); // wrong
    await record('vault.unlock', { passphrase: t.passphrase });
    await record('vault.changePassphrase', { oldPassphrase: 'fout fout fout fout', newPassphrase: pass2 });
    await record('vault.changePassphrase', { oldPassphrase: t.passphrase, newPassphrase: 'zwak' });
    await record('vault.changePassphrase', { oldPassphrase: t.passphrase, newPassphrase: pass2 });
    await record('dossier.get', { dossierId: seeded.dossierId });
    await record('overview.get', {});
    await record('settings.get', {});
    await record('vault.status', {});
    await record('vault.verifyAudit', {});
    t.platform.nextSavePath = path.join(dirs.out, 'b.vangnetbackup');
    await record('vault.backup', {});
    await record('vault.lock', {});
    await record('vault.unlockWithRecoveryKey', {
      recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
      newPassphrase: pass3,
    });
    await record('vault.unlockWithRecoveryKey', { recoveryKey, newPassphrase: 'zwak' });
    await record('vault.unlockWithRecoveryKey', { recoveryKey, newPassphrase: pass3 });
    t.platform.nextOpenPath = path.join(dirs.out, 'b.vangnetbackup');
    await record('vault.restore', { passphrase: 'verkeerd verkeerd verkeerd', currentPassphrase: pass3 });
    t.platform.nextOpenPath = path.join(dirs.out, 'b.vangnetbackup');
    t.platform.nextConfirm = true;
    await record('vault.restore', { recoveryKey, newPassphrase: pass3, currentPassphrase: pass3 });
    await record('vault.lock', {});
    await record('vault.unlock', { passphrase: pass3 });

    const key = await unwrapWithPassphrase(readKeyFile(path.join(dirs.vault, KEY_FILE)), pass3);
    expect(key).not.toBeNull();
    const normalized = normalizeRecoveryKey(recoveryKey) ?? recoveryKey;
    secrets.push(
      t.passphrase,
      pass2,
      pass3,
      recoveryKey,
      normalized,
      recoveryKey.toLowerCase(),
      key!.toString('hex'),
      key!.toString('hex').toUpperCase(),
      key!.toString('base64'),
      `x'${key!.toString('hex')}'`,
    );
  });

  afterAll(() => {
    for (const r of restore.splice(0).reverse()) r();
    t?.cleanup();
  });

  it('the session produced output to scan (sanity check)', () => {
    expect(results.length).toBeGreaterThan(20);
    expect(results.some((r) => r.includes('"ok":false'))).toBe(true);
    expect(results.some((r) => r.includes('"ok":true'))).toBe(true);
  });

  it('vault.create shows the recovery key once, and only there', () => {
    const recoveryKey = secrets[3]!;
    expect(createResult).toContain(recoveryKey);
    for (const r of results) expect(r.includes(recoveryKey)).toBe(false);
  });

  it('no passphrase, recovery key or database key in any result envelope', () => {
    for (const s of secrets) {
      const leaking = results.filter((r) => r.includes(s));
      expect(leaking, `secret found in results`).toEqual([]);
    }
  });

  it('no passphrase, recovery key or database key in console, stdout/stderr or the service log', () => {
    const all = [...captured, ...t.logs].join('\n');
    for (const s of secrets) expect(all.includes(s), 'secret found in captured output').toBe(false);
  });

  it('the key file holds only wrapped keys (no passphrase, no recovery key, no raw key)', () => {
    const text = fs.readFileSync(path.join(t.dirs.vault, KEY_FILE), 'utf8');
    for (const s of secrets) expect(text.includes(s)).toBe(false);
  });
});

describe('brute force: wrong passphrases cost time and are counted, without lockout', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await createTestService();
    await t.dispatchOk('vault.lock', {});
  });
  afterAll(() => t?.cleanup());

  it('vault.status counts wrong attempts; the right passphrase still works after many; the count resets', async () => {
    for (let i = 1; i <= 12; i++) {
      const r = await t.dispatch('vault.unlock', { passphrase: `gok nummer ${i} van de dief` });
      expect(r).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
      if (!r.ok) expect(r.error.message).toMatch(/wachtwoordzin klopt niet/);
      expect((await t.dispatchOk('vault.status', {})).failedAttempts).toBe(i);
    }
    const wrongKey = await t.dispatch('vault.unlockWithRecoveryKey', {
      recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
      newPassphrase: 'een nieuwe zin na het vergeten',
    });
    expect(wrongKey.ok).toBe(false);
    expect((await t.dispatchOk('vault.status', {})).failedAttempts).toBe(13);
    const ok = await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
    expect(ok).toMatchObject({ state: 'unlocked', failedAttempts: 0 });
    // Data is all there: no attempt destroyed or changed anything.
    expect((await t.dispatchOk('vault.verifyAudit', {})).ok).toBe(true);
  });

  it('with the production KDF every guess costs real time (Argon2id, no shortcut on the wrong path)', async () => {
    const dir = path.join(t.dirs.root, 'production-kdf');
    const { vault } = await Vault.create(dir, {
      passphrase: t.passphrase,
      userName: 'Zorg',
      kdf: DEFAULT_KDF,
    });
    vault.close();
    expect(readKeyFile(path.join(dir, KEY_FILE)).kdf).toMatchObject(DEFAULT_KDF);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await expect(Vault.unlock(dir, `geraden zin ${i} van de dief`)).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE',
      });
      times.push(performance.now() - started);
    }
    console.info(
      `wrong passphrase with DEFAULT_KDF (${JSON.stringify(DEFAULT_KDF)}): ${times.map((x) => x.toFixed(0)).join(', ')} ms`,
    );
    // 128 MiB of memory-hard hashing per guess; even a fast desktop needs well over 40 ms.
    for (const ms of times) expect(ms).toBeGreaterThan(40);
  });
});
