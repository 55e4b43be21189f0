import Mustache from 'mustache';
import type { MissingValue, TagInfo, TemplateContent, TemplateId } from '../../shared/domain/documents';
import { AppError, errorText, type ErrorKey } from '../../shared/errors';

/**
 * Letter templates: the school's wording with {{placeholders}}, rendered by mustache
 * (HTML escaping off: the output is PDF text, not HTML). Before anything is printed,
 * every placeholder is resolved against the data; one without a value is reported
 * instead of being printed as an empty gap or a raw {{tag}}.
 */

interface TagDef {
  label: string;
  /** Where the user fills it in (a sentence of the error catalogs). */
  hint: ErrorKey;
}

/** A value a document still needs: the field's Dutch name and where to fill it in. */
export function missingValue(tag: string, label: string, hintKey: ErrorKey): MissingValue {
  return { tag, label, hint: errorText(hintKey), hintKey };
}

export const TAGS: Readonly<Record<string, TagDef>> = {
  datum: { label: 'Datum van vandaag', hint: 'DOCUMENT_HINT_AUTOMATIC' },
  'school.naam': { label: 'Naam van de school', hint: 'DOCUMENT_HINT_SCHOOL' },
  'school.plaats': { label: 'Plaats van de school', hint: 'DOCUMENT_HINT_SCHOOL' },
  'school.telefoon': { label: 'Telefoonnummer van de school', hint: 'DOCUMENT_HINT_SCHOOL' },
  'school.email': { label: 'E-mailadres van de school', hint: 'DOCUMENT_HINT_SCHOOL' },
  'school.website': { label: 'Website van de school', hint: 'DOCUMENT_HINT_SCHOOL' },
  'ondertekenaar.naam': { label: 'Naam van de ondertekenaar', hint: 'DOCUMENT_HINT_SCHOOL' },
  'ondertekenaar.functie': { label: 'Functie van de ondertekenaar', hint: 'DOCUMENT_HINT_SCHOOL' },
  'vertrouwenspersoon.naam': { label: 'Naam van de vertrouwenspersoon', hint: 'DOCUMENT_HINT_SCHOOL' },
  'vertrouwenspersoon.contact': { label: 'Contactgegevens van de vertrouwenspersoon', hint: 'DOCUMENT_HINT_SCHOOL' },
  regiehouder: { label: 'Regiehouder van het dossier', hint: 'DOCUMENT_HINT_FACTS' },
  materiaal: { label: 'Het beeldmateriaal in een zin ("een naaktfoto")', hint: 'DOCUMENT_HINT_FACTS' },
  'ontvanger.naam': { label: 'Naam van de ontvanger', hint: 'DOCUMENT_HINT_RECIPIENT' },
  'ontvanger.aanhef': {
    label: 'Aanhef en achternaam van de ontvanger ("mevrouw Yılmaz")',
    hint: 'DOCUMENT_HINT_RECIPIENT_SALUTATION',
  },
  'afzender.naam': { label: 'Naam van de afzender', hint: 'DOCUMENT_HINT_SENDER' },
  'afzender.functie': { label: 'Functie van de afzender', hint: 'DOCUMENT_HINT_SENDER_ROLE' },
  'afzender.contact': { label: 'Telefoon of e-mail van de afzender', hint: 'DOCUMENT_HINT_SENDER_CONTACT' },
  'ontvanger.school': { label: 'School van de ontvanger', hint: 'DOCUMENT_HINT_RECIPIENT_SCHOOL' },
  'kind.roepnaam': { label: 'Roepnaam van het kind', hint: 'DOCUMENT_HINT_PUPIL' },
  'kind.naam': { label: 'Naam van het kind', hint: 'DOCUMENT_HINT_PUPIL' },
  klas: { label: 'Klas', hint: 'DOCUMENT_HINT_CLASS' },
  'gesprek.datum': { label: 'Datum van het gesprek', hint: 'DOCUMENT_HINT_CONVERSATION' },
  'gesprek.besproken': { label: 'Wat we hebben besproken (voor de brief)', hint: 'DOCUMENT_HINT_LETTER_PART' },
  'gesprek.afgesproken': { label: 'Wat we hebben afgesproken (voor de brief)', hint: 'DOCUMENT_HINT_LETTER_PART' },
  // Older templates: these, too, print the part written for the letter, never the internal notes.
  'gesprek.samenvatting': { label: 'Wat we hebben besproken (voor de brief)', hint: 'DOCUMENT_HINT_LETTER_PART' },
  'gesprek.afspraken': { label: 'Wat we hebben afgesproken (voor de brief)', hint: 'DOCUMENT_HINT_LETTER_PART' },
  'gesprek.vervolg': { label: 'Vervolg van het gesprek', hint: 'DOCUMENT_HINT_FOLLOW_UP' },
  'statement.watSpeelt': { label: 'Statement: wat speelt er, wat vindt de school', hint: 'DOCUMENT_HINT_STATEMENT_PUBLISH' },
  'statement.watDoet': { label: 'Statement: wat doet de school en waarom', hint: 'DOCUMENT_HINT_STATEMENT_PUBLISH' },
  'statement.contactpersoon': { label: 'Statement: contactpersoon', hint: 'DOCUMENT_HINT_STATEMENT_PUBLISH' },
  hulpbronnen: { label: 'Lijst met hulp (gebruik: {{#hulpbronnen}}- {{regel}}{{/hulpbronnen}})', hint: 'DOCUMENT_HINT_SCHOOL' },
};

