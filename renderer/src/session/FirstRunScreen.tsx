import { Alert, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArchive, IconFolderOpen, IconSparkles } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { GateLayout } from '../ui/GateLayout';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { errorMessage } from '../ui/notify';
import { CreateVaultFlow } from './CreateVaultFlow';
import { RestoreBackupForm } from './RestoreBackupForm';
import { useSession } from './SessionContext';

type Mode = 'choose' | 'create' | 'restore';

function Choice({
  icon,
  title,
  text,
  action,
  onClick,
  primary,
}: {
  icon: ReactNode;
  title: string;
  text: string;
  action: string;
  onClick: () => void;
  primary?: boolean;
}) {
  return (
    <Paper p="md" bg={primary ? 'vangnet.0' : undefined}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon size={36} variant={primary ? 'filled' : 'light'} aria-hidden>
          {icon}
        </ThemeIcon>
        <Stack gap={6} style={{ flex: 1 }}>
          <Title order={2} fz="h4">
            {title}
          </Title>
          <Text size="sm">{text}</Text>
          <Group>
            <Button variant={primary ? 'filled' : 'default'} onClick={onClick}>
              {action}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

/** No vault yet at the configured place: make one, point to an existing one, or restore a back-up. */
export function FirstRunScreen() {
  const { t } = useTranslation('session');
  const session = useSession();
  const [mode, setMode] = useState<Mode>('choose');
  const [error, setError] = useState<string | null>(null);
  const corner = <LanguageSwitch onSaved={session.updateSettings} />;

  const openExisting = async () => {
    setError(null);
    try {
      const result = await call('vault.chooseLocation', { mode: 'open-existing' });
      if (!('cancelled' in result)) await session.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  if (mode === 'create') {
    return (
      <GateLayout screen="first-run-create" corner={corner} width={640}>
        <CreateVaultFlow onCancel={() => setMode('choose')} />
      </GateLayout>
    );
  }
  if (mode === 'restore') {
    return (
      <GateLayout screen="first-run-restore" corner={corner}>
        <Stack gap="md">
          <Title order={1} fz="h2">
            {t('restore.title')}
          </Title>
          <RestoreBackupForm onRestored={session.enter} onCancel={() => setMode('choose')} />
        </Stack>
      </GateLayout>
    );
  }

  // A vault probably exists elsewhere: say so, and put "open existing" first.
  const attention = session.status.attention;
  const create = (
    <Choice
      primary={!attention}
      icon={<IconSparkles size={20} />}
      title={t('firstRun.createTitle')}
      text={t('firstRun.createText')}
      action={t('firstRun.createAction')}
      onClick={() => setMode('create')}
    />
  );

  return (
    <GateLayout screen="first-run" corner={corner} width={620}>
      <Stack gap="md">
        <Title order={1} fz="h2">
          {attention ? t('firstRun.attention.title') : t('firstRun.title')}
        </Title>
        {attention ? (
          <Alert color="yellow" role="status" data-testid="first-run-attention" title={t(`firstRun.attention.${attention}.title`)}>
            {t(`firstRun.attention.${attention}.text`, { location: session.status.location })}
          </Alert>
        ) : (
          <Text>{t('firstRun.intro')}</Text>
        )}
        {!attention && create}
        <Choice
          primary={!!attention}
          icon={<IconFolderOpen size={20} />}
          title={t('firstRun.openTitle')}
          text={t('firstRun.openText')}
          action={t('firstRun.openAction')}
          onClick={() => void openExisting()}
        />
        <Choice
          icon={<IconArchive size={20} />}
          title={t('firstRun.restoreTitle')}
          text={t('firstRun.restoreText')}
          action={t('firstRun.restoreAction')}
          onClick={() => setMode('restore')}
        />
        {attention && create}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </GateLayout>
  );
}
