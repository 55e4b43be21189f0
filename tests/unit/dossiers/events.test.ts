import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dossierEvents, writeDossier } from '../../../src/core/dossiers/write';
import * as repo from '../../../src/core/dossiers/repository';
import { emptyPersonInput } from '../../../src/shared/domain';
import { DossierEventSchema, describeEvent, type DossierEvent } from '../../../src/shared/protocol';
import { createTestService, type TestService } from '../helpers';

const INTAKE = {
  title: 'Naaktfoto via Snapchat klas 3B',
  discoveredAt: '2026-11-27T08:30:00+01:00',
  howDiscovered: 'Melding door klasgenoot',
  materialKind: 'foto' as const,
  victimName: 'Floortje Vermeulen',
  victimClass: '3B',
  lead: 'Marieke de Zorgcoördinator',
  otherSchoolInvolved: false,
};
const CONVERSATION = {
  stepId: 'gesprek-ouders-slachtoffer',
  withWhom: 'Ouders van Floortje',
  personIds: [],
  heldAt: '2026-11-27T15:00:00+01:00',
  heldBy: 'Marieke de Zorgcoördinator',
  location: '',
  preparation: {},
  summary: 'Geschrokken maar steunend.',
  agreements: '',
  followUp: '',
};
const FORM = { heldAt: null, heldBy: '', participants: '', answers: {}, notes: '', prevention: '', completed: false };

const types = (events: readonly { event: DossierEvent }[]) => events.map((e) => e.event.type);

