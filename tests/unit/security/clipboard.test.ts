import { afterEach, describe, expect, it } from 'vitest';
import { createTestService, type TestService } from '../helpers/service';

const open: TestService[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.cleanup();
});
async function service(): Promise<TestService> {
  const t = await createTestService();
  open.push(t);
  return t;
}

const SECRET = 'kaars-oever-mantel-zeven-tulp';

describe('clipboard cleared on lock when Vangnet put it there', () => {
  it('what Vangnet copied is gone after a lock from the page (vault.lock)', async () => {
    const t = await service();
    await t.dispatchOk('clipboard.copy', { text: SECRET });
    expect(t.platform.clipboard).toBe(SECRET);
    await t.dispatchOk('vault.lock', {});
    expect(t.platform.clipboard).toBe('');
  });

  it('also after a lock from main (idle, screen lock, suspend, Ctrl+L in the menu)', async () => {
    const t = await service();
    await t.dispatchOk('clipboard.copy', { text: SECRET });
    t.svc.lock();
    await t.svc.ctx.clipboardCleared;
    expect(t.platform.clipboard).toBe('');
  });

  it('leaves alone what the user copied afterwards, from any program', async () => {
    const t = await service();
    await t.dispatchOk('clipboard.copy', { text: SECRET });
    t.platform.clipboard = 'boodschappenlijst'; // copied in another program
    await t.dispatchOk('vault.lock', {});
    expect(t.platform.clipboard).toBe('boodschappenlijst');
  });

  it('never touches a clipboard Vangnet did not write; clears only once', async () => {
    const t = await service();
    t.platform.clipboard = 'iets van de gebruiker';
    await t.dispatchOk('vault.lock', {});
    expect(t.platform.clipboard).toBe('iets van de gebruiker');
    expect(t.platform.calls.filter((c) => c.method === 'writeClipboard')).toEqual([]);

    await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
    await t.dispatchOk('clipboard.copy', { text: SECRET });
    await t.dispatchOk('vault.lock', {});
    // The user copies the same text again themselves after the lock: that one stays.
    t.platform.clipboard = SECRET;
    await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
    await t.dispatchOk('vault.lock', {});
    expect(t.platform.clipboard).toBe(SECRET);
  });

  it('copying needs an unlocked vault, and a failing clipboard never blocks the lock', async () => {
    const t = await service();
    await t.dispatchOk('clipboard.copy', { text: SECRET });
    t.platform.readClipboard = async () => {
      throw new Error('clipboard owned by another process');
    };
    expect((await t.dispatchOk('vault.lock', {})).state).toBe('locked');
    const r = await t.dispatch('clipboard.copy', { text: SECRET });
    expect(r).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });
});
