import { useEffect, useState } from 'react';
import { Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { audienceDef, type Evaluation, type EvaluationForm as Form } from '../../../../../src/shared/api';
import { isoToPicker, pickerToIso } from '../../../ui/datetime';

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

/** One audience's evaluation: the card's questions, free text and agreed preventive measures. */
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
  const [form, setForm] = useState<Form>(() => toForm(evaluation));
  const [busy, setBusy] = useState(false);
  useEffect(() => setForm(toForm(evaluation)), [evaluation]);
  const dirty = JSON.stringify(form) !== JSON.stringify(toForm(evaluation));
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const prefix = `eval-${evaluation.audience}`;

  const save = async () => {
    setBusy(true);
    try {
      const answers = Object.fromEntries(Object.entries(form.answers).filter(([, v]) => v.trim() !== ''));
      await call('evaluation.save', { dossierId, audience: evaluation.audience, form: { ...form, answers } });
      notifySuccess(t('eval.saved'));
      await onSaved();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" data-testid={prefix}>
      <Text size="sm" c="dimmed">
        {def.intro}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateTimePicker
          label={t('eval.heldAt')}
          value={isoToPicker(form.heldAt)}
          onChange={(v) => set('heldAt', pickerToIso(v))}
          clearable
          valueFormat="D MMMM YYYY HH:mm"
          disabled={readOnly}
        />
        <TextInput
          label={t('eval.heldBy')}
          value={form.heldBy}
          onChange={(e) => set('heldBy', e.currentTarget.value)}
          maxLength={200}
          disabled={readOnly}
        />
      </SimpleGrid>
      <TextInput
        label={t('eval.participants')}
        description={t('eval.participantsHint')}
        value={form.participants}
        onChange={(e) => set('participants', e.currentTarget.value)}
        maxLength={2000}
        disabled={readOnly}
      />
      {def.questions.map((q) => (
        <Textarea
          key={q.id}
          label={q.label}
          description={q.help}
          autosize
          minRows={2}
          maxLength={2000}
          value={form.answers[q.id] ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setForm((f) => ({ ...f, answers: { ...f.answers, [q.id]: value } }));
          }}
          disabled={readOnly}
        />
      ))}
      <Textarea
        label={t('eval.prevention')}
        description={t('eval.preventionHint')}
        autosize
        minRows={2}
        maxLength={2000}
        value={form.prevention}
        onChange={(e) => set('prevention', e.currentTarget.value)}
        disabled={readOnly}
      />
      <Textarea
        label={t('eval.notes')}
        autosize
        minRows={2}
        maxLength={50000}
        value={form.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        disabled={readOnly}
      />
      {!readOnly && (
        <Group justify="space-between">
          <Button variant="subtle" size="sm" onClick={onAddImprovement}>
            {t('eval.addImprovement')}
          </Button>
          <Checkbox
            label={t('eval.completedLabel')}
            checked={form.completed}
            onChange={(e) => set('completed', e.currentTarget.checked)}
          />
          <Group gap="sm">
            {dirty && (
              <Text size="sm" c="orange.8">
                {t('eval.unsaved')}
              </Text>
            )}
            <Button onClick={() => void save()} loading={busy} disabled={!dirty}>
              {t('eval.save')}
            </Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}