/** Tags that only make sense inside a list section. */
const SECTION_ITEM_TAGS: Readonly<Record<string, readonly string[]>> = { hulpbronnen: ['regel'] };

export const TEMPLATE_LABELS: Readonly<Record<TemplateId, string>> = {
  'letter-victim-parents': 'Brief aan ouders van het slachtoffer',
  'letter-perpetrator-parents': 'Brief aan ouders van de dader',
  'letter-class-parents': 'Brief aan ouders van klasgenoten',
  'letter-other-classes': 'Brief aan ouders van overige klassen',
  'letter-perpetrator-school': 'Brief aan de school van de dader',
  'teacher-guidance': 'Handvatten voor docenten',
};

const HELP_LIST = '{{#hulpbronnen}}\n- {{regel}}\n{{/hulpbronnen}}';

const TALK_AT_HOME = `## Praat er thuis óók over
Wij vragen u om thuis ook het gesprek met uw kind aan te gaan. Een paar handvatten:
- Kies een rustig moment en begin open, bijvoorbeeld: "Ik hoorde dat er iets speelt op school. Hoe is dat voor jou?"
- Luister eerst, zonder te oordelen. Ook als uw kind het materiaal heeft gezien of ontvangen, is het belangrijk dat het bij u terecht kan.
- Leg uit dat doorsturen veel schade doet en strafbaar is, en dat verwijderen en niet reageren de beste keuze is.
- Bespreek hoe je iemand kunt steunen die dit overkomt, in plaats van mee te lachen of te oordelen.
- Vraag niet naar namen en deel geen geruchten, ook niet in groepsapps van ouders.
- Heeft uw kind het materiaal nog? Verwijder het samen. Bekijk het zelf niet en stuur het niet door, ook niet als bewijs.`;

