import type { DocModel } from '../../../shared/domain/documents';
import type { SchoolProfile } from '../../../shared/domain';
import { dutchDate, emptyModel } from '../model';

/* ───────────── Recovery sheet ───────────── */

export function buildRecoverySheet(recoveryKey: string, school: SchoolProfile, nowIso: string): DocModel {
  const model = emptyModel('recovery-sheet', school, nowIso);
  model.title = 'Herstelblad voor de Vangnet-kluis';
  model.subtitle = `Gemaakt op ${dutchDate(nowIso)}`;
  model.dateLine = '';
  model.footerNote = 'Strikt vertrouwelijk – bewaar achter slot';
  model.blocks = [
    {
      type: 'paragraph',
      text: 'Met deze herstelsleutel opent u de kluis van Vangnet als de wachtwoordzin kwijt is. Wie dit blad heeft, kan samen met een kopie van de kluis alle dossiers lezen. Bewaar het daarom net zo zorgvuldig als de dossiers zelf.',
    },
    { type: 'heading', text: 'Herstelsleutel' },
    { type: 'code', text: recoveryKey },
    { type: 'heading', text: 'Zo bewaart u dit blad' },
    {
      type: 'bullets',
      items: [
        'Leg het in een afgesloten kast of kluis op school, bijvoorbeeld bij de directie.',
        'Maak geen foto of scan en bewaar de sleutel niet op de computer, in e-mail of in de cloud.',
        'Verwijder het PDF-bestand nadat u dit blad hebt afgedrukt, en leeg de prullenbak.',
        'Bent u het blad kwijt of heeft iemand anders het gezien? Meld dat dan direct bij de schoolleiding.',
      ],
    },
    { type: 'heading', text: 'Zo gebruikt u de sleutel' },
    {
      type: 'bullets',
      items: [
        'Kies in het openingsscherm van Vangnet voor herstellen met de herstelsleutel.',
        'Typ de sleutel over. Hoofdletters, spaties en streepjes maken niet uit.',
        'Kies daarna een nieuwe wachtwoordzin.',
      ],
    },
  ];
  return model;
}
