import { Button, Group } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useSession } from '../../../session/SessionContext';
import { notifySuccess } from '../../../ui/notify';
import { LimitedTextInput } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { LIMITS } from '../../../../../src/shared/domain/common';
import { SettingsSection, type SettingsSectionProps } from '../SettingsSection';

/** The user's name: recorded in every audit line and on documents. */
export function ProfileSection({ settings, onSaved }: SettingsSectionProps) {
  const { t } = useTranslation('settings');
  const session = useSession();
  const initialName = settings.userName ?? session.status.userName ?? '';
  // One short name: validated while typing, not kept as a draft.
  const form = useDraftForm<{ name: string }>({
    initial: { name: initialName },
    active: true,
    resetKey: initialName,
    draft: null,
    validate: ({ name }): Record<string, string> =>
      name.trim() ? (name.length > LIMITS.shortText ? { name: t('common:form.tooLong', { max: LIMITS.shortText, over: name.length - LIMITS.shortText }) } : {}) : { name: t('profile.missing') },
  });

  const save = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async ({ name }) => {
      onSaved(await call('settings.update', { userName: name.trim() }));
      // The header shows the name from the vault status.
      void session.refresh();
      notifySuccess(t('profile.saved'));
    });
  };

  return (
    <SettingsSection id="profile" title={t('profile.title')} description={t('profile.description')}>
      <form onSubmit={save} noValidate>
        <Group align="flex-end" gap="sm">
          <LimitedTextInput
            label={t('profile.name')}
            max={LIMITS.shortText}
            value={form.values.name}
            onChange={(e) => form.set('name', e.currentTarget.value)}
            required
            error={form.error('name')}
            style={{ flex: 1, minWidth: 240 }}
          />
          <Button type="submit" loading={form.busy}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </form>
    </SettingsSection>
  );
}
