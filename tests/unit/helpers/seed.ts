import crypto from 'node:crypto';
import { emptyPersonInput } from '../../../src/shared/domain';
import { STEPS } from '../../../src/shared/protocol';
import type { OpInput, OpName, OpOutput } from '../../../src/shared/api';

interface CanDispatch {
  dispatchOk<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>>;
}

type PersonInput = OpInput<'person.add'>['person'];

/** Adds a person to a dossier through the service; every field not given is left empty. */
export function addPerson(
  t: CanDispatch,
  dossierId: string,
  person: Pick<PersonInput, 'role' | 'name'> & Partial<PersonInput>,
): Promise<OpOutput<'person.add'>> {
  return t.dispatchOk('person.add', {
    dossierId,
    person: emptyPersonInput(person),
  });
}

export interface SeededDossier {
  dossierId: string;
  personIds: string[];
  /**
   * Distinctive strings written into the vault by this seed (names, phone, e-mail, note text).
   * Each contains a random tag, so a scan hit can only come from this data.
   */
  secrets: string[];
}

/**
 * Creates a realistic dossier through the service: intake, victim + suspected distributor +
 * parent, logbook entries, an action, a conversation, a step update and a facts update.
 */
export async function seedDossier(t: CanDispatch, opts: { tag?: string } = {}): Promise<SeededDossier> {
  const tag = opts.tag ?? crypto.randomBytes(4).toString('hex');
  const victim = `Floortje Vermeulen${tag}`;
  const distributor = `Daan Kuipers${tag}`;
  const parent = `Ingrid Vermeulen${tag}`;
  const phone = `06-55${tag}`;
  const email = `ingrid.${tag}@voorbeeld.nl`;
  const title = `Naaktfoto via Snapchat klas 3B ${tag}`;
  const note = `Gesprek met mentor over verspreiding in groepsapp Tuinfeest${tag}`;
  const summary = `Slachtoffer voelt zich onveilig in de kantine${tag}`;
  const conversationText = `Ouders zijn geschrokken maar steunend Kruidvat${tag}`;

  const { dossierId } = await t.dispatchOk('dossier.create', {
    title,
    discoveredAt: '2026-11-27T08:30:00+01:00',
    howDiscovered: `Melding door klasgenoot bij mentor Zonnebloem${tag}`,
    materialKind: 'foto',
    victimName: victim,
    victimClass: '3B',
    lead: 'Marieke de Zorgcoördinator',
    otherSchoolInvolved: false,
  });
  const dader = await addPerson(t, dossierId, {
    role: 'dader',
    name: distributor,
    className: '3B',
    notes: `Heeft foto doorgestuurd Lindeboom${tag}`,
  });
  const ouder = await addPerson(t, dossierId, {
    role: 'ouder',
    name: parent,
    phone,
    email,
    address: `Molenstraat 12${tag}, Utrecht`,
  });
  await t.dispatchOk('chronology.add', { dossierId, occurredAt: '2026-11-27T09:00:00+01:00', text: note });
  await t.dispatchOk('chronology.add', {
    dossierId,
    occurredAt: null,
    text: `Politie gebeld, wijkagent Bakker${tag}`,
  });
  await t.dispatchOk('action.add', {
    dossierId,
    action: {
      stepId: null,
      wie: 'Mentor',
      wat: `Klas 3B bijpraten zonder namen Appelboom${tag}`,
      wanneer: null,
      waar: 'Lokaal 12',
      hoe: '',
    },
  });
  await t.dispatchOk('conversation.add', {
    dossierId,
    conversation: {
      stepId: null,
      withWhom: parent,
      personIds: [ouder.id],
      heldAt: '2026-11-27T15:00:00+01:00',
      heldBy: 'Marieke de Zorgcoördinator',
      location: 'Kamer zorgcoördinator',
      preparation: {},
      summary: conversationText,
      agreements: `Dagelijks contact Walvis${tag}`,
      followUp: '',
    },
  });
  const firstStep = STEPS[0];
  if (firstStep) {
    await t.dispatchOk('step.update', {
      dossierId,
      stepId: firstStep.id,
      patch: { status: 'bezig', notes: `Stapnotitie Regenjas${tag}` },
    });
  }
  await t.dispatchOk('dossier.updateFacts', { dossierId, facts: { summary } });

  return {
    dossierId,
    personIds: [dader.id, ouder.id],
    secrets: [
      victim,
      distributor,
      parent,
      phone,
      email,
      title,
      note,
      summary,
      conversationText,
      `Zonnebloem${tag}`,
      `Lindeboom${tag}`,
      `Bakker${tag}`,
      `Appelboom${tag}`,
      `Walvis${tag}`,
      `Regenjas${tag}`,
      `Molenstraat 12${tag}`,
    ],
  };
}
