import type {
  ChecklistItem,
  DecisionOption,
  MediaPlanQuestion,
  Phase,
  ProtocolStep,
  ReportDecisionOption,
  ToolKind,
} from './types';
import type { CardStepId } from './step-ids';

export const PROTOCOL_TITLE = 'Help! Er circuleert een naaktfoto / seksfilmpje op mijn school!';
export const PROTOCOL_GOAL =
  'Beperken van de eventuele emotionele schade voor betrokkene(n) en herstellen van rust en sociale veiligheid op school.';

/** Hosts that help links may point to; the renderer may only open these externally. */
export const ALLOWED_LINK_HOSTS: readonly string[] = [
  'www.meldknop.nl',
  'www.helpwanted.nl',
  'www.offlimits.nl',
  'www.politie.nl',
  'www.halt.nl',
];

const LINK_MELDKNOP = {
  label: 'Meldknop.nl – hulp en melden bij online problemen',
  url: 'https://www.meldknop.nl',
};
const LINK_HELPWANTED = {
  label: 'Helpwanted.nl – hulp bij online seksueel misbruik',
  url: 'https://www.helpwanted.nl',
};
const LINK_OFFLIMITS = {
  label: 'Offlimits.nl – expertisecentrum online misbruik',
  url: 'https://www.offlimits.nl',
};
const LINK_POLITIE = { label: 'Politie.nl – contact en aangifte', url: 'https://www.politie.nl' };
const LINK_HALT = { label: 'Halt.nl – Halt-afdoening voor jongeren', url: 'https://www.halt.nl' };

const TIP_SNEL = 'Handel snel, maar wel doordacht';
const TIP_CULTUUR = 'Benader de betrokkenen cultuursensitief: wat ligt gevoelig?';
const TIP_DOCENTEN_OORDEEL = 'Ook docenten kunnen oordeel hebben: geef ruimte om erover te praten';
const TIP_GROEP =
  'BELANGRIJK! AANPAK VAN DE GROEP DOOR AFGEVEN KRACHTIG SIGNAAL: ZONDER VERSPREIDERS GEEN SHAME SEXTING!';
const TIP_GROEPSDRUK = 'Zet negatieve groepsdruk om in positieve groepsdynamiek';
const TIP_ONJUISTE_BERICHTEN =
  'Verwijs bij onjuiste berichten op sociale media naar het communicatiestatement op de website';
const TIP_OUTPUT = 'Output is input voor het protocol & preventiemaatregelen!';
/** Repeated where it matters: staff must never hold or pass on the material themselves. */
const TIP_NIET_BEKIJKEN =
  'Bekijk, kopieer, bewaar of stuur het beeldmateriaal nooit zelf door, ook niet als bewijs';

export const PHASES: readonly Phase[] = [
  {
    id: 'analyseer',
    title: 'Analyseer',
    order: 1,
    summary:
      'Breng rustig maar snel in kaart wat er is gebeurd: zorg eerst voor het slachtoffer, bepaal de omvang, betrek vertrouwenspersoon en politie en zet de acties op een rijtje.',
    tips: [TIP_SNEL, TIP_CULTUUR],
  },
  {
    id: 'reageer',
    title: 'Reageer',
    order: 2,
    summary:
      'Ga in gesprek met ouders, besteed aandacht aan slachtoffer én dader, besluit over melding of aangifte en zorg dat het beeldmateriaal offline gaat.',
    tips: [TIP_CULTUUR],
  },
  {
    id: 'faciliteer',
    title: 'Faciliteer',
    order: 3,
    summary:
      'Leg vast wat de school naar buiten brengt, rust docenten toe en kies de boodschap naar leerlingen.',
    tips: [TIP_DOCENTEN_OORDEEL, TIP_GROEP, TIP_GROEPSDRUK],
  },
  {
    id: 'activeer',
    title: 'Activeer',
    order: 4,
    summary:
      'Spreek de groep aan: vraag dringend om verwijderen, werk in de klas van het slachtoffer, betrek de ouders van klasgenoten en houd zicht op sociale media.',
    tips: [TIP_GROEP, TIP_GROEPSDRUK],
  },
  {
    id: 'communiceer',
    title: 'Communiceer',
    order: 5,
    summary:
      'Communiceer eenduidig volgens het communicatiestatement, binnen en buiten de school, en wees voorbereid op media-aandacht.',
    tips: [TIP_ONJUISTE_BERICHTEN],
  },
  {
    id: 'evalueer',
    title: 'Evalueer',
    order: 6,
    summary:
      'Kijk met alle betrokkenen terug, plan nazorg en verwerk de lessen in protocol, handelingsplan en preventie.',
    tips: [TIP_OUTPUT],
  },
];

