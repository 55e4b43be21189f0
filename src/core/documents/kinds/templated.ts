import type { DocumentOptions } from '../../../shared/api/documents';
import {
  DOCUMENT_KIND_INFO,
  type DocModel,
  type MergeRow,
  type MissingValue,
  type TemplateContent,
  type TemplateId,
} from '../../../shared/domain/documents';
import type { SchoolProfile } from '../../../shared/domain';
import { emptyModel, signatureFrom, textToBlocks } from '../model';
import { isGeneralNumber, relativeTimeNotices } from '../letters';
import { findMissing, missingValue, renderTemplate, withMissingMarked, withValues, type View } from '../templates';
import type { Built, DocData } from './common';
import { groupLetterSetup } from './group-letters';
import { parentLetterSetup } from './parent-letters';
import { schoolLetterSetup } from './school-letter';

/** Builds a letter (or teacher guidance) from its template. */
export function buildTemplated(
  kind: TemplateId,
  template: TemplateContent,
  data: DocData,
  options: DocumentOptions,
  row: MergeRow | null,
  mode: 'print' | 'preview',
): Built {
  const setup =
    kind === 'letter-victim-parents'
      ? parentLetterSetup(data, options, 'slachtoffer', 'gesprek-ouders-slachtoffer')
      : kind === 'letter-perpetrator-parents'
        ? parentLetterSetup(data, options, 'dader', 'gesprek-ouders-dader')
        : kind === 'letter-perpetrator-school'
          ? schoolLetterSetup(data, options)
          : groupLetterSetup(data, options, kind, row);
  // Group letters without mail merge use a generic salutation, so its tags are not needed.
  const effective: TemplateContent = setup.genericSalutation
    ? { ...template, salutation: setup.genericSalutation }
    : template;
  const view = withValues(setup.view, options.values);
  const signature = setup.signature ?? signatureFrom(data.school);
  const missing = [
    ...findMissing(effective, view),
    ...setup.extraMissing,
    ...letterCompleteness(data.school, signature, kind),
  ];
  const renderView = mode === 'preview' ? withMissingMarked(view, missing) : view;
  const text = renderTemplate(effective, renderView);
  const model = emptyModel(kind, data.school, data.nowIso);
  const info = DOCUMENT_KIND_INFO[kind];
  model.layout = kind === 'teacher-guidance' ? 'report' : 'letter';
  model.title = kind === 'teacher-guidance' ? text.subject : info.label;
  model.subtitle = kind === 'teacher-guidance' ? 'Intern – voor alle medewerkers' : '';
  model.recipient = setup.recipient;
  model.reference = setup.reference;
  model.subject = kind === 'teacher-guidance' ? '' : text.subject;
  model.salutation = text.salutation;
  model.blocks = textToBlocks(text.body);
  model.closing = text.closing;
  model.signature = signature;
  model.footerNote = info.audience === 'individual' ? 'Vertrouwelijk' : '';
  return {
    model,
    missing,
    allowedPersonIds: setup.allowedPersonIds,
    allowedNames: setup.allowedNames,
    recipientLabel: setup.recipientLabel,
    ...(setup.addresseeId ? { addresseeId: setup.addresseeId } : {}),
    warnings: setup.warnings ?? [],
    warningsResolved: setup.warningsResolved ?? true,
    notices: [
      ...contactNotices(effective, view, data.school),
      ...(setup.conversationHeldAt ? letterPartTimeNotices(effective, view, setup.conversationHeldAt, data.nowIso) : []),
    ],
  };
}

/**
 * "Neem contact met mij op: …" should reach the sender, not the switchboard: say so when the
 * letter's contact is only the school's general number (the sender's own phone or e-mail lives
 * with the person in the dossier, or for the confidant in the school profile).
 */
function contactNotices(template: TemplateContent, view: View, school: SchoolProfile): string[] {
  const uses = [template.subject, template.salutation, template.body, template.closing].some((t) => t.includes('afzender.contact'));
  const sender = view['afzender'] as { naam?: string; contact?: string } | undefined;
  if (!uses || !isGeneralNumber(sender?.contact ?? '', school)) return [];
  return [
    `Als contact van ${sender?.naam || 'de afzender'} staat alleen het algemene nummer van de school (${school.phone}) in de brief. Vul bij de afzender een eigen telefoonnummer of e-mailadres in, of leg het vast bij de persoon in het dossier.`,
  ];
}

/** The conversation's parts written for the letter, by the names the letter flow gives them. */
const LETTER_PARTS: ReadonlyArray<{ label: string; tags: readonly string[] }> = [
  { label: 'Wat we hebben besproken', tags: ['gesprek.besproken', 'gesprek.samenvatting'] },
  { label: 'Wat we hebben afgesproken', tags: ['gesprek.afgesproken', 'gesprek.afspraken'] },
];

/**
 * "Vandaag", "morgen", "volgende week" in the letter parts the template prints, when the
 * letter is dated on another day than the conversation (see relativeTimeNotices).
 */
function letterPartTimeNotices(template: TemplateContent, view: View, heldAt: string, letterIso: string): string[] {
  const texts = [template.subject, template.salutation, template.body, template.closing];
  const gesprek = (view['gesprek'] ?? {}) as Record<string, unknown>;
  const parts = LETTER_PARTS.map((p) => {
    const used = p.tags.filter((tag) => texts.some((t) => t.includes(tag)));
    const text = [...new Set(used.map((tag) => gesprek[tag.slice('gesprek.'.length)]).filter((v): v is string => typeof v === 'string'))].join('\n');
    return { label: p.label, text };
  });
  return relativeTimeNotices(parts, heldAt, letterIso);
}

/**
 * A letter is only complete with a letterhead (the school's name) and a signature (name and
 * role): without them it would go out as "School" with an empty signature.
 */
function letterCompleteness(
  school: SchoolProfile,
  signature: DocModel['signature'],
  kind: TemplateId,
): MissingValue[] {
  const out: MissingValue[] = [];
  if (!school.name.trim()) {
    out.push(missingValue('school.naam', 'Naam van de school (briefhoofd)', 'DOCUMENT_HINT_SCHOOL'));
  }
  if (kind === 'teacher-guidance') return out;
  if (!signature?.name.trim()) {
    out.push(missingValue('ondertekening.naam', 'Naam onder de brief', 'DOCUMENT_HINT_SIGNATORY'));
  }
  if (!signature?.role.trim()) {
    out.push(missingValue('ondertekening.functie', 'Functie onder de brief', 'DOCUMENT_HINT_SIGNATORY_ROLE'));
  }
  return out;
}
