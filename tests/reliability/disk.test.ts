import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Vault } from '../../src/core/vault';
import {
  createTestService,
  makeTestDirs,
  seedDossier,
  snapshotFiles,
  expectSameFiles,
  type TestService,
} from '../unit/helpers';
import {
  makeReadOnly,
  mountTinyDisk,
  readOnlyUnavailableReason,
  tinyDiskUnavailableReason,
  umount,
} from './fixtures/mounts';

/** A user-facing message: Dutch, no codes or stack traces. */
function expectCalmDutch(message: string, pattern: RegExp): void {
  expect(message).toMatch(pattern);
  expect(message).not.toMatch(/SQLITE|ENOSPC|EROFS|EACCES|Error|undefined|\bat \w+ \(/);
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) {
    try {
      c();
    } catch {
      /* keep cleaning */
    }
  }
});

/** Appends to `file` until the filesystem refuses: the disk is now completely full. */
function fillDisk(file: string): void {
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(4096, 7);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    fs.closeSync(fd);
  }
}

async function serviceOn(vaultDir: string): Promise<TestService> {
  const dirs = makeTestDirs();
  cleanups.push(() => fs.rmSync(dirs.root, { recursive: true, force: true }));
  const t = await createTestService({ dirs: { ...dirs, vault: vaultDir }, create: false });
  cleanups.push(() => t.svc.lock());
  return t;
}

