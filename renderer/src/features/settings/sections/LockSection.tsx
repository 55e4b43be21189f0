import { Button, Group, NumberInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { SettingsSection, type SettingsSectionProps } from '../SettingsSection';

/** Minutes without activity before Vangnet locks itself (1–60; the core enforces the bounds). */
export function LockSection({ settings, onSaved }: SettingsSectionProps) {
  const { t } = useTranslation('settings');
  const [minutes, setMinutes] = useState<number | string>(settings.idleLockMinutes);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const next = await call('settings.update', { idleLockMinutes: Number(minutes) });
      onSaved(next);
      notifySuccess(t('lock.saved', { count: next.idleLockMinutes }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection id="lock" title={t('lock.title')} description={t('lock.description')}>
      <form onSubmit={(e) => void save(e)} noValidate>
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('lock.minutes')}
            value={minutes}
            onChange={setMinutes}
            min={1}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            w={280}
          />
          <Button type="submit" loading={busy}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </form>
    </SettingsSection>
  );
}