export const DEFAULT_TEMPLATES: Readonly<Record<TemplateId, TemplateContent>> = {
  'letter-victim-parents': {
    subject: 'Ons gesprek over {{kind.roepnaam}}',
    salutation: 'Beste {{ontvanger.aanhef}},',
    body: `Dank u wel voor het gesprek van {{gesprek.datum}}. We begrijpen dat dit een heel moeilijke tijd is, voor u en voor {{kind.roepnaam}}. In deze brief zetten we op een rij wat we hebben besproken en afgesproken, zodat u het rustig kunt nalezen.

## Wat we hebben besproken
{{gesprek.besproken}}

## Wat we hebben afgesproken
{{gesprek.afgesproken}}

## Wat de school doet
Wij doen wat we kunnen om verdere verspreiding te stoppen en om {{kind.roepnaam}} op school een veilige plek te bieden. Op school noemen we geen namen. Niemand van de school bekijkt, bewaart of verstuurt het beeldmateriaal. Wij vragen u hetzelfde: bewaar het niet, bekijk het zelf niet en stuur het niet door, ook niet als bewijs. Over bewijs kan de politie u adviseren.

## Hulp voor u en uw kind
U staat er niet alleen voor. Bij deze organisaties kunt u terecht:
${HELP_LIST}

Heeft u vragen, of merkt u thuis dat het niet goed gaat met {{kind.roepnaam}}? Neem dan gerust contact met mij op: {{afzender.contact}}. We blijven graag met u in gesprek.`,
    closing: 'Met vriendelijke groet,',
  },
  'letter-perpetrator-parents': {
    subject: 'Ons gesprek over {{kind.roepnaam}}',
    salutation: 'Beste {{ontvanger.aanhef}},',
    body: `Dank u wel voor het gesprek van {{gesprek.datum}}. Het is voor ouders schrikken om te horen dat hun kind betrokken is bij het verspreiden van beeldmateriaal. In deze brief zetten we op een rij wat we hebben besproken en afgesproken.

## Wat we hebben besproken
{{gesprek.besproken}}

## Wat we hebben afgesproken
{{gesprek.afgesproken}}

## Waarom dit zo belangrijk is
Het bezitten en doorsturen van seksueel beeldmateriaal van minderjarigen is strafbaar, ook als het eerst vrijwillig is gedeeld. Voor degene die op de beelden staat, is de schade groot. Wij vragen u daarom met {{kind.roepnaam}} te bespreken dat alle kopieën worden verwijderd: van de telefoon, uit chats, uit de cloud en uit back-ups. Bekijk het materiaal zelf niet en stuur het niet door, ook niet als bewijs.

## Hulp voor u en uw kind
We willen {{kind.roepnaam}} ook helpen om hiervan te leren en verder te gaan. U kunt terecht bij:
${HELP_LIST}

Heeft u vragen? Neem gerust contact met mij op: {{afzender.contact}}.`,
    closing: 'Met vriendelijke groet,',
  },
  'letter-class-parents': {
    subject: 'Een ernstige gebeurtenis in klas {{klas}}',
    salutation: 'Beste {{ontvanger.naam}},',
    body: `Met deze brief informeren wij u over een ernstige gebeurtenis in de klas van uw kind. Wij vinden het belangrijk dat u dit van ons hoort, zodat u uw kind kunt steunen.

## Wat er speelt
{{statement.watSpeelt}}

## Wat de school doet
{{statement.watDoet}}

## Wat wij van de leerlingen vragen
Wij vragen alle leerlingen dringend om het beeldmateriaal niet te bekijken, niet door te sturen en het overal te verwijderen: van de telefoon, uit chats, uit de cloud en uit back-ups. Bezit en verspreiding van seksueel beeldmateriaal van minderjarigen is strafbaar. Zonder verspreiders geen slachtoffers: wie niet doorstuurt en steun biedt, maakt het verschil.

${TALK_AT_HOME}

Meer hulp en informatie vindt u bij:
${HELP_LIST}

## Vragen?
{{statement.contactpersoon}}`,
    closing: 'Met vriendelijke groet,',
  },
  'letter-other-classes': {
    subject: 'Onrust op school: informatie voor ouders',
    salutation: 'Beste {{ontvanger.naam}},',
    body: `Op school is onrust ontstaan doordat er {{materiaal}} van een leerling is rondgestuurd. Misschien heeft uw kind er al iets over gehoord. Wij informeren u daarom zelf, zodat u weet wat er speelt en wat de school doet.

## Wat er speelt
{{statement.watSpeelt}}

## Wat de school doet
{{statement.watDoet}}

## Wat wij van de leerlingen vragen
Bekijk het niet, stuur het niet door en verwijder het overal. Bezit en verspreiding van seksueel beeldmateriaal van minderjarigen is strafbaar, en doorsturen doet de leerling op de beelden veel pijn.

${TALK_AT_HOME}

Meer hulp en informatie vindt u bij:
${HELP_LIST}

## Vragen?
{{statement.contactpersoon}}`,
    closing: 'Met vriendelijke groet,',
  },
  'letter-perpetrator-school': {
    subject: 'Verzoek om samenwerking',
    salutation: 'Geachte {{ontvanger.aanhef}},',
    body: `Wij nemen contact met u op omdat er {{materiaal}} van een van onze leerlingen wordt verspreid, en wij aanwijzingen hebben dat een leerling van uw school, {{kind.naam}}, hierbij betrokken is.

Wij nodigen u graag uit om hierin samen op te trekken. Ons doel is de schade voor de leerling op de beelden zo klein mogelijk te houden en de rust op beide scholen te herstellen. Daarvoor is het belangrijk dat beide scholen dezelfde lijn volgen richting leerlingen, ouders en eventueel de pers.

## Wat wij u vragen
- Een gesprek met uw leerling en diens ouders over het stoppen van de verspreiding en het verwijderen van het materiaal.
- Afstemming over wat beide scholen communiceren; ons communicatiestatement delen wij graag met u.
- Een vast aanspreekpunt op uw school, zodat we elkaar snel kunnen bereiken.
- Na afloop een korte terugkoppeling over de afhandeling, voor onze evaluatie.

Het beeldmateriaal zelf delen wij niet: bekijken, kopiëren of doorsturen is strafbaar, ook voor scholen. Voor advies over bewijs en over melding of aangifte hebben wij contact met de politie.

Bij ons ligt de regie bij {{regiehouder}}. U kunt mij bereiken via {{afzender.contact}}. Wij stellen het zeer op prijs als u binnen enkele dagen contact met ons opneemt.`,
    closing: 'Met vriendelijke groet,',
  },
  'teacher-guidance': {
    subject: 'Handvatten voor docenten en mentoren',
    salutation: "Beste collega's,",
    body: `Op school circuleert {{materiaal}} van een leerling. Leerlingen kunnen er in de les over beginnen of met vragen bij je komen. Deze handvatten helpen om als school één lijn te volgen. Noem nooit namen, ook niet als leerlingen dat wel doen.

## Wat er speelt en wat de school doet
{{statement.watSpeelt}}

{{statement.watDoet}}

## De krachtige boodschap
Dit geef je leerlingen mee, in deze woorden:
- Zonder verspreiders geen slachtoffers: het doorsturen is de fout, niet de leerling op de beelden.
- Bekijk het niet, stuur het niet door, verwijder het overal. Bezit en verspreiding zijn strafbaar.
- Steun de leerling die dit overkomt; lachen, oordelen of roddelen maakt de schade groter.
- Weet je iets of zie je iets? Meld het bij je mentor of bij de vertrouwenspersoon.

## Gesprekstechnieken
- Blijf rustig en neem vragen serieus; je hoeft niet alle antwoorden te hebben.
- Stel open vragen ("Wat vind jij ervan?", "Wat zou jij doen als je zoiets krijgt?") en vat samen wat je hoort.
- Spreek het gedrag aan, niet de persoon: bespreek het doorsturen, niet wie er op de beelden staat.
- Sluit een gesprek af met de boodschap en met waar leerlingen terecht kunnen.

## Gedragsinterventies in de klas
- Grijp direct in bij grappen, opmerkingen of schelden over de leerling op de beelden, en zeg waarom.
- Zet negatieve groepsdruk om in positieve: geef leerlingen die steunen of niet meedoen ruimte en erkenning.
- Laat niemand beelden tonen, ook niet "om te laten zien waar het over gaat".
- Meld zorgen over een leerling of nieuwe verspreiding direct bij {{regiehouder}}.

## Lesmateriaal
- Lessen over relaties, seksualiteit, weerbaarheid en digitaal burgerschap uit de lesmethode van de school.
- Informatie voor jongeren over hulp en melden: Helpwanted.nl en Meldknop.nl.
- Overleg met de zorgcoördinator voordat je in de klas van de betrokken leerling een les hierover geeft.

## Ruimte voor je eigen oordeel
Ook docenten hebben een mening over sexting (het maken en delen van seksueel getinte beelden). Bespreek die met collega's of met de zorgcoördinator, zodat je oordeel niet in de klas bij de leerling terechtkomt. Twijfel je over wat je moet doen of zeggen? Neem contact op met {{regiehouder}}.`,
    closing: 'Met vriendelijke groet,',
  },
};

