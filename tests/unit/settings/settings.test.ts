import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DAMAGED_SETTINGS_FILE, SettingsStore } from '../../../src/core/settings';
import { createTestService, makeTestDirs, type TestDirs, type TestService } from '../helpers/service';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function dirs(): TestDirs {
  const d = makeTestDirs('vangnet-settings-');
  cleanups.push(() => fs.rmSync(d.root, { recursive: true, force: true }));
  return d;
}

/** A vault made in `folder` by another service, then locked: what exists before a restart. */
async function vaultIn(d: TestDirs, folder: string): Promise<void> {
  const maker = await createTestService({ dirs: { ...d, vault: folder } });
  maker.svc.lock();
}

async function serviceOn(d: TestDirs): Promise<TestService> {
  const t = await createTestService({ dirs: d, create: false });
  cleanups.push(() => t.cleanup());
  return t;
}

const settingsFile = (d: TestDirs) => path.join(d.appData, 'settings.json');

describe('settings.json written crash-safely', () => {
  it('leaves no temp files and always a complete file, also when the writer is killed at random moments', async () => {
    const d = dirs();
    const store = new SettingsStore(d.appData, d.vault);
    store.update({ idleLockMinutes: 7 });
    expect(fs.readdirSync(d.appData)).toEqual(['settings.json']);
    expect(JSON.parse(fs.readFileSync(settingsFile(d), 'utf8'))).toMatchObject({ idleLockMinutes: 7 });

    for (const delay of [3, 11, 29, 47]) {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(__dirname, 'settings-child.ts'), d.appData, d.vault],
        { cwd: path.resolve(__dirname, '../../..'), stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise<void>((resolve, reject) => {
        child.stdout.once('data', () => resolve());
        child.once('exit', () => reject(new Error('child exited early')));
      });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      // Whatever moment the kill hit, the file parses and is one of the written versions.
      const fresh = new SettingsStore(d.appData, d.vault);
      expect(fresh.hadDamagedSettings()).toBe(false);
      const s = fresh.read();
      expect(s.idleLockMinutes).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(fs.readFileSync(settingsFile(d), 'utf8'))).toEqual(s);
    }
    // Temp files of killed writers may remain (named .settings.json.tmp-…); they are never read.
    expect(fs.readdirSync(d.appData).filter((f) => !f.startsWith('.settings.json.tmp-'))).toEqual(['settings.json']);
  });
});

describe('damaged settings never lead to an empty first run while a vault exists', () => {
  it('keeps the vault location that is still legible in a damaged file, and sets the damaged file aside', async () => {
    const d = dirs();
    const elsewhere = path.join(d.root, 'netwerkschijf', 'kluis');
    await vaultIn(d, elsewhere);
    // Torn: the location is there, the rest is not.
    fs.writeFileSync(settingsFile(d), `{\n  "idleLockMinutes": 5,\n  "language": "nl",\n  "vaultLocation": ${JSON.stringify(elsewhere)},\n  "idl`);
    const t = await serviceOn(d);
    const status = await t.dispatchOk('vault.status', {});
    expect(status).toMatchObject({ state: 'locked', location: elsewhere });
    expect(status.attention).toBeUndefined();
    expect(fs.readFileSync(path.join(d.appData, DAMAGED_SETTINGS_FILE), 'utf8')).toContain('"idl');
    // The settings file is whole again, with the salvaged location.
    expect(JSON.parse(fs.readFileSync(settingsFile(d), 'utf8')).vaultLocation).toBe(elsewhere);
    await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
    expect(fs.existsSync(path.join(d.appData, DAMAGED_SETTINGS_FILE))).toBe(false);
  });

  it('unreadable settings: the first run says so, a new vault needs main\'s confirmation, and "open existing" finds the real one', async () => {
    const d = dirs();
    const elsewhere = path.join(d.root, 'elders', 'kluis');
    await vaultIn(d, elsewhere);
    fs.writeFileSync(settingsFile(d), '\u0000\u0000\u0000 garbage');
    const t = await serviceOn(d);
    const status = await t.dispatchOk('vault.status', {});
    expect(status).toMatchObject({ state: 'no-vault', attention: 'settings-damaged' });

    // "Nieuwe kluis maken" is not a silent default: main asks, and "no" creates nothing.
    const r = await t.dispatch('vault.create', { userName: 'Mevr. Jansen', passphrase: t.passphrase });
    expect(r).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    if (!r.ok) expect(r.error.message).toMatch(/Bestaande kluis openen/);
    expect(t.platform.confirms.at(-1)).toMatchObject({ confirmLabel: 'Nieuwe kluis maken' });
    expect(fs.existsSync(d.vault)).toBe(false);

    // The way back: point at the existing vault; the warning goes once it is opened.
    t.platform.nextFolder = elsewhere;
    expect(await t.dispatchOk('vault.chooseLocation', { mode: 'open-existing' })).toMatchObject({ state: 'locked' });
    await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
    t.svc.lock();
    expect((await t.dispatchOk('vault.status', {})).attention).toBeUndefined();
  });

  it('a chosen vault folder that is gone (USB stick, network drive) is not a first start either', async () => {
    const d = dirs();
    const stick = path.join(d.root, 'usb', 'kluis');
    await vaultIn(d, stick);
    new SettingsStore(d.appData, d.vault).update({ vaultLocation: stick });
    fs.renameSync(path.join(d.root, 'usb'), path.join(d.root, 'usb-eruit'));
    const t = await serviceOn(d);
    expect(await t.dispatchOk('vault.status', {})).toMatchObject({ state: 'no-vault', attention: 'vault-missing', location: stick });
    // A yes in main's dialog does create one (the user chose to start over).
    t.platform.nextConfirm = true;
    await t.dispatchOk('vault.create', { userName: 'Mevr. Jansen', passphrase: t.passphrase });
    expect(fs.existsSync(path.join(d.root, 'usb-eruit', 'kluis', 'vangnet.db'))).toBe(true);
  });

  it('a real first start (no settings file) asks nothing extra; creating never overwrites a vault', async () => {
    const d = dirs();
    const t = await serviceOn(d);
    const status = await t.dispatchOk('vault.status', {});
    expect(status).toMatchObject({ state: 'no-vault' });
    expect(status.attention).toBeUndefined();
    await t.dispatchOk('vault.create', { userName: 'Mevr. Jansen', passphrase: t.passphrase });
    expect(t.platform.confirms).toEqual([]);
    t.svc.lock();
    const again = await t.dispatch('vault.create', { userName: 'Iemand anders', passphrase: t.passphrase });
    expect(again).toMatchObject({ ok: false, error: { code: 'VAULT_EXISTS' } });
  });
});
