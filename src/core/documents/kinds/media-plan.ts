import type { DocBlock, MissingValue } from '../../../shared/domain/documents';
import { MEDIA_PLAN_QUESTIONS } from '../../../shared/protocol';
import { emptyModel } from '../model';
import { missingValue } from '../templates';
import { stepAnswers, type Built, type DocData } from './common';

export function buildMediaPlan(data: DocData): Built {
  const model = emptyModel('media-plan', data.school, data.nowIso);
  model.subtitle = 'Voor receptie, conciërge, poortwacht en alle medewerkers';
  const answers = stepAnswers(data.detail, 'media-voorbereiding', 'media-plan');
  const missing: MissingValue[] = [];
  const answered = MEDIA_PLAN_QUESTIONS.filter((q) => answers[q.id]);
  if (answered.length === 0) {
    missing.push(missingValue('mediaplan', 'Afspraken van het mediaplan', 'DOCUMENT_HINT_MEDIA_PLAN'));
  }
  const spokesperson = answers['woordvoerder'] ?? '';
  const contact = data.statement?.contactpersoon ?? '';
  const blocks: DocBlock[] = [
    {
      type: 'paragraph',
      tone: 'strong',
      text: 'Geef nooit informatie over leerlingen of over wat er is gebeurd, ook niet "off the record". Verwijs altijd vriendelijk door.',
    },
    { type: 'heading', text: 'Als een journalist belt, mailt of aan de deur staat' },
    {
      type: 'bullets',
      items: [
        'Blijf vriendelijk en rustig. Zeg: "Ik kan u hier niets over vertellen. Ik verbind u door met onze woordvoerder" of noteer naam, medium en telefoonnummer.',
        spokesperson
          ? `Woordvoerder: ${spokesperson.replace(/[.\s]+$/, '')}.`
          : 'Verwijs door naar de woordvoerder die de schoolleiding heeft aangewezen.',
        'Laat pers en cameraploegen niet binnen; vraag hen het schoolterrein te verlaten.',
        'Zorg dat leerlingen niet worden gefilmd of geïnterviewd op of bij het schoolterrein.',
        'Meld elk contact met de pers direct aan de regiehouder of de schoolleiding.',
      ],
    },
    { type: 'heading', text: 'Als ouders of anderen bellen met vragen' },
    {
      type: 'bullets',
      items: [
        'Zeg dat de school op de hoogte is en er zorgvuldig mee omgaat.',
        contact
          ? `Verwijs door naar de contactpersoon uit het communicatiestatement: "${contact.replace(/\s+/g, ' ').trim()}"`
          : 'Verwijs voor vragen naar de contactpersoon uit het communicatiestatement.',
        'Bevestig of ontken geen namen en deel geen details, ook niet als de beller ze al lijkt te kennen.',
        'Onjuiste berichten op sociale media? Verwijs naar het communicatiestatement op de website.',
      ],
    },
  ];
  if (answered.length > 0) {
    blocks.push({ type: 'heading', text: 'Afspraken' });
    blocks.push({ type: 'fields', rows: answered.map((q) => [q.label, answers[q.id]!]) });
  }
  blocks.push({
    type: 'paragraph',
    tone: 'muted',
    text: 'Bekijk, kopieer of stuur het beeldmateriaal nooit zelf door, ook niet om te laten zien waar het over gaat.',
  });
  model.blocks = blocks;
  return {
    model,
    missing,
    allowedPersonIds: [],
    allowedNames: [],
    recipientLabel: 'Receptie en medewerkers',
  };
}
