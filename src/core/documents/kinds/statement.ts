import type { MissingValue, StatementVersion } from '../../../shared/domain/documents';
import { dutchDate, emptyModel, textToBlocks } from '../model';
import { missingValue } from '../templates';
import type { Built, DocData } from './common';

const STATEMENT_MISSING: MissingValue = missingValue('statement', 'Gepubliceerd communicatiestatement', 'DOCUMENT_HINT_STATEMENT_WRITE');

export function statementText(s: StatementVersion, schoolName: string): string {
  return [
    `Communicatiestatement${schoolName ? ` – ${schoolName}` : ''}`,
    `Versie ${s.version}, ${dutchDate(s.publishedAt)}`,
    '',
    'Wat speelt er? Wat vinden wij?',
    s.watSpeelt.trim(),
    '',
    'Wat doen wij? Waarom?',
    s.watDoet.trim(),
    '',
    'Contactpersoon',
    s.contactpersoon.trim(),
    '',
  ].join('\n');
}

export function buildStatement(data: DocData): Built {
  const model = emptyModel('statement', data.school, data.nowIso);
  const s = data.statement;
  const missing: MissingValue[] = [];
  if (!s) {
    missing.push(STATEMENT_MISSING);
    model.blocks = [
      { type: 'paragraph', text: '[ontbreekt: gepubliceerd communicatiestatement]', tone: 'muted' },
    ];
  } else {
    model.subtitle = `Versie ${s.version} · gepubliceerd op ${dutchDate(s.publishedAt)}`;
    model.blocks = [
      { type: 'heading', text: 'Wat speelt er? Wat vinden wij?' },
      ...textToBlocks(s.watSpeelt),
      { type: 'heading', text: 'Wat doen wij? Waarom?' },
      ...textToBlocks(s.watDoet),
      { type: 'heading', text: 'Contactpersoon' },
      ...textToBlocks(s.contactpersoon),
    ];
  }
  return {
    model,
    missing,
    allowedPersonIds: [],
    allowedNames: [],
    recipientLabel: 'Iedereen (website, pers, medewerkers)',
  };
}
