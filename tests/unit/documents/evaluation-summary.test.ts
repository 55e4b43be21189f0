import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { printedFile, recordGenerated } from '../../../src/core/documents/service';
import type { DossierDocumentKind } from '../../../src/shared/domain/documents';
import { fixedClock, type TestService } from '../helpers/service';
import { PREVENTION, generateDocument, openDocumentsDossier, seedFullerDossier, type DocumentsFixture } from './fixture';

/**
 * Issue 13: the evaluation report's summary is ONE page, also for a dossier with many letters
 * and takedowns (before, every letter was a line and the summary ran onto page 2).
 */
let t: TestService;
let f: DocumentsFixture;
const clock = fixedClock('2026-11-28T09:00:00.000Z');
beforeEach(async () => {
  clock.set('2026-11-28T09:00:00.000Z');
  ({ t, f } = await openDocumentsDossier({ clock }));
});
afterEach(() => t.cleanup());

const page = (file: string, from: number, to?: number) =>
  execFileSync('pdftotext', ['-f', String(from), ...(to ? ['-l', String(to)] : []), file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .replace(/(\w)\/ (\w)/g, '$1/$2');

it('groups many letters per kind and many takedowns per platform, so the summary fits on page 1', async () => {
  // 31 letters letters over three days, as a school sends them in a week of unrest.
  const letters: Array<[DossierDocumentKind, string, number]> = [
    ...Array.from({ length: 12 }, (_, i) => ['letter-class-parents', `Ouders/verzorgers van klas 2${'ABCDEFGHIJKL'[i]} (28 brieven)`, 28] as [DossierDocumentKind, string, number]),
    ...Array.from({ length: 8 }, (_, i) => ['letter-other-classes', `Ouders/verzorgers van klas 3${'ABCDEFGH'[i]} (25 brieven)`, 25] as [DossierDocumentKind, string, number]),
    ...Array.from({ length: 6 }, () => ['letter-victim-parents', 'Ouder/verzorger van het slachtoffer', 1] as [DossierDocumentKind, string, number]),
    ...Array.from({ length: 5 }, () => ['letter-perpetrator-parents', 'Ouder/verzorger van de dader', 1] as [DossierDocumentKind, string, number]),
  ];
  for (const [i, [kind, recipientLabel, count]] of letters.entries()) {
    clock.set(`2026-11-${29 + (i % 3)}T10:00:00.000Z`);
    recordGenerated(t.svc.ctx, { dossierId: f.dossierId, kind, audience: 'group', recipientLabel, pages: 1, delivery: 'afgedrukt', fileName: '' }, [printedFile(new Uint8Array([i]))], count);
  }
  for (const location of ['account @a', 'account @b', 'account @c', 'account @d']) {
    await t.dispatchOk('takedown.add', {
      dossierId: f.dossierId,
      takedown: { entryId: null, platform: 'instagram', location, channel: 'platform', requestedAt: '2026-11-29T09:00:00+01:00', reference: '', status: 'aangevraagd', followUpAt: null, notes: '' },
    });
  }
  // Then the fuller dossier (evaluations, prevention, one more letter to the mother; it closes the dossier).
  await seedFullerDossier(t, f, path.join(t.dirs.out, 'brief-moeder.pdf'));

  const { file } = await generateDocument(t, f.dossierId, 'evaluation-report', 'evaluatie-veel-brieven.pdf');
  const page1 = page(file, 1, 1);
  const page2 = page(file, 2, 2);

  // All 32 letters (31 + the fixture's letter to the mother) in one line, per kind, under their
  // own heading: making a letter is not a decision.
  const decisions = page1.slice(page1.indexOf('Belangrijke besluiten'), page1.indexOf('Brieven '));
  expect(decisions).toContain('Verwijderverzoeken bij Instagram');
  expect(decisions).not.toMatch(/brief/i);
  expect(page1.slice(page1.indexOf('Brieven '), page1.indexOf('Uitkomst'))).toContain('32 brieven van');
  // Counted honestly: letters made, and what the mail merges became; "van de dader", not "de
  // dader", which read as a letter to the pupil.
  expect(page1).toContain(
    '32 brieven van 29 november t/m 1 december (536 op naam): ouders van klasgenoten (12×), van overige klassen (8×), van het slachtoffer (7×) en van de dader (5×).',
  );
  expect(page1).not.toMatch(/ontvanger/);
  expect(page1).toContain('Verwijderverzoeken bij Instagram (5): 4 aangevraagd, 1 verwijderd.');
  // The whole summary, down to its last prevention measure, is on page 1; page 2 is the report.
  expect(page1).toContain(`ZAT-overleg: ${PREVENTION.zat}`);
  expect(page2).not.toMatch(/Samenvatting|Belangrijke besluiten|Uitkomst|Preventiemaatregelen|32 brieven van/);
  expect(page(file, 2)).toContain('Wat ging goed?');
});
