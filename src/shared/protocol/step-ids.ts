/**
 * Step ids of the built-in card, in card order. Stored in step states, actions and
 * conversations, so never rename one (a test checks this list against the card).
 */
export const CARD_STEP_IDS = [
  'aandacht-slachtoffer',
  'omvang-impact',
  'check-protocol',
  'betrek-vertrouwenspersoon',
  'politie-advies',
  'acties-op-rijtje',
  'gesprek-ouders-slachtoffer',
  'hulp-ouders-slachtoffer',
  'aandacht-dader',
  'contact-school-dader',
  'gesprek-ouders-dader',
  'hulp-ouders-dader',
  'melding-aangifte',
  'offline-halen',
  'rustperiode',
  'alternatieve-interventies',
  'communicatiestatement',
  'handvatten-docenten',
  'boodschap-leerlingen',
  'verzoek-verwijderen',
  'klas-slachtoffer',
  'informeer-ouders-klasgenoten',
  'monitor-sociale-media',
  'communiceer-conform-statement',
  'interventies-overige-klassen',
  'informeer-ouders-overige-klassen',
  'media-voorbereiding',
  'afstemmen-school-dader',
  'evaluatie-betrokkenen',
  'terugkoppeling-school-dader',
  'evaluatie-zat',
  'nazorg',
  'protocol-bijwerken',
] as const;
export type CardStepId = (typeof CARD_STEP_IDS)[number];

/** Steps a school adds in its own protocol version (issue 17) carry this prefix. */
export type SchoolStepId = `school-${string}`;
/** Any step id as stored in the vault: the card's, or one the school added. */
export type StepId = CardStepId | SchoolStepId;

const CARD_IDS: ReadonlySet<string> = new Set(CARD_STEP_IDS);
export function isCardStepId(id: string): id is CardStepId {
  return CARD_IDS.has(id);
}
export function isStepId(id: string): id is StepId {
  return CARD_IDS.has(id) || /^school-[a-z0-9][a-z0-9-]{0,78}$/.test(id);
}
