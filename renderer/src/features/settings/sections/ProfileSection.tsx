import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useSession } from '../../../session/SessionContext';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { SettingsSection, type SettingsSectionProps } from '../SettingsSection';

/** The user's name: recorded in every audit line and on documents. */
export function ProfileSection({ settings, onSaved }: SettingsSectionProps) {
  const { t } = useTranslation('settings');
  const session = useSession();
  const [name, setName] = useState(settings.userName ?? session.status.userName ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('profile.missing'));
      return;
    }
    setError(null);
    setBusy(true);
    try {
      onSaved(await call('settings.update', { userName: name.trim() }));
      // The header shows the name from the vault status.
      void session.refresh();
      notifySuccess(t('profile.saved'));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection id="profile" title={t('profile.title')} description={t('profile.description')}>
      <form onSubmit={(e) => void save(e)} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('profile.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={200}
            required
            error={error}
            style={{ flex: 1, minWidth: 240 }}
          />
          <Button type="submit" loading={busy}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </form>
    </SettingsSection>
  );
}
