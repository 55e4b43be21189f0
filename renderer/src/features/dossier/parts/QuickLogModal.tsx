import { Text } from '@mantine/core';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { call } from '../../../api/client';
import { FormDialog } from '../../../ui/form/FormDialog';
import { LimitedTextarea } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { LIMITS } from '../../../../../src/shared/domain/common';
import { pickerToIso } from '../../../ui/datetime';

/** A logbook line as typed (this dialog and the logbook tab's own form). */
export interface QuickLogInput {
  text: string;
  /** Picker value (local time) or null for "now". */
  when: string | null;
}

export const EMPTY_LOG: QuickLogInput = { text: '', when: null };

export const validateQuickLog =
  (t: TFunction<'dossier'>) =>
  (v: QuickLogInput): Record<string, string> =>
    v.text.trim() ? {} : { text: t('quickLog.required') };

/** Ctrl/Cmd+K: write down what just happened, without leaving the current step. */
export function QuickLogModal({
  opened,
  onClose,
  dossierId,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  dossierId: string;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('dossier');
  const form = useDraftForm<QuickLogInput>({
    initial: EMPTY_LOG,
    active: opened,
    draft: { dossierId, formKey: 'quicklog:new' },
    validate: validateQuickLog(t),
  });
  const { values, set } = form;

  const save = () =>
    form.submit(
      async (v) => {
        await call('chronology.add', { dossierId, occurredAt: pickerToIso(v.when), text: v.text.trim() });
      },
      { success: t('quickLog.saved'), close: onClose, then: onSaved },
    );

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      form={form}
      title={t('quickLog.title')}
      submitLabel={t('quickLog.save')}
      onSubmit={() => void save()}
    >
      <Text size="sm" c="dimmed">
        {t('quickLog.help')}
      </Text>
      <LimitedTextarea
        label={t('quickLog.text')}
        data-autofocus
        autosize
        minRows={3}
        maxRows={10}
        max={LIMITS.longText}
        value={values.text}
        error={form.error('text')}
        onChange={(e) => set('text', e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
        }}
      />
      <DateTimeField
        label={t('quickLog.when')}
        description={t('quickLog.whenHelp')}
        value={values.when}
        onChange={(v) => set('when', v)}
        clearable
        maxDate={new Date()}
        valueFormat="D MMMM YYYY HH:mm"
      />
    </FormDialog>
  );
}
