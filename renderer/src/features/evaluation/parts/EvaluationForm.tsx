import { Button, Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifySuccess } from '../../../ui/notify';
import { audienceDef, type Evaluation, type EvaluationForm as Form } from '../../../../../src/shared/api';
import { EvaluationFormSchema } from '../../../../../src/shared/domain/evaluation';
import { LIMITS } from '../../../../../src/shared/domain/common';
import { isoToPicker, pickerToIso } from '../../../ui/datetime';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { DraftRestoredNotice, DraftStatus } from '../../../ui/form/FormDialog';
import { LimitedTextarea, LimitedTextInput } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { schemaValidator } from '../../../ui/form/validation';

function toForm(e: Evaluation): Form {
  return {
    heldAt: e.heldAt,
    heldBy: e.heldBy,
    participants: e.participants,
    answers: { ...e.answers },
    notes: e.notes,
    prevention: e.prevention,
    completed: e.completed,
  };
}

const validateEvaluation = schemaValidator<Form>(EvaluationFormSchema);

/**
 * One audience's evaluation: the card's questions, free text and agreed preventive measures.
 * What is typed and not saved yet is a draft in the vault, so a lock never loses an answer.
 */
export function EvaluationForm({
  dossierId,
  evaluation,
  readOnly,
  onSaved,
  onAddImprovement,
}: {
  dossierId: string;
  evaluation: Evaluation;
  readOnly: boolean;
  onSaved: () => Promise<void>;
  /** "Output is input": turn what this evaluation taught into an improvement point. */
  onAddImprovement: () => void;
}) {
  const { t } = useTranslation('evaluation');
  const def = audienceDef(evaluation.audience);
  const saved = toForm(evaluation);
  const form = useDraftForm<Form>({
    initial: saved,
    active: true,
    // A newly saved evaluation (here or elsewhere) starts the form afresh.
    resetKey: JSON.stringify(saved),
    draft: readOnly ? null : { dossierId, formKey: `evaluation:${evaluation.audience}` },
    validate: validateEvaluation,
  });
  const { values, set, dirty } = form;
  const prefix = `eval-${evaluation.audience}`;

  const save = () =>
    form.submit(async (v) => {
      const answers = Object.fromEntries(Object.entries(v.answers).filter(([, a]) => a.trim() !== ''));
      await call('evaluation.save', { dossierId, audience: evaluation.audience, form: { ...v, answers } });
      notifySuccess(t('eval.saved'));
      await onSaved();
    });
  const anyForm = form as unknown as Parameters<typeof DraftStatus>[0]['form'];

  return (
    <Stack gap="sm" data-testid={prefix}>
      <Text size="sm" c="dimmed">
        {def.intro}
      </Text>
      <DraftRestoredNotice form={anyForm} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateTimeField
          label={t('eval.heldAt')}
          value={isoToPicker(values.heldAt)}
          onChange={(v) => set('heldAt', pickerToIso(v))}
          error={form.error('heldAt')}
          clearable
          maxDate={new Date()}
          disabled={readOnly}
        />
        <LimitedTextInput
          label={t('eval.heldBy')}
          max={LIMITS.shortText}
          value={values.heldBy}
          onChange={(e) => set('heldBy', e.currentTarget.value)}
          error={form.error('heldBy')}
          disabled={readOnly}
        />
      </SimpleGrid>
      <LimitedTextInput
        label={t('eval.participants')}
        description={t('eval.participantsHint')}
        max={LIMITS.mediumText}
        value={values.participants}
        onChange={(e) => set('participants', e.currentTarget.value)}
        error={form.error('participants')}
        disabled={readOnly}
      />
      {def.questions.map((q) => (
        <LimitedTextarea
          key={q.id}
          label={q.label}
          description={q.help}
          autosize
          minRows={2}
          max={LIMITS.mediumText}
          value={values.answers[q.id] ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            form.update((f) => ({ ...f, answers: { ...f.answers, [q.id]: value } }), [`answers.${q.id}`]);
          }}
          error={form.error(`answers.${q.id}`)}
          disabled={readOnly}
        />
      ))}
      <LimitedTextarea
        label={t('eval.prevention')}
        description={t('eval.preventionHint')}
        autosize
        minRows={2}
        max={LIMITS.mediumText}
        value={values.prevention}
        onChange={(e) => set('prevention', e.currentTarget.value)}
        error={form.error('prevention')}
        disabled={readOnly}
      />
      <LimitedTextarea
        label={t('eval.notes')}
        autosize
        minRows={2}
        max={LIMITS.longText}
        value={values.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={form.error('notes')}
        disabled={readOnly}
      />
      {!readOnly && (
        <Group justify="space-between">
          <Button variant="subtle" size="sm" onClick={onAddImprovement}>
            {t('eval.addImprovement')}
          </Button>
          <Checkbox
            label={t('eval.completedLabel')}
            checked={values.completed}
            onChange={(e) => set('completed', e.currentTarget.checked)}
          />
          <Group gap="sm">
            {dirty && (
              <Stack gap={0} align="flex-end">
                <Text size="sm" c="orange.9">
                  {t('eval.unsaved')}
                </Text>
                <DraftStatus form={anyForm} />
              </Stack>
            )}
            <Button onClick={() => void save()} loading={form.busy} disabled={!dirty}>
              {t('eval.save')}
            </Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}
