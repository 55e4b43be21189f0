import { Grid, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import {
  PLATFORMS,
  PLATFORM_LABELS,
  TAKEDOWN_CHANNELS,
  TAKEDOWN_CHANNEL_LABELS,
  TAKEDOWN_STATUSES,
  TAKEDOWN_STATUS_LABELS,
  TakedownInputSchema,
  type Takedown,
  type TakedownInput,
} from '../../../../../src/shared/domain';
import { LIMITS } from '../../../../../src/shared/domain/common';
import { FormDialog } from '../../../ui/form/FormDialog';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { LimitedTextarea, LimitedTextInput } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { draftKeyFor } from '../../../ui/form/useDraftDialog';
import { zodFieldErrors } from '../../../ui/form/validation';
import { isoToPicker, pickerToIso } from '../../../ui/datetime';
import { ChannelGuidance } from './ChannelGuidance';
import { NoFilesZone } from './NoFilesZone';
import { LocalFileWarning } from './LocalFileWarning';

export interface TakedownPrefill {
  entryId: string | null;
  platform: TakedownInput['platform'];
  location: string;
}

/** The contract's input with picker dates (local time) instead of ISO instants. */
interface TakedownValues extends Omit<TakedownInput, 'requestedAt' | 'followUpAt'> {
  requestedAt: string | null;
  followUpAt: string | null;
}

export const TAKEDOWN_DRAFT_KIND = 'takedown';

function initialValues(editing: Takedown | null, prefill: TakedownPrefill | null): TakedownValues {
  if (editing) {
    return {
      entryId: editing.entryId,
      platform: editing.platform,
      location: editing.location,
      channel: editing.channel,
      requestedAt: isoToPicker(editing.requestedAt),
      reference: editing.reference,
      status: editing.status,
      followUpAt: isoToPicker(editing.followUpAt),
      notes: editing.notes,
    };
  }
  // A sensible default: look again in two days.
  const inTwoDays = new Date(Date.now() + 2 * 24 * 3600 * 1000);
  inTwoDays.setHours(9, 0, 0, 0);
  return {
    entryId: prefill?.entryId ?? null,
    platform: prefill?.platform ?? 'instagram',
    location: prefill?.location ?? '',
    channel: 'platform',
    requestedAt: isoToPicker(new Date().toISOString()),
    reference: '',
    status: 'aangevraagd',
    followUpAt: isoToPicker(inTwoDays.toISOString()),
    notes: '',
  };
}

const toInput = (v: TakedownValues) => ({
  ...v,
  requestedAt: pickerToIso(v.requestedAt),
  followUpAt: pickerToIso(v.followUpAt),
});

/**
 * A takedown request: new (optionally from an observation) or edited. The guidance for
 * the chosen channel stays next to the form, so who may file and what is needed is read
 * before anything is requested. Unsaved input is kept as a draft in the vault.
 */
export function TakedownFormModal({
  opened,
  onClose,
  dossierId,
  editing,
  prefill,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  dossierId: string;
  editing: Takedown | null;
  prefill: TakedownPrefill | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const form = useDraftForm<TakedownValues>({
    initial: initialValues(editing, prefill),
    active: opened,
    resetKey: editing?.id ?? prefill,
    draft: { dossierId, formKey: draftKeyFor(TAKEDOWN_DRAFT_KIND, editing?.id ?? null) },
    validate: (v) => {
      const parsed = TakedownInputSchema.safeParse(toInput(v));
      return parsed.success ? {} : zodFieldErrors(parsed.error);
    },
  });
  const { values, set } = form;

  const save = () =>
    form.submit(
      async (v) => {
        const parsed = TakedownInputSchema.parse(toInput(v));
        if (editing) {
          const { channel, requestedAt, reference, status, followUpAt, notes } = parsed;
          await call('takedown.update', {
            takedownId: editing.id,
            patch: { channel, requestedAt, reference, status, followUpAt, notes },
            note: '',
          });
        } else {
          await call('takedown.add', { dossierId, takedown: parsed });
        }
      },
      { success: t('takedowns.saved'), close: onClose, then: onSaved },
    );

  return (
    <FormDialog
      testId="takedown-form"
      opened={opened}
      onClose={onClose}
      form={form}
      size="90rem"
      title={t('takedowns.addTitle')}
      submitLabel={t('save')}
      onSubmit={() => void save()}
    >
      <NoFilesZone testId="takedown-form-zone">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="sm">
              <SimpleGrid cols={2}>
                <NativeSelect
                  label={t('takedowns.fields.channel')}
                  data={TAKEDOWN_CHANNELS.map((c) => ({ value: c, label: TAKEDOWN_CHANNEL_LABELS[c] }))}
                  value={values.channel}
                  onChange={(ev) => set('channel', ev.currentTarget.value as TakedownValues['channel'])}
                />
                <NativeSelect
                  label={t('takedowns.fields.platform')}
                  data={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))}
                  value={values.platform}
                  disabled={editing !== null}
                  onChange={(ev) => set('platform', ev.currentTarget.value as TakedownValues['platform'])}
                />
              </SimpleGrid>
              <LimitedTextInput
                label={t('takedowns.fields.location')}
                description={t('fields.locationHelp')}
                max={LIMITS.mediumText}
                value={values.location}
                disabled={editing !== null}
                onChange={(ev) => set('location', ev.currentTarget.value)}
                error={form.error('location')}
                required
                data-autofocus
              />
              <LocalFileWarning value={values.location} />
              <SimpleGrid cols={2}>
                <DateTimeField
                  label={t('takedowns.fields.requestedAt')}
                  value={values.requestedAt}
                  onChange={(v) => set('requestedAt', v)}
                  error={form.error('requestedAt')}
                  maxDate={new Date()}
                  clearable
                />
                <LimitedTextInput
                  label={t('takedowns.fields.reference')}
                  max={LIMITS.shortText}
                  value={values.reference}
                  onChange={(ev) => set('reference', ev.currentTarget.value)}
                  error={form.error('reference')}
                />
              </SimpleGrid>
              <SimpleGrid cols={2}>
                <NativeSelect
                  label={t('takedowns.fields.status')}
                  data={TAKEDOWN_STATUSES.map((s) => ({ value: s, label: TAKEDOWN_STATUS_LABELS[s] }))}
                  value={values.status}
                  onChange={(ev) => set('status', ev.currentTarget.value as TakedownValues['status'])}
                />
                <DateTimeField
                  label={t('takedowns.fields.followUpAt')}
                  value={values.followUpAt}
                  onChange={(v) => set('followUpAt', v)}
                  error={form.error('followUpAt')}
                  clearable
                />
              </SimpleGrid>
              <LimitedTextarea
                label={t('takedowns.fields.notes')}
                max={LIMITS.mediumText}
                value={values.notes}
                onChange={(ev) => set('notes', ev.currentTarget.value)}
                error={form.error('notes')}
                autosize
                minRows={2}
                maxRows={6}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <ChannelGuidance channel={values.channel} />
          </Grid.Col>
        </Grid>
      </NoFilesZone>
    </FormDialog>
  );
}