describe('disk full', () => {
  it('a write that does not fit fails with a Dutch message, loses nothing, and succeeds after space is freed', async (ctx) => {
    const dirs = makeTestDirs();
    cleanups.push(() => fs.rmSync(dirs.root, { recursive: true, force: true }));
    const disk = path.join(dirs.root, 'disk');
    // Room for the new vault (its schema now holds protocol version 1 and the exchange identity) plus several writes.
    if (!mountTinyDisk(disk, 4 * 1024 * 1024)) {
      console.warn(tinyDiskUnavailableReason);
      ctx.skip();
    }
    cleanups.push(() => umount(disk));
    const vaultDir = path.join(disk, 'vault');
    const t = await serviceOn(vaultDir);
    await t.dispatchOk('vault.create', { userName: 'Test', passphrase: t.passphrase });
    const { dossierId } = await seedDossier(t);
    // Ballast the "user" can delete to make room again.
    const ballast = path.join(disk, 'oude-downloads.bin');
    fs.writeFileSync(ballast, Buffer.alloc(512 * 1024, 1));
    const ballast2 = path.join(disk, 'oude-fotos.bin');
    fs.writeFileSync(ballast2, Buffer.alloc(512 * 1024, 1));

    const acked: string[] = [];
    let failure: { code: string; message: string } | null = null;
    const text = (i: number) =>
      `Regel ${i} ${'over de verspreiding in de groepsapp en de gesprekken met ouders '.repeat(600)}`.slice(
        0,
        40_000,
      );
    for (let i = 0; i < 500 && !failure; i++) {
      const r = await t.dispatch('chronology.add', { dossierId, occurredAt: null, text: text(i) });
      if (r.ok) acked.push(r.value.id);
      else failure = r.error;
    }
    expect(failure, 'the disk never filled up').not.toBeNull();
    expect(failure!.code).toBe('DISK_FULL');
    expectCalmDutch(failure!.message, /schijf is vol/i);
    expect(acked.length).toBeGreaterThan(3);

    // The session is still usable for reading, and the failed write left nothing behind.
    const detail = await t.dispatchOk('dossier.get', { dossierId });
    const ids = new Set(detail.chronology.map((c) => c.id));
    for (const id of acked) expect(ids.has(id)).toBe(true);

    // The user frees space and retries the same write.
    fs.rmSync(ballast);
    const retry = await t.dispatch('chronology.add', { dossierId, occurredAt: null, text: text(999) });
    expect(retry.ok, JSON.stringify(retry)).toBe(true);

    // Unlocking writes an audit record; on a completely full disk that must fail calmly and
    // leave nothing half-open, so the same unlock works once space is freed.
    await t.dispatchOk('vault.lock', {});
    const filler = path.join(disk, 'film.bin');
    fillDisk(filler);
    const blocked = await t.dispatch('vault.unlock', { passphrase: t.passphrase });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    if (!blocked.ok) expectCalmDutch(blocked.error.message, /schijf is vol/i);
    fs.rmSync(filler);
    fs.rmSync(ballast2);
    expect((await t.dispatchOk('vault.unlock', { passphrase: t.passphrase })).state).toBe('unlocked');
    await t.dispatchOk('vault.lock', {});

    // Nothing is corrupted. The disk is full again (the WAL cannot be checkpointed into the
    // database file without room), so check a copy of the vault files as they are on the disk.
    await t.dispatchOk('vault.lock', {});
    const copy = path.join(dirs.root, 'copy');
    fs.cpSync(vaultDir, copy, { recursive: true });
    const vault = await Vault.unlock(copy, t.passphrase);
    try {
      expect(vault.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(vault.verifyAudit().ok).toBe(true);
      const stored = new Set(vault.db.prepare('SELECT id FROM chronology').pluck().all() as string[]);
      for (const id of acked) expect(stored.has(id)).toBe(true);
    } finally {
      vault.close();
    }
  });

  it('creating a vault on a full disk fails cleanly (no half vault) and another location works', async (ctx) => {
    const dirs = makeTestDirs();
    cleanups.push(() => fs.rmSync(dirs.root, { recursive: true, force: true }));
    const disk = path.join(dirs.root, 'disk');
    if (!mountTinyDisk(disk, 64 * 1024)) {
      console.warn(tinyDiskUnavailableReason);
      ctx.skip();
    }
    cleanups.push(() => umount(disk));
    fs.writeFileSync(path.join(disk, 'vol.bin'), Buffer.alloc(60 * 1024, 1));
    const t = await serviceOn(path.join(disk, 'vault'));
    const r = await t.dispatch('vault.create', { userName: 'Test', passphrase: t.passphrase });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('DISK_FULL');
    expectCalmDutch(r.error.message, /schijf is vol/i);
    expect(Vault.exists(path.join(disk, 'vault'))).toBe(false);
    expect((await t.dispatchOk('vault.status', {})).state).toBe('no-vault');

    // Choose another folder and create there.
    const elsewhere = path.join(dirs.root, 'elders');
    fs.mkdirSync(elsewhere);
    t.platform.nextFolder = elsewhere;
    const moved = await t.dispatchOk('vault.chooseLocation', { mode: 'new-location' });
    expect(moved).toMatchObject({ location: elsewhere, state: 'no-vault' });
    await t.dispatchOk('vault.create', { userName: 'Test', passphrase: t.passphrase });
    expect(Vault.exists(elsewhere)).toBe(true);
  });

  it('a backup to a full disk fails without leaving a partial file; another location works', async (ctx) => {
    const dirs = makeTestDirs();
    cleanups.push(() => fs.rmSync(dirs.root, { recursive: true, force: true }));
    const disk = path.join(dirs.root, 'usb');
    if (!mountTinyDisk(disk, 64 * 1024)) {
      console.warn(tinyDiskUnavailableReason);
      ctx.skip();
    }
    cleanups.push(() => umount(disk));
    const t = await serviceOn(path.join(dirs.root, 'vault'));
    await t.dispatchOk('vault.create', { userName: 'Test', passphrase: t.passphrase });
    await seedDossier(t);
    for (let i = 0; i < 3; i++) await seedDossier(t);
    fs.writeFileSync(path.join(disk, 'vol.bin'), Buffer.alloc(40 * 1024, 1));

    t.platform.nextSavePath = path.join(disk, 'backup.vangnetbackup');
    const r = await t.dispatch('vault.backup', {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('DISK_FULL');
    expectCalmDutch(r.error.message, /schijf is vol/i);
    expect(fs.readdirSync(disk)).toEqual(['vol.bin']);

    t.platform.nextSavePath = path.join(dirs.out, 'backup.vangnetbackup');
    const ok = await t.dispatchOk('vault.backup', {});
    expect(ok).toEqual({ file: path.join(dirs.out, 'backup.vangnetbackup') });
    expect(Vault.inspectBackup(path.join(dirs.out, 'backup.vangnetbackup')).ok).toBe(true);
  });
});

describe('read-only folder', () => {
  it('unlocking a vault in a read-only folder: Dutch READ_ONLY message, nothing changed, retry works once writable', async (ctx) => {
    const t = await createTestService();
    cleanups.push(() => t.cleanup());
    await seedDossier(t);
    await t.dispatchOk('vault.lock', {});
    const undo = makeReadOnly(t.dirs.vault);
    if (!undo) {
      console.warn(readOnlyUnavailableReason);
      ctx.skip();
    }
    let undone = false;
    cleanups.push(() => {
      if (!undone) undo!();
    });
    const before = snapshotFiles(t.dirs.vault);
    const r = await t.dispatch('vault.unlock', { passphrase: t.passphrase });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('READ_ONLY');
    expectCalmDutch(r.error.message, /niet schrijven|alleen-lezen/i);
    expectSameFiles(before, snapshotFiles(t.dirs.vault));

    undo!();
    undone = true;
    const status = await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
    expect(status.state).toBe('unlocked');
  });

  it('a new vault cannot be placed in a read-only folder; the user is told to choose another', async (ctx) => {
    const dirs = makeTestDirs();
    cleanups.push(() => fs.rmSync(dirs.root, { recursive: true, force: true }));
    const ro = path.join(dirs.root, 'alleen-lezen');
    fs.mkdirSync(ro);
    const undo = makeReadOnly(ro);
    if (!undo) {
      console.warn(readOnlyUnavailableReason);
      ctx.skip();
    }
    cleanups.push(undo!);
    const t = await serviceOn(path.join(dirs.root, 'vault'));
    t.platform.nextFolder = ro;
    const r = await t.dispatch('vault.chooseLocation', { mode: 'new-location' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('READ_ONLY');
    expectCalmDutch(r.error.message, /niet schrijven/i);

    // Even if the folder was set earlier (e.g. a USB stick later write-protected): create fails cleanly.
    const t2 = await serviceOn(path.join(ro, 'vault'));
    const c = await t2.dispatch('vault.create', { userName: 'Test', passphrase: t2.passphrase });
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.error.code).toBe('READ_ONLY');
    expectCalmDutch(c.error.message, /niet schrijven/i);
    expect(fs.readdirSync(ro)).toEqual([]);
  });

  it('a backup to a read-only folder fails with READ_ONLY; another location works', async (ctx) => {
    const t = await createTestService();
    cleanups.push(() => t.cleanup());
    await seedDossier(t);
    const ro = path.join(t.dirs.root, 'cd-rom');
    fs.mkdirSync(ro);
    const undo = makeReadOnly(ro);
    if (!undo) {
      console.warn(readOnlyUnavailableReason);
      ctx.skip();
    }
    cleanups.push(undo!);
    t.platform.nextSavePath = path.join(ro, 'backup.vangnetbackup');
    const r = await t.dispatch('vault.backup', {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('READ_ONLY');
    expectCalmDutch(r.error.message, /niet schrijven/i);
    t.platform.nextSavePath = path.join(t.dirs.out, 'backup.vangnetbackup');
    await t.dispatchOk('vault.backup', {});
  });
});
