import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TestService } from '../helpers/service';
import { NAMES, generateDocument, openDocumentsDossier, pdfText, type DocumentsFixture } from './fixture';

/**
 * Issue 13 item 1: "Neem contact met mij op" reaches the sender. Their own phone and e-mail come
 * from their record in the dossier (or the school profile for the confidant); the school's
 * general number is the fallback only, and the check says so.
 */
let t: TestService;
let f: DocumentsFixture;
beforeEach(async () => ({ t, f } = await openDocumentsDossier()));
afterEach(() => t.cleanup());

const staff = {
  className: '', school: '', address: '', relatedPersonId: null, language: '', interpreterNeeded: false, sensitivities: '', notes: '',
};

async function victimTalkHeldBy(heldBy: string) {
  const detail = await t.dispatchOk('dossier.get', { dossierId: f.dossierId });
  const c = detail.conversations.find((x) => x.stepId === 'gesprek-ouders-slachtoffer')!;
  const { id, dossierId: _d, createdAt: _c, updatedAt: _u, ...input } = c as typeof c & { createdAt?: string; updatedAt?: string };
  await t.dispatchOk('conversation.update', { conversationId: id, conversation: { ...input, heldBy } });
}

/** The notices about the sender's contact (the letter part's "de komende week" gets its own, see letters.test.ts). */
const contactNotices = (notices: string[]) => notices.filter((n) => !n.startsWith('In "Wat we hebben'));

async function letterText(options = {}): Promise<string> {
  const name = `brief-${Math.random().toString(36).slice(2)}.pdf`;
  const { file } = await generateDocument(t, f.dossierId, 'letter-victim-parents', name, { recipientPersonId: f.ids.victimParent, ...options });
  return pdfText(file).replace(/\s+/g, ' ');
}

it("prints the sender's own phone and e-mail from the dossier, also for a \"Name (role)\" holder", async () => {
  await t.dispatchOk('person.add', {
    dossierId: f.dossierId,
    person: { ...staff, role: 'mentor', name: 'Ruud Bakker', phone: '06 12 34 56 78', email: 'r.bakker@debrug.example' },
  });
  await victimTalkHeldBy('Ruud Bakker (mentor)');

  const setup = await t.dispatchOk('letters.setup', { dossierId: f.dossierId, kind: 'letter-victim-parents', recipientPersonId: f.ids.victimParent });
  expect(setup.senders[0]).toMatchObject({ name: 'Ruud Bakker', role: 'Mentor', contact: '06 12 34 56 78 of r.bakker@debrug.example' });

  const text = await letterText();
  expect(text).toContain('contact met mij op: 06 12 34 56 78 of r.bakker@debrug.example');
  expect(text).not.toContain('contact met mij op: 030 123 45 67');
  expect(text).toContain('Ruud Bakker Mentor Scholengemeenschap De Brug');
  const check = await t.dispatchOk('documents.check', { dossierId: f.dossierId, kind: 'letter-victim-parents', options: { recipientPersonId: f.ids.victimParent } });
  expect(contactNotices(check.notices)).toEqual([]);
  expect(NAMES.victimParent).toBeTruthy();
});

it("uses the confidant's contact from the school profile, and falls back to the school's number with a notice", async () => {
  await victimTalkHeldBy('Mevrouw De Wit en Marieke de Zorgcoördinator');
  const setup = await t.dispatchOk('letters.setup', { dossierId: f.dossierId, kind: 'letter-victim-parents', recipientPersonId: f.ids.victimParent });
  expect(setup.senders.find((s) => s.name === 'Mevrouw De Wit')).toMatchObject({ role: 'Vertrouwenspersoon', contact: '030 123 45 68' });
  // The signatory has no own number anywhere: the general number, and the check says so (not blocking).
  expect(setup.senders.find((s) => s.name === 'Marieke de Zorgcoördinator')?.contact).toBe('030 123 45 67');
  // The default is the first sender with an own contact: the confidant.
  expect(await letterText()).toContain('contact met mij op: 030 123 45 68');

  const signatory = { name: 'Marieke de Zorgcoördinator', role: 'Zorgcoördinator', contact: '030 123 45 67' };
  const check = await t.dispatchOk('documents.check', {
    dossierId: f.dossierId,
    kind: 'letter-victim-parents',
    options: { recipientPersonId: f.ids.victimParent, sender: signatory },
  });
  expect(check.ok).toBe(true);
  expect(contactNotices(check.notices)).toEqual([
    'Als contact van Marieke de Zorgcoördinator staat alleen het algemene nummer van de school (030 123 45 67) in de brief. Vul bij de afzender een eigen telefoonnummer of e-mailadres in, of leg het vast bij de persoon in het dossier.',
  ]);
  expect(await letterText({ sender: signatory })).toContain('contact met mij op: 030 123 45 67');
});
