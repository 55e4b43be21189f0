import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOpName } from '../../../src/shared/api';
import {
  TEST_USER,
  createTestService,
  describeHits,
  listFiles,
  scanForStrings,
  seedDossier,
  type TestService,
} from '../helpers';
import fs from 'node:fs';

/**
 * "Nothing readable at rest": after a realistic session through the service, no distinctive
 * string the user typed can be found in any file of the vault folder, the app's data folder,
 * or anything created or changed in the OS temp folder during the session. Checked while the
 * vault is open (WAL and shared-memory files present) and after it is locked.
 */
describe('nothing readable at rest', () => {
  let t: TestService;
  const secrets: string[] = [];
  let sessionStart = 0;
  let midSessionHits: ReturnType<typeof scanForStrings> = [];

  /** Files in os.tmpdir() touched since the session started, outside the user's own export folder. */
  const tempFilesOfSession = () =>
    listFiles([os.tmpdir()], (f) => {
      if (f.startsWith(t.dirs.out + path.sep)) return false;
      try {
        return fs.statSync(f).mtimeMs >= sessionStart - 1000;
      } catch {
        return false;
      }
    });

  const scan = () => {
    const hits = scanForStrings([t.dirs.vault, t.dirs.appData], secrets);
    const tmpFiles = tempFilesOfSession();
    // Files over 32 MB are not from this small session (other processes share os.tmpdir()).
    const only = new Set(tmpFiles);
    for (const h of scanForStrings([os.tmpdir()], secrets, {
      filter: (f) => only.has(f),
      maxFileBytes: 32 * 1024 * 1024,
    })) {
      if (!hits.some((x) => x.file === h.file && x.needle === h.needle)) hits.push(h);
    }
    return hits;
  };

  beforeAll(async () => {
    sessionStart = Date.now();
    // Every string is made unique at run time: literals from this source file also sit in
    // vitest's transform cache under os.tmpdir() and would be (false) hits.
    const tag = crypto.randomBytes(4).toString('hex');
    const userName = `${TEST_USER} ${tag}`;
    t = await createTestService({ userName, passphrase: `${tag} wolkenkrabber paddenstoel` });
    secrets.push(t.passphrase, userName, t.recoveryKey);
    for (let i = 0; i < 3; i++) secrets.push(...(await seedDossier(t)).secrets);
    const first = await seedDossier(t);
    secrets.push(...first.secrets);
    // Reads and searches (search terms are typed text too).
    await t.dispatchOk('overview.get', {});
    await t.dispatchOk('dossier.get', { dossierId: first.dossierId });
    const query = first.secrets[0]!.split(' ')[0]!;
    const hits = await t.dispatchOk('dossier.search', { query });
    expect(hits.length).toBeGreaterThan(0);
    await t.dispatchOk('dossier.search', { query: `Zoekterm${tag}` });
    secrets.push(`Zoekterm${tag}`);
    // Long free text: a full conversation report.
    const longText = `Verslag Kapstokgesprek${tag} ${'de leerling vertelt over de groepsapp en de druk die zij voelde '.repeat(300)}`;
    secrets.push(`Verslag Kapstokgesprek${tag}`);
    await t.dispatchOk('chronology.add', { dossierId: first.dossierId, occurredAt: null, text: longText });
    if (isOpName('monitoring.quickAdd')) {
      const r = await t.svc.dispatch('monitoring.quickAdd', {
        dossierId: first.dossierId,
        platform: 'snapchat',
        location: `groep Feestcommissie-Olifant${tag}`,
        description: `Foto opnieuw gedeeld door account Zeepaardje${tag}`,
      });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      secrets.push(`Feestcommissie-Olifant${tag}`, `Zeepaardje${tag}`);
    }
    // Edits that rewrite rows (old versions must not linger in plain text either).
    await t.dispatchOk('dossier.updateFacts', {
      dossierId: first.dossierId,
      facts: { summary: `Vervangen samenvatting Pinguin${tag}` },
    });
    secrets.push(`Vervangen samenvatting Pinguin${tag}`);
    // Settings change, a backup, the passphrase change.
    await t.dispatchOk('settings.update', { idleLockMinutes: 3 });
    t.platform.nextSavePath = path.join(t.dirs.vault, '..', 'backup-in-de-buurt.vangnetbackup');
    await t.dispatchOk('vault.backup', {});
    const newPass = `regenton fietsbel kaasschaaf ${tag}`;
    secrets.push(newPass);
    await t.dispatchOk('vault.changePassphrase', { oldPassphrase: t.passphrase, newPassphrase: newPass });

    midSessionHits = scan();
    await t.dispatchOk('vault.lock', {});
    await t.dispatchOk('vault.unlock', { passphrase: newPass });
    await t.dispatchOk('vault.lock', {});
  });
  afterAll(() => t?.cleanup());

  it('the session wrote real data (sanity check for the scan)', () => {
    expect(secrets.length).toBeGreaterThan(40);
    expect(listFiles([t.dirs.vault]).length).toBeGreaterThan(1);
  });

  it('while the vault is open (WAL present): no written string is readable in any file', () => {
    expect(midSessionHits, describeHits(midSessionHits)).toEqual([]);
  });

  it('after locking: no written string is readable in the vault folder, app data, temp folder or the backup', () => {
    const hits = scan();
    const backup = scanForStrings([path.join(t.dirs.root)], secrets, {
      filter: (f) => f.endsWith('.vangnetbackup'),
    });
    expect([...hits, ...backup], describeHits([...hits, ...backup])).toEqual([]);
  });

  it('the scanner would have caught plain text (control: the same strings in a plain file are found)', () => {
    const control = path.join(t.dirs.appData, 'control.txt');
    fs.writeFileSync(control, secrets.join('\n'));
    try {
      const hits = scanForStrings([t.dirs.appData], secrets);
      expect(new Set(hits.map((h) => h.needle)).size).toBe(
        new Set(secrets.filter((s) => s.length >= 4)).size,
      );
    } finally {
      fs.rmSync(control);
    }
  });
});
