import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import {
  NewPassphraseFields,
  newPassphraseReady,
  type NewPassphraseValue,
} from '../../../session/NewPassphraseFields';
import { settleStrength, usePassphraseStrength } from '../../../session/usePassphraseStrength';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { SettingsSection } from '../SettingsSection';

const EMPTY: NewPassphraseValue = { passphrase: '', repeat: '' };

/** Change the passphrase: the vault key is re-wrapped, the recovery key stays valid. */
export function PassphraseSection() {
  const { t } = useTranslation('settings');
  const [current, setCurrent] = useState('');
  const [pass, setPass] = useState<NewPassphraseValue>(EMPTY);
  const strength = usePassphraseStrength(pass.passphrase);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!current || !newPassphraseReady(pass, await settleStrength(pass.passphrase, strength))) return;
    setBusy(true);
    try {
      await call('vault.changePassphrase', { oldPassphrase: current, newPassphrase: pass.passphrase });
      setCurrent('');
      setPass(EMPTY);
      setTried(false);
      notifySuccess(t('passphrase.changed'), t('passphrase.changedTitle'));
    } catch (err) {
      notifyError(err, t('passphrase.failedTitle'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection id="passphrase" title={t('passphrase.title')} description={t('passphrase.description')}>
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack gap="sm" maw={480}>
          <PasswordInput
            label={t('passphrase.current')}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            autoComplete="current-password"
            required
            error={tried && !current ? t('passphrase.currentMissing') : undefined}
          />
          <NewPassphraseFields value={pass} onChange={setPass} strength={strength} showErrors={tried} />
          <Group>
            <Button type="submit" loading={busy}>
              {t('passphrase.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SettingsSection>
  );
}