/** Card order. `order` is filled in from the position so it can never drift. */
const CARD: ReadonlyArray<Omit<ProtocolStep, 'order' | 'id' | 'requires'> & { id: CardStepId; requires: readonly CardStepId[] }> = [
  // ── ANALYSEER ────────────────────────────────────────────────────────────
  {
    id: 'aandacht-slachtoffer',
    phaseId: 'analyseer',
    title: 'Aandacht voor het slachtoffer',
    guidance:
      'Zoek zo snel mogelijk contact met de leerling om wie het gaat, op een rustige plek en met iemand die hij of zij vertrouwt. Luister, neem het verhaal serieus en maak duidelijk dat de schuld ligt bij wie de beelden verspreidt, niet bij degene die erop staat. Vermijd verwijtende vragen als "waarom heb je dat gestuurd?".\n\n' +
      'Vraag wat de leerling nu nodig heeft: wil hij of zij naar huis, wie mag het weten, wie moet het de ouders vertellen en hoe? Leg uit welke stappen de school gaat zetten en beloof geen geheimhouding die je niet kunt waarmaken. Let op signalen van paniek, zelfbeschadiging of suïcidale gedachten en schakel dan direct passende zorg in.\n\n' +
      'Valkuil: vraag de leerling niet om de beelden te laten zien. Laat beschrijven wat er te zien is en waar het rondgaat.',
    tips: ['Veroordeel niet, maar steun en luister: wat heeft hij/zij nodig?', TIP_SNEL, TIP_NIET_BEKIJKEN],
    subPoints: [
      { id: 'veilige-plek', label: 'Rustige, veilige plek en een vertrouwd gezicht geregeld' },
      { id: 'behoeften', label: 'Gevraagd wat hij/zij nu nodig heeft' },
      { id: 'wie-weet-het', label: 'Afgesproken wie het mag weten en wie de ouders informeert' },
      { id: 'uitleg-stappen', label: 'Uitgelegd welke stappen de school zet' },
      {
        id: 'veiligheid',
        label: 'Ingeschat of de leerling veilig is',
        help: 'Let op paniek, zelfbeschadiging, suïcidale gedachten of dreiging; schakel direct zorg in als dat nodig is.',
      },
    ],
    conditional: null,
    urgent: true,
    defaultDueHours: 2,
    tool: 'victim-support',
    requires: [],
    links: [LINK_HELPWANTED],
  },
  {
    id: 'omvang-impact',
    phaseId: 'analyseer',
    title: 'Bepaal omvang en impact',
    guidance:
      'Breng in kaart om welk beeldmateriaal het gaat, hoe het tot stand is gekomen, wie het als eerste heeft verspreid en hoe ver het inmiddels is gekomen: welke klassen, welke groepsapps, welke platforms, ook buiten school. Schat ook de impact in: voor het slachtoffer, voor de groep en voor de rust op school.\n\n' +
      'Ga niet uit van vrijwilligheid. Is er sprake van dwang, chantage (sextortion), misbruik of een groot leeftijds- of machtsverschil, neem dan direct contact op met de politie.\n\n' +
      'Valkuil: verzamel geen beelden als "bewijs". Noteer alleen wat je hoort: platform, groepsnaam, datum en tijd.',
    tips: ['Soms is een naaktfoto of seksfilmpje niet vrijwillig tot stand gekomen', TIP_NIET_BEKIJKEN],
    subPoints: [
      { id: 'soort-materiaal', label: 'Soort beeldmateriaal (foto, video) en herkenbaarheid' },
      {
        id: 'vrijwilligheid',
        label: 'Vrijwillig tot stand gekomen?',
        help: 'Bij dwang, chantage of misbruik: direct politie betrekken.',
      },
      { id: 'verspreiding', label: 'Verspreiding: welke klassen, groepen en platforms' },
      { id: 'eerste-verspreider', label: 'Wie heeft het (als eerste) verspreid?' },
      { id: 'impact', label: 'Impact op slachtoffer, groep en school' },
    ],
    conditional: null,
    urgent: true,
    defaultDueHours: 4,
    tool: 'extent',
    requires: [],
  },
  {
    id: 'check-protocol',
    phaseId: 'analyseer',
    title: 'Check bestaande protocol',
    guidance:
      'Pak het eigen protocol van de school erbij (sociale veiligheid, sexting, incidenten) en kijk welke afspraken er al zijn over rollen, communicatie en sancties. Werk daarnaast volgens de Meldcode huiselijk geweld en kindermishandeling.\n\n' +
      'Is een medewerker van de school betrokken, dan gelden een wettelijke meldplicht en overleg met de vertrouwensinspecteur van de Inspectie van het Onderwijs. Ontbreekt iets in het protocol, noteer het dan voor de evaluatie.',
    tips: [TIP_SNEL],
    subPoints: [
      { id: 'schoolprotocol', label: 'Schoolprotocol sociale veiligheid / sexting bekeken' },
      { id: 'meldcode', label: 'Meldcode huiselijk geweld en kindermishandeling nagelopen' },
      {
        id: 'medewerker-betrokken',
        label: 'Is een medewerker betrokken?',
        help: 'Dan geldt de meldplicht; overleg met de vertrouwensinspecteur.',
      },
      { id: 'hiaten', label: 'Hiaten in het protocol genoteerd voor de evaluatie' },
    ],
    conditional: null,
    urgent: true,
    defaultDueHours: 4,
    tool: 'protocol-check',
    requires: [],
  },
  {
    id: 'betrek-vertrouwenspersoon',
    phaseId: 'analyseer',
    title: 'Betrek vertrouwenspersoon',
    guidance:
      'Informeer de vertrouwenspersoon van de school en spreek af welke rol hij of zij krijgt: aanspreekpunt voor het slachtoffer, meedenken over de aanpak of bewaken van de zorgvuldigheid. Leg vast wie de vertrouwenspersoon is en wanneer die is ingeschakeld.',
    tips: [],
    subPoints: [
      { id: 'geinformeerd', label: 'Vertrouwenspersoon geïnformeerd' },
      { id: 'rol', label: 'Rol van de vertrouwenspersoon afgesproken' },
    ],
    conditional: null,
    urgent: true,
    defaultDueHours: 8,
    tool: 'confidant',
    requires: [],
  },
  {
    id: 'politie-advies',
    phaseId: 'analyseer',
    title: 'Betrek politie voor advies',
    guidance:
      'Neem contact op met de wijkagent, jeugdagent of schoolagent, of bel 0900-8844. Vraag advies over strafbaarheid, het veiligstellen van bewijs, wat de school wel en niet zelf moet doen en of melding of aangifte wordt geadviseerd. Bij acuut gevaar bel je 112.\n\n' +
      'Seksuele beelden van iemand onder de 18 zijn wettelijk kinderpornografisch materiaal: bezit en verspreiding zijn strafbaar, ook voor leerlingen en medewerkers. Laat het veiligstellen van beelden daarom aan de politie over.',
    tips: [TIP_NIET_BEKIJKEN],
    subPoints: [
      { id: 'contactpersoon', label: 'Contactpersoon bij de politie bekend' },
      { id: 'bewijs', label: 'Advies over veiligstellen van bewijs gevraagd' },
      { id: 'melding-aangifte', label: 'Advies over melding of aangifte gevraagd' },
    ],
    conditional: null,
    urgent: true,
    defaultDueHours: 24,
    tool: 'police-advice',
    requires: [],
    links: [LINK_POLITIE],
  },
  {
    id: 'acties-op-rijtje',
    phaseId: 'analyseer',
    title: 'Zet acties op een rijtje',
    guidance:
      'Maak een overzicht van alle acties, met voor elke actie wie die uitvoert, wat er precies gebeurt, wanneer, waar en hoe. Wijs één regiehouder aan die het overzicht bewaakt, zodat niets dubbel of juist niet gebeurt. Houd de kring van mensen die details kennen zo klein als mogelijk.',
    tips: [TIP_SNEL, TIP_CULTUUR],
    subPoints: [
      { id: 'wie', label: 'Wie', help: 'Wie voert de actie uit en wie is regiehouder?' },
      { id: 'wat', label: 'Wat', help: 'Wat moet er precies gebeuren?' },
      { id: 'wanneer', label: 'Wanneer', help: 'Uiterlijk wanneer?' },
      { id: 'waar', label: 'Waar', help: 'Waar vindt het plaats (ruimte, online, thuis)?' },
      { id: 'hoe', label: 'Hoe', help: 'Hoe pak je het aan en wat heb je daarvoor nodig?' },
    ],
    conditional: null,
    urgent: true,
    defaultDueHours: 8,
    tool: 'action-plan',
    requires: [],
  },
  // ── REAGEER ──────────────────────────────────────────────────────────────
  {
    id: 'gesprek-ouders-slachtoffer',
    phaseId: 'reageer',
    title: 'Voer gesprek met ouders van slachtoffer',
    guidance:
      'Spreek eerst met de leerling af wat de ouders te horen krijgen en door wie. Bereid het gesprek goed voor: ouders kunnen heftig reageren met schaamte, boosheid, verdriet of machteloosheid, soms ook richting hun eigen kind. Benadruk dat hun kind steun nodig heeft en dat de verantwoordelijkheid bij de verspreiders ligt.\n\n' +
      'Vertel welke stappen de school zet, wat de mogelijkheden zijn rond melding of aangifte en welke hulp er voor hen is. Houd rekening met taal en cultuur: zet zo nodig een professionele tolk in, nooit een broer, zus of klasgenoot.',
    tips: ['Wees goed voorbereid op emoties van ouders (schaamte, boosheid, verdriet, onmacht)', TIP_CULTUUR],
    subPoints: [],
    conditional: null,
    urgent: true,
    defaultDueHours: 24,
    tool: 'conversation',
    requires: [],
  },
  {
    id: 'hulp-ouders-slachtoffer',
    phaseId: 'reageer',
    title: 'Organiseer/adviseer hulp voor ouders van het slachtoffer',
    guidance:
      'Ouders staan vaak machteloos. Weet vooraf welke hulp er is, zoals de huisarts, het wijkteam of Centrum voor Jeugd en Gezin, Slachtofferhulp Nederland en Helpwanted/Offlimits voor advies over online misbruik. Geef concrete namen en contactgegevens mee en spreek af wanneer je terugbelt.',
    tips: ['Inventariseer vooraf welke hulp voor ouders beschikbaar is'],
    subPoints: [],
    conditional: null,
    urgent: false,
    defaultDueHours: 72,
    tool: 'parent-help',
    requires: [],
    links: [LINK_HELPWANTED, LINK_OFFLIMITS],
  },
  {
    id: 'aandacht-dader',
    phaseId: 'reageer',
    title: 'Aandacht voor de dader',
    guidance:
      'Ook de dader of verspreider is meestal een leerling, en soms zelf slachtoffer van druk of eerder misbruik. Wees helder over het gedrag en de gevolgen ervan, zonder de leerling als persoon af te schrijven. Vraag naar wie de beelden zijn doorgestuurd.\n\n' +
      'Valkuil: ga niet zelf verhoren. Stem met de politie af of bewijs eerst veiliggesteld moet worden, voordat je de leerling vraagt de beelden te verwijderen.',
    tips: [TIP_CULTUUR, TIP_NIET_BEKIJKEN],
    subPoints: [
      { id: 'gesprek', label: 'Gesprek gevoerd over gedrag en gevolgen' },
      { id: 'verspreiding-gestopt', label: 'Verdere verspreiding gestopt' },
      { id: 'ondersteuning', label: 'Nagegaan of de dader zelf hulp of begeleiding nodig heeft' },
    ],
    conditional: null,
    urgent: true,
    defaultDueHours: 24,
    tool: 'perpetrator',
    requires: [],
  },
  {
    id: 'contact-school-dader',
    phaseId: 'reageer',
    title: 'Contacteer school dader: informeer en nodig uit tot samenwerken',
    guidance:
      'Zit de dader op een andere school, neem dan contact op met de zorgcoördinator of directie daar. Informeer hen, nodig uit tot samenwerking en spreek contactpersonen af. Deel alleen de gegevens die zij voor hun aanpak nodig hebben.',
    tips: [],
    subPoints: [],
    conditional: 'andere-school',
    urgent: true,
    defaultDueHours: 24,
    tool: 'school-contact',
    requires: [],
  },
  {
    id: 'gesprek-ouders-dader',
    phaseId: 'reageer',
    title: 'Voer gesprek met ouders van dader',
    guidance:
      'Ook voor de ouders van de dader is dit een schok; zij kunnen ontkennen, bagatelliseren of hun kind hard afvallen. Leg feitelijk uit wat er is gebeurd, wat de school verwacht en welke gevolgen er kunnen zijn, zoals een melding of aangifte en maatregelen op school. Vraag hen thuis te controleren dat er niets meer wordt verspreid, zonder zelf de beelden te bekijken of door te sturen.',
    tips: [TIP_CULTUUR],
    subPoints: [],
    conditional: null,
    urgent: false,
    defaultDueHours: 48,
    tool: 'conversation',
    requires: [],
  },
  {
    id: 'hulp-ouders-dader',
    phaseId: 'reageer',
    title: 'Organiseer/adviseer hulp voor ouders van de dader',
    guidance:
      'Wijs de ouders van de dader op hulp voor henzelf en voor hun kind, zoals het wijkteam of Centrum voor Jeugd en Gezin, de huisarts of jeugdhulp. Hulp voorkomt herhaling en helpt het gezin het gebeurde te verwerken.',
    tips: [],
    subPoints: [],
    conditional: null,
    urgent: false,
    defaultDueHours: 72,
    tool: 'parent-help',
    requires: [],
    links: [LINK_OFFLIMITS],
  },
  {
    id: 'melding-aangifte',
    phaseId: 'reageer',
    title: 'Besluit tot melding of aangifte',
    guidance:
      'Besluit in overleg met de politie of er een melding of aangifte komt. Betrek het slachtoffer en de ouders bij het besluit: zij doen in de regel zelf aangifte. Leg het besluit en de redenen vast, ook als je besluit om niets te melden.',
    tips: ['In overleg met de politie'],
    subPoints: [],
    conditional: null,
    urgent: false,
    defaultDueHours: 48,
    tool: 'report-decision',
    requires: ['politie-advies'],
    links: [LINK_POLITIE],
  },
  {
    id: 'offline-halen',
    phaseId: 'reageer',
    title: 'Actie om online beeldmateriaal offline te halen',
    guidance:
      'Laat het materiaal zo snel mogelijk verwijderen. Meld het bij het platform via de meldfunctie, en gebruik Meldknop.nl en Helpwanted/Offlimits voor hulp bij het offline halen. Houd per melding bij waar het stond (platform, account, link), wanneer het gemeld is en of het verwijderd is.\n\n' +
      'Valkuil: download of bewaar het materiaal niet om het te kunnen melden; een link of beschrijving is genoeg.',
    tips: ['www.meldknop.nl', TIP_NIET_BEKIJKEN],
    subPoints: [],
    conditional: null,
    urgent: true,
    defaultDueHours: 12,
    tool: 'takedown',
    requires: [],
    links: [LINK_MELDKNOP, LINK_HELPWANTED, LINK_OFFLIMITS],
  },
  {
    id: 'rustperiode',
    phaseId: 'reageer',
    title: 'Las een rustperiode in voor het slachtoffer',
    guidance:
      'Geef het slachtoffer ruimte om even op adem te komen: een paar dagen thuis, aangepaste lessen of een vaste plek om zich terug te trekken. Spreek af hoe schoolwerk wordt opgevangen en hoe en wanneer de terugkeer verloopt. Houd de periode kort en blijf in contact, zodat de leerling niet in een isolement raakt.',
    tips: [],
    subPoints: [
      { id: 'duur', label: 'Duur en vorm van de rustperiode afgesproken' },
      { id: 'schoolwerk', label: 'Schoolwerk en toetsen geregeld' },
      { id: 'terugkeer', label: 'Terugkeer voorbereid' },
    ],
    conditional: null,
    urgent: false,
    defaultDueHours: 48,
    tool: 'rest-period',
    requires: [],
  },
  {
    id: 'alternatieve-interventies',
    phaseId: 'reageer',
    title: 'Denk na over alternatieve interventies',
    guidance:
      'Naast een schoolsanctie zoals schorsing kan een interventie die op herstel en leren is gericht meer opleveren, zoals een herstelgesprek, mediation, een educatieve opdracht of, via de politie, een Halt-afdoening. Weeg af wat past bij de ernst, bij de wensen van het slachtoffer en bij de leerling die verspreidde. Leg de keuze en de redenen vast.',
    tips: [],
    subPoints: [],
    conditional: null,
    urgent: false,
    defaultDueHours: 168,
    tool: 'decision',
    requires: [],
    links: [LINK_HALT],
  },
  // ── FACILITEER ───────────────────────────────────────────────────────────
  {
    id: 'communicatiestatement',
    phaseId: 'faciliteer',
    title: 'Stel communicatiestatement op',
    guidance:
      'Schrijf een kort statement waarin de school zegt wat er speelt, wat zij ervan vindt, wat zij doet en waarom, en bij wie men terecht kan. Iedereen in de school gebruikt dit statement als basis: in brieven, in de klas, naar de pers en op de website.\n\n' +
      'Noem geen namen en geen details waardoor het slachtoffer herkenbaar wordt. Laat het statement lezen door de directie en, waar mogelijk, door het slachtoffer en de ouders.',
    tips: [TIP_ONJUISTE_BERICHTEN],
    subPoints: [
      {
        id: 'wat-speelt',
        label: 'Wat speelt er? Wat vind je?',
        help: 'Feitelijk en zonder namen; het standpunt van de school.',
      },
      { id: 'wat-doet', label: 'Wat doe je? Waarom?', help: 'De stappen van de school en de reden daarvan.' },
      {
        id: 'contactpersoon',
        label: 'Contactpersoon?',
        help: 'Bij wie kunnen leerlingen, ouders en pers terecht?',
      },
    ],
    conditional: null,
    urgent: true,
    defaultDueHours: 24,
    tool: 'statement',
    requires: [],
  },
  {
    id: 'handvatten-docenten',
    phaseId: 'faciliteer',
    title: 'Geef docenten handvatten',
    guidance:
      'Docenten en mentoren krijgen vragen van leerlingen en zien wat er in de klas gebeurt. Geef hen een krachtige, gezamenlijke boodschap, gesprekstechnieken, gedragsinterventies en lesmateriaal, en vertel wat ze wel en niet kunnen delen.\n\n' +
      'Ook docenten hebben een mening of oordeel over sexting. Maak ruimte om dat te bespreken, zodat het oordeel niet in de klas bij het slachtoffer terechtkomt.',
    tips: [
      'Bijvoorbeeld: krachtige boodschap, gesprekstechnieken, gedragsinterventies, lesmateriaal',
      TIP_DOCENTEN_OORDEEL,
    ],
    subPoints: [
      { id: 'krachtige-boodschap', label: 'Krachtige boodschap' },
      { id: 'gesprekstechnieken', label: 'Gesprekstechnieken' },
      { id: 'gedragsinterventies', label: 'Gedragsinterventies' },
      { id: 'lesmateriaal', label: 'Lesmateriaal' },
      { id: 'ruimte-oordeel', label: 'Ruimte om eigen oordeel te bespreken' },
    ],
    conditional: null,
    urgent: false,
    defaultDueHours: 48,
    tool: 'teacher-guidance',
    requires: [],
  },
  {
    id: 'boodschap-leerlingen',
    phaseId: 'faciliteer',
    title: 'Denk na over passende boodschap naar leerlingen: problematiseren of normaliseren?',
    guidance:
      'Kies bewust welke boodschap de leerlingen krijgen. Problematiseren maakt de ernst en de strafbaarheid van verspreiden duidelijk; normaliseren erkent dat seksualiteit en sexting bij opgroeien horen en haalt de schaamte weg bij het slachtoffer. Vaak werkt een combinatie het best: het maken of delen met iemand die je vertrouwt is niet het probleem, het doorsturen zonder toestemming wel.\n\n' +
      'Richt de boodschap op de groep: zonder verspreiders geen shame sexting. Wie niet doorstuurt en het slachtoffer steunt, maakt het verschil.',
    tips: [TIP_GROEP, TIP_GROEPSDRUK],
    subPoints: [],
    conditional: null,
    urgent: false,
    defaultDueHours: 48,
    tool: 'decision',
    requires: [],
  },
  // ── ACTIVEER ─────────────────────────────────────────────────────────────
  {
    id: 'verzoek-verwijderen',
    phaseId: 'activeer',
    title: 'Verzoek dringend tot verwijderen foto/filmpje',
    guidance:
      'Vraag alle leerlingen die het materiaal (mogelijk) hebben ontvangen dringend om het te verwijderen: uit chats, galerij, cloud en back-ups, en het niet door te sturen, ook niet "om te laten zien". Leg uit dat bezit en verspreiding strafbaar zijn en hoeveel schade verspreiden doet.\n\n' +
      'Valkuil: vraag leerlingen nooit om het materiaal aan jou te laten zien of te sturen als bewijs van verwijderen.',
    tips: [TIP_GROEP, TIP_NIET_BEKIJKEN],
    subPoints: [
      { id: 'ontvangers', label: 'Ontvangers en groepen benaderd' },
      { id: 'overal-verwijderen', label: 'Gevraagd ook uit cloud, back-ups en chats te verwijderen' },
      { id: 'strafbaarheid', label: 'Uitgelegd dat bezit en verspreiden strafbaar zijn' },
    ],
    conditional: null,
    urgent: true,
    defaultDueHours: 24,
    tool: 'checklist',
    requires: [],
  },
  {
    id: 'klas-slachtoffer',
    phaseId: 'activeer',
    title: 'Aan de slag in de klas van het slachtoffer',
    guidance:
      "Bespreek vooraf met het slachtoffer of en hoe het gebeurde in de klas aan de orde komt, en of hij of zij daarbij wil zijn. Laat de klas nadenken over wat er is gebeurd en wat het met iemand doet, maak samen afspraken over hoe ze het slachtoffer steunen en benoem drie buddy's die het slachtoffer zelf heeft gekozen.\n\n" +
      'Gebruik de groepsdruk positief: maak steunen en niet doorsturen de norm.',
    tips: [TIP_GROEP, TIP_GROEPSDRUK],
    subPoints: [
      { id: 'inzicht-reflectie', label: 'Creëer inzicht en reflectie' },
      { id: 'afspraken-steun', label: 'Maak afspraken over hoe slachtoffer te steunen' },
      {
        id: 'drie-buddys',
        label: "Benoem drie Buddy's",
        help: 'Vraag het slachtoffer wie hij/zij als hulpbron in de klas zou willen inschakelen',
      },
    ],
    conditional: null,
    urgent: false,
    defaultDueHours: 72,
    tool: 'class-session',
    requires: ['aandacht-slachtoffer', 'boodschap-leerlingen'],
  },
  {
    id: 'informeer-ouders-klasgenoten',
    phaseId: 'activeer',
    title: 'Informeer ouders van klasgenoten van het slachtoffer',
    guidance:
      'Stuur de ouders van klasgenoten een brief op basis van het communicatiestatement, zonder namen. Vraag hen thuis ook het gesprek aan te gaan en geef daarvoor handvatten: hoe begin je het gesprek, wat zeg je over doorsturen en strafbaarheid, en waar vind je hulp.',
    tips: ['Vraag ouders thuis óók het gesprek te voeren en bied hen hiervoor handvatten'],
    subPoints: [],
    conditional: null,
    urgent: false,
    defaultDueHours: 72,
    tool: 'letter',
    requires: ['communicatiestatement'],
    links: [LINK_MELDKNOP],
  },
  {
    id: 'monitor-sociale-media',
    phaseId: 'activeer',
    title: 'Weet wat er online speelt: monitor actief sociale media op berichten rondom jouw school',
    guidance:
      'Houd zicht op wat er online over de school en de betrokkenen wordt gezegd: openbare accounts, hashtags en signalen van leerlingen en ouders. Noteer wat je ziet (platform, datum, korte beschrijving) en bespreek nieuwe verspreiding of bedreigingen direct met de regiehouder.\n\n' +
      'Open geen beeldmateriaal en reageer niet inhoudelijk op berichten; verwijs bij onjuiste berichten naar het communicatiestatement.',
    tips: [TIP_ONJUISTE_BERICHTEN, TIP_NIET_BEKIJKEN],
    subPoints: [],
    conditional: null,
    urgent: true,
    defaultDueHours: 24,
    tool: 'monitoring',
    requires: [],
  },
  // ── COMMUNICEER ──────────────────────────────────────────────────────────
  {
    id: 'communiceer-conform-statement',
    phaseId: 'communiceer',
    title: 'Handel conform het communicatiestatement',
    guidance:
      'Zorg dat iedereen dezelfde boodschap uitdraagt: directie, mentoren, docenten, receptie en conciërge. Wijk je van het statement af omdat de situatie verandert, pas dan eerst het statement aan en informeer iedereen opnieuw.',
    tips: [TIP_ONJUISTE_BERICHTEN],
    subPoints: [
      { id: 'personeel-geinformeerd', label: 'Alle medewerkers kennen het statement' },
      { id: 'vragen-doorverwijzen', label: 'Vragen worden doorverwezen naar de contactpersoon' },
      { id: 'website', label: 'Statement staat (indien nodig) op de website' },
    ],
    conditional: null,
    urgent: false,
    defaultDueHours: 48,
    tool: 'checklist',
    requires: ['communicatiestatement'],
  },
  {
    id: 'interventies-overige-klassen',
    phaseId: 'communiceer',
    title: 'Overweeg interventies en gesprek in overige klassen',
    guidance:
      'Kijk per klas of aandacht nodig is: hoe ver is het materiaal verspreid en hoeveel onrust is er? Dat kan variëren van een kort gesprek door de mentor tot een les over sexting. Houd de boodschap gelijk aan die in de klas van het slachtoffer en noem geen namen.',
    tips: ['Aandacht in andere klassen is afhankelijk van de mate van verspreiding en onrust', TIP_GROEP],
    subPoints: [],
    conditional: null,
    urgent: false,
    defaultDueHours: 96,
    tool: 'class-session',
    requires: [],
  },
  {
    id: 'informeer-ouders-overige-klassen',
    phaseId: 'communiceer',
    title: 'Overige klassen: informeer ouders van leerlingen',
    guidance:
      'Is het materiaal buiten de klas van het slachtoffer verspreid of is er onrust in andere klassen, informeer dan ook die ouders met een brief op basis van het communicatiestatement. Zo voorkom je geruchten en kunnen ouders thuis het gesprek voeren.',
    tips: [],
    subPoints: [],
    conditional: 'verspreiding',
    urgent: false,
    defaultDueHours: 96,
    tool: 'letter',
    requires: ['communicatiestatement'],
  },
  {
    id: 'media-voorbereiding',
    phaseId: 'communiceer',
    title: 'Wees voorbereid op media aandacht (sociale media, kranten, radio, televisie)',
    guidance:
      'Spreek af wie de woordvoerder is en wie wat doet als de pers belt of voor de deur staat. Zorg dat het communicatiestatement direct online kan en dat receptie, conciërge en docenten weten dat zij doorverwijzen. Bescherm leerlingen tegen journalisten en cameraploegen bij de school.',
    tips: [TIP_ONJUISTE_BERICHTEN],
    subPoints: [
      { id: 'wie-doet-wat', label: 'Wie doet wat?' },
      { id: 'statement-online', label: 'Kan communicatiestatement online als het nodig is?' },
      { id: 'journalisten', label: 'Hoe om te gaan met journalisten en cameraploegen?' },
    ],
    conditional: null,
    urgent: false,
    defaultDueHours: 48,
    tool: 'media-plan',
    requires: [],
  },
  {
    id: 'afstemmen-school-dader',
    phaseId: 'communiceer',
    title: 'Stem communicatie af met de school van de dader',
    guidance:
      'Zorg dat beide scholen dezelfde lijn hanteren richting leerlingen, ouders en pers. Deel het communicatiestatement en spreek af wie wat communiceert, zodat berichten elkaar niet tegenspreken.',
    tips: [],
    subPoints: [],
    conditional: 'andere-school',
    urgent: false,
    defaultDueHours: 48,
    tool: 'school-contact',
    requires: ['contact-school-dader'],
  },
  // ── EVALUEER ─────────────────────────────────────────────────────────────
  {
    id: 'evaluatie-betrokkenen',
    phaseId: 'evalueer',
    title: 'Evalueer met slachtoffer, ouders en docenten',
    guidance:
      'Vraag het slachtoffer, de ouders en de betrokken docenten hoe zij de aanpak hebben ervaren: wat hielp en wat niet. Bespreek ook welke preventiemaatregelen herhaling kunnen voorkomen, zoals lessen over relaties, seksualiteit en digitaal burgerschap.',
    tips: ['Denk ook na over preventiemaatregelen', TIP_OUTPUT],
    subPoints: [
      { id: 'slachtoffer', label: 'Slachtoffer' },
      { id: 'ouders', label: 'Ouders' },
      { id: 'docenten', label: 'Docenten' },
      { id: 'preventie', label: 'Preventiemaatregelen besproken' },
    ],
    conditional: null,
    urgent: false,
    defaultDueHours: 336,
    tool: 'evaluation',
    requires: [],
  },
  {
    id: 'terugkoppeling-school-dader',
    phaseId: 'evalueer',
    title: 'Vraag terugkoppeling aan de school van de dader',
    guidance:
      'Vraag de school van de dader hoe zij de situatie hebben afgehandeld en hoe de samenwerking verliep. Neem de uitkomst mee in de evaluatie.',
    tips: [],
    subPoints: [],
    conditional: 'andere-school',
    urgent: false,
    defaultDueHours: 336,
    tool: 'school-contact',
    requires: ['contact-school-dader'],
  },
  {
    id: 'evaluatie-zat',
    phaseId: 'evalueer',
    title: 'Evalueer het proces in het ZAT-overleg met alle professionele betrokkenen',
    guidance:
      'Bespreek het verloop in het zorg- en adviesteam (ZAT) met alle professionele betrokkenen, zoals vertrouwenspersoon, politie en jeugdhulp. Kijk naar samenwerking, snelheid, communicatie en de inzet van het protocol.',
    tips: ['Wat ging goed? Wat kon beter?', TIP_OUTPUT],
    subPoints: [
      { id: 'ging-goed', label: 'Wat ging goed?' },
      { id: 'kon-beter', label: 'Wat kon beter?' },
    ],
    conditional: null,
    urgent: false,
    defaultDueHours: 504,
    tool: 'evaluation',
    requires: [],
  },
  {
    id: 'nazorg',
    phaseId: 'evalueer',
    title: 'Plan momenten in voor nazorg aan alle betrokkenen',
    guidance:
      "De impact kan lang na het incident nog spelen, bijvoorbeeld als de beelden opnieuw opduiken. Plan vaste contactmomenten met het slachtoffer, de dader, ouders en buddy's (bijvoorbeeld na een week, na zes weken en na drie maanden) en vraag hoe het gaat en wat ze nog nodig hebben.",
    tips: ['Hoe gaat het nu? Hebben ze nog wat nodig?'],
    subPoints: [
      { id: 'hoe-gaat-het', label: 'Hoe gaat het nu?' },
      { id: 'nog-nodig', label: 'Hebben ze nog wat nodig?' },
    ],
    conditional: null,
    urgent: false,
    defaultDueHours: 168,
    tool: 'aftercare',
    requires: [],
  },
  {
    id: 'protocol-bijwerken',
    phaseId: 'evalueer',
    title: 'Verwerk evaluatie in protocol/handelingsplan',
    guidance:
      'Leg de lessen uit de evaluaties vast in het schoolprotocol en het handelingsplan: wat verander je aan rollen, contactgegevens, communicatie en preventie? Wijs iemand aan die de aanpassing doorvoert en deelt.',
    tips: [TIP_OUTPUT],
    subPoints: [],
    conditional: null,
    urgent: false,
    defaultDueHours: 720,
    tool: 'protocol-update',
    requires: ['evaluatie-zat'],
  },
];

