import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Badge,
  Checkbox,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DocumentOptions } from '../../../../src/shared/api/documents';
import { LIMITS } from '../../../../src/shared/domain/common';
import {
  DELIVERY_LABELS,
  LetterPartsSchema,
  greeting,
  LetterSenderSchema,
  NamePartsSchema,
  type DeliveryMode,
  type LetterSetupInfo,
  type Salutation,
} from '../../../../src/shared/domain';
import { call } from '../../api/client';
import { notifyError, phraseText } from '../../ui/notify';
import { FormDialog } from '../../ui/form/FormDialog';
import { LimitedTextInput, LimitedTextarea } from '../../ui/form/fields';
import { useDraftForm } from '../../ui/form/useDraftForm';
import { draftKeyFor } from '../../ui/form/useDraftDialog';
import { zodFieldErrors, type Validator } from '../../ui/form/validation';
import { formatDateTime } from './format';

export type PersonalLetterKind =
  'letter-victim-parents' | 'letter-perpetrator-parents' | 'letter-perpetrator-school';

export const PERSONAL_LETTER_KINDS: readonly PersonalLetterKind[] = [
  'letter-victim-parents',
  'letter-perpetrator-parents',
  'letter-perpetrator-school',
];

/** The draft key of one kind's letter dialog; GeneratePanel reopens the dialog when the vault holds it. */
export const letterDraftKey = (kind: PersonalLetterKind) => draftKeyFor('letter', kind);

/**
 * Everything typed in the dialog, flat so a draft restores field by field. Ids are '' when
 * there is none (no conversation with this parent yet).
 */
export interface LetterInput {
  recipientPersonId: string;
  conversationId: string;
  salutation: Salutation;
  initials: string;
  infix: string;
  surname: string;
  discussed: string;
  agreed: string;
  senderName: string;
  senderRole: string;
  senderContact: string;
  mode: DeliveryMode;
  otherAddress: string;
  warningsRead: boolean;
}

const EMPTY: LetterInput = {
  recipientPersonId: '',
  conversationId: '',
  salutation: '',
  initials: '',
  infix: '',
  surname: '',
  discussed: '',
  agreed: '',
  senderName: '',
  senderRole: '',
  senderContact: '',
  mode: 'post',
  otherAddress: '',
  warningsRead: false,
};

/** The start values: what the vault holds (name parts, letter part) and the choices made earlier. */
function startValues(s: LetterSetupInfo, options: DocumentOptions): LetterInput {
  const pick = s.senders.find((x) => x.role && x.contact) ?? s.senders[0];
  const sender = options.sender ?? (pick ? { name: pick.name, role: pick.role, contact: pick.contact } : null);
  return {
    ...EMPTY,
    recipientPersonId: s.recipientPersonId ?? '',
    conversationId: s.conversationId ?? '',
    ...namesOf(s),
    ...partsOf(s),
    senderName: sender?.name ?? '',
    senderRole: sender?.role ?? '',
    senderContact: sender?.contact ?? '',
    mode: options.delivery?.mode ?? 'post',
    otherAddress: options.delivery?.otherAddress ?? '',
    warningsRead: options.delivery?.warningsRead ?? false,
  };
}

function namesOf(s: LetterSetupInfo): Pick<LetterInput, 'salutation' | 'initials' | 'infix' | 'surname'> {
  const n = s.nameParts;
  return { salutation: n?.salutation ?? '', initials: n?.initials ?? '', infix: n?.infix ?? '', surname: n?.surname ?? '' };
}

function partsOf(s: LetterSetupInfo): Pick<LetterInput, 'discussed' | 'agreed'> {
  return { discussed: s.letterParts?.discussed ?? '', agreed: s.letterParts?.agreed ?? '' };
}

/** Which fields a new setup (after choosing another recipient or conversation) fills in. */
type Apply = 'recipient' | 'conversation' | null;

interface Props {
  opened: boolean;
  dossierId: string;
  kind: PersonalLetterKind;
  label: string;
  options: DocumentOptions;
  onClose: () => void;
  /** The choices made here, for preview, save and print. */
  onReady: (patch: Partial<DocumentOptions>) => void;
}

/**
 * The letter flow for a personal letter: to whom (salutation from name parts), about which
 * conversation (the part written for the letter, never the internal notes), signed by whom,
 * and how it reaches the parent when the dossier warns against the home address.
 *
 * On the form layer: what is typed here (the letter part above all: a coordinator writes it
 * right after a hard conversation) is kept as a draft in the vault, so a lock never loses it
 * and the dialog reopens with it after unlocking.
 */
