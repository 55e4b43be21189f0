import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dossierReferences } from '../../../src/core/evaluation/destroy';
import {
  createTestService,
  fixedClock,
  listFiles,
  scanForStrings,
  seedDossier,
  userTables,
  type TestService,
} from '../helpers';
import { closeDossier, markAndDestroy } from './fixtures';

const q = (n: string) => `"${n.replace(/"/g, '""')}"`;

/**
 * Secrets found in the decrypted main database image: as written, lower-cased, and as the
 * single lower-cased words an FTS index stores. Only words carrying the seed's tag (they
 * contain a digit) count, so common words that rightly remain elsewhere (schema, other
 * dossiers, action names) are no false alarm.
 */
function hitsInDecryptedImage(image: Buffer, secrets: string[]): string[] {
  const hits: string[] = [];
  for (const s of secrets) {
    const words = s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 6 && /\d/.test(w));
    const forms = [s, s.toLowerCase(), ...words];
    for (const f of forms) {
      if (image.includes(Buffer.from(f, 'utf8')) || image.includes(Buffer.from(f, 'utf16le'))) {
        hits.push(f);
        break;
      }
    }
  }
  return hits;
}

describe('retention policy', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('defaults to two years after closing, changes only with a justification, and is audited', async () => {
    t = await createTestService();
    const initial = await t.dispatchOk('retention.get', {});
    expect(initial).toMatchObject({ months: 24, isDefault: true, updatedBy: null });

    const short = await t.dispatch('retention.update', { months: 36, justification: 'te kort' });
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.error.message).toContain('verwerkingsregister');
    const tooLong = await t.dispatch('retention.update', {
      months: 241,
      justification: 'Lange onderbouwing voor het verwerkingsregister.',
    });
    expect(tooLong.ok).toBe(false);

    const updated = await t.dispatchOk('retention.update', {
      months: 36,
      justification: 'Besluit MR 12-01-2027: drie jaar vanwege mogelijke nasleep in de bovenbouw.',
    });
    expect(updated).toMatchObject({ months: 36, isDefault: false, updatedBy: 'Marieke de Zorgcoördinator' });
    const audit = t.svc.ctx
      .db()
      .prepare("SELECT details FROM audit_log WHERE action = 'retention.update'")
      .pluck()
      .get() as string;
    expect(audit).toContain('24 -> 36 maanden');
  });
});