describe('the logbook tells the story: typed events written with the act', () => {
  let t: TestService;
  beforeEach(async () => {
    t = await createTestService({ clock: () => new Date('2026-12-01T12:00:00Z') });
  });
  afterEach(() => t.cleanup());

  it('writes each meaningful act once, in order, with its Dutch sentence; status changes are separate status events', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
    await t.dispatchOk('conversation.add', { dossierId, conversation: CONVERSATION });
    await t.dispatchOk('step.update', {
      dossierId,
      stepId: 'politie-advies',
      patch: { data: { tool: 'police-advice', officer: 'Wijkagent Bos', contactedAt: '2026-11-27T10:00:00+01:00' } },
    });
    // Typing more advice later is not a new consultation.
    await t.dispatchOk('step.update', {
      dossierId,
      stepId: 'politie-advies',
      patch: { data: { tool: 'police-advice', advice: 'Niet doorsturen, wel vastleggen.' } },
    });
    await t.dispatchOk('step.update', {
      dossierId,
      stepId: 'melding-aangifte',
      patch: { data: { tool: 'report-decision', decision: 'aangifte', reference: 'PL0900-2026-123', decidedBy: 'Schoolleiding' } },
    });
    const td = await t.dispatchOk('takedown.add', {
      dossierId,
      takedown: { entryId: null, platform: 'instagram', location: '@x', channel: 'platform', requestedAt: null, reference: 'IG-77', status: 'aangevraagd', followUpAt: null, notes: '' },
    });
    await t.dispatchOk('takedown.addFollowUp', { takedownId: td.id, note: 'Platform bevestigt ontvangst', status: 'in-behandeling', nextFollowUpAt: null });
    await t.dispatchOk('takedown.addFollowUp', { takedownId: td.id, note: 'Account offline', status: 'verwijderd', nextFollowUpAt: null });
    await t.dispatchOk('statement.saveDraft', {
      dossierId,
      parts: { watSpeelt: 'Er is een foto rondgestuurd.', watDoet: 'Wij praten met de klas.', contactpersoon: 'De zorgcoördinator.' },
    });
    await t.dispatchOk('statement.publish', { dossierId });
    for (const name of ['Sanne', 'Noor', 'Mila']) {
      await t.dispatchOk('person.add', { dossierId, person: emptyPersonInput({ role: 'buddy', name, className: '3B' }) });
    }
    await t.dispatchOk('step.update', {
      dossierId,
      stepId: 'rustperiode',
      patch: { data: { tool: 'rest-period', from: '2026-11-28', to: '2026-12-05' } },
    });
    await t.dispatchOk('evaluation.save', { dossierId, audience: 'zat', form: { ...FORM, completed: true } });
    const [moment] = await t.dispatchOk('aftercare.planDefaults', {
      dossierId,
      from: '2026-12-01T09:00:00+01:00',
      who: 'Mentor',
      targets: [{ personId: null, label: 'Slachtoffer' }],
    });
    await t.dispatchOk('aftercare.complete', { momentId: moment!.id, outcome: 'Gaat beter.', needs: '' });

    const events = dossierEvents(t.svc.ctx.db(), dossierId);
    const acts = events.filter((e) => e.event.type !== 'step.status');
    expect(types(acts)).toEqual([
      'dossier.created',
      'conversation.held',
      'police.consulted',
      'police.decided',
      'takedown.requested',
      'takedown.answered',
      'takedown.removed',
      'statement.published',
      'buddies.chosen',
      'restperiod.set',
      'evaluation.completed',
      'aftercare.planned',
      'aftercare.done',
    ]);
    const text = acts.map((e) => e.text).join('\n');
    expect(text).toContain('Gesprek gevoerd met Ouders van Floortje door Marieke de Zorgcoördinator');
    expect(text).toContain('Politie geraadpleegd (Wijkagent Bos) op 27 november 2026');
    expect(text).toContain('aangifte bij de politie, registratienummer PL0900-2026-123, besloten door Schoolleiding');
    expect(text).toContain('Verwijderverzoek ingediend bij Instagram');
    expect(text).toContain('Materiaal verwijderd van Instagram');
    expect(text).toContain('Communicatiestatement versie 1 gepubliceerd');
    expect(text).toContain("3 buddy's");
    expect(text).not.toContain('Sanne');
    expect(text).toContain('Rustperiode vastgelegd van 28 november 2026 tot en met 5 december 2026');
    // Every stored payload validates and its row says exactly its one sentence.
    for (const e of events) {
      expect(DossierEventSchema.parse(e.event)).toEqual(e.event);
      expect(e.text).toBe(describeEvent(e.event));
    }
    // The audit row of each act is named after the operation.
    const audit = t.svc.ctx
      .db()
      .prepare("SELECT action FROM audit_log WHERE dossier_id = ? AND action IN ('statement.publish','takedown.add','conversation.add')")
      .all(dossierId) as Array<{ action: string }>;
    expect(audit.map((a) => a.action).sort()).toEqual(['conversation.add', 'statement.publish', 'takedown.add']);
  });

  it('intake, other school, actions and aftercare: each act writes exactly one event with its audit row', async () => {
    const db = () => t.svc.ctx.db();
    const { dossierId } = await t.dispatchOk('dossier.create', { ...INTAKE, howDiscovered: 'Melding door klasgenoot' });
    const all = () => dossierEvents(db(), dossierId);
    const audits = (action: string) =>
      (db().prepare('SELECT COUNT(*) AS n FROM audit_log WHERE dossier_id = ? AND action = ?').get(dossierId, action) as { n: number }).n;
    // One act, one new event of the expected type and one audit row of its operation.
    const act = async (operation: string, type: DossierEvent['type'], run: () => Promise<unknown>) => {
      const before = all().length;
      const auditBefore = audits(operation);
      await run();
      const added = all().slice(before);
      expect(added.map((e) => e.event.type).filter((k) => k !== 'step.status')).toEqual([type]);
      expect(audits(operation)).toBe(auditBefore + 1);
      return added.find((e) => e.event.type === type)!;
    };

    const [created] = all();
    expect(created?.event).toMatchObject({ type: 'dossier.created', lead: INTAKE.lead, materialKind: 'foto', otherSchoolInvolved: false });
    // The story starts when the material came to light; the row says when it was recorded.
    expect(created?.occurredAt).toBe('2026-11-27T07:30:00.000Z');
    expect(created?.text).toMatch(
      /^Dossier \d{4}-\d+ geopend: Naaktfoto via Snapchat klas 3B\. Regiehouder: Marieke de Zorgcoördinator\. Aan het licht gekomen: Melding door klasgenoot\. Soort beeldmateriaal: naaktfoto\. Gevolgd protocol: versie 1\.$/,
    );
    expect(created?.text).not.toContain(INTAKE.victimName);

    const set = await act('dossier.setOtherSchool', 'dossier.otherSchool', () =>
      t.dispatchOk('dossier.setOtherSchoolInvolved', { dossierId, involved: true }),
    );
    expect(set.text).toContain('de dader zit op een andere school');
    // Setting what is already set is not an act.
    const n = all().length;
    await t.dispatchOk('dossier.setOtherSchoolInvolved', { dossierId, involved: true });
    expect(all()).toHaveLength(n);
    const unset = await act('dossier.setOtherSchool', 'dossier.otherSchool', () =>
      t.dispatchOk('dossier.setOtherSchoolInvolved', { dossierId, involved: false }),
    );
    expect(unset.text).toBe('Vastgelegd: er is geen andere school betrokken.');

    const action = await t.dispatchOk('action.add', {
      dossierId,
      action: { stepId: 'gesprek-ouders-slachtoffer', wie: 'Mentor', wat: 'Ouders van Floortje bellen', wanneer: null, waar: '', hoe: '' },
    });
    const done = await act('action.setDone', 'action.done', () => t.dispatchOk('action.setDone', { actionId: action.id, done: true }));
    expect(done.text).toBe('Actie afgerond: Ouders van Floortje bellen. (Mentor)');
    const reopened = await act('action.setDone', 'action.done', () => t.dispatchOk('action.setDone', { actionId: action.id, done: false }));
    expect(reopened.text).toContain('Actie heropend');
    expect(reopened.event).toMatchObject({ done: false, stepId: 'gesprek-ouders-slachtoffer' });

    const planned = await act('aftercare.plan', 'aftercare.planned', () =>
      t.dispatchOk('aftercare.planDefaults', {
        dossierId,
        from: '2026-12-01T09:00:00+01:00',
        who: 'Mentor',
        targets: [{ personId: null, label: 'Slachtoffer' }],
      }),
    );
    expect(planned.text).toMatch(/^Nazorg gepland: Slachtoffer op \d+ \w+ 2026(; Slachtoffer op \d+ \w+ 20\d\d)+\.$/);
    const one = await t.dispatchOk('aftercare.add', {
      dossierId,
      moment: { personId: null, label: 'Ouders van het slachtoffer', dueAt: '2026-12-20T10:00:00+01:00', who: 'Mentor' },
    });
    const added = all().at(-1)!;
    expect(added.event).toMatchObject({ type: 'aftercare.planned', moments: [{ momentId: one.id, label: 'Ouders van het slachtoffer' }] });
    expect(added.text).toBe('Nazorg gepland: Ouders van het slachtoffer op 20 december 2026.');
    await act('aftercare.complete', 'aftercare.done', () => t.dispatchOk('aftercare.complete', { momentId: one.id, outcome: 'Rustig.', needs: '' }));
    await act('aftercare.reopen', 'aftercare.reopened', () => t.dispatchOk('aftercare.reopen', { momentId: one.id }));
    const cancelled = await act('aftercare.remove', 'aftercare.cancelled', () => t.dispatchOk('aftercare.remove', { momentId: one.id }));
    expect(cancelled.text).toBe('Gepland nazorgmoment geschrapt (Ouders van het slachtoffer, 20 december 2026).');

    for (const e of all()) expect(e.text).toBe(describeEvent(DossierEventSchema.parse(e.event)));
    // No plain system lines any more: every row Vangnet writes is a typed event.
    const plain = db().prepare("SELECT COUNT(*) AS n FROM chronology WHERE dossier_id = ? AND event_json IS NULL").get(dossierId) as { n: number };
    expect(plain.n).toBe(0);
  });

  it('an act that fails after its write leaves neither the act nor its event nor its audit row', async () => {
    const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
    const db = t.svc.ctx.db();
    const count = (sql: string) => (db.prepare(sql).get(dossierId) as { n: number }).n;
    const before = {
      conversations: count('SELECT COUNT(*) AS n FROM conversations WHERE dossier_id = ?'),
      logbook: count('SELECT COUNT(*) AS n FROM chronology WHERE dossier_id = ?'),
      audit: count('SELECT COUNT(*) AS n FROM audit_log WHERE dossier_id = ?'),
    };
    expect(() =>
      writeDossier(t.svc.ctx, dossierId, 'conversation.add', (w) => {
        const at = t.svc.ctx.nowIso();
        repo.upsertConversation(w.db, { ...CONVERSATION, id: 'c0ffee00-0000-4000-8000-000000000001', dossierId, createdAt: at, updatedAt: at });
        w.event({
          type: 'conversation.held',
          conversationId: 'c0ffee00-0000-4000-8000-000000000001',
          withWhom: CONVERSATION.withWhom,
          heldBy: CONVERSATION.heldBy,
          heldAt: '2026-11-27T14:00:00.000Z',
          stepId: 'gesprek-ouders-slachtoffer',
        });
        w.deriveStatus('gesprek-ouders-slachtoffer', 'gedaan', 'het gevoerde gesprek');
        throw new Error('power cut between the act and the commit');
      }),
    ).toThrow(/power cut/);
    expect({
      conversations: count('SELECT COUNT(*) AS n FROM conversations WHERE dossier_id = ?'),
      logbook: count('SELECT COUNT(*) AS n FROM chronology WHERE dossier_id = ?'),
      audit: count('SELECT COUNT(*) AS n FROM audit_log WHERE dossier_id = ?'),
    }).toEqual(before);
    expect(repo.getStepState(db, dossierId, 'gesprek-ouders-slachtoffer')?.status ?? 'open').toBe('open');
    // An invalid event refuses the whole act too.
    expect(() =>
      writeDossier(t.svc.ctx, dossierId, 'test', (w) => {
        w.event({ type: 'statement.published', version: 0 });
      }),
    ).toThrow();
    expect(count('SELECT COUNT(*) AS n FROM chronology WHERE dossier_id = ?')).toBe(before.logbook);
  });
});

