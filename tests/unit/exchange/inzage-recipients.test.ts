import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makePair, send, type Pair } from './helpers';

/**
 * Issue 16 item 5 / AVG art. 15(1)(c): a package sent from a dossier appears in the inzage
 * export of a person in that dossier as a recipient, with date and the parts it carried.
 */
let p: Pair;
beforeEach(async () => {
  p = await makePair();
});
afterEach(() => p.cleanup());

async function inzageText(name: string): Promise<string> {
  const matches = await p.a.dispatchOk('subjectAccess.search', { name });
  const file = path.join(p.a.dirs.out, `inzage-${matches.length}-${Date.now()}.pdf`);
  p.a.platform.nextSavePath = file;
  await p.a.dispatchOk('subjectAccess.exportPdf', { personIds: matches.map((m) => m.personId), thirdPartyReviewed: true });
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

it('the inzage export lists the packages sent from the dossier as recipients, or says there were none', async () => {
  const { dossierId } = await p.a.dispatchOk('dossier.create', {
    title: 'Filmpje in groepsapp',
    discoveredAt: '2026-11-27T08:30:00+01:00',
    howDiscovered: 'Melding bij de mentor',
    materialKind: 'video',
    victimName: 'Noor Bakkali',
    victimClass: '2C',
    lead: 'Marieke de Zorgcoördinator',
    otherSchoolInvolved: true,
  });
  const before = await inzageText('Noor Bakkali');
  expect(before).toContain('Verstrekt aan (ontvangers)');
  expect(before).toContain('Uit dit dossier zijn geen gegevens via Vangnet aan anderen verstrekt.');

  await send(p.a, { dossierId, kind: 'delen', contactIds: [p.bAtA], sections: ['feiten', 'stappen'] });
  const after = await inzageText('Noor Bakkali');
  expect(after).toMatch(/Dossier 2026-001, \d{1,2} [a-z]+ 2026 om \d{2}:\d{2}: Joris Vertrouwenspersoon \(Het Baken College\), in een versleuteld pakket/);
  expect(after).toMatch(/Verstrekt aan \(ontvangers\) \d{1,2} [a-z]+ 2026 om \d{2}:\d{2} Joris Vertrouwenspersoon/);
  expect(after).toContain('Delen met de andere school; Feiten van het incident, Stappen van het stappenplan');
  expect(after).not.toContain('Uit dit dossier zijn geen gegevens');
});
