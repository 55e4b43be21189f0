import { Button, Group } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifySuccess } from '../../../ui/notify';
import { IntegerField } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { schemaValidator } from '../../../ui/form/validation';
import { vaultOps } from '../../../../../src/shared/api/vault';
import { SettingsSection, type SettingsSectionProps } from '../SettingsSection';

interface LockValues {
  minutes: number | null;
}

/** The contract's bounds and Dutch messages ("Maximaal 60 minuten: …"), shown while typing. */
const settingsSchema = schemaValidator<{ idleLockMinutes: number }>(vaultOps['settings.update'].input);
const validateLock = ({ minutes }: LockValues): Record<string, string> => {
  const errors = settingsSchema({ idleLockMinutes: minutes ?? Number.NaN });
  return errors.idleLockMinutes ? { minutes: errors.idleLockMinutes } : {};
};

/**
 * Minutes without activity before Vangnet locks itself (1–60; the core enforces the bounds).
 * What is typed stays as typed: "−5" or "twee" is shown as a problem at the field, never
 * silently changed. A single number is not kept as a draft.
 */
export function LockSection({ settings, onSaved }: SettingsSectionProps) {
  const { t } = useTranslation('settings');
  const form = useDraftForm<LockValues>({
    initial: { minutes: settings.idleLockMinutes },
    active: true,
    resetKey: settings.idleLockMinutes,
    draft: null,
    validate: validateLock,
  });

  const save = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async ({ minutes }) => {
      const next = await call('settings.update', { idleLockMinutes: minutes ?? 0 });
      onSaved(next);
      notifySuccess(t('lock.saved', { count: next.idleLockMinutes }));
    });
  };

  return (
    <SettingsSection id="lock" title={t('lock.title')} description={t('lock.description')}>
      <form onSubmit={save} noValidate>
        <Group align="flex-start" gap="sm">
          <IntegerField
            label={t('lock.minutes')}
            value={form.values.minutes}
            onChange={(v) => form.set('minutes', v)}
            onProblem={(m) => {
              form.setFieldProblem('minutes', m);
              form.touch('minutes');
            }}
            error={form.error('minutes')}
            w={280}
          />
          <Button type="submit" loading={form.busy} mt={25}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </form>
    </SettingsSection>
  );
}