describe('killed while writing', () => {
  const tsx = path.resolve(__dirname, '../../../node_modules/tsx');
  it.skipIf(process.platform === 'win32' || !fs.existsSync(tsx))(
    'a process killed at any moment leaves every conversation with exactly one event and one audit row',
    async () => {
      const t = await createTestService();
      try {
        const { dossierId } = await t.dispatchOk('dossier.create', INTAKE);
        t.svc.lock();
        for (const delay of [40, 90, 160]) {
          const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'event-child.ts'), t.dirs.root, dossierId], {
            cwd: path.resolve(__dirname, '../../..'),
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          const exited = new Promise<void>((r) => child.once('exit', () => r()));
          await new Promise<void>((resolve, reject) => {
            child.stdout.once('data', () => resolve());
            child.once('exit', () => reject(new Error('child exited early')));
          });
          await new Promise((r) => setTimeout(r, delay));
          child.kill('SIGKILL');
          await exited;
        }
        await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
        const db = t.svc.ctx.db();
        const n = (sql: string) => (db.prepare(sql).get(dossierId) as { n: number }).n;
        const conversations = n('SELECT COUNT(*) AS n FROM conversations WHERE dossier_id = ?');
        const events = dossierEvents(db, dossierId).filter((e) => e.event.type === 'conversation.held');
        const audits = n("SELECT COUNT(*) AS n FROM audit_log WHERE dossier_id = ? AND action = 'conversation.add'");
        expect(conversations).toBeGreaterThan(0);
        expect(events).toHaveLength(conversations);
        expect(audits).toBe(conversations);
        const ids = new Set((db.prepare('SELECT id FROM conversations WHERE dossier_id = ?').all(dossierId) as Array<{ id: string }>).map((r) => r.id));
        for (const e of events) expect(ids.has((e.event as { conversationId: string }).conversationId)).toBe(true);
      } finally {
        t.cleanup();
      }
    },
    120_000,
  );
});

