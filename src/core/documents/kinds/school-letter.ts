import type { DocumentOptions } from '../../../shared/api/documents';
import { addressName, conversationsFor, salutationName } from '../letters';
import type { View } from '../templates';
import { byRole, firstName, type DocData } from './common';
import {
  baseView,
  deliveredAddress,
  missingAddress,
  namePartsOf,
  senderView,
  type LetterSetup,
} from './letter-common';

/** The letter to the perpetrator's school (its contact person). */

export function schoolLetterSetup(data: DocData, options: DocumentOptions): LetterSetup {
  const { detail } = data;
  const contact =
    (options.recipientPersonId
      ? detail.persons.find((p) => p.id === options.recipientPersonId)
      : undefined) ?? byRole(detail, 'school-dader')[0];
  const pupil =
    byRole(detail, 'dader').find((p) => contact && p.school && p.school === contact.school) ??
    byRole(detail, 'dader')[0];
  const names = namePartsOf(data, contact);
  const conv = contact ? (conversationsFor(detail, contact, 'contact-school-dader')[0] ?? null) : null;
  const sender = senderView(data, options, conv);
  const view: View = {
    ...baseView(data),
    ontvanger: {
      naam: contact?.name ?? '',
      aanhef: names ? salutationName(names) : '',
      school: contact?.school ?? '',
    },
    kind: { roepnaam: pupil ? firstName(pupil.name) : '', naam: pupil?.name ?? '' },
    afzender: sender.afzender,
  };
  const address = contact
    ? deliveredAddress(names ? addressName(names) : contact.name, contact.address, options)
    : null;
  const lines = address?.lines ?? [];
  if (contact?.school && options.delivery?.mode !== 'persoonlijk') lines.splice(1, 0, contact.school);
  return {
    view,
    recipient: lines,
    reference: detail.dossier.number,
    allowedPersonIds: pupil ? [pupil.id] : [],
    allowedNames: [],
    recipientLabel: 'School van de dader',
    ...(contact ? { addresseeId: contact.id } : {}),
    extraMissing: address?.missingAddress ? [missingAddress()] : [],
    genericSalutation: null,
    signature: sender.signature,
    warnings: [],
    warningsResolved: true,
  };
}