describe('destruction of a dossier', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('leaves no text of the dossier in the decrypted database, only an audit record, and the chain verifies', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z');
    t = await createTestService({ clock });
    const victim = await seedDossier(t, { tag: 'dd44' });
    const keep = await seedDossier(t, { tag: 'ee55' });
    const { dossierId } = victim;

    // Everything this module stores, so destruction has to find it all.
    const extraSecrets = [
      'Evaluatieantwoord Pimpelmees7',
      'Nazorguitkomst Goudvink8',
      'Nazorglabel Roodborst9',
    ];
    await t.dispatchOk('evaluation.save', {
      dossierId,
      audience: 'slachtoffer',
      form: {
        heldAt: null,
        heldBy: 'Mentor',
        participants: 'Leerling en moeder',
        answers: { ervaring: extraSecrets[0]! },
        notes: '',
        prevention: '',
        completed: true,
      },
    });
    const m = await t.dispatchOk('aftercare.add', {
      dossierId,
      moment: {
        personId: victim.personIds[0]!,
        label: extraSecrets[2]!,
        dueAt: '2026-12-08T09:00:00.000Z',
        who: 'Mentor',
      },
    });
    await t.dispatchOk('aftercare.complete', { momentId: m.id, outcome: extraSecrets[1]!, needs: '' });
    const point = await t.dispatchOk('improvement.add', {
      dossierId,
      audience: 'zat',
      point: { area: 'protocol', text: 'Contactlijst politie actualiseren.', owner: 'Teamleider' },
    });
    const dossierNumber = (await t.dispatchOk('dossier.get', { dossierId })).dossier.number;
    const secrets = [...victim.secrets, ...extraSecrets];

    await closeDossier(t, dossierId);

    // Not yet past retention: not flagged, and destroying early needs a reason without names.
    let overview = await t.dispatchOk('overview.get', {});
    expect(overview.retentionDue).toEqual([]);
    const noReason = await t.dispatch('retention.mark', {
      dossierId,
      confirmNumber: dossierNumber,
      reason: '',
    });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.error.message).toContain('bewaartermijn');

    // Two years and a day later it is flagged on the overview.
    clock.advance((365 * 2 + 1) * 86_400_000);
    overview = await t.dispatchOk('overview.get', {});
    expect(overview.retentionDue?.map((d) => d.number)).toEqual([dossierNumber]);
    expect(await t.dispatchOk('retention.due', {})).toHaveLength(1);

    const wrongNumber = await t.dispatch('retention.mark', {
      dossierId,
      confirmNumber: '2026-999',
      reason: '',
    });
    expect(wrongNumber.ok).toBe(false);
    const openOne = await t.dispatch('retention.mark', {
      dossierId: keep.dossierId,
      confirmNumber: (await t.dispatchOk('dossier.get', { dossierId: keep.dossierId })).dossier.number,
      reason: '',
    });
    expect(openOne.ok).toBe(false);
    if (!openOne.ok) expect(openOne.error.code).toBe('FORBIDDEN');

    const db = t.svc.ctx.db();
    const before = hitsInDecryptedImage(db.serialize(), secrets);
    expect(before.length).toBe(secrets.length); // the scan does find them while they exist

    const result = await markAndDestroy(t, {
      dossierId,
      confirmNumber: ` ${dossierNumber} `,
      reason: '',
    });
    expect(result).toEqual({ destroyed: dossierNumber });
    // Erased before the grace period: only after "Vernietigen" in main's dialog, naming the number.
    expect(t.platform.confirms.at(-1)?.message).toContain(dossierNumber);

    // No row anywhere still carries the dossier id, except the audit log.
    for (const ref of dossierReferences(db)) {
      expect(
        db
          .prepare(`SELECT count(*) FROM ${q(ref.table)} WHERE ${q(ref.column)} = ?`)
          .pluck()
          .get(dossierId),
        ref.table,
      ).toBe(0);
    }
    expect(db.prepare('SELECT count(*) FROM dossiers WHERE id = ?').pluck().get(dossierId)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM destruction_in_progress').pluck().get()).toBe(0);
    for (const table of userTables(db).filter((n) => n !== 'audit_log')) {
      const rows = JSON.stringify(db.prepare(`SELECT * FROM ${q(table)}`).all());
      expect(rows.includes(dossierId), table).toBe(false);
    }

    // The decrypted image (all pages, free ones included) holds none of the dossier's text.
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    const image = db.serialize();
    expect(image.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(hitsInDecryptedImage(image, secrets)).toEqual([]);
    // The other dossier is untouched.
    expect(hitsInDecryptedImage(image, keep.secrets)).toHaveLength(keep.secrets.length);
    // WAL truncated; nothing readable at rest in the vault folder either.
    expect(fs.statSync(path.join(t.dirs.vault, 'vangnet.db-wal')).size).toBe(0);
    expect(scanForStrings(listFiles([t.dirs.vault]), secrets)).toEqual([]);

    // The improvement point stays as a school lesson, unlinked.
    const kept = (await t.dispatchOk('improvement.list', {})).find((p) => p.id === point.id);
    expect(kept).toMatchObject({
      dossierId: null,
      dossierNumber: null,
      text: 'Contactlijst politie actualiseren.',
    });

    // Audit: one record that dossier <number> was destroyed, when and by whom; older records carry no names.
    const audit = db
      .prepare('SELECT at, actor, action, details FROM audit_log WHERE dossier_id = ? ORDER BY seq')
      .all(dossierId) as Array<{
      at: string;
      actor: string;
      action: string;
      details: string;
    }>;
    const last = audit.at(-1)!;
    expect(last.action).toBe('dossier.destroy');
    expect(last.details).toContain(`Dossier ${dossierNumber} vernietigd`);
    expect(last.at).toBe(clock().toISOString());
    expect(last.actor).toBe('Marieke de Zorgcoördinator');
    expect(hitsInDecryptedImage(Buffer.from(JSON.stringify(audit)), secrets)).toEqual([]);
    const verify = await t.dispatchOk('vault.verifyAudit', {});
    expect(verify.ok).toBe(true);

    // Search still works for the dossier that was kept, and finds nothing of the destroyed one.
    expect(
      (await t.dispatchOk('dossier.search', { query: 'Lindeboomee55' })).map((h) => h.dossierId),
    ).toContain(keep.dossierId);
    expect(await t.dispatchOk('dossier.search', { query: 'Lindeboomdd44' })).toEqual([]);

    // The dossier is gone for the UI too.
    const gone = await t.dispatch('dossier.get', { dossierId });
    expect(gone.ok).toBe(false);
    expect((await t.dispatchOk('overview.get', {})).retentionDue).toEqual([]);
  });

  it('redacts names from the improvement points it keeps and refuses a reason that names someone', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z');
    t = await createTestService({ clock });
    const s = await seedDossier(t, { tag: 'cc33' });
    const point = await t.dispatchOk('improvement.add', {
      dossierId: s.dossierId,
      audience: null,
      point: { area: 'samenwerking', text: 'Buddy-afspraken eerder vastleggen.', owner: '' },
    });
    // A person added after the point was written: the name slips in only through this later edit path.
    const db = t.svc.ctx.db();
    db.prepare('UPDATE improvement_points SET text = ? WHERE id = ?').run(
      'Buddy-afspraken met Floortje Vermeulencc33 eerder vastleggen.',
      point.id,
    );
    await closeDossier(t, s.dossierId);
    const number = (await t.dispatchOk('dossier.get', { dossierId: s.dossierId })).dossier.number;

    const named = await t.dispatch('retention.mark', {
      dossierId: s.dossierId,
      confirmNumber: number,
      reason: 'Verzoek van Ingrid Vermeulencc33 tot verwijdering',
    });
    expect(named.ok).toBe(false);
    if (!named.ok) expect(named.error.message).toContain('geen namen');

    await markAndDestroy(t, {
      dossierId: s.dossierId,
      confirmNumber: number,
      reason: 'Verzoek tot verwijdering (AVG art. 17)',
    });
    const kept = (await t.dispatchOk('improvement.list', {}))[0]!;
    expect(kept.text).toBe('Buddy-afspraken met [naam verwijderd] eerder vastleggen.');
    const details = db
      .prepare("SELECT details FROM audit_log WHERE action = 'dossier.destroy'")
      .pluck()
      .get() as string;
    expect(details).toContain('vervroegd: Verzoek tot verwijdering (AVG art. 17)');
    expect(hitsInDecryptedImage(db.serialize(), s.secrets)).toEqual([]);
    expect((await t.dispatchOk('vault.verifyAudit', {})).ok).toBe(true);
  });
});
