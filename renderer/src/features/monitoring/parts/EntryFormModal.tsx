import { Alert, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifySuccess } from '../../../ui/notify';
import {
  MONITORING_ACTIONS,
  MONITORING_ACTION_LABELS,
  MONITORING_STATUSES,
  MONITORING_STATUS_LABELS,
  MonitoringEntryInputSchema,
  PLATFORMS,
  PLATFORM_LABELS,
  REACH_LABELS,
  REACH_LEVELS,
  RISK_LABELS,
  RISK_LEVELS,
  TONES,
  TONE_LABELS,
  logText,
  type MonitoringEntry,
  type MonitoringEntryInput,
} from '../../../../../src/shared/domain';
import { LIMITS } from '../../../../../src/shared/domain/common';
import { FormDialog } from '../../../ui/form/FormDialog';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { EnumSelectField } from '../../../ui/form/EnumSelectField';
import { LimitedTextarea, LimitedTextInput } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { draftKeyFor } from '../../../ui/form/useDraftDialog';
import { zodFieldErrors } from '../../../ui/form/validation';
import { isoToPicker, pickerToIso } from '../../../ui/datetime';
import { NoFilesZone } from './NoFilesZone';
import { LocalFileWarning } from './LocalFileWarning';

/** The form's values: the contract's input with picker dates, plus the reason of a correction. */
interface EntryValues extends Omit<MonitoringEntryInput, 'seenAt' | 'followUpAt'> {
  seenAt: string | null;
  followUpAt: string | null;
  reason: string;
}

/** Draft keys: `monitoring:new` for a new observation, `monitoring-correction:<id>` while correcting one. */
export const ENTRY_DRAFT_KIND = 'monitoring';
export const CORRECTION_DRAFT_KIND = 'monitoring-correction';

function initialValues(entry: MonitoringEntry | null, userName: string): EntryValues {
  if (entry) {
    // Only the input fields: the contract's schema is strict.
    return {
      seenAt: isoToPicker(entry.seenAt),
      seenBy: entry.seenBy,
      platform: entry.platform,
      location: entry.location,
      description: entry.description,
      reach: entry.reach,
      tone: entry.tone,
      risk: entry.risk,
      action: entry.action,
      actionNote: entry.actionNote,
      followUpAt: isoToPicker(entry.followUpAt),
      status: entry.status,
      reason: '',
    };
  }
  return {
    seenAt: isoToPicker(new Date().toISOString()),
    seenBy: userName,
    platform: 'instagram',
    location: '',
    description: '',
    reach: 'onbekend',
    tone: 'onbekend',
    risk: 'onbekend',
    action: 'geen',
    actionNote: '',
    followUpAt: null,
    status: 'open',
    reason: '',
  };
}

function toInput(v: EntryValues): unknown {
  const { reason: _reason, ...rest } = v;
  return { ...rest, seenAt: pickerToIso(v.seenAt) ?? '', followUpAt: pickerToIso(v.followUpAt) };
}

const reasonSchema = logText('Reden van de correctie', LIMITS.mediumText).refine((s) => s.length > 0, {
  error: 'Vul de reden van de correctie in.',
});

/**
 * The full form for one observation. Without `correcting` it records a new entry; with it,
 * it records a correction (a new version) and asks why. Validated while typing with the
 * contract's own schema, so the Dutch messages (including the refusal of file-like text)
 * appear at the field; unsaved input is kept as a draft in the vault.
 */
