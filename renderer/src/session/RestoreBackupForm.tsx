import { Alert, Button, Group, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../src/shared/api';
import { call } from '../api/client';
import { errorMessage } from '../ui/notify';
import { NewPassphraseFields, newPassphraseReady, type NewPassphraseValue } from './NewPassphraseFields';
import { settleStrength, usePassphraseStrength } from './usePassphraseStrength';

type Secret = 'passphrase' | 'recovery';

/**
 * Restore a back-up file: the core asks for the file, verifies it (integrity, counts) and only
 * then replaces the vault. The back-up opens with the passphrase it had, or with the recovery key.
 */
export function RestoreBackupForm({
  onRestored,
  onCancel,
  warning,
  replacing = false,
}: {
  onRestored: (status: VaultStatus) => void;
  onCancel: () => void;
  /** Extra warning when a vault with data is open (settings screen). */
  warning?: string;
  /** A vault is open and would be replaced: its passphrase is asked too (checked by the core). */
  replacing?: boolean;
}) {
  const { t } = useTranslation('session');
  const [secret, setSecret] = useState<Secret>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [currentPassphrase, setCurrentPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [pass, setPass] = useState<NewPassphraseValue>({ passphrase: '', repeat: '' });
  const strength = usePassphraseStrength(secret === 'recovery' ? pass.passphrase : '');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setError(null);
    if (replacing && !currentPassphrase) return;
    if (secret === 'passphrase' && !passphrase) return;
    if (secret === 'recovery' && (!recoveryKey.trim() || !newPassphraseReady(pass, await settleStrength(pass.passphrase, strength)))) return;
    setBusy(true);
    try {
      const current = replacing ? { currentPassphrase } : {};
      const result = await call(
        'vault.restore',
        secret === 'passphrase'
          ? { passphrase, ...current }
          : { recoveryKey: recoveryKey.trim(), newPassphrase: pass.passphrase, ...current },
      );
      if ('cancelled' in result) return;
      onRestored(result);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text>{t('restore.intro')}</Text>
        {warning && <Alert color="yellow">{warning}</Alert>}
        {replacing && (
          <PasswordInput
            label={t('restore.currentPassphrase')}
            description={t('restore.currentPassphraseDescription')}
            value={currentPassphrase}
            onChange={(e) => setCurrentPassphrase(e.currentTarget.value)}
            autoComplete="off"
            required
            error={tried && !currentPassphrase ? t('lock.missing') : undefined}
          />
        )}
        <SegmentedControl
          aria-label={t('restore.secretLabel')}
          value={secret}
          onChange={(v) => setSecret(v as Secret)}
          data={[
            { value: 'passphrase', label: t('restore.withPassphrase') },
            { value: 'recovery', label: t('restore.withRecoveryKey') },
          ]}
          fullWidth
        />
        {secret === 'passphrase' ? (
          <PasswordInput
            label={t('restore.passphrase')}
            description={t('restore.passphraseDescription')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            autoComplete="off"
            required
            error={tried && !passphrase ? t('lock.missing') : undefined}
          />
        ) : (
          <>
            <TextInput
              label={t('recovery.key')}
              value={recoveryKey}
              onChange={(e) => setRecoveryKey(e.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
              required
              error={tried && !recoveryKey.trim() ? t('recovery.keyMissing') : undefined}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <NewPassphraseFields value={pass} onChange={setPass} strength={strength} showErrors={tried} />
          </>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.back')}
          </Button>
          <Button type="submit" loading={busy} leftSection={<IconArchive size={18} aria-hidden />}>
            {t('restore.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
