import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Stepper,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconPrinter } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorMessage, notifyError, notifySuccess } from '../ui/notify';
import { NewPassphraseFields, newPassphraseReady, type NewPassphraseValue } from './NewPassphraseFields';
import { useSession } from './SessionContext';
import { settleStrength, usePassphraseStrength } from './usePassphraseStrength';

/**
 * New vault in two steps: name + passphrase, then the recovery key, shown exactly once.
 * The app opens only after the user confirms the key is stored safely; the key lives in
 * this component's state alone and is gone when it unmounts.
 */
export function CreateVaultFlow({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('session');
  const session = useSession();
  const [step, setStep] = useState(0);
  const [userName, setUserName] = useState('');
  const [pass, setPass] = useState<NewPassphraseValue>({ passphrase: '', repeat: '' });
  const strength = usePassphraseStrength(pass.passphrase);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [stored, setStored] = useState(false);
  const [savingSheet, setSavingSheet] = useState(false);
  const submitting = useRef(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (submitting.current) return;
    submitting.current = true;
    setBusy(true);
    setError(null);
    try {
      if (!userName.trim() || !newPassphraseReady(pass, await settleStrength(pass.passphrase, strength))) return;
      const result = await call('vault.create', { userName: userName.trim(), passphrase: pass.passphrase });
      setPass({ passphrase: '', repeat: '' });
      setRecoveryKey(result.recoveryKey);
      setStep(1);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  };

  const chooseFolder = async () => {
    try {
      const result = await call('vault.chooseLocation', { mode: 'new-location' });
      if (!('cancelled' in result)) await session.refresh();
    } catch (err) {
      notifyError(err);
    }
  };

  // The sheet goes straight to the printer; no file of it is ever written.
  const saveSheet = async () => {
    if (!recoveryKey) return;
    setSavingSheet(true);
    try {
      const result = await call('documents.recoverySheet', { recoveryKey });
      notifySuccess(t(result.printed ? 'create.sheetSaved' : 'create.sheetCancelled'));
    } catch (err) {
      notifyError(err);
    } finally {
      setSavingSheet(false);
    }
  };

  const finish = async () => {
    try {
      const status = await call('vault.status', {});
      setRecoveryKey(null);
      session.enter(status);
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        {t('create.title')}
      </Title>
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('create.step1')} description={t('create.step1Description')}>
          <form onSubmit={(e) => void create(e)} noValidate>
            <Stack gap="md" mt="md">
              <TextInput
                label={t('create.userName')}
                description={t('create.userNameDescription')}
                value={userName}
                onChange={(e) => setUserName(e.currentTarget.value)}
                required
                maxLength={200}
                autoComplete="name"
                data-autofocus
                autoFocus
                error={tried && !userName.trim() ? t('create.userNameMissing') : undefined}
              />
              <NewPassphraseFields value={pass} onChange={setPass} strength={strength} showErrors={tried} />
              <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {t('create.location', { location: session.status.location })}{' '}
                <Anchor component="button" type="button" size="sm" onClick={() => void chooseFolder()}>
                  {t('create.otherFolder')}
                </Anchor>
              </Text>
              {error && (
                <Alert color="red" role="alert">
                  {error}
                </Alert>
              )}
              <Group justify="space-between">
                <Button variant="default" onClick={onCancel}>
                  {t('common:actions.back')}
                </Button>
                <Button type="submit" loading={busy}>
                  {t('create.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stepper.Step>
        <Stepper.Step label={t('create.step2')} description={t('create.step2Description')}>
          {recoveryKey && (
            <Stack gap="md" mt="md">
              <Text>{t('create.keyIntro')}</Text>
              <Paper p="md" bg="gray.0">
                <Text className="vangnet-recovery-key" data-testid="recovery-key" aria-label={t('create.keyLabel')}>
                  {recoveryKey}
                </Text>
              </Paper>
              <Group>
                <Button
                  variant="light"
                  loading={savingSheet}
                  onClick={() => void saveSheet()}
                  leftSection={<IconPrinter size={18} aria-hidden />}
                >
                  {t('create.saveSheet')}
                </Button>
              </Group>
              <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title={t('create.onceTitle')}>
                {t('create.onceText')}
              </Alert>
              <Checkbox
                label={t('create.confirm')}
                checked={stored}
                onChange={(e) => setStored(e.currentTarget.checked)}
              />
              <Group justify="flex-end">
                <Button disabled={!stored} onClick={() => void finish()}>
                  {t('create.finish')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
