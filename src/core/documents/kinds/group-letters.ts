import type { DocumentOptions } from '../../../shared/api/documents';
import type { MergeRow, TemplateId } from '../../../shared/domain/documents';
import type { DossierDetail } from '../../../shared/domain';
import type { View } from '../templates';
import { byRole, firstName, type DocData } from './common';
import { baseView, type LetterSetup } from './letter-common';

/** Letters to many (a class's parents, other classes; teacher guidance): generic or mail-merged, never naming pupils. */

function victimClass(detail: DossierDetail): string {
  return byRole(detail, 'slachtoffer').find((p) => p.className)?.className ?? '';
}

export function groupLetterSetup(
  data: DocData,
  options: DocumentOptions,
  kind: TemplateId,
  row: MergeRow | null,
): LetterSetup {
  const klas =
    row?.className || options.className || (kind === 'letter-class-parents' ? victimClass(data.detail) : '');
  const view: View = { ...baseView(data), klas };
  if (row) {
    view.ontvanger = { naam: row.parentName };
    view.kind = { roepnaam: row.childFirstName || firstName(row.childName), naam: row.childName };
  }
  const generic =
    kind === 'teacher-guidance'
      ? []
      : [
          kind === 'letter-class-parents' && klas
            ? `Aan de ouders/verzorgers van de leerlingen van klas ${klas}`
            : 'Aan de ouders/verzorgers',
        ];
  return {
    view,
    recipient: row ? [row.parentName, row.street, `${row.postalCode}  ${row.city.toUpperCase()}`] : generic,
    reference: '',
    allowedPersonIds: [],
    allowedNames: row ? [row.childName, row.childFirstName].filter(Boolean) : [],
    recipientLabel:
      kind === 'teacher-guidance'
        ? 'Docenten en mentoren'
        : kind === 'letter-class-parents'
          ? `Ouders/verzorgers van klas ${klas || '(onbekend)'}`
          : 'Ouders/verzorgers van overige klassen',
    extraMissing: [],
    genericSalutation: row ? null : kind === 'teacher-guidance' ? null : 'Beste ouders en verzorgers,',
  };
}
