import path from 'node:path';
import { KEY_FILE } from '../../src/core/vault';
import { readKeyFile, unwrapWithPassphrase } from '../../src/core/vault/keyfile';
import { expect, test } from './harness/fixtures';
import type { PageGlobals } from './harness/pageGlobals';

/**
 * Key handling end to end: after creating a vault and unlocking it through the real UI, the
 * passphrase, the recovery key and the database key are nowhere the renderer can keep them
 * (DOM, web storage, cookies, window.name, history state), in no IPC result (except the one
 * vault.create result that shows the recovery key once, by design) and in no console message.
 */
test('passphrase, recovery key and database key never linger in the renderer or IPC results', async ({
  app,
}) => {
  const { page } = app;
  const consoleLines: string[] = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  page.on('pageerror', (e) => consoleLines.push(`${e.message}\n${e.stack ?? ''}`));

  const recoveryKey = await app.createVault();
  expect(recoveryKey.length).toBeGreaterThan(20);

  await app.osLock();
  await app.unlock('dit is zeker niet de goede zin', { expectFailure: true });
  await app.unlock();
  await app.expectScreen('app');

  const key = await unwrapWithPassphrase(readKeyFile(path.join(app.dirs.vault, KEY_FILE)), app.passphrase);
  expect(key).not.toBeNull();
  const secrets = [
    app.passphrase,
    recoveryKey,
    recoveryKey.replace(/-/g, ''),
    key!.toString('hex'),
    key!.toString('hex').toUpperCase(),
    key!.toString('base64'),
  ];

  // IPC results: only vault.create may carry the recovery key, nothing else any secret.
  const results = app.ipc
    .filter((r) => r.op !== 'vault.create')
    .map((r) => JSON.stringify(r.value ?? r.code ?? null));
  expect(app.ipc.some((r) => r.op === 'vault.unlock')).toBe(true);
  for (const s of secrets) expect(results.filter((r) => r.includes(s))).toEqual([]);
  const created = app.ipc.filter((r) => r.op === 'vault.create');
  expect(created).toHaveLength(1);
  expect(JSON.stringify(created[0]!.value)).not.toContain(app.passphrase);

  // What the renderer holds once the user is in the app.
  const held = await page.evaluate(() => {
    interface Storage {
      length: number;
      key(i: number): string | null;
      getItem(k: string): string | null;
    }
    const w = globalThis as unknown as Omit<PageGlobals, 'document'> & {
      document: {
        documentElement: { outerHTML: string };
        cookie: string;
        querySelectorAll(selector: string): ArrayLike<{ value: string }>;
      };
      localStorage: Storage;
      sessionStorage: Storage;
      history: { state: unknown };
      name: string;
    };
    const dump = (s: Storage) =>
      Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i) ?? '')}`).join('\n');
    const inputs = Array.from(w.document.querySelectorAll('input, textarea')).map((i) => i.value);
    return {
      html: w.document.documentElement.outerHTML,
      inputs: inputs.join('\n'),
      local: dump(w.localStorage),
      session: dump(w.sessionStorage),
      cookie: w.document.cookie,
      name: w.name,
      history: JSON.stringify(w.history.state ?? null),
    };
  });
  for (const [where, text] of Object.entries(held)) {
    for (const s of secrets) expect(text.includes(s), `secret in renderer ${where}`).toBe(false);
  }
  for (const s of secrets)
    expect(
      consoleLines.filter((l) => l.includes(s)),
      'secret in console',
    ).toEqual([]);
});
