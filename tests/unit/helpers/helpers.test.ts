import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestService, scanForStrings, seedDossier, tableCounts, type TestService } from './index';

describe('test helpers', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('creates an unlocked vault through the service and seeds a realistic dossier', async () => {
    t = await createTestService();
    expect(t.recoveryKey).toMatch(/\w{4}/);
    const status = await t.dispatchOk('vault.status', {});
    expect(status.state).toBe('unlocked');
    const seeded = await seedDossier(t);
    const detail = await t.dispatchOk('dossier.get', { dossierId: seeded.dossierId });
    expect(JSON.stringify(detail)).toContain(seeded.secrets[0]);
    const counts = tableCounts(t.svc.ctx.db());
    expect(Object.keys(counts).length).toBeGreaterThan(3);
    expect(Object.values(counts).some((n) => n > 0)).toBe(true);
  });

  it('scanForStrings finds plain, UTF-16 and lower-cased text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-scan-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'xx Geheimpje yy');
    fs.writeFileSync(path.join(dir, 'sub', 'b.bin'), Buffer.from('Wolkje', 'utf16le'));
    fs.writeFileSync(path.join(dir, 'c.txt'), 'zoek: kantine');
    const hits = scanForStrings([dir], ['Geheimpje', 'Wolkje', 'Kantine', 'Afwezig']);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(hits.map((h) => `${h.needle}:${h.encoding}`).sort()).toEqual([
      'Geheimpje:utf8',
      'Kantine:utf8-lowercase',
      'Wolkje:utf16le',
    ]);
  });
});
