import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { useSession } from '../../session/SessionContext';
import { errorMessage } from '../../ui/notify';
import { AuditSection } from './sections/AuditSection';
import { BackupSection } from './sections/BackupSection';
import { LockSection } from './sections/LockSection';
import { PassphraseSection } from './sections/PassphraseSection';
import { RecoveryKeySection } from './sections/RecoveryKeySection';
import { ProfileSection } from './sections/ProfileSection';
import { VaultSection } from './sections/VaultSection';
import { HelpTitle } from '../help/HelpTitle';

/**
 * Settings: who you are, when Vangnet locks, back-ups, passphrase, where the vault is, the
 * audit log. Reads the settings fresh from the core on every visit, so it shows the truth.
 */
export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    setError(null);
    call('settings.get', {}).then(setSettings, setError);
  }, []);
  useEffect(load, [load]);

  const onSaved = useCallback(
    (next: AppSettings) => {
      setSettings(next);
      session.updateSettings(next);
    },
    [session],
  );

  return (
    <Stack gap="lg" maw={780} data-screen="settings">
      <div>
        <HelpTitle section="schoolprofiel-en-instellingen">
          <Title order={1}>{t('title')}</Title>
        </HelpTitle>
        <Text c="dimmed">{t('intro')}</Text>
      </div>
      {error ? (
        <Alert color="red" role="alert">
          <Stack gap="sm" align="flex-start">
            <Text>{errorMessage(error)}</Text>
            <Button variant="default" onClick={load}>
              {t('common:actions.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : settings ? (
        <>
          <ProfileSection settings={settings} onSaved={onSaved} />
          <LockSection settings={settings} onSaved={onSaved} />
          <BackupSection />
          <PassphraseSection />
          <RecoveryKeySection />
          <VaultSection settings={settings} />
          <AuditSection />
        </>
      ) : (
        <Center py="xl">
          <Loader aria-label={t('loading')} />
        </Center>
      )}
    </Stack>
  );
}
