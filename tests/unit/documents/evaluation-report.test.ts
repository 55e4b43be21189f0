import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestService, type TestService } from '../helpers/service';
import { pdfText, seedDocumentsDossier, type DocumentsFixture } from './fixture';

let t: TestService;
let f: DocumentsFixture;
beforeEach(async () => {
  t = await createTestService();
  f = await seedDocumentsDossier(t);
});
afterEach(() => t.cleanup());

async function reportText(): Promise<string> {
  const file = path.join(t.dirs.out, `evaluatie-${Date.now()}.pdf`);
  t.platform.nextSavePath = file;
  await t.dispatchOk('documents.generate', { dossierId: f.dossierId, kind: 'evaluation-report', options: {} });
  return pdfText(file);
}

it('the evaluation report falls back to the Evalueer steps, then uses the evaluation records when saved', async () => {
  await t.dispatchOk('step.update', {
    dossierId: f.dossierId,
    stepId: 'evaluatie-zat',
    patch: { data: { tool: 'evaluation', answers: { 'ging-goed': 'Snelle start binnen een uur.', 'kon-beter': 'Eerder de wijkagent betrekken.' } } },
  });
  const fromSteps = await reportText();
  expect(fromSteps).toContain('Snelle start binnen een uur.');
  expect(fromSteps).toContain('Eerder de wijkagent betrekken.');
  // The report names the protocol version the dossier followed (issue 17).
  expect(fromSteps.replace(/\s+/g, ' ')).toMatch(/Gevolgd protocol versie 1, vastgesteld op \d{1,2} [a-z]+ \d{4}/);

  await t.dispatchOk('evaluation.save', {
    dossierId: f.dossierId,
    audience: 'zat',
    form: {
      heldAt: '2026-12-10T15:00:00+01:00',
      heldBy: 'Marieke de Zorgcoördinator',
      participants: 'Vertrouwenspersoon, wijkagent, jeugdhulp',
      answers: { 'ging-goed': 'De lijnen waren kort.', 'kon-beter': 'Het statement kwam te laat.' },
      notes: '',
      prevention: 'Lessen digitaal burgerschap in leerjaar 2.',
      completed: true,
    },
  });
  await t.dispatchOk('aftercare.add', {
    dossierId: f.dossierId,
    moment: { personId: f.ids.victim, label: 'Slachtoffer', dueAt: '2026-12-03T10:00:00+01:00', who: 'Mentor' },
  });
  const text = (await reportText()).replace(/\s+/g, ' ');
  expect(text).toContain('ZAT-overleg: De lijnen waren kort.');
  expect(text).toContain('ZAT-overleg: Het statement kwam te laat.');
  expect(text).toContain('Lessen digitaal burgerschap in leerjaar 2.');
  expect(text).toContain('Vertrouwenspersoon, wijkagent, jeugdhulp');
  expect(text).toContain('3 december 2026');
  expect(text).not.toContain('Snelle start');
});
