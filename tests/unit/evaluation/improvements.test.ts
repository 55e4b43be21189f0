import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestService, fixedClock, seedDossier, type TestService } from '../helpers';

describe('improvement points (lessons learned)', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('collects points across dossiers, refuses names, records decisions and exports a PDF without names', async () => {
    t = await createTestService({ clock: fixedClock('2027-01-10T09:00:00.000Z') });
    const a = await seedDossier(t, { tag: 'aa11' });
    const b = await seedDossier(t, { tag: 'bb22' });

    const p1 = await t.dispatchOk('improvement.add', {
      dossierId: a.dossierId,
      audience: 'zat',
      point: {
        area: 'protocol',
        text: 'Telefoonnummer van de wijkagent in het protocol actualiseren.',
        owner: 'Teamleider',
      },
    });
    const p2 = await t.dispatchOk('improvement.add', {
      dossierId: b.dossierId,
      audience: 'docenten',
      point: {
        area: 'preventie',
        text: 'Lessen digitaal burgerschap in leerjaar 1 en 2 ('.concat('şık', ')'),
        owner: 'Sectie maatschappijleer',
      },
    });
    await t.dispatchOk('improvement.add', {
      dossierId: null,
      audience: null,
      point: {
        area: 'communicatie',
        text: 'Communicatiestatement vooraf klaarzetten op de website.',
        owner: '',
      },
    });

    // A name (or part of one, in any case or accents) of a registered person is refused.
    for (const text of [
      'Gesprek met Floortje Vermeulenaa11 te laat',
      'daan kuipersbb22 had eerder aangesproken moeten worden',
    ]) {
      const r = await t.dispatch('improvement.add', {
        dossierId: a.dossierId,
        audience: null,
        point: { area: 'protocol', text, owner: '' },
      });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.message).toContain('blijft bewaard');
        // Named at its field, so the form shows it there.
        expect(r.error.field).toBe('point.text');
      }
    }
    const inOwner = await t.dispatch('improvement.add', {
      dossierId: a.dossierId,
      audience: null,
      point: { area: 'protocol', text: 'Vast aanspreekpunt', owner: 'Floortje Vermeulenaa11' },
    });
    expect(!inOwner.ok && inOwner.error.field).toBe('point.owner');

    const rejectWithoutReason = await t.dispatch('improvement.decide', {
      pointId: p2.id,
      status: 'afgewezen',
      note: '',
    });
    expect(rejectWithoutReason.ok).toBe(false);
    const adopted = await t.dispatchOk('improvement.decide', {
      pointId: p1.id,
      status: 'overgenomen',
      note: 'Aangepast in versie 2027.',
    });
    expect(adopted.status).toBe('overgenomen');
    expect(adopted.decidedAt).toBe('2027-01-10T09:00:00.000Z');

    const all = await t.dispatchOk('improvement.list', {});
    expect(all).toHaveLength(3);
    expect(all.map((p) => p.dossierNumber)).toContain(null);
    expect((await t.dispatchOk('improvement.list', { status: 'open' })).map((p) => p.id)).not.toContain(
      p1.id,
    );
    const view = await t.dispatchOk('evaluation.get', { dossierId: a.dossierId });
    expect(view.improvementPoints.map((p) => p.id)).toEqual([p1.id]);

    // Export: cancelled writes nothing; a chosen path gets a real PDF.
    expect(await t.dispatchOk('improvement.exportPdf', {})).toEqual({ cancelled: true });
    const file = path.join(t.dirs.out, 'verbeterpunten.pdf');
    t.platform.nextSavePath = file;
    expect(await t.dispatchOk('improvement.exportPdf', {})).toEqual({ file, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Verbeterpunten protocol');
    expect(text).toContain('wijkagent in het protocol');
    expect(text).toContain('Overgenomen (1)');
    expect(text).toContain('şık'); // embedded font keeps every character
    for (const secret of [...a.secrets, ...b.secrets]) expect(text).not.toContain(secret);

    const audit = t.svc.ctx
      .db()
      .prepare("SELECT details FROM audit_log WHERE action LIKE 'improvement.%'")
      .pluck()
      .all() as string[];
    expect(audit).toContain('Verbeterpunten als PDF opgeslagen (3)');
  });
});
