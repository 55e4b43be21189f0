import type { DocumentOptions } from '../../../shared/api/documents';
import type { Person } from '../../../shared/domain';
import { RECIPIENT_WAY } from '../../../shared/domain/documents';
import { dutchDate } from '../model';
import { addressName, conversationsFor, letterWarnings, salutationName } from '../letters';
import type { View } from '../templates';
import { byRole, firstName, type DocData } from './common';
import {
  baseView,
  deliveredAddress,
  helpLines,
  missingAddress,
  namePartsOf,
  senderView,
  type LetterSetup,
} from './letter-common';

/** The letters to the victim's and the perpetrator's parents: written for that parent, from that parent's conversation. */

export function parentLetterSetup(
  data: DocData,
  options: DocumentOptions,
  childRole: 'slachtoffer' | 'dader',
  stepId: string,
): LetterSetup {
  const { detail } = data;
  const children = byRole(detail, childRole);
  const parents = byRole(detail, 'ouder');
  let recipient: Person | undefined = options.recipientPersonId
    ? detail.persons.find((p) => p.id === options.recipientPersonId)
    : parents.find((p) => children.some((c) => c.id === p.relatedPersonId));
  const child =
    (recipient?.relatedPersonId ? children.find((c) => c.id === recipient!.relatedPersonId) : undefined) ??
    children[0];
  if (!recipient && child) recipient = parents.find((p) => p.relatedPersonId === child.id);
  const candidates = conversationsFor(detail, recipient ?? null, stepId);
  const conv =
    (options.conversationId ? candidates.find((c) => c.id === options.conversationId) : undefined) ??
    candidates[0] ??
    null;
  const letterPart = conv ? data.letters.parts.get(conv.id) : undefined;
  const names = namePartsOf(data, recipient);
  const sender = senderView(data, options, conv);
  const view: View = {
    ...baseView(data),
    hulpbronnen: helpLines(data.school, 'ouders', childRole === 'slachtoffer' ? 'victim' : 'other'),
    ontvanger: { naam: recipient?.name ?? '', aanhef: names ? salutationName(names) : '' },
    kind: { roepnaam: child ? firstName(child.name) : '', naam: child?.name ?? '' },
    klas: child?.className ?? '',
    // Only the part written for the letter: the internal summary and agreements never go to the parent.
    gesprek: conv
      ? {
          datum: dutchDate(conv.heldAt),
          besproken: letterPart?.discussed ?? '',
          afgesproken: letterPart?.agreed ?? '',
          samenvatting: letterPart?.discussed ?? '',
          afspraken: letterPart?.agreed ?? '',
          vervolg: conv.followUp,
        }
      : {},
    afzender: sender.afzender,
  };
  const warnings = letterWarnings(recipient ?? null, child ?? null);
  const address = recipient
    ? deliveredAddress(names ? addressName(names) : recipient.name, recipient.address, options)
    : null;
  return {
    view,
    recipient: address?.lines ?? [],
    reference: detail.dossier.number,
    allowedPersonIds: child ? [child.id] : [],
    allowedNames: [],
    recipientLabel:
      (childRole === 'slachtoffer' ? 'Ouder/verzorger van het slachtoffer' : 'Ouder/verzorger van de dader') +
      (options.delivery?.mode === 'persoonlijk'
        ? RECIPIENT_WAY.persoonlijk
        : options.delivery?.mode === 'ander-adres'
          ? RECIPIENT_WAY['ander-adres']
          : ''),
    ...(recipient ? { addresseeId: recipient.id } : {}),
    extraMissing: address?.missingAddress ? [missingAddress()] : [],
    genericSalutation: null,
    signature: sender.signature,
    warnings,
    warningsResolved: warnings.length === 0 || (options.delivery?.warningsRead ?? false),
    ...(conv ? { conversationHeldAt: conv.heldAt } : {}),
  };
}
