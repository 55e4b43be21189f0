import {
  Alert,
  Checkbox,
  List,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { useTranslation } from 'react-i18next';
import { CLEAR_BUTTON } from '../../../ui/form/DateTimeField';
import { call } from '../../../api/client';
import { FormDialog } from '../../../ui/form/FormDialog';
import { LimitedTextarea, LimitedTextInput } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { draftKeyFor } from '../../../ui/form/useDraftDialog';
import { schemaValidator } from '../../../ui/form/validation';
import { LIMITS } from '../../../../../src/shared/domain/common';
import {
  ConversationInputSchema,
  PERSON_ROLE_LABELS,
  type Conversation,
  type ConversationInput,
  type DossierDetail,
} from '../../../../../src/shared/domain';
import type { SchoolProfile } from '../../../../../src/shared/domain/school';
import { CONVERSATION_PREPARATION } from '../../../../../src/shared/protocol';
import { isoToPicker, pickerToIso } from '../../../ui/datetime';

/** Steps about parents: show the school's help for parents next to the checklist. */
const PARENT_STEPS = new Set([
  'gesprek-ouders-slachtoffer',
  'gesprek-ouders-dader',
  'hulp-ouders-slachtoffer',
  'hulp-ouders-dader',
]);

function emptyConversation(stepId: string | null, heldBy: string, withWhom: string): ConversationInput {
  return {
    stepId,
    withWhom,
    personIds: [],
    heldAt: new Date().toISOString(),
    heldBy,
    location: '',
    preparation: {},
    summary: '',
    agreements: '',
    followUp: '',
  };
}

const validateConversation = schemaValidator<ConversationInput>(ConversationInputSchema.strict());

/** A conversation record with the step's preparation checklist (emotions to expect, help available, …). */
export function ConversationForm({
  opened,
  onClose,
  detail,
  conversation,
  stepId,
  defaultWithWhom,
  school,
  onSaved,
  draftKey,
}: {
  opened: boolean;
  onClose: () => void;
  detail: DossierDetail;
  conversation: Conversation | null;
  stepId: string | null;
  defaultWithWhom?: string;
  school: SchoolProfile | null;
  onSaved: () => Promise<void>;
  /** Where the unsaved input is kept in the vault (see useDraftDialog). */
  draftKey?: string;
}) {
  const { t } = useTranslation('dossier');
  const initial: ConversationInput = conversation
    ? {
        stepId: conversation.stepId,
        withWhom: conversation.withWhom,
        personIds: conversation.personIds,
        heldAt: conversation.heldAt,
        heldBy: conversation.heldBy,
        location: conversation.location,
        preparation: conversation.preparation,
        summary: conversation.summary,
        agreements: conversation.agreements,
        followUp: conversation.followUp,
      }
    : emptyConversation(stepId, detail.dossier.lead, defaultWithWhom ?? '');
  const form = useDraftForm<ConversationInput>({
    initial,
    active: opened,
    resetKey: conversation?.id,
    draft: {
      dossierId: detail.dossier.id,
      formKey: draftKey ?? draftKeyFor('conversation', conversation?.id ?? null, stepId),
    },
    validate: validateConversation,
  });
  const { values, set } = form;

  const effectiveStep = values.stepId ?? stepId;
  const checklist = (effectiveStep && CONVERSATION_PREPARATION[effectiveStep]) || [];
  const parentHelp =
    effectiveStep && PARENT_STEPS.has(effectiveStep)
      ? (school?.helpResources ?? []).filter((h) => h.forWhom === 'ouders' || h.forWhom === 'beide')
      : [];

  const save = () =>
    form.submit(
      async (v) => {
        const parsed = ConversationInputSchema.strict().parse(v);
        if (conversation)
          await call('conversation.update', { conversationId: conversation.id, conversation: parsed });
        else await call('conversation.add', { dossierId: detail.dossier.id, conversation: parsed });
      },
      { success: t('conversations.saved'), close: onClose, then: onSaved },
    );

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      form={form}
      title={conversation ? t('conversations.edit') : t('conversations.new')}
      size="xl"
      onSubmit={() => void save()}
    >
      {checklist.length > 0 && (
        <Stack gap={6} p="sm" bg="blue.0" style={{ borderRadius: 8 }}>
          <Text fw={600} size="sm">
            {t('conversations.preparation')}
          </Text>
          {checklist.map((item) => (
            <Checkbox
              key={item.id}
              label={item.label}
              checked={values.preparation[item.id] ?? false}
              onChange={(e) => set('preparation', { ...values.preparation, [item.id]: e.currentTarget.checked })}
            />
          ))}
        </Stack>
      )}
      {effectiveStep && PARENT_STEPS.has(effectiveStep) && (
        <Alert color="teal" variant="light" title={t('conversations.parentHelp')}>
          {parentHelp.length === 0 ? (
            <Text size="sm">{t('conversations.noParentHelp')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {parentHelp.map((h) => (
                <List.Item key={h.name}>
                  <Text span fw={600} size="sm">
                    {h.name}
                  </Text>
                  {h.contact ? ` – ${h.contact}` : ''}
                  {h.description ? `: ${h.description}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <LimitedTextInput
          label={t('conversations.withWhom')}
          required
          value={values.withWhom}
          error={form.error('withWhom')}
          onChange={(e) => set('withWhom', e.currentTarget.value)}
          max={LIMITS.shortText}
          data-autofocus
        />
        <MultiSelect
          clearButtonProps={CLEAR_BUTTON}
          label={t('conversations.persons')}
          data={detail.persons.map((p) => ({
            value: p.id,
            label: `${p.name} (${PERSON_ROLE_LABELS[p.role]})`,
          }))}
          value={values.personIds}
          onChange={(v) => set('personIds', v)}
          searchable
          clearable
        />
        <DateTimeField
          label={t('conversations.heldAt')}
          required
          value={isoToPicker(values.heldAt)}
          onChange={(v) => set('heldAt', pickerToIso(v) ?? '')}
          valueFormat="D MMMM YYYY HH:mm"
          maxDate={new Date()}
          error={form.error('heldAt')}
        />
        <LimitedTextInput
          label={t('conversations.heldBy')}
          required
          value={values.heldBy}
          error={form.error('heldBy')}
          onChange={(e) => set('heldBy', e.currentTarget.value)}
          max={LIMITS.shortText}
        />
        <LimitedTextInput
          label={t('conversations.location')}
          value={values.location}
          error={form.error('location')}
          onChange={(e) => set('location', e.currentTarget.value)}
          max={LIMITS.shortText}
        />
      </SimpleGrid>
      <LimitedTextarea
        label={t('conversations.summary')}
        description={t('conversations.summaryHelp')}
        value={values.summary}
        error={form.error('summary')}
        onChange={(e) => set('summary', e.currentTarget.value)}
        max={LIMITS.longText}
        autosize
        minRows={3}
        maxRows={14}
      />
      <LimitedTextarea
        label={t('conversations.agreements')}
        value={values.agreements}
        error={form.error('agreements')}
        onChange={(e) => set('agreements', e.currentTarget.value)}
        max={LIMITS.longText}
        autosize
        minRows={2}
        maxRows={10}
      />
      <LimitedTextarea
        label={t('conversations.followUp')}
        value={values.followUp}
        error={form.error('followUp')}
        onChange={(e) => set('followUp', e.currentTarget.value)}
        max={LIMITS.mediumText}
        autosize
        minRows={2}
      />
    </FormDialog>
  );
}
