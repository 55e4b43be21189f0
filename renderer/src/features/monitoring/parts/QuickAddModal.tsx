import { useEffect, useState } from 'react';
import { Button, Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalFileWarning } from './LocalFileWarning';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { PLATFORMS, PLATFORM_LABELS, QuickMonitoringInputSchema, type SocialPlatform } from '../../../../../src/shared/domain';
import { fieldErrors } from '../../../ui/fieldErrors';
import { GuardedModal } from '../../dossier/parts/GuardedModal';
import { NoFilesZone } from './NoFilesZone';

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
  const [platform, setPlatform] = useState<SocialPlatform>('instagram');
  const [location, setLocation] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (opened) {
      setLocation('');
      setDescription('');
      setErrors({});
    }
  }, [opened]);

  const save = async () => {
    const parsed = QuickMonitoringInputSchema.safeParse({ dossierId, platform, location, description });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setBusy(true);
    try {
      await call('monitoring.quickAdd', parsed.data);
      notifySuccess(t('quickAdd.saved'));
      onClose();
      onSaved();
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
      dirty={location.trim() !== '' || description.trim() !== ''}
      title={t('quickAdd.title')}
    >
      {(requestClose) => (
        <NoFilesZone testId="quick-add-zone">
          <Stack gap="sm" data-testid="quick-add-form">
            <Text size="sm" c="dimmed">
              {t('quickAdd.help')}
            </Text>
            <NativeSelect
              label={t('fields.platform')}
              data={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))}
              value={platform}
              onChange={(e) => setPlatform(e.currentTarget.value as SocialPlatform)}
            />
            <TextInput
              label={t('fields.location')}
              description={t('fields.locationHelp')}
              value={location}
              error={errors.location}
              onChange={(e) => {
                setLocation(e.currentTarget.value);
                setErrors((x) => ({ ...x, location: '' }));
              }}
              data-autofocus
            />
            <LocalFileWarning value={location} />
            <Textarea
              label={t('fields.description')}
              description={t('fields.descriptionHelp')}
              value={description}
              error={errors.description}
              onChange={(e) => {
                setDescription(e.currentTarget.value);
                setErrors((x) => ({ ...x, description: '' }));
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
              }}
              autosize
              minRows={3}
              maxRows={8}
              required
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={requestClose}>
                {t('cancel')}
              </Button>
              <Button onClick={() => void save()} loading={busy}>
                {t('save')}
              </Button>
            </Group>
          </Stack>
        </NoFilesZone>
      )}
    </GuardedModal>
  );
}
