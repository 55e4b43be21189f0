import { useEffect, useState } from 'react';
import {
  Alert,
  Checkbox,
  List,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { DateTimeField } from './DateTimeField';
import { useTranslation } from 'react-i18next';
import { CLEAR_BUTTON } from './clearButton';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import {
  ConversationInputSchema,
  PERSON_ROLE_LABELS,
  type Conversation,
  type ConversationInput,
  type DossierDetail,
} from '../../../../../src/shared/domain';
import type { SchoolProfile } from '../../../../../src/shared/domain/school';
import { CONVERSATION_PREPARATION } from '../../../../../src/shared/protocol';
import { fieldErrors, isoToPicker, pickerToIso } from '../logic';
import { GuardedFormActions, GuardedModal } from './GuardedModal';

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
}: {
  opened: boolean;
  onClose: () => void;
  detail: DossierDetail;
  conversation: Conversation | null;
  stepId: string | null;
  defaultWithWhom?: string;
  school: SchoolProfile | null;
  onSaved: () => Promise<void>;
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
  const [form, setForm] = useState<ConversationInput>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (opened) {
      setForm(initial);
      setErrors({});
    }
    // Re-initialise only when the modal opens (or opens for another conversation).
  }, [opened, conversation?.id]);

  const effectiveStep = form.stepId ?? stepId;
  const checklist = (effectiveStep && CONVERSATION_PREPARATION[effectiveStep]) || [];
  const parentHelp =
    effectiveStep && PARENT_STEPS.has(effectiveStep)
      ? (school?.helpResources ?? []).filter((h) => h.forWhom === 'ouders' || h.forWhom === 'beide')
      : [];
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  const set = <K extends keyof ConversationInput>(key: K, value: ConversationInput[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };

  const save = async () => {
    const parsed = ConversationInputSchema.strict().safeParse(form);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setBusy(true);
    try {
      if (conversation)
        await call('conversation.update', { conversationId: conversation.id, conversation: parsed.data });
      else await call('conversation.add', { dossierId: detail.dossier.id, conversation: parsed.data });
      notifySuccess(t('conversations.saved'));
      onClose();
      await onSaved();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      dirty={dirty}
      title={conversation ? t('conversations.edit') : t('conversations.new')}
      size="xl"
    >
      {(requestClose) => (
        <Stack>
          {checklist.length > 0 && (
            <Stack gap={6} p="sm" bg="blue.0" style={{ borderRadius: 8 }}>
              <Text fw={600} size="sm">
                {t('conversations.preparation')}
              </Text>
              {checklist.map((item) => (
                <Checkbox
                  key={item.id}
                  label={item.label}
                  checked={form.preparation[item.id] ?? false}
                  onChange={(e) =>
                    set('preparation', { ...form.preparation, [item.id]: e.currentTarget.checked })
                  }
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
            <TextInput
              label={t('conversations.withWhom')}
              required
              value={form.withWhom}
              error={errors.withWhom || undefined}
              onChange={(e) => set('withWhom', e.currentTarget.value)}
              maxLength={200}
              data-autofocus
            />
            <MultiSelect
              clearButtonProps={CLEAR_BUTTON}
              label={t('conversations.persons')}
              data={detail.persons.map((p) => ({
                value: p.id,
                label: `${p.name} (${PERSON_ROLE_LABELS[p.role]})`,
              }))}
              value={form.personIds}
              onChange={(v) => set('personIds', v)}
              searchable
              clearable
            />
            <DateTimeField
              label={t('conversations.heldAt')}
              required
              value={isoToPicker(form.heldAt)}
              onChange={(v) => set('heldAt', pickerToIso(v) ?? '')}
              valueFormat="D MMMM YYYY HH:mm"
              error={errors.heldAt || undefined}
            />
            <TextInput
              label={t('conversations.heldBy')}
              required
              value={form.heldBy}
              error={errors.heldBy || undefined}
              onChange={(e) => set('heldBy', e.currentTarget.value)}
              maxLength={200}
            />
            <TextInput
              label={t('conversations.location')}
              value={form.location}
              error={errors.location || undefined}
              onChange={(e) => set('location', e.currentTarget.value)}
              maxLength={200}
            />
          </SimpleGrid>
          <Textarea
            label={t('conversations.summary')}
            description={t('conversations.summaryHelp')}
            value={form.summary}
            error={errors.summary || undefined}
            onChange={(e) => set('summary', e.currentTarget.value)}
            autosize
            minRows={3}
            maxRows={14}
          />
          <Textarea
            label={t('conversations.agreements')}
            value={form.agreements}
            error={errors.agreements || undefined}
            onChange={(e) => set('agreements', e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={10}
          />
          <Textarea
            label={t('conversations.followUp')}
            value={form.followUp}
            error={errors.followUp || undefined}
            onChange={(e) => set('followUp', e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <GuardedFormActions onCancel={requestClose} onSave={() => void save()} busy={busy} />
        </Stack>
      )}
    </GuardedModal>
  );
}