/* ───────────── Parsing and checking ───────────── */

type Token = [string, string, number, number, Token[]?, ...unknown[]];

function parseOrThrow(template: string, where: string): Token[] {
  try {
    return Mustache.parse(template) as unknown as Token[];
  } catch (err) {
    const detail = (err as Error).message.replace(/\s+at\s+\d+$/, '');
    // The braces go in as parameters: in a catalog sentence they would read as placeholders.
    throw new AppError('VALIDATION', {
      key: /Unclosed/i.test(detail) ? 'TEMPLATE_UNCLOSED' : 'TEMPLATE_BAD_SYNTAX',
      params: { where, open: '{{', close: '}}' },
    });
  }
}

/** Tags used in a template (sections and their item tags included), in order of first use. */
export function usedTags(content: TemplateContent): string[] {
  const out: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t[0] === 'name' || t[0] === '&' || t[0] === '#' || t[0] === '^') {
        if (!out.includes(t[1])) out.push(t[1]);
      }
      if ((t[0] === '#' || t[0] === '^') && Array.isArray(t[4])) walk(t[4]);
    }
  };
  for (const [field, text] of Object.entries(content)) walk(parseOrThrow(text, FIELD_LABELS[field] ?? field));
  return out;
}

const FIELD_LABELS: Record<string, string> = {
  subject: 'Onderwerp',
  salutation: 'Aanhef',
  body: 'Tekst',
  closing: 'Slotzin',
};

export function tagInfo(tag: string): TagInfo {
  return { tag, label: TAGS[tag]?.label ?? (tag === 'regel' ? 'Eén regel uit de lijst' : tag) };
}