describe('exchange and protocol acts as typed events', () => {
  const PKG = 'c0ffee00-0000-4000-8000-0000000000aa';
  it('tells a package sent, a handover, a package received and a protocol move in Dutch, and refuses wrong shapes', () => {
    const sent: DossierEvent = {
      type: 'package.sent',
      packageId: PKG,
      kind: 'delen',
      counterpart: 'Joris Vertrouwenspersoon (Het Baken College)',
      sections: ['feiten', 'logboek'],
      keepAsCoOwner: false,
      sender: 'Marieke de Zorgcoördinator',
    };
    expect(describeEvent(DossierEventSchema.parse(sent))).toMatch(/^Pakket verstuurd \(delen met de andere school\) aan Joris Vertrouwenspersoon \(Het Baken College\): .+\.$/);
    expect(describeEvent({ ...sent, kind: 'overdracht' })).toBe(
      'Dossier overgedragen aan Joris Vertrouwenspersoon (Het Baken College). Dit exemplaar is vanaf nu alleen-lezen.',
    );
    expect(describeEvent({ ...sent, kind: 'overdracht', keepAsCoOwner: true })).toBe(
      'Dossier overgedragen aan Joris Vertrouwenspersoon (Het Baken College); Marieke de Zorgcoördinator blijft mede-eigenaar.',
    );
    const received = DossierEventSchema.parse({
      type: 'package.received',
      packageId: PKG,
      kind: 'bijwerken',
      from: 'Marieke de Zorgcoördinator (Het Lyceum)',
      packageCreatedAt: '2026-11-28T09:00:00.000Z',
      senderDossierNumber: null,
      added: 3,
      updated: 1,
      senderVerified: false,
      fingerprint: '12345 67890 12345 67890 12345 67890',
    });
    expect(describeEvent(received)).toBe(
      'Ontvangen van Marieke de Zorgcoördinator (Het Lyceum) (pakket van 28 november 2026 om 10:00, bijwerken): 3 nieuw, 1 bijgewerkt. Afzender NIET geverifieerd (vingerafdruk 12345 67890 12345 67890 12345 67890).',
    );
    const moved = DossierEventSchema.parse({
      type: 'protocol.moved',
      fromVersion: 1,
      toVersion: 2,
      added: ['Informeer de leerplichtambtenaar'],
      removed: [],
      deadlinesChanged: [],
    });
    expect(describeEvent(moved)).toBe(
      'Protocol van dit dossier gewijzigd van versie 1 naar versie 2. Nieuwe stappen: "Informeer de leerplichtambtenaar".',
    );
    // Wrong shapes are refused: an unknown kind, a section that does not exist, a negative count.
    expect(DossierEventSchema.safeParse({ ...sent, kind: 'verkopen' }).success).toBe(false);
    expect(DossierEventSchema.safeParse({ ...sent, sections: ['foto'] }).success).toBe(false);
    expect(DossierEventSchema.safeParse({ ...received, added: -1 }).success).toBe(false);
    expect(DossierEventSchema.safeParse({ ...moved, toVersion: 0 }).success).toBe(false);
  });
});
