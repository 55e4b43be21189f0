import { Alert, Button, Checkbox, Group, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPrinter } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { SettingsSection } from '../SettingsSection';

/**
 * A new recovery key (e.g. when the printed sheet was lost or seen by someone else): the
 * passphrase is asked and checked by the core, the new key is shown once and can be printed,
 * and the old one stops working at once.
 */
export function RecoveryKeySection() {
  const { t } = useTranslation('settings');
  const [passphrase, setPassphrase] = useState('');
  const [key, setKey] = useState<string | null>(null);
  const [stored, setStored] = useState(false);
  const [busy, setBusy] = useState(false);
  const [printing, setPrinting] = useState(false);

  const rotate = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return;
    setBusy(true);
    try {
      const r = await call('vault.rotateRecoveryKey', { passphrase });
      setPassphrase('');
      setStored(false);
      setKey(r.recoveryKey);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const print = async () => {
    if (!key) return;
    setPrinting(true);
    try {
      const r = await call('documents.recoverySheet', { recoveryKey: key });
      notifySuccess(t(r.printed ? 'recovery.printed' : 'recovery.printCancelled'));
    } catch (err) {
      notifyError(err);
    } finally {
      setPrinting(false);
    }
  };

  return (
    <SettingsSection id="recovery-key" title={t('recovery.title')} description={t('recovery.description')}>
      {key ? (
        <Stack gap="sm" data-testid="new-recovery-key">
          <Paper p="md" bg="gray.0">
            <Text className="vangnet-recovery-key" aria-label={t('recovery.keyLabel')}>
              {key}
            </Text>
          </Paper>
          <Group>
            <Button variant="light" loading={printing} onClick={() => void print()} leftSection={<IconPrinter size={18} aria-hidden />}>
              {t('recovery.print')}
            </Button>
          </Group>
          <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />}>
            {t('recovery.once')}
          </Alert>
          <Checkbox label={t('recovery.confirm')} checked={stored} onChange={(e) => setStored(e.currentTarget.checked)} />
          <Group>
            <Button disabled={!stored} onClick={() => setKey(null)}>
              {t('recovery.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(e) => void rotate(e)} noValidate>
          <Group align="flex-end" gap="sm">
            <PasswordInput
              label={t('recovery.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="off"
              w={360}
            />
            <Button type="submit" variant="default" loading={busy} disabled={!passphrase}>
              {t('recovery.submit')}
            </Button>
          </Group>
        </form>
      )}
    </SettingsSection>
  );
}