export const STEPS: readonly ProtocolStep[] = CARD.map((step, index) => ({ ...step, order: index + 1 }));

const PREP_EMOTIES: ChecklistItem = {
  id: 'emoties',
  label: 'Voorbereid op emoties: schaamte, boosheid, verdriet, onmacht',
};
const PREP_GESPREKSLEIDER: ChecklistItem = {
  id: 'gespreksleider',
  label: 'Afgesproken wie het gesprek leidt en wie notuleert',
};
const PREP_PLEK: ChecklistItem = {
  id: 'plek-privacy',
  label: 'Rustige plek gekozen waar niemand kan meeluisteren',
};
const PREP_TOLK: ChecklistItem = {
  id: 'tolk',
  label: 'Zo nodig een professionele tolk geregeld (geen familielid of leerling)',
};
const PREP_CULTUUR: ChecklistItem = {
  id: 'cultuursensitief',
  label: 'Cultuursensitieve aandachtspunten doorgenomen: wat ligt gevoelig?',
};
const PREP_NIET_BEKIJKEN: ChecklistItem = {
  id: 'niet-bekijken',
  label: 'Afgesproken dat niemand het beeldmateriaal laat zien of bekijkt',
};

/** Preparation checklists for steps that record a conversation. */
export const CONVERSATION_PREPARATION: Readonly<Record<string, readonly ChecklistItem[]>> = {
  'aandacht-slachtoffer': [
    { id: 'vertrouwd-persoon', label: 'Gesprek door iemand die de leerling vertrouwt' },
    PREP_PLEK,
    { id: 'niet-veroordelen', label: 'Niet veroordelen: steunen en luisteren staan voorop' },
    { id: 'wensen', label: 'Vragen klaar: wat heb je nodig, wie mag het weten, wie informeert je ouders?' },
    { id: 'geen-geheimhouding', label: 'Duidelijk wat je wel en niet vertrouwelijk kunt houden' },
    { id: 'zorg-achter-de-hand', label: 'Zorg achter de hand bij paniek of zelfbeschadiging' },
    PREP_CULTUUR,
    PREP_NIET_BEKIJKEN,
  ],
  'gesprek-ouders-slachtoffer': [
    PREP_EMOTIES,
    { id: 'afstemming-leerling', label: 'Met de leerling afgestemd wat de ouders te horen krijgen' },
    { id: 'hulpaanbod', label: 'Bekend welke hulp er voor ouders beschikbaar is' },
    { id: 'stappen-school', label: 'Stappen van de school en opties voor melding/aangifte op een rij' },
    PREP_GESPREKSLEIDER,
    PREP_PLEK,
    PREP_TOLK,
    PREP_CULTUUR,
    PREP_NIET_BEKIJKEN,
    { id: 'vervolgafspraak', label: 'Vervolgafspraak en contactpersoon klaar om mee te geven' },
  ],
  'gesprek-ouders-dader': [
    PREP_EMOTIES,
    { id: 'ontkenning', label: 'Voorbereid op ontkenning of bagatelliseren' },
    { id: 'feiten', label: 'Feiten en verwachtingen van de school helder' },
    { id: 'gevolgen', label: 'Mogelijke gevolgen (maatregelen, melding/aangifte) afgestemd met de politie' },
    { id: 'hulpaanbod', label: 'Bekend welke hulp er voor ouders en kind beschikbaar is' },
    PREP_GESPREKSLEIDER,
    PREP_PLEK,
    PREP_TOLK,
    PREP_CULTUUR,
    PREP_NIET_BEKIJKEN,
  ],
};

