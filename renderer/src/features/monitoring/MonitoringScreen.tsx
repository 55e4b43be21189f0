import { Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MonitoringLog } from './parts/MonitoringLog';
import { NoFilesZone } from './parts/NoFilesZone';
import { TakedownTracker } from './parts/TakedownTracker';
import { HelpTitle } from '../help/HelpTitle';

/** Route /monitoring: the whole school at a glance, across all dossiers (read and follow up per dossier). */
export function MonitoringScreen() {
  const { t } = useTranslation('monitoring');
  return (
    <NoFilesZone testId="monitoring-screen">
      <Stack gap="lg" data-screen="monitoring">
        <Stack gap={4}>
          <HelpTitle section="monitoring-en-verwijderverzoeken">
            <Title order={1} size="h2">
              {t('schoolTitle')}
            </Title>
          </HelpTitle>
          <Text size="sm" c="dimmed" maw={760}>
            {t('schoolIntro')}
          </Text>
        </Stack>
        <TakedownTracker dossierId={null} readOnly />
        <Divider />
        <MonitoringLog dossierId={null} readOnly />
      </Stack>
    </NoFilesZone>
  );
}
