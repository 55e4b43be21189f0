import { emptyPersonInput, type PersonInput, type PersonRole } from '../../shared/domain';
import type { Dispatch } from '../api';

/**
 * A realistic, entirely fictitious incident used by `npm run demo`, the user-guide
 * screenshots and the benchmarks: a photo of a pupil in 3 havo shared in a class group,
 * walked through the first phases with conversations, decisions and a logbook
 * correction. Every name here is invented.
 */
export const DEMO_PEOPLE = {
  victim: 'Şükrü Yılmaz',
  victimClass: 'H3B',
  perpetrator: 'Łukasz Nowak',
  victimParent: 'Ayşe Yılmaz-Öztürk',
  perpetratorParent: 'Małgorzata Nowak',
  buddies: ['Noor El Idrissi', 'Joëlle Verhoeven', 'Bram de Wit'],
  lead: 'Marieke Jansen (zorgcoördinator)',
  mentor: 'Dhr. R. Bakker',
  confidant: 'Mevr. F. Hoekstra',
  officer: 'Wijkagent T. van Dijk',
} as const;

async function must<T>(dispatch: Dispatch, op: string, input: unknown): Promise<T> {
  const result = await dispatch(op, input);
  if (!result.ok) throw new Error(`${op}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/**
 * Three school days before `now`, at 10:40 in the Netherlands ("after the third period", as the
 * intake says): a weekday, so the story's times read as a school day wherever the demo runs.
 */
function schoolMorning(now: Date): string {
  const day = new Date(now.getTime() - 3 * 24 * 3_600_000);
  while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() - 1);
  const at = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 9, 40));
  // 09:40 UTC is 10:40 in winter (CET) and 11:40 in summer (CEST): correct by the real offset.
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(at));
  return new Date(at.getTime() - (hour - 10) * 3_600_000).toISOString();
}

/** The first school day (Monday–Friday) on or after `at`'s calendar day in the Netherlands, at noon UTC. */
export function schoolDayFrom(at: Date): Date {
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d, 12));
  while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

/** The day the mentor calls the victim's mother back: the school day after `now` (the demo's letters are dated `now`). */
export function demoCallBackDay(now: Date): Date {
  return schoolDayFrom(new Date(now.getTime() + 24 * 3_600_000));
}

/** "donderdag 3 december": a concrete day for a sentence, instead of "over twee dagen". */
export function dayInSentence(d: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Amsterdam' }).format(d);
}

function hoursAfter(iso: string, hours: number): string {
  return new Date(new Date(iso).getTime() + hours * 3_600_000).toISOString();
}

export async function seedDemoDossier(dispatch: Dispatch, now: Date = new Date()): Promise<{ dossierId: string }> {
  const p = DEMO_PEOPLE;
  const discoveredAt = schoolMorning(now);

  await must(dispatch, 'school.update', {
    name: 'Het Baken College',
    address: 'Schoolstraat 12',
    postalCode: '3511 AB',
    city: 'Utrecht',
    phone: '030 123 45 67',
    email: 'zorg@hetbaken.example',
    website: 'www.hetbaken.example',
    logoDataUrl: '',
    protocolReference: 'Protocol sociale veiligheid 2026, hoofdstuk 4 (sexting)',
    confidant: p.confidant,
    confidantContact: 'f.hoekstra@hetbaken.example, 030 123 45 70',
    policeContact: p.officer,
    policeContactDetails: '0900-8844 (vraag naar de wijkagent Utrecht-Oost)',
    signatory: 'Drs. E. Visser',
    signatoryRole: 'Rector',
    helpResources: [
      { name: 'Helpwanted.nl', forWhom: 'beide', contact: 'helpwanted.nl', description: 'Advies en hulp bij online seksueel misbruik, ook voor ouders.' },
      { name: 'Schoolmaatschappelijk werk', forWhom: 'leerlingen', contact: 'smw@hetbaken.example', description: 'Gesprekken op school, binnen een week.' },
      { name: 'Opvoedpunt gemeente', forWhom: 'ouders', contact: '030 286 00 00', description: 'Gratis opvoedadvies en gesprekken voor ouders.' },
    ],
    notes: '',
  });

  const { dossierId } = await must<{ dossierId: string }>(dispatch, 'dossier.create', {
    title: 'Naaktfoto rondgestuurd in klassenapp H3B',
    discoveredAt,
    howDiscovered: 'Mentor hoorde het van twee leerlingen na het derde uur; de foto gaat rond in een Snapchat-groep.',
    materialKind: 'foto',
    victimName: p.victim,
    victimClass: p.victimClass,
    lead: p.lead,
    otherSchoolInvolved: true,
  });

  const detail = await must<{ persons: Array<{ id: string; role: string }> }>(dispatch, 'dossier.get', { dossierId });
  const victimId = detail.persons.find((x) => x.role === 'slachtoffer')?.id ?? null;

  const person = (role: PersonRole, name: string, extra: Partial<PersonInput> = {}) => ({
    dossierId,
    person: emptyPersonInput({ role, name, ...extra }),
  });
  const parent = await must<{ id: string }>(dispatch, 'person.add', person('ouder', p.victimParent, {
    relatedPersonId: victimId,
    phone: '06 12 34 56 78',
    address: 'Kastanjelaan 4\n3512 CD Utrecht',
    language: 'Nederlands en Turks',
    sensitivities: 'Moeder wil niet dat de familie in Turkije iets hoort; gesprek liever zonder vader erbij. Schaamte speelt sterk.',
  }));
  const perpetrator = await must<{ id: string }>(dispatch, 'person.add', person('dader', p.perpetrator, {
    className: '4V',
    school: 'Stedelijk Lyceum Noord',
    notes: 'Heeft de foto doorgestuurd naar de groep; zit op een andere school.',
  }));
  await must(dispatch, 'person.add', person('ouder', p.perpetratorParent, {
    relatedPersonId: perpetrator.id,
    address: 'Lindenhof 19\n3514 EF Utrecht',
    language: 'Pools (tolk gewenst)',
    interpreterNeeded: true,
  }));
  // The mentor is the agreed contact: the letters give the parents the mentor's own number.
  await must(dispatch, 'person.add', person('mentor', p.mentor, { phone: '06 41 22 83 90', email: 'r.bakker@hetbaken.example' }));
  await must(dispatch, 'person.add', person('vertrouwenspersoon', p.confidant));
  await must(dispatch, 'person.add', person('politie', p.officer, { phone: '0900-8844' }));
  for (const b of p.buddies) await must(dispatch, 'person.add', person('buddy', b, { className: p.victimClass }));

  await must(dispatch, 'dossier.updateFacts', {
    dossierId,
    facts: {
      voluntariness: 'nee',
      spread: { pupils: 40, groups: 2, platforms: ['Snapchat', 'WhatsApp'] },
      victimNeeds: 'Wil niet in de klas besproken worden zonder dat hij erbij is; wil een vaste contactpersoon (mentor) en de eerste twee dagen thuis kunnen werken.',
    },
  });

  const step = (stepId: string, patch: Record<string, unknown>) => must(dispatch, 'step.update', { dossierId, stepId, patch });
  await step('aandacht-slachtoffer', { status: 'gedaan', owner: p.mentor, notes: 'Eerste opvang door mentor, rustig gesprek in de mediatheekkamer.' });
  await step('omvang-impact', { status: 'gedaan', owner: p.lead });
  await step('check-protocol', { status: 'gedaan', owner: p.lead });
  await step('betrek-vertrouwenspersoon', { status: 'gedaan', owner: p.lead, notes: `${p.confidant} is aangesloten.` });
  await step('politie-advies', {
    status: 'gedaan',
    owner: p.lead,
    data: { tool: 'police-advice', contactedAt: hoursAfter(discoveredAt, 3), officer: p.officer, advice: 'Beeld niet bekijken of bewaren; verspreiders aanspreken; aangifte is mogelijk door ouders.' },
  });
  await step('acties-op-rijtje', { status: 'bezig', owner: p.lead });
  await step('melding-aangifte', {
    status: 'bezig',
    owner: p.lead,
    data: {
      tool: 'report-decision',
      decision: 'melding',
      reasons: 'Ouders willen (nog) geen aangifte; melding in overleg met wijkagent.',
      reference: 'PL0900-2026-118842',
      decidedAt: hoursAfter(discoveredAt, 8),
      decidedBy: p.lead,
    },
  });
  await step('rustperiode', { status: 'gedaan', data: { tool: 'rest-period', from: discoveredAt.slice(0, 10), to: hoursAfter(discoveredAt, 24).slice(0, 10), arrangements: 'Twee dagen thuis, schoolwerk via mentor.' } });
  await step('boodschap-leerlingen', { status: 'gedaan', data: { tool: 'decision', choice: 'combinatie', reasons: 'Normaliseren dat je fouten mag maken, problematiseren van het doorsturen.' } });

  const action = (wie: string, wat: string, hours: number | null, waar: string, hoe: string, stepId: string | null) =>
    must<{ id: string }>(dispatch, 'action.add', {
      dossierId,
      action: { stepId, wie, wat, wanneer: hours === null ? null : hoursAfter(discoveredAt, hours), waar, hoe },
    });
  // The first two are done (the talk with Şükrü and the call to her mother happened that day);
  // the rest is still ahead.
  const talk = await action(p.mentor, 'Gesprek met Şükrü over wat hij nodig heeft', 2, 'Mediatheekkamer', 'Rustig, niet veroordelen, luisteren', 'aandacht-slachtoffer');
  const call = await action(p.lead, 'Ouders van het slachtoffer bellen en uitnodigen', 4, 'Telefonisch', 'Voorbereid op emoties; tolk niet nodig', 'gesprek-ouders-slachtoffer');
  for (const done of [talk, call]) await must(dispatch, 'action.setDone', { actionId: done.id, done: true });
  await action('Schoolleiding', 'Contact met Stedelijk Lyceum Noord', 24, 'Telefonisch', 'Informeren en uitnodigen tot samenwerking', 'contact-school-dader');
  await action(p.mentor, 'Klassengesprek H3B voorbereiden', 96, 'Lokaal 2.14', 'Met vertrouwenspersoon', 'klas-slachtoffer');

  await must(dispatch, 'conversation.add', {
    dossierId,
    conversation: {
      stepId: 'gesprek-ouders-slachtoffer',
      withWhom: `${p.victimParent} (moeder)`,
      personIds: [parent.id],
      heldAt: hoursAfter(discoveredAt, 6),
      heldBy: `${p.lead} en ${p.mentor}`,
      location: 'Kamer zorgcoördinator',
      preparation: { emoties: true, gespreksleider: true, 'plek-privacy': true, tolk: false, cultuursensitief: true },
      summary: 'Moeder was geschrokken en boos, vooral op de verspreider. Veel schaamte naar de familie toe.',
      agreements: 'School vraagt de foto offline te halen via Helpwanted; mentor is vast aanspreekpunt; de mentor belt moeder terug (zie vervolg).',
      followUp: `Terugbelafspraak ${dayInSentence(demoCallBackDay(now))} 16.00 uur.`,
    },
  });

  await must(dispatch, 'chronology.add', { dossierId, occurredAt: hoursAfter(discoveredAt, 1), text: 'Twee leerlingen melden bij de mentor dat er een foto rondgaat in een Snapchat-groep van H3B.' });
  const wrong = await must<{ id: string }>(dispatch, 'chronology.add', { dossierId, occurredAt: hoursAfter(discoveredAt, 3), text: 'Wijkagent geeft advies: aangifte doen is verplicht.' });
  await must(dispatch, 'chronology.correct', { dossierId, correctsId: wrong.id, text: 'De wijkagent adviseerde dat aangifte mogelijk is, niet verplicht. De ouders beslissen.' });
  await must(dispatch, 'chronology.add', { dossierId, occurredAt: hoursAfter(discoveredAt, 26), text: 'Snapchat-account dat de foto deelde is gemeld bij het platform.' });

  // What the monitoring log and the takedown tracker hold for the same story (words, never the image).
  const seen = await must<{ id: string }>(dispatch, 'monitoring.add', {
    dossierId,
    entry: {
      seenAt: hoursAfter(discoveredAt, 25),
      seenBy: p.mentor,
      platform: 'snapchat',
      location: 'Snapchat-account "h3b.geheimen"',
      description: 'Account deelt de foto in een verhaal; reacties van leerlingen uit meerdere klassen.',
      reach: 'school',
      tone: 'negatief',
      risk: 'hoog',
      action: 'gemeld-bij-platform',
      actionNote: 'Gemeld via de meldfunctie van Snapchat; verwijderverzoek vastgelegd.',
      followUpAt: hoursAfter(discoveredAt, 49),
      status: 'opvolgen',
    },
  });
  await must(dispatch, 'monitoring.add', {
    dossierId,
    entry: {
      seenAt: hoursAfter(discoveredAt, 28),
      seenBy: p.lead,
      platform: 'whatsapp',
      location: 'Klassenapp H3B',
      description: 'Leerlingen vragen in de klassenapp wie de foto nog heeft; de mentor heeft gereageerd met de boodschap van de school.',
      reach: 'groep',
      tone: 'neutraal',
      risk: 'middel',
      action: 'verwezen-naar-statement',
      actionNote: '',
      followUpAt: null,
      status: 'afgehandeld',
    },
  });
  await must(dispatch, 'takedown.add', {
    dossierId,
    takedown: {
      entryId: seen.id,
      platform: 'snapchat',
      location: 'Snapchat-account "h3b.geheimen"',
      channel: 'platform',
      requestedAt: hoursAfter(discoveredAt, 26),
      reference: 'SC-REP-48812',
      status: 'in-behandeling',
      followUpAt: hoursAfter(discoveredAt, 50),
      notes: 'Ook gemeld bij Helpwanted (Offlimits) als het account niet binnen twee dagen weg is.',
    },
  });

  return { dossierId };
}