export const DECISION_OPTIONS: Readonly<Record<string, readonly DecisionOption[]>> = {
  'boodschap-leerlingen': [
    {
      id: 'problematiseren',
      label: 'Problematiseren',
      help: 'Benadruk de ernst: verspreiden is strafbaar en doet veel schade. Past bij grote verspreiding, dwang of een groep die het bagatelliseert.',
    },
    {
      id: 'normaliseren',
      label: 'Normaliseren',
      help: 'Erken dat seksualiteit en sexting bij opgroeien horen en haal de schaamte weg bij het slachtoffer. Past als de ophef het slachtoffer vooral beschadigt.',
    },
    {
      id: 'combinatie',
      label: 'Combinatie',
      help: 'Normaliseer het maken of delen met iemand die je vertrouwt, problematiseer het doorsturen zonder toestemming. Vaak de meest passende boodschap.',
    },
  ],
  'alternatieve-interventies': [
    {
      id: 'herstelgesprek',
      label: 'Herstelgesprek',
      help: 'Begeleid gesprek tussen dader en slachtoffer, alleen als het slachtoffer dat echt wil.',
    },
    {
      id: 'mediation',
      label: 'Mediation',
      help: 'Een neutrale bemiddelaar helpt de betrokkenen afspraken te maken, bijvoorbeeld voor de omgang in de klas.',
    },
    {
      id: 'halt',
      label: 'Halt-afdoening',
      help: 'Alleen via de politie; die bepaalt of een Halt-afdoening mogelijk is (jongeren van 12 tot 18 jaar).',
    },
    {
      id: 'educatieve-opdracht',
      label: 'Educatieve opdracht',
      help: 'De leerling verdiept zich in de gevolgen van verspreiden, bijvoorbeeld met een werkstuk of les.',
    },
    {
      id: 'begeleiding-dader',
      label: 'Begeleiding of jeugdhulp voor de dader',
      help: 'Via schoolmaatschappelijk werk, wijkteam of jeugdhulp, om herhaling te voorkomen.',
    },
    {
      id: 'schoolsanctie',
      label: 'Schoolsanctie volgens het reglement',
      help: 'Zoals een schorsing; eventueel gecombineerd met een van de andere interventies.',
    },
    {
      id: 'geen-aanvullende-interventie',
      label: 'Geen aanvullende interventie',
      help: 'Leg vast waarom dit passend is.',
    },
  ],
};

