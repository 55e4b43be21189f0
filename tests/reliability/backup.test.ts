import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Vault } from '../../src/core/vault';
import {
  TEST_USER,
  createTestService,
  describeHits,
  expectSameFiles,
  makeTestDirs,
  scanForStrings,
  seedDossier,
  snapshotFiles,
  tableContents,
  type TestService,
} from '../unit/helpers';

/** Everything except the audit chain and its mirror in meta, which a restore extends by one record. */
function dataTables(c: Record<string, unknown[]>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [t, rows] of Object.entries(c)) {
    if (t === 'audit_log') continue;
    out[t] = t === 'meta' ? rows.filter((r) => !String(r).includes('"key":"audit_')) : rows;
  }
  return out;
}

function auditRows(t: TestService): Array<{ seq: number; action: string; hash: string }> {
  return t.svc.ctx.db().prepare('SELECT seq, action, hash FROM audit_log ORDER BY seq').all() as Array<{
    seq: number;
    action: string;
    hash: string;
  }>;
}

describe('backup and restore', () => {
  let t: TestService;
  let secrets: string[];
  let backupFile: string;
  let atBackup: Record<string, unknown[]>;
  let auditAtBackup: Array<{ seq: number; action: string; hash: string }>;

  beforeEach(async () => {
    t = await createTestService();
    secrets = [];
    for (let i = 0; i < 3; i++) secrets.push(...(await seedDossier(t)).secrets);
    await t.dispatchOk('school.update', {
      name: 'Scholengemeenschap De Vuurvlinder',
      address: 'Schoolstraat 1',
      postalCode: '1234 AB',
      city: 'Utrecht',
      phone: '',
      email: '',
      website: '',
      logoDataUrl: '',
      protocolReference: '',
      confidant: 'Vertrouwenspersoon Ooievaar',
      confidantContact: '',
      policeContact: '',
      policeContactDetails: '',
      signatory: '',
      signatoryRole: '',
      signatoryContact: '',
      helpResources: [],
      notes: '',
    });
    secrets.push('De Vuurvlinder', 'Vertrouwenspersoon Ooievaar');
    atBackup = tableContents(t.svc.ctx.db());
    auditAtBackup = auditRows(t);
    backupFile = path.join(t.dirs.out, 'kluis.vangnetbackup');
    t.platform.nextSavePath = backupFile;
    expect(await t.dispatchOk('vault.backup', {})).toEqual({ file: backupFile });
  });
  afterEach(() => t?.cleanup());

  it('a round trip restores every table exactly (later changes are undone, the audit chain continues)', async () => {
    // Only meaningful if the core tables really hold data.
    for (const table of [
      'dossiers',
      'persons',
      'chronology',
      'actions',
      'conversations',
      'step_states',
      'school_profile',
      'meta',
      'audit_log',
    ]) {
      expect(atBackup[table]?.length ?? 0, table).toBeGreaterThan(0);
    }
    // Changes after the backup …
    const extra = await seedDossier(t);
    await t.dispatchOk('dossier.updateFacts', {
      dossierId: extra.dossierId,
      facts: { summary: 'na de back-up' },
    });
    expect(tableContents(t.svc.ctx.db())).not.toEqual(atBackup);

    t.platform.nextOpenPath = backupFile;
    t.platform.nextConfirm = true; // "Terugzetten" in main's dialog
    const restored = await t.dispatchOk('vault.restore', { passphrase: t.passphrase, currentPassphrase: t.passphrase });
    expect(restored).toMatchObject({ state: 'unlocked' });

    const now = tableContents(t.svc.ctx.db());
    expect(Object.keys(now).sort()).toEqual(Object.keys(atBackup).sort());
    expect(dataTables(now)).toEqual(dataTables(atBackup));
    const audit = auditRows(t);
    expect(audit.slice(0, auditAtBackup.length)).toEqual(auditAtBackup);
    expect(audit.slice(auditAtBackup.length).map((a) => a.action)).toEqual(['backup_restored']);
    expect((await t.dispatchOk('vault.verifyAudit', {})).ok).toBe(true);
    expect(t.svc.ctx.db().pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('restores onto a new computer (empty app data, no vault) with the recovery key and a new passphrase', async () => {
    const laptop = await createTestService({ dirs: makeTestDirs(), create: false });
    try {
      expect((await laptop.dispatchOk('vault.status', {})).state).toBe('no-vault');
      laptop.platform.nextOpenPath = backupFile;
      const newPass = 'nieuwe laptop zonnebril fietspomp';
      await laptop.dispatchOk('vault.restore', { recoveryKey: t.recoveryKey, newPassphrase: newPass });
      expect(dataTables(tableContents(laptop.svc.ctx.db()))).toEqual(dataTables(atBackup));
      await laptop.dispatchOk('vault.lock', {});
      expect(await laptop.dispatch('vault.unlock', { passphrase: t.passphrase })).toMatchObject({
        ok: false,
        error: { code: 'WRONG_PASSPHRASE' },
      });
      expect((await laptop.dispatchOk('vault.unlock', { passphrase: newPass })).state).toBe('unlocked');
    } finally {
      laptop.cleanup();
    }
  });

  const damages: Array<[string, (b: Buffer) => Buffer]> = [
    ['empty file', () => Buffer.alloc(0)],
    ['only the first line', (b) => b.subarray(0, b.indexOf(10) + 1)],
    ['cut in the header', (b) => b.subarray(0, 200)],
    ['cut in half', (b) => b.subarray(0, Math.floor(b.length / 2))],
    ['last byte missing', (b) => b.subarray(0, b.length - 1)],
    ['last page missing', (b) => b.subarray(0, b.length - 4096)],
    ['one extra byte', (b) => Buffer.concat([b, Buffer.from([0])])],
    ['one bit flipped in the header', (b) => flip(b, 120)],
    ['one bit flipped in the database', (b) => flip(b, b.length - 5000)],
    ['one bit flipped in the checksum', (b) => flip(b, 20)],
    ['random bytes', (b) => crypto.randomBytes(b.length)],
    [
      'database damaged and checksum recomputed (deliberate forgery)',
      (b) => reseal(flip(b, b.length - 3000)),
    ],
    ['database pages swapped and checksum recomputed', (b) => reseal(swapLastPages(b))],
  ];

  for (const [name, damage] of damages) {
    it(`rejects a damaged backup (${name}) before anything is replaced`, async () => {
      const bad = path.join(t.dirs.out, 'kapot.vangnetbackup');
      fs.writeFileSync(bad, damage(fs.readFileSync(backupFile)));
      await t.dispatchOk('vault.lock', {});
      const before = snapshotFiles(t.dirs.vault);

      t.platform.nextOpenPath = bad;
      const r = await t.dispatch('vault.restore', { passphrase: t.passphrase, currentPassphrase: t.passphrase });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(['BACKUP_INVALID']).toContain(r.error.code);
      expect(r.error.message).toMatch(/niet worden teruggezet|beschadigd|onvolledig/);
      expect(r.error.message).toMatch(/huidige kluis is niet gewijzigd/);
      expectSameFiles(before, snapshotFiles(t.dirs.vault));
      expect(fs.readdirSync(t.dirs.vault).filter((f) => f.startsWith('.restore-'))).toEqual([]);

      await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
      expect(dataTables(tableContents(t.svc.ctx.db()))).toEqual(dataTables(atBackup));
    });
  }

  it('a backup with a wrong passphrase is refused without touching the vault', async () => {
    await t.dispatchOk('vault.lock', {});
    const before = snapshotFiles(t.dirs.vault);
    t.platform.nextOpenPath = backupFile;
    const r = await t.dispatch('vault.restore', { passphrase: 'verkeerde wachtwoordzin hier', currentPassphrase: t.passphrase });
    expect(r).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expectSameFiles(before, snapshotFiles(t.dirs.vault));
  });

  it('a backup never contains readable text: no dossier data, names, passphrase, recovery key or schema', () => {
    const needles = [
      ...secrets,
      TEST_USER,
      t.passphrase,
      t.recoveryKey,
      t.recoveryKey.replace(/-/g, ''),
      'CREATE TABLE',
      'chronology',
      'audit_log',
      'SQLite format 3',
      'Kluis aangemaakt',
    ];
    const hits = scanForStrings([t.dirs.out], needles);
    expect(hits, describeHits(hits)).toEqual([]);
    // The one readable part is the header: format, creation time, wrapped keys, sealed manifest.
    const text = fs.readFileSync(backupFile).subarray(0, 4096).toString('latin1');
    expect(text.startsWith('VANGNET-BACKUP\n')).toBe(true);
    expect(Vault.inspectBackup(backupFile).ok).toBe(true);
  });
});

function flip(b: Buffer, at: number): Buffer {
  const c = Buffer.from(b);
  c[at] = (c[at] ?? 0) ^ 0x10;
  return c;
}

/** Recomputes the container checksum so only the deeper checks (SQLCipher HMAC, integrity_check) can catch the damage. */
function reseal(b: Buffer): Buffer {
  const firstNl = b.indexOf(10);
  const secondNl = b.indexOf(10, firstNl + 1);
  const body = b.subarray(secondNl + 1);
  const sum = crypto.createHash('sha256').update(body).digest('hex');
  return Buffer.concat([b.subarray(0, firstNl + 1), Buffer.from(`${sum}\n`, 'latin1'), body]);
}

function swapLastPages(b: Buffer): Buffer {
  const c = Buffer.from(b);
  const p1 = c.length - 4096;
  const p2 = c.length - 8192;
  const tmp = Buffer.from(c.subarray(p1));
  c.copy(c, p1, p2, p2 + 4096);
  tmp.copy(c, p2);
  return c;
}