export const AVAILABLE_TAGS: TagInfo[] = Object.keys(TAGS).map(tagInfo);

/** Refuses a template that does not parse or uses placeholders Vangnet cannot fill. */
export function validateTemplate(content: TemplateContent): void {
  for (const [field, text] of Object.entries(content)) {
    const where = FIELD_LABELS[field] ?? field;
    const check = (tokens: Token[], section: string | null) => {
      for (const t of tokens) {
        if (t[0] === '>' || t[0] === '=') {
          throw new AppError('VALIDATION', { key: 'TEMPLATE_UNSUPPORTED', params: { where, form: `{{${t[0]}…}}` } });
        }
        if (t[0] === 'name' || t[0] === '&' || t[0] === '#' || t[0] === '^') {
          const known = t[1] in TAGS || (section !== null && (SECTION_ITEM_TAGS[section] ?? []).includes(t[1]));
          if (!known) {
            throw new AppError('VALIDATION', { key: 'TEMPLATE_UNKNOWN_TAG', params: { where, tag: `{{${t[1]}}}` } });
          }
        }
        if ((t[0] === '#' || t[0] === '^') && Array.isArray(t[4])) check(t[4], t[1]);
      }
    };
    check(parseOrThrow(text, where), null);
  }
}

export type View = Record<string, unknown>;

function lookup(stack: readonly unknown[], name: string): unknown {
  if (name === '.') return stack[stack.length - 1];
  const parts = name.split('.');
  for (let i = stack.length - 1; i >= 0; i--) {
    const ctx = stack[i];
    if (ctx && typeof ctx === 'object' && parts[0]! in (ctx as object)) {
      let v: unknown = ctx;
      for (const p of parts) {
        if (v && typeof v === 'object' && p in (v as object)) v = (v as Record<string, unknown>)[p];
        else return undefined;
      }
      return v;
    }
  }
  return undefined;
}

function isEmptyValue(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** Placeholders of the template that the view cannot fill. */
export function findMissing(content: TemplateContent, view: View): MissingValue[] {
  const missing: string[] = [];
  const walk = (tokens: Token[], stack: unknown[]) => {
    for (const t of tokens) {
      if (t[0] === 'name' || t[0] === '&') {
        if (isEmptyValue(lookup(stack, t[1])) && !missing.includes(t[1])) missing.push(t[1]);
      } else if (t[0] === '#' && Array.isArray(t[4])) {
        const v = lookup(stack, t[1]);
        if (Array.isArray(v)) for (const item of v) walk(t[4], [...stack, item]);
        else if (v && typeof v === 'object') walk(t[4], [...stack, v]);
        else if (v) walk(t[4], stack);
      } else if (t[0] === '^' && Array.isArray(t[4])) {
        const v = lookup(stack, t[1]);
        if (!v || (Array.isArray(v) && v.length === 0)) walk(t[4], stack);
      }
    }
  };
  for (const text of Object.values(content)) walk(parseOrThrow(text, 'Sjabloon'), [view]);
  // A tag Vangnet does not know (the school's own template) is named as written there.
  return missing.map((tag) => missingValue(tag, TAGS[tag]?.label ?? tag, TAGS[tag]?.hint ?? 'DOCUMENT_HINT_UNKNOWN_TAG'));
}

function setPath(view: View, tag: string, value: string): void {
  const parts = tag.split('.');
  let cur: Record<string, unknown> = view;
  for (const p of parts.slice(0, -1)) {
    const next = cur[p];
    if (!next || typeof next !== 'object') cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
}

/** Applies values typed in the app for placeholders, over what the dossier provides. */
export function withValues(view: View, values: Readonly<Record<string, string>> | undefined): View {
  if (!values) return view;
  const copy = structuredClone(view);
  for (const [tag, value] of Object.entries(values)) {
    if (tag in TAGS && value.trim() !== '') setPath(copy, tag, value.trim());
  }
  return copy;
}

/** Marks missing values visibly; for the in-app preview only, never for print. */
export function withMissingMarked(view: View, missing: readonly MissingValue[]): View {
  const copy = structuredClone(view);
  for (const m of missing) setPath(copy, m.tag, `[ontbreekt: ${m.label}]`);
  return copy;
}

const NO_ESCAPE = { escape: (s: string) => s };

export function renderTemplate(content: TemplateContent, view: View): TemplateContent {
  const r = (text: string) => Mustache.render(text, view, {}, NO_ESCAPE).trim();
  return { subject: r(content.subject), salutation: r(content.salutation), body: r(content.body), closing: r(content.closing) };
}
