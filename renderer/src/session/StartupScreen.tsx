import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { GateLayout } from '../ui/GateLayout';
import { errorMessage } from '../ui/notify';

/** Shown while the first status call is under way, or when the bridge to the core is missing. */
export function StartupScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('session');
  if (!error) {
    return (
      <Center h="100%" data-screen="startup">
        <Loader aria-label={t('startup.loading')} />
      </Center>
    );
  }
  return (
    <GateLayout screen="startup-error">
      <Stack>
        <Title order={1} fz="h2">
          {t('startup.failedTitle')}
        </Title>
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />}>
          <Text>{errorMessage(error)}</Text>
        </Alert>
        <Button onClick={onRetry}>{t('common:actions.retry')}</Button>
      </Stack>
    </GateLayout>
  );
}
