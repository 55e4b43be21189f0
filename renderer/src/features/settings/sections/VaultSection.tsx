import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFolder, IconFolderOpen, IconFolderPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useSession } from '../../../session/SessionContext';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { SettingsSection, type SettingsSectionProps } from '../SettingsSection';

/**
 * Where the vault lives. Changing the folder points Vangnet at another vault (or at an empty
 * folder for a new one); the current vault stays untouched where it is. Vangnet locks first.
 */
export function VaultSection({ settings }: Pick<SettingsSectionProps, 'settings'>) {
  const { t } = useTranslation('settings');
  const session = useSession();
  const [open, modal] = useDisclosure(false);

  const choose = async (mode: 'open-existing' | 'new-location') => {
    try {
      const result = await call('vault.chooseLocation', { mode });
      if ('cancelled' in result) return;
      modal.close();
      // The core closed the vault; drop the UI too, then show what is at the new place.
      await session.lock('user');
      notifySuccess(t('vault.changed', { location: result.location }));
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <SettingsSection id="vault" title={t('vault.title')} description={t('vault.description')}>
      <Group gap="sm" wrap="nowrap" align="center">
        <IconFolder size={20} aria-hidden />
        <Code data-testid="vault-location" style={{ wordBreak: 'break-all' }}>
          {settings.vaultLocation}
        </Code>
      </Group>
      <Group>
        <Button variant="default" onClick={modal.open}>
          {t('vault.change')}
        </Button>
      </Group>
      <Modal opened={open} onClose={modal.close} title={t('vault.changeTitle')} size="lg" centered>
        <Stack gap="md">
          <Text>{t('vault.changeIntro')}</Text>
          <Button
            variant="light"
            justify="flex-start"
            leftSection={<IconFolderOpen size={18} aria-hidden />}
            onClick={() => void choose('open-existing')}
          >
            {t('vault.openExisting')}
          </Button>
          <Button
            variant="light"
            justify="flex-start"
            leftSection={<IconFolderPlus size={18} aria-hidden />}
            onClick={() => void choose('new-location')}
          >
            {t('vault.newLocation')}
          </Button>
          <Group justify="flex-end">
            <Button variant="default" onClick={modal.close}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SettingsSection>
  );
}
