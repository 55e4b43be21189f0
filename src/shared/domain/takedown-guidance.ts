import type { TakedownChannel } from './monitoring';

/** What a care team needs to know before using a takedown channel, in plain Dutch. */
export interface ChannelGuidance {
  channel: TakedownChannel;
  title: string;
  /** Who may file the request. */
  who: string;
  /** What to have at hand. */
  needed: string[];
  /** Where to go and what happens next. */
  how: string;
  /** A warning that must be read first, if any. */
  caution: string | null;
  links: Array<{ label: string; url: string }>;
}

export const TAKEDOWN_GUIDANCE: Record<TakedownChannel, ChannelGuidance> = {
  platform: {
    channel: 'platform',
    title: 'Melden bij het platform',
    who: 'Iedereen die het bericht ziet mag het melden: de school, de leerling zelf, ouders of klasgenoten. Hoe meer meldingen, hoe sneller platforms vaak reageren.',
    needed: [
      'De link (URL) van het bericht, of de naam van het account, de groep of het kanaal',
      'Datum en tijd waarop je het zag',
      'Een korte omschrijving in woorden; vermeld dat het om seksueel beeldmateriaal van een minderjarige gaat',
    ],
    how: 'Gebruik de meldfunctie in de app zelf (meestal via de drie puntjes bij het bericht of profiel: ‘Melden’). Meldknop.nl legt per platform uit hoe melden werkt. Noteer het referentienummer of de bevestiging die je krijgt.',
    caution: 'Maak geen screenshot en sla het beeld niet op om het te kunnen melden: een link of accountnaam is genoeg.',
    links: [{ label: 'Meldknop.nl – zo meld je iets bij een platform', url: 'https://www.meldknop.nl' }],
  },
  'helpwanted-offlimits': {
    channel: 'helpwanted-offlimits',
    title: 'Helpwanted / Offlimits',
    who: 'De leerling zelf, ouders of verzorgers en professionals (zoals de school) kunnen contact opnemen. Helpwanted adviseert en helpt bij het offline halen van beelden.',
    needed: [
      'Waar het materiaal staat: links, platforms, accountnamen of groepen',
      'Wat er is gebeurd, in woorden',
      'Wat al is gedaan (meldingen bij platforms, politie)',
    ],
    how: 'Neem contact op via de website van Helpwanted (chat, e-mail of telefoon). Zij kunnen platforms benaderen en adviseren over de volgende stappen.',
    caution: 'Stuur het beeld zelf niet mee; Helpwanted vraagt erom als dat nodig is, en dan alleen via hun eigen veilige weg.',
    links: [
      { label: 'Helpwanted.nl – hulp bij online seksueel misbruik', url: 'https://www.helpwanted.nl' },
      { label: 'Offlimits.nl – expertisecentrum online misbruik', url: 'https://www.offlimits.nl' },
    ],
  },
  'meldpunt-kinderporno': {
    channel: 'meldpunt-kinderporno',
    title: 'Meldpunt Kinderporno',
    who: 'Iedereen mag melden, ook anoniem. Het Meldpunt (onderdeel van Offlimits) laat seksueel beeldmateriaal van minderjarigen dat openbaar online staat verwijderen.',
    needed: ['De link (URL) waar het materiaal openbaar te zien is', 'Eventueel een korte omschrijving in woorden'],
    how: 'Vul het meldformulier op de website in met alleen de link. Het Meldpunt beoordeelt de melding en vraagt de hostingpartij het materiaal te verwijderen.',
    caution: 'Meld alleen de link. Download, bewaar of verstuur het beeld nooit, ook niet om het te ‘bewijzen’.',
    links: [
      { label: 'Meldpunt Kinderporno – meldformulier', url: 'https://www.meldpunt-kinderporno.nl' },
      { label: 'Offlimits.nl', url: 'https://www.offlimits.nl' },
    ],
  },
  'take-it-down': {
    channel: 'take-it-down',
    title: 'Take It Down (voor minderjarigen)',
    who: 'Alleen de jongere zelf, eventueel samen met een ouder of een vertrouwde volwassene, en alleen op het eigen apparaat van de jongere. De school voert dit nooit zelf uit en ziet of ontvangt het beeld nooit.',
    needed: [
      'Het beeld moet op het eigen apparaat van de jongere staan; het wordt niet geüpload',
      'De jongere was jonger dan 18 toen het beeld werd gemaakt',
    ],
    how: 'Take It Down maakt op het apparaat van de jongere een digitale vingerafdruk (hash) van het beeld. Alleen die vingerafdruk wordt gedeeld met deelnemende platforms, die hetzelfde beeld dan kunnen opsporen en verwijderen. De school kan de jongere de website wijzen en helpen met de uitleg.',
    caution: 'Vraag een leerling nooit om het beeld aan jou te laten zien of naar jou te sturen om dit te regelen.',
    links: [{ label: 'Take It Down (NCMEC)', url: 'https://takeitdown.ncmec.org' }],
  },
  politie: {
    channel: 'politie',
    title: 'Politie',
    who: 'De leerling en ouders kunnen melding of aangifte doen; de school kan de politie (wijkagent of jeugdagent) inlichten en om advies vragen.',
    needed: [
      'Waar het materiaal staat: links, platforms, accountnamen, tijden',
      'Wie er (mogelijk) bij betrokken zijn, voor zover bekend',
      'Het monitoringslogboek als overzicht (exporteer het als pdf)',
    ],
    how: 'Neem contact op met de wijkagent of jeugdagent, of bel 0900-8844. De politie kan bewijs veiligstellen en platforms om verwijdering vragen.',
    caution: 'Verzamel zelf geen beelden als bewijs; de politie stelt bewijs veilig.',
    links: [{ label: 'Politie.nl – contact en aangifte', url: 'https://www.politie.nl' }],
  },
};
