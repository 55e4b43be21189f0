import { Anchor, Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { GateLayout } from '../ui/GateLayout';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { errorMessage, notifyError } from '../ui/notify';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import { useSession } from './SessionContext';

/** Passphrase in, vault open. Wrong attempts are counted by the core and shown here. */
export function LockScreen() {
  const { t } = useTranslation('session');
  const session = useSession();
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const failed = session.status.failedAttempts;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) {
      setError(t('lock.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const status = await call('vault.unlock', { passphrase });
      setPassphrase('');
      session.enter(status);
    } catch (err) {
      setError(errorMessage(err));
      setPassphrase('');
      await session.refresh().catch(() => undefined);
    } finally {
      setBusy(false);
    }
  };

  const openOther = async () => {
    try {
      const result = await call('vault.chooseLocation', { mode: 'open-existing' });
      if (!('cancelled' in result)) await session.refresh();
    } catch (err) {
      notifyError(err);
    }
  };

  const corner = <LanguageSwitch onSaved={session.updateSettings} />;

  if (mode === 'recovery') {
    return (
      <GateLayout screen="lock-recovery" corner={corner}>
        <RecoveryUnlockForm onDone={session.enter} onCancel={() => setMode('passphrase')} />
      </GateLayout>
    );
  }

  return (
    <GateLayout screen="lock" corner={corner}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap">
            <IconLock size={28} aria-hidden color="var(--mantine-color-vangnet-8)" />
            <Title order={1} fz="h2">
              {t('lock.title')}
            </Title>
          </Group>
          <Text>{t('lock.intro')}</Text>
          <PasswordInput
            label={t('lock.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            error={error}
            aria-invalid={error ? true : undefined}
            autoComplete="current-password"
            data-autofocus
            autoFocus
            required
            withAsterisk={false}
          />
          {failed > 0 && (
            <Text size="sm" c="red.9" role="status" data-testid="failed-attempts">
              {t('lock.failedAttempts', { count: failed })}
            </Text>
          )}
          <Button type="submit" loading={busy} leftSection={<IconLock size={18} aria-hidden />}>
            {t('lock.submit')}
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={() => setMode('recovery')} ta="left">
            {t('lock.forgot')}
          </Anchor>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {t('lock.location', { location: session.status.location })}{' '}
            <Anchor component="button" type="button" size="xs" onClick={() => void openOther()}>
              {t('lock.openOther')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </GateLayout>
  );
}
