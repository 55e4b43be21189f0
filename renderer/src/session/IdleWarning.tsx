import { Button, Group, Paper, Portal, Text } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * The last minute before the idle lock: a visible countdown with "Blijf ingelogd". Above
 * every dialog, and it does not take the focus away from what the user was typing.
 */
export function IdleWarning({
  secondsLeft,
  onStay,
  onLockNow,
}: {
  secondsLeft: number;
  onStay: () => void;
  onLockNow: () => void;
}) {
  const { t } = useTranslation('common');
  return (
    <Portal>
      <Paper
        role="alertdialog"
        aria-labelledby="idle-warning-title"
        aria-describedby="idle-warning-text"
        data-testid="idle-warning"
        shadow="lg"
        withBorder
        p="md"
        radius="md"
        style={{
          position: 'fixed',
          top: 72,
          left: '50%',
          transform: 'translateX(-50%)',
          zIndex: 1000,
          width: 'min(480px, calc(100vw - 32px))',
          borderColor: 'var(--mantine-color-orange-5)',
        }}
      >
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconClockPause size={24} aria-hidden color="var(--mantine-color-orange-8)" />
          <div>
            <Text fw={700} id="idle-warning-title">
              {t('idle.title')}
            </Text>
            <Text size="sm" id="idle-warning-text" aria-live="polite">
              {t('idle.text', { seconds: secondsLeft })}
            </Text>
            <Group mt="sm" gap="sm">
              <Button onClick={onStay}>{t('idle.stay')}</Button>
              <Button variant="default" onClick={onLockNow}>
                {t('idle.lockNow')}
              </Button>
            </Group>
          </div>
        </Group>
      </Paper>
    </Portal>
  );
}
