/**
 * Dutch names of the audit chain's actions, for documents (dossier overview, inzage). The
 * chain stores operation names ("statement.saveDraft"); a reader outside Vangnet gets words.
 */
const ACTION_LABELS: Readonly<Record<string, string>> = {
  'dossier.create': 'Dossier aangemaakt',
  'dossier.updateFacts': 'Feiten van het incident bijgewerkt',
  'dossier.setStatus': 'Status van het dossier gewijzigd',
  'dossier.setOtherSchool': 'Andere school betrokken aangepast',
  'dossier.destroy': 'Dossier vernietigd',
  'person.add': 'Betrokkene toegevoegd',
  'person.update': 'Betrokkene bijgewerkt',
  'person.remove': 'Betrokkene verwijderd',
  'step.update': 'Stap van het protocol bijgewerkt',
  'action.add': 'Actie toegevoegd',
  'action.update': 'Actie bijgewerkt',
  'action.setDone': 'Actie afgevinkt of heropend',
  'conversation.add': 'Gespreksverslag vastgelegd',
  'conversation.update': 'Gespreksverslag bijgewerkt',
  'chronology.add': 'Logboekregel vastgelegd',
  'chronology.correct': 'Logboekregel gecorrigeerd',
  'statement.saveDraft': 'Concept van het communicatiestatement bewaard',
  'statement.publish': 'Communicatiestatement gepubliceerd',
  'document.generate': 'Document gemaakt',
  'document.verify': 'Document gecontroleerd',
  'document.file': 'Losse brief opgeslagen',
  'letters.saveNameParts': 'Aanhef en naam voor brieven vastgelegd',
  'letters.saveLetterParts': 'Tekst voor de brief bij een gesprek vastgelegd',
  'monitoring.add': 'Waarneming op sociale media vastgelegd',
  'monitoring.correct': 'Waarneming gecorrigeerd',
  'takedown.add': 'Verwijderverzoek vastgelegd',
  'takedown.update': 'Verwijderverzoek bijgewerkt',
  'takedown.followUp': 'Verwijderverzoek opgevolgd',
  'evaluation.save': 'Evaluatie vastgelegd',
  'aftercare.add': 'Nazorgmoment toegevoegd',
  'aftercare.plan': 'Nazorgmomenten gepland',
  'aftercare.update': 'Nazorgmoment bijgewerkt',
  'aftercare.complete': 'Nazorgmoment afgerond',
  'aftercare.reopen': 'Nazorgmoment heropend',
  'aftercare.remove': 'Nazorgmoment verwijderd',
  'improvement.add': 'Verbeterpunt vastgelegd',
  'improvement.update': 'Verbeterpunt bijgewerkt',
  'retention.grace': 'Bewaartermijn: uitstel vastgelegd',
  'protocol.moveDossier': 'Dossier naar een nieuwere protocolversie gezet',
  'subjectAccess.export': 'Inzage-export gemaakt',
  'exchange.send': 'Pakket verstuurd (overdragen of delen)',
  'exchange.receive': 'Pakket ontvangen en verwerkt',
  'improvement.decide': 'Besluit over een verbeterpunt',
  'improvement.export': 'Verbeterpunten geëxporteerd',
  'retention.update': 'Bewaartermijn aangepast',
};

const AREA_LABELS: Readonly<Record<string, string>> = {
  dossier: 'Dossier',
  person: 'Betrokkenen',
  step: 'Stappen',
  action: 'Acties',
  conversation: 'Gesprekken',
  chronology: 'Logboek',
  statement: 'Communicatiestatement',
  document: 'Documenten',
  letters: 'Brieven',
  monitoring: 'Monitoring',
  takedown: 'Offline halen',
  evaluation: 'Evaluatie',
  aftercare: 'Nazorg',
  improvement: 'Verbeterpunten',
  retention: 'Bewaartermijn',
  protocol: 'Protocol',
  exchange: 'Overdragen en delen',
  draft: 'Concepten',
};

export function auditActionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const area = AREA_LABELS[action.split('.')[0] ?? ''];
  return area ? `Wijziging (${area.toLowerCase()})` : 'Wijziging';
}

/** Actions whose stored details are already a Dutch sentence written for a reader. */
const READABLE_DETAILS = new Set([
  'document.generate',
  'document.file',
  'document.verify',
  'exchange.send',
  'exchange.receive',
  'protocol.moveDossier',
  'retention.grace',
]);

/**
 * One audit record in words: the action's Dutch name, the step's title for a step change, and
 * the stored details only where they are a Dutch sentence (other details name internal fields).
 */
export function auditLine(a: { action: string; details: string }, stepTitle: (id: string) => string): string {
  const label = auditActionLabel(a.action);
  if (a.action === 'step.update') {
    const id = /^Stap ([a-z0-9-]+)/.exec(a.details)?.[1];
    const title = id ? stepTitle(id) : '';
    return title ? `${label}: "${title}"` : label;
  }
  // A dossier write appends its event kinds (" · document.produced") for the chain: no reader's words.
  const details = a.details.replace(/(?: · [a-z]+(?:\.[a-zA-Z-]+)+)+\s*$/, '').trim().replace(/\.$/, '');
  return READABLE_DETAILS.has(a.action) && details ? `${label} – ${details}` : label;
}
