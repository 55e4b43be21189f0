import { NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import {
  TAKEDOWN_STATUSES,
  TAKEDOWN_STATUS_LABELS,
  requiredLogText,
  type Takedown,
  type TakedownStatus,
} from '../../../../../src/shared/domain';
import { LIMITS } from '../../../../../src/shared/domain/common';
import { FormDialog } from '../../../ui/form/FormDialog';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { LimitedTextarea } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { draftKeyFor } from '../../../ui/form/useDraftDialog';
import { pickerToIso } from '../../../ui/datetime';
import { NoFilesZone } from './NoFilesZone';

interface FollowUpValues {
  note: string;
  status: TakedownStatus;
  /** Picker value (local time) or null. */
  next: string | null;
}

export const FOLLOW_UP_DRAFT_KIND = 'takedown-followup';

const noteSchema = requiredLogText('Wat is er nagevraagd', LIMITS.mediumText);

/** "I checked": what was found, the status now, and when to look again. */
export function FollowUpModal({
  takedown,
  onClose,
  onSaved,
}: {
  takedown: Takedown | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const form = useDraftForm<FollowUpValues>({
    initial: { note: '', status: takedown?.status ?? 'in-behandeling', next: null },
    active: takedown !== null,
    resetKey: takedown?.id,
    draft: takedown
      ? { dossierId: takedown.dossierId, formKey: draftKeyFor(FOLLOW_UP_DRAFT_KIND, takedown.id) }
      : null,
    validate: (v): Record<string, string> => {
      const r = noteSchema.safeParse(v.note);
      return r.success ? {} : { note: r.error.issues[0]?.message ?? t('required') };
    },
  });
  const { values, set } = form;

  const save = () =>
    form.submit(
      async (v) => {
        if (!takedown) return false;
        await call('takedown.addFollowUp', {
          takedownId: takedown.id,
          note: v.note.trim(),
          status: v.status,
          nextFollowUpAt: pickerToIso(v.next),
        });
      },
      { success: t('takedowns.followUpSaved'), close: onClose, then: onSaved },
    );

  return (
    <FormDialog
      testId="follow-up-form"
      opened={takedown !== null}
      onClose={onClose}
      form={form}
      title={t('takedowns.followUpTitle')}
      submitLabel={t('save')}
      onSubmit={() => void save()}
    >
      <NoFilesZone testId="follow-up-zone">
        <Stack gap="sm">
          <LimitedTextarea
            label={t('takedowns.followUpNote')}
            max={LIMITS.mediumText}
            value={values.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            error={form.error('note')}
            autosize
            minRows={2}
            required
            data-autofocus
          />
          <NativeSelect
            label={t('takedowns.followUpStatus')}
            data={TAKEDOWN_STATUSES.map((s) => ({ value: s, label: TAKEDOWN_STATUS_LABELS[s] }))}
            value={values.status}
            onChange={(e) => set('status', e.currentTarget.value as TakedownStatus)}
          />
          <DateTimeField
            label={t('takedowns.nextFollowUp')}
            description={t('fields.followUpHelp')}
            value={values.next}
            onChange={(v) => set('next', v)}
            clearable
          />
        </Stack>
      </NoFilesZone>
    </FormDialog>
  );
}