export const REPORT_DECISIONS: readonly ReportDecisionOption[] = [
  {
    id: 'geen-melding',
    label: 'Geen melding',
    help: 'De politie wordt niet formeel ingelicht. Leg vast waarom, en in overleg met wie.',
  },
  {
    id: 'melding',
    label: 'Melding',
    help: 'De politie legt de informatie vast, zonder dat er direct een strafrechtelijk onderzoek start.',
  },
  {
    id: 'aangifte',
    label: 'Aangifte',
    help: 'Een formeel verzoek tot strafrechtelijk onderzoek. Het slachtoffer doet dit in de regel zelf, samen met de ouders.',
  },
];

export const MEDIA_PLAN_QUESTIONS: readonly MediaPlanQuestion[] = [
  { id: 'wie-doet-wat', label: 'Wie doet wat?' },
  {
    id: 'statement-online',
    label: 'Kan het communicatiestatement online als het nodig is?',
    help: 'Wie zet het op de website, en hoe snel?',
  },
  {
    id: 'journalisten',
    label: 'Hoe om te gaan met journalisten en cameraploegen?',
    help: 'Niet ingaan op vragen, vriendelijk doorverwijzen naar de woordvoerder; leerlingen niet laten filmen of interviewen op het schoolterrein.',
  },
  { id: 'woordvoerder', label: 'Wie is de woordvoerder, en wie vervangt hem of haar?' },
  {
    id: 'receptie-poort',
    label: 'Welke instructie krijgen receptie, conciërge en poortwacht?',
    help: 'Geen informatie geven, doorverwijzen naar de woordvoerder, pers niet binnenlaten.',
  },
  { id: 'medewerkers', label: 'Weten alle medewerkers dat zij niet zelf reageren en doorverwijzen?' },
  { id: 'sociale-media', label: 'Wie volgt sociale media en reageert namens de school?' },
];

