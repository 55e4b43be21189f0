import { Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../useAutosave';

/** The visible promise that typed text is kept: "Opgeslagen" after every autosave. */
export function SaveIndicator({ state, error }: { state: SaveState; error: string | null }) {
  const { t } = useTranslation('dossier');
  if (state === 'idle') return null;
  if (state === 'error') {
    return (
      <Group gap={6} c="red.9" role="alert">
        <IconAlertTriangle size={16} aria-hidden />
        <Text size="sm" c="red.9">
          {t('save.error', { message: error ?? '' })}
        </Text>
      </Group>
    );
  }
  if (state === 'saved') {
    return (
      <Group gap={6} c="teal.9" aria-live="polite">
        <IconCheck size={16} aria-hidden />
        <Text size="sm" c="teal.9" data-testid="saved-indicator">
          {t('save.saved')}
        </Text>
      </Group>
    );
  }
  return (
    <Group gap={6} aria-live="polite">
      <Loader size={14} />
      <Text size="sm" c="dimmed">
        {state === 'saving' ? t('save.saving') : t('save.pending')}
      </Text>
    </Group>
  );
}
