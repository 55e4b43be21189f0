import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../src/shared/api';
import { call } from '../api/client';
import { errorMessage } from '../ui/notify';
import { NewPassphraseFields, newPassphraseReady, type NewPassphraseValue } from './NewPassphraseFields';
import { settleStrength, usePassphraseStrength } from './usePassphraseStrength';

/** "Wachtwoordzin vergeten?": the printed recovery key opens the vault and sets a new passphrase. */
export function RecoveryUnlockForm({ onDone, onCancel }: { onDone: (status: VaultStatus) => void; onCancel: () => void }) {
  const { t } = useTranslation('session');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [pass, setPass] = useState<NewPassphraseValue>({ passphrase: '', repeat: '' });
  const strength = usePassphraseStrength(pass.passphrase);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!recoveryKey.trim() || !newPassphraseReady(pass, await settleStrength(pass.passphrase, strength))) return;
    setBusy(true);
    setError(null);
    try {
      const status = await call('vault.unlockWithRecoveryKey', {
        recoveryKey: recoveryKey.trim(),
        newPassphrase: pass.passphrase,
      });
      onDone(status);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <IconKey size={28} aria-hidden color="var(--mantine-color-vangnet-8)" />
          <Title order={1} fz="h2">
            {t('recovery.title')}
          </Title>
        </Group>
        <Text>{t('recovery.intro')}</Text>
        <TextInput
          label={t('recovery.key')}
          description={t('recovery.keyDescription')}
          value={recoveryKey}
          onChange={(e) => setRecoveryKey(e.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          required
          data-autofocus
          autoFocus
          error={tried && !recoveryKey.trim() ? t('recovery.keyMissing') : undefined}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <NewPassphraseFields value={pass} onChange={setPass} strength={strength} showErrors={tried} />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={busy} fullWidth>
          {t('recovery.submit')}
        </Button>
        <Group>
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
