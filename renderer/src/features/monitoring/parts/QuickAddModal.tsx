import { NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalFileWarning } from './LocalFileWarning';
import { call } from '../../../api/client';
import {
  PLATFORMS,
  PLATFORM_LABELS,
  QuickMonitoringInputSchema,
  type SocialPlatform,
} from '../../../../../src/shared/domain';
import { LIMITS } from '../../../../../src/shared/domain/common';
import { FormDialog } from '../../../ui/form/FormDialog';
import { LimitedTextarea, LimitedTextInput } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { draftKeyFor } from '../../../ui/form/useDraftDialog';
import { zodFieldErrors } from '../../../ui/form/validation';
import { NoFilesZone } from './NoFilesZone';

interface QuickValues {
  platform: SocialPlatform;
  location: string;
  description: string;
}

const EMPTY: QuickValues = { platform: 'instagram', location: '', description: '' };

/** Ctrl/Cmd+Shift+M: platform, where, what. The rest is completed later as a correction. */
export function QuickAddModal({
  opened,
  onClose,
  dossierId,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  dossierId: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const form = useDraftForm<QuickValues>({
    initial: EMPTY,
    active: opened,
    draft: { dossierId, formKey: draftKeyFor('monitoring-quick', null) },
    validate: (v) => {
      const parsed = QuickMonitoringInputSchema.safeParse({ dossierId, ...v });
      return parsed.success ? {} : zodFieldErrors(parsed.error);
    },
  });
  const { values, set } = form;

  const save = () =>
    form.submit(
      async (v) => {
        await call('monitoring.quickAdd', QuickMonitoringInputSchema.parse({ dossierId, ...v }));
      },
      { success: t('quickAdd.saved'), close: onClose, then: onSaved },
    );

  return (
    <FormDialog
      testId="quick-add-form"
      opened={opened}
      onClose={onClose}
      form={form}
      title={t('quickAdd.title')}
      submitLabel={t('save')}
      onSubmit={() => void save()}
    >
      <NoFilesZone testId="quick-add-zone">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('quickAdd.help')}
          </Text>
          <NativeSelect
            label={t('fields.platform')}
            data={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))}
            value={values.platform}
            onChange={(e) => set('platform', e.currentTarget.value as SocialPlatform)}
          />
          <LimitedTextInput
            label={t('fields.location')}
            description={t('fields.locationHelp')}
            max={LIMITS.mediumText}
            value={values.location}
            error={form.error('location')}
            onChange={(e) => set('location', e.currentTarget.value)}
            data-autofocus
          />
          <LocalFileWarning value={values.location} />
          <LimitedTextarea
            label={t('fields.description')}
            description={t('fields.descriptionHelp')}
            max={LIMITS.mediumText}
            value={values.description}
            error={form.error('description')}
            onChange={(e) => set('description', e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
            }}
            autosize
            minRows={3}
            maxRows={8}
            required
          />
        </Stack>
      </NoFilesZone>
    </FormDialog>
  );
}