/** Suggested aftercare moments after the incident: one week, six weeks, three months. */
export const AFTERCARE_DEFAULT_OFFSETS_DAYS: readonly number[] = [7, 42, 90];

export const TOOL_KIND_LABELS = {
  'victim-support': 'Steun voor het slachtoffer',
  extent: 'Omvang en impact',
  'protocol-check': 'Protocolcheck',
  confidant: 'Vertrouwenspersoon',
  'police-advice': 'Politieadvies',
  'action-plan': 'Actieplan',
  conversation: 'Gespreksverslag',
  'parent-help': 'Hulp voor ouders',
  perpetrator: 'Aanpak dader',
  'school-contact': 'Contact andere school',
  'report-decision': 'Melding of aangifte',
  takedown: 'Offline halen',
  'rest-period': 'Rustperiode',
  decision: 'Besluit',
  statement: 'Communicatiestatement',
  'teacher-guidance': 'Handvatten docenten',
  'class-session': 'Klassenaanpak',
  buddies: "Buddy's",
  letter: 'Brief aan ouders',
  monitoring: 'Monitoring sociale media',
  'media-plan': 'Mediaplan',
  evaluation: 'Evaluatie',
  aftercare: 'Nazorg',
  'protocol-update': 'Protocol bijwerken',
  checklist: 'Checklist',
} as const satisfies Record<ToolKind, string>;