export function LetterFlow({ opened, dossierId, kind, label, options, onClose, onReady }: Props) {
  const { t } = useTranslation('documents');
  const toSchool = kind === 'letter-perpetrator-school';
  /** The setup for the recipient and conversation in the form (or being fetched for them). */
  const [setup, setSetup] = useState<LetterSetupInfo | null>(null);
  const [initial, setInitial] = useState<LetterInput | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const fetching = useRef(0);
  const apply = useRef<Apply>(null);

  // First setup when the dialog opens: the start values of the form come from it.
  useEffect(() => {
    if (!opened) return undefined;
    let live = true;
    setSetup(null);
    setInitial(null);
    setLoadFailed(false);
    call('letters.setup', { dossierId, kind, recipientPersonId: options.recipientPersonId ?? null, conversationId: options.conversationId })
      .then((s) => {
        if (!live) return;
        setSetup(s);
        setInitial(startValues(s, options));
      })
      .catch((err: unknown) => {
        if (!live) return;
        setLoadFailed(true);
        notifyError(err);
      });
    return () => {
      live = false;
    };
    // options is read once per opening: a choice saved from this dialog must not reload it.
  }, [opened, dossierId, kind]);

  const warnings = setup?.warnings ?? [];
  const hasConversation = !toSchool && (setup?.conversations.length ?? 0) > 0;
  const validate = useMemo<Validator<LetterInput>>(
    () => (v) => {
      const out: Record<string, string> = {};
      const add = (errors: Record<string, string>, rename: Record<string, string> = {}) => {
        for (const [k, m] of Object.entries(errors)) {
          const key = rename[k] ?? k;
          if (!(key in out)) out[key] = m;
        }
      };
      if (!v.recipientPersonId) out.recipientPersonId = t('letter.recipientRequired');
      const names = NamePartsSchema.safeParse({ salutation: v.salutation, initials: v.initials, infix: v.infix, surname: v.surname });
      if (!names.success) add(zodFieldErrors(names.error));
      if (hasConversation) {
        const parts = LetterPartsSchema.safeParse({ discussed: v.discussed, agreed: v.agreed });
        if (!parts.success) add(zodFieldErrors(parts.error));
      }
      const sender = LetterSenderSchema.safeParse({ name: v.senderName, role: v.senderRole, contact: v.senderContact });
      if (!sender.success) add(zodFieldErrors(sender.error), { name: 'senderName', role: 'senderRole', contact: 'senderContact' });
      if (warnings.length > 0 || v.mode !== 'post') {
        if (v.mode === 'ander-adres' && !v.otherAddress.trim()) out.otherAddress = t('letter.otherAddressRequired');
        if (warnings.length > 0 && !v.warningsRead) out.warningsRead = t('letter.warningsReadRequired');
      }
      return out;
    },
    [t, hasConversation, warnings.length],
  );

  const form = useDraftForm<LetterInput>({
    initial: initial ?? EMPTY,
    active: opened && initial !== null,
    resetKey: kind,
    draft: { dossierId, formKey: letterDraftKey(kind) },
    validate,
  });
  const { values, set, update } = form;

  // Another recipient or conversation (chosen here, or put back from a draft): fetch its setup.
  // A choice made here fills in that person's name and that conversation's letter part; a
  // draft's own text is never replaced.
  const wanted = `${values.recipientPersonId}|${values.conversationId}`;
  const have = setup ? `${setup.recipientPersonId ?? ''}|${setup.conversationId ?? ''}` : wanted;
  const refetch = useCallback(
    (recipientPersonId: string, conversationId: string) => {
      const n = ++fetching.current;
      call('letters.setup', {
        dossierId,
        kind,
        recipientPersonId: recipientPersonId || null,
        conversationId: conversationId || undefined,
      })
        .then((s) => {
          if (n !== fetching.current) return;
          const how = apply.current;
          apply.current = null;
          setSetup(s);
          update((v) => ({
            ...v,
            recipientPersonId: s.recipientPersonId ?? '',
            conversationId: s.conversationId ?? '',
            ...(how === 'recipient' ? namesOf(s) : {}),
            ...(how ? partsOf(s) : {}),
          }));
        })
        .catch((err: unknown) => notifyError(err));
    },
    [dossierId, kind, update],
  );
  useEffect(() => {
    if (!form.restoredAt && !apply.current) return;
    if (wanted !== have) refetch(values.recipientPersonId, values.conversationId);
  }, [wanted, have, form.restoredAt]);

  const save = () =>
    form.submit(
      async (v) => {
        await call('letters.saveNameParts', {
          dossierId,
          personId: v.recipientPersonId,
          parts: { salutation: v.salutation, initials: v.initials, infix: v.infix, surname: v.surname },
        });
        if (hasConversation && v.conversationId) {
          await call('letters.saveLetterParts', {
            dossierId,
            conversationId: v.conversationId,
            parts: { discussed: v.discussed, agreed: v.agreed },
          });
        }
        onReady({
          recipientPersonId: v.recipientPersonId,
          conversationId: v.conversationId || undefined,
          sender: { name: v.senderName, role: v.senderRole, contact: v.senderContact },
          delivery:
            warnings.length > 0 || v.mode !== 'post'
              ? { mode: v.mode, otherAddress: v.mode === 'ander-adres' ? v.otherAddress : undefined, warningsRead: v.warningsRead }
              : undefined,
        });
        return true;
      },
      { success: t('letter.ready'), close: onClose },
    );

  // The same words the letter prints (shared with the core's letter builders).
  const greetingPreview = values.surname
    ? greeting(
        { salutation: values.salutation, initials: values.initials, infix: values.infix, surname: values.surname },
        toSchool ? 'geachte' : 'beste',
      )
    : t('letter.greetingMissing');
  const ready = setup !== null && initial !== null && setup.recipients.length > 0;

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      form={form}
      title={t('letter.title', { label })}
      size="xl"
      submitLabel={t('letter.done')}
      onSubmit={() => void save()}
      submitDisabled={!ready}
      testId="letter-flow"
    >
      {!setup || !initial ? (
        <Text size="sm">{loadFailed ? t('letter.loadFailed') : t('letter.loading')}</Text>
      ) : setup.recipients.length === 0 ? (
        <Alert color="yellow">{t(toSchool ? 'letter.noSchoolContact' : 'letter.noParent')}</Alert>
      ) : (
        <>
          <Select
            label={t('make.recipient')}
            data={setup.recipients.map((r) => ({
              value: r.personId,
              label: `${r.name}${r.relation ? ` (${r.relation})` : ''}`,
            }))}
            value={values.recipientPersonId || null}
            onChange={(v) => {
              if (!v || v === values.recipientPersonId) return;
              apply.current = 'recipient';
              update((cur) => ({ ...cur, recipientPersonId: v, conversationId: '' }), ['recipientPersonId']);
            }}
            error={form.error('recipientPersonId')}
            allowDeselect={false}
          />

          <Stack gap={6}>
            <Title order={4} size="h6">
              {t('letter.salutationTitle')}
            </Title>
            {/* The choice on its own row: in a grid cell beside the three fields its third
                option was cut off in the 1366×768 dialog. */}
            <SegmentedControl
              style={{ alignSelf: 'flex-start' }}
              aria-label={t('letter.salutation')}
              value={values.salutation || 'geen'}
              onChange={(v) => set('salutation', v === 'geen' ? '' : (v as Salutation))}
              data={[
                { value: 'mevrouw', label: t('letter.mevrouw') },
                { value: 'heer', label: t('letter.heer') },
                { value: 'geen', label: t('letter.none') },
              ]}
            />
            <SimpleGrid cols={3} spacing="xs">
              <LimitedTextInput
                max={LIMITS.shortText}
                label={t('letter.initials')}
                value={values.initials}
                onChange={(e) => set('initials', e.currentTarget.value)}
                error={form.error('initials')}
              />
              <LimitedTextInput
                max={LIMITS.shortText}
                label={t('letter.infix')}
                value={values.infix}
                onChange={(e) => set('infix', e.currentTarget.value)}
                error={form.error('infix')}
              />
              <LimitedTextInput
                max={LIMITS.shortText}
                label={t('letter.surname')}
                value={values.surname}
                onChange={(e) => set('surname', e.currentTarget.value)}
                error={form.error('surname')}
                required
              />
            </SimpleGrid>
            <Text size="sm" data-testid="letter-greeting">
              {t('letter.greetingPreview')}: <strong>{greetingPreview}</strong>
              {setup.nameParts && !setup.nameParts.stored && (
                <Badge ml="xs" size="sm" color="yellow" variant="light">
                  {t('letter.suggestion')}
                </Badge>
              )}
            </Text>
          </Stack>

          {!toSchool && (
            <Stack gap={6}>
              <Title order={4} size="h6">
                {t('letter.partTitle')}
              </Title>
              {setup.conversations.length === 0 ? (
                <Alert color="yellow">{t('letter.noConversation')}</Alert>
              ) : (
                <>
                  <Select
                    label={t('letter.conversation')}
                    data={setup.conversations.map((c) => ({
                      value: c.id,
                      label: `${formatDateTime(c.heldAt)} – ${c.withWhom}`,
                    }))}
                    value={values.conversationId || null}
                    onChange={(v) => {
                      if (!v || v === values.conversationId) return;
                      apply.current = 'conversation';
                      set('conversationId', v);
                    }}
                    allowDeselect={false}
                  />
                  <Text size="sm" c="dimmed">
                    {t('letter.partHelp')}
                  </Text>
                  {setup.letterParts && !setup.letterParts.stored && !form.restoredAt && (
                    <Alert color="yellow" variant="light">
                      {t('letter.partSuggestion')}
                    </Alert>
                  )}
                  <LimitedTextarea
                    max={LIMITS.mediumText}
                    label={t('letter.discussed')}
                    autosize
                    minRows={3}
                    value={values.discussed}
                    onChange={(e) => set('discussed', e.currentTarget.value)}
                    error={form.error('discussed')}
                  />
                  <LimitedTextarea
                    max={LIMITS.mediumText}
                    label={t('letter.agreed')}
                    description={t('letter.agreedHelp')}
                    autosize
                    minRows={3}
                    value={values.agreed}
                    onChange={(e) => set('agreed', e.currentTarget.value)}
                    error={form.error('agreed')}
                  />
                </>
              )}
            </Stack>
          )}

          <Stack gap={6}>
            <Title order={4} size="h6">
              {t('letter.senderTitle')}
            </Title>
            {setup.senders.length > 0 && (
              <Select
                label={t('letter.senderPick')}
                data={setup.senders.map((s, i) => ({
                  value: String(i),
                  label: `${s.name}${s.role ? `, ${s.role}` : ''} – ${s.why}`,
                }))}
                value={null}
                onChange={(v) => {
                  const s = v === null ? undefined : setup.senders[Number(v)];
                  if (s)
                    update((cur) => ({ ...cur, senderName: s.name, senderRole: s.role, senderContact: s.contact }), [
                      'senderName',
                      'senderRole',
                      'senderContact',
                    ]);
                }}
              />
            )}
            <SimpleGrid cols={3} spacing="xs">
              <LimitedTextInput
                max={LIMITS.shortText}
                label={t('letter.senderName')}
                value={values.senderName}
                onChange={(e) => set('senderName', e.currentTarget.value)}
                error={form.error('senderName')}
                required
              />
              <LimitedTextInput
                max={LIMITS.shortText}
                label={t('letter.senderRole')}
                value={values.senderRole}
                onChange={(e) => set('senderRole', e.currentTarget.value)}
                error={form.error('senderRole')}
                required
              />
              <LimitedTextInput
                max={LIMITS.shortText}
                label={t('letter.senderContact')}
                value={values.senderContact}
                onChange={(e) => set('senderContact', e.currentTarget.value)}
                error={form.error('senderContact')}
                required
              />
            </SimpleGrid>
          </Stack>

          {warnings.length > 0 && (
            <Stack gap={6} data-testid="letter-warnings">
              {warnings.map((w) => (
                <Alert
                  key={w.kind}
                  color="orange"
                  icon={<IconAlertTriangle size={18} aria-hidden />}
                  title={t(`letter.warning.${w.kind}`)}
                >
                  {phraseText(w.phrase)}
                </Alert>
              ))}
              <Radio.Group
                label={t('letter.deliveryTitle')}
                value={values.mode}
                onChange={(v) => set('mode', v as DeliveryMode)}
              >
                <Stack gap={4} mt={4}>
                  {(['persoonlijk', 'ander-adres', 'post'] as const).map((m) => (
                    <Radio key={m} value={m} label={DELIVERY_LABELS[m]} />
                  ))}
                </Stack>
              </Radio.Group>
              {values.mode === 'ander-adres' && (
                <LimitedTextarea
                  max={LIMITS.mediumText}
                  label={t('letter.otherAddress')}
                  autosize
                  minRows={2}
                  value={values.otherAddress}
                  onChange={(e) => set('otherAddress', e.currentTarget.value)}
                  error={form.error('otherAddress')}
                />
              )}
              <Checkbox
                checked={values.warningsRead}
                onChange={(e) => set('warningsRead', e.currentTarget.checked)}
                label={t('letter.warningsRead')}
                error={form.error('warningsRead')}
              />
            </Stack>
          )}
        </>
      )}
    </FormDialog>
  );
}