export function EntryFormModal({
  opened,
  onClose,
  dossierId,
  correcting,
  userName,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  dossierId: string;
  correcting: MonitoringEntry | null;
  userName: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const form = useDraftForm<EntryValues>({
    initial: initialValues(correcting, userName),
    active: opened,
    resetKey: correcting?.id,
    draft: {
      dossierId,
      formKey: correcting
        ? draftKeyFor(CORRECTION_DRAFT_KIND, correcting.id)
        : draftKeyFor(ENTRY_DRAFT_KIND, null),
    },
    validate: (v) => {
      const parsed = MonitoringEntryInputSchema.safeParse(toInput(v));
      const errors = parsed.success ? {} : zodFieldErrors(parsed.error);
      if (correcting) {
        const r = reasonSchema.safeParse(v.reason);
        if (!r.success) errors.reason = r.error.issues[0]?.message ?? t('required');
      }
      return errors;
    },
  });
  const { values, set } = form;

  const save = () =>
    form.submit(async (v) => {
      const entry = MonitoringEntryInputSchema.parse(toInput(v));
      if (correcting) {
        await call('monitoring.correct', { correctsId: correcting.id, reason: v.reason.trim(), entry });
        notifySuccess(t('correct.saved'));
      } else {
        await call('monitoring.add', { dossierId, entry });
        notifySuccess(t('add.saved'));
      }
      onClose();
      onSaved();
    });

  return (
    <FormDialog
      testId="entry-form"
      opened={opened}
      onClose={onClose}
      form={form}
      size="xl"
      title={correcting ? t('correct.title') : t('add.title')}
      submitLabel={t('save')}
      onSubmit={() => void save()}
    >
      <NoFilesZone testId="entry-form-zone">
        <Stack gap="sm">
          {correcting && (
            <Alert color="blue" variant="light">
              <Text size="sm">{t('correct.explain')}</Text>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateTimeField
              label={t('fields.seenAt')}
              value={values.seenAt}
              onChange={(v) => set('seenAt', v)}
              error={form.error('seenAt')}
              maxDate={new Date()}
              required
            />
            <LimitedTextInput
              label={t('fields.seenBy')}
              max={LIMITS.shortText}
              value={values.seenBy}
              onChange={(ev) => set('seenBy', ev.currentTarget.value)}
              error={form.error('seenBy')}
              required
            />
            <EnumSelectField              label={t('fields.platform')}              values={PLATFORMS}              labels={PLATFORM_LABELS}              value={values.platform}              onChange={(v) => set('platform', v)}            />
          </SimpleGrid>
          <LimitedTextInput
            label={t('fields.location')}
            description={t('fields.locationHelp')}
            max={LIMITS.mediumText}
            value={values.location}
            onChange={(ev) => set('location', ev.currentTarget.value)}
            error={form.error('location')}
            data-autofocus
          />
          <LocalFileWarning value={values.location} />
          <LimitedTextarea
            label={t('fields.description')}
            description={t('fields.descriptionHelp')}
            max={LIMITS.mediumText}
            value={values.description}
            onChange={(ev) => set('description', ev.currentTarget.value)}
            error={form.error('description')}
            autosize
            minRows={3}
            maxRows={8}
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <EnumSelectField              label={t('fields.reach')}              values={REACH_LEVELS}              labels={REACH_LABELS}              value={values.reach}              onChange={(v) => set('reach', v)}            />
            <EnumSelectField              label={t('fields.tone')}              values={TONES}              labels={TONE_LABELS}              value={values.tone}              onChange={(v) => set('tone', v)}            />
            <EnumSelectField              label={t('fields.risk')}              values={RISK_LEVELS}              labels={RISK_LABELS}              value={values.risk}              onChange={(v) => set('risk', v)}            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <EnumSelectField              label={t('fields.action')}              values={MONITORING_ACTIONS}              labels={MONITORING_ACTION_LABELS}              value={values.action}              onChange={(v) => set('action', v)}            />
            <DateTimeField
              label={t('fields.followUpAt')}
              description={t('fields.followUpHelp')}
              value={values.followUpAt}
              onChange={(v) => set('followUpAt', v)}
              error={form.error('followUpAt')}
              clearable
            />
            <EnumSelectField              label={t('fields.status')}              values={MONITORING_STATUSES}              labels={MONITORING_STATUS_LABELS}              value={values.status}              onChange={(v) => set('status', v)}            />
          </SimpleGrid>
          <LimitedTextarea
            label={t('fields.actionNote')}
            max={LIMITS.mediumText}
            value={values.actionNote}
            onChange={(ev) => set('actionNote', ev.currentTarget.value)}
            error={form.error('actionNote')}
            autosize
            minRows={1}
            maxRows={5}
          />
          {correcting && (
            <Card withBorder padding="sm" bg="yellow.0">
              <LimitedTextInput
                label={t('correct.reason')}
                placeholder={t('correct.reasonPlaceholder')}
                max={LIMITS.mediumText}
                value={values.reason}
                onChange={(ev) => set('reason', ev.currentTarget.value)}
                error={form.error('reason')}
                required
              />
            </Card>
          )}
        </Stack>
      </NoFilesZone>
    </FormDialog>
  );
}
