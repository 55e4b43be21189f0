import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dossierReferences } from '../../../src/core/evaluation/destroy';
import { createTestService, fixedClock, seedDossier, userTables, type TestService } from '../helpers';
import { closeDossier, markAndDestroy } from './fixtures';

const q = (n: string) => `"${n.replace(/"/g, '""')}"`;

describe('destruction covers the tables of every module', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('removes court-safe monitoring, takedown history and statements too, and leaves no orphaned index rows', async () => {
    const clock = fixedClock('2026-12-01T09:00:00.000Z');
    t = await createTestService({ clock });
    const s = await seedDossier(t, { tag: 'mm77' });
    const keep = await seedDossier(t, { tag: 'kk88' });
    const entry = {
      seenAt: '2026-11-30T20:00:00.000Z',
      seenBy: 'Mentor',
      platform: 'snapchat' as const,
      location: 'Groep Feestje3Bmm77',
      description: 'Daan Kuipersmm77 deelt opnieuw een bericht over de foto',
      reach: 'groep' as const,
      tone: 'negatief' as const,
      risk: 'hoog' as const,
      action: 'gemeld-bij-platform' as const,
      actionNote: 'Gemeld Uiltjemm77',
      followUpAt: null,
      status: 'opvolgen' as const,
    };
    const first = await t.dispatchOk('monitoring.add', { dossierId: s.dossierId, entry });
    await t.dispatchOk('monitoring.correct', {
      correctsId: first.id,
      reason: 'Toon aangepast Correctiemm77',
      entry: { ...entry, tone: 'bedreigend' },
    });
    const takedown = await t.dispatchOk('takedown.add', {
      dossierId: s.dossierId,
      takedown: {
        entryId: first.id,
        platform: 'snapchat',
        location: 'Account Vossenjacht mm77',
        channel: 'platform',
        requestedAt: '2026-11-30T21:00:00.000Z',
        reference: 'REF-mm77',
        status: 'aangevraagd',
        followUpAt: null,
        notes: 'Verzoek Merelmm77',
      },
    });
    await t.dispatchOk('takedown.addFollowUp', {
      takedownId: takedown.id,
      status: 'verwijderd',
      note: 'Verwijderd Kwikstaartmm77',
      nextFollowUpAt: null,
    });
    await t.dispatchOk('statement.saveDraft', {
      dossierId: s.dossierId,
      parts: {
        watSpeelt: 'Er circuleert beeldmateriaal Zwaluwmm77.',
        watDoet: 'Wij ondersteunen de betrokkenen.',
        contactpersoon: 'Zorgcoördinator',
      },
    });
    const secrets = [
      ...s.secrets,
      'Feestje3Bmm77',
      'Uiltjemm77',
      'Correctiemm77',
      'Vossenjacht mm77',
      'REF-mm77',
      'Merelmm77',
      'Kwikstaartmm77',
      'Zwaluwmm77',
    ];

    // Inzage before destruction: the monitoring entry that names the pupil is in the PDF.
    const match = (await t.dispatchOk('subjectAccess.search', { name: 'Kuipersmm77' }))[0]!;
    const file = path.join(t.dirs.out, 'inzage.pdf');
    t.platform.nextSavePath = file;
    await t.dispatchOk('subjectAccess.exportPdf', { personIds: [match.personId], thirdPartyReviewed: true });
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Daan Kuipersmm77 deelt opnieuw een bericht over de foto');
    expect(text).toContain('Wat is er te zien');

    await closeDossier(t, s.dossierId);
    const number = (await t.dispatchOk('dossier.get', { dossierId: s.dossierId })).dossier.number;
    clock.advance(3 * 365 * 86_400_000);
    await markAndDestroy(t, { dossierId: s.dossierId, confirmNumber: number, reason: '' });

    const db = t.svc.ctx.db();
    const tables = dossierReferences(db).map((r) => r.table);
    expect(tables).toEqual(
      expect.arrayContaining([
        'monitoring_entries',
        'monitoring_current',
        'takedowns',
        'takedown_events',
        'statement_drafts',
        'search_index',
      ]),
    );
    for (const table of userTables(db).filter((n) => n !== 'audit_log')) {
      expect(JSON.stringify(db.prepare(`SELECT * FROM ${q(table)}`).all()).includes(s.dossierId), table).toBe(
        false,
      );
    }
    // The search map points only at index rows that still exist.
    if (userTables(db).includes('search_map')) {
      const orphans = db
        .prepare('SELECT count(*) FROM search_map WHERE fts_rowid NOT IN (SELECT rowid FROM search_index)')
        .pluck()
        .get();
      expect(orphans).toBe(0);
    }
    const image = db.serialize();
    for (const secret of secrets) {
      expect(image.includes(Buffer.from(secret)), secret).toBe(false);
      expect(image.includes(Buffer.from(secret.toLowerCase())), secret).toBe(false);
    }
    expect(image.includes(Buffer.from(keep.secrets[0]!))).toBe(true);
    expect((await t.dispatchOk('vault.verifyAudit', {})).ok).toBe(true);
    // Court-safe rules are back in force for the dossiers that remain.
    expect(() => db.prepare('DELETE FROM chronology WHERE dossier_id = ?').run(keep.dossierId)).toThrow(
      /court-safe/,
    );
  });
});
