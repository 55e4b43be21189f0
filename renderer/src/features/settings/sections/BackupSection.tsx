import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../../../src/shared/api';
import { call } from '../../../api/client';
import { RestoreBackupForm } from '../../../session/RestoreBackupForm';
import { useSession } from '../../../session/SessionContext';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { SettingsSection } from '../SettingsSection';
import { KeptCopies } from './KeptCopies';

/** Encrypted back-ups: make one to a file the user chooses, or put one back. */
export function BackupSection() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [restoreOpen, restore] = useDisclosure(false);

  const backup = async () => {
    setBusy(true);
    try {
      const result = await call('vault.backup', {});
      if ('file' in result) notifySuccess(t('backup.made', { file: result.file }), t('backup.madeTitle'));
    } catch (err) {
      notifyError(err, t('backup.failedTitle'));
    } finally {
      setBusy(false);
    }
  };

  const restored = (status: VaultStatus) => {
    restore.close();
    session.enter(status);
    notifySuccess(t('backup.restored'), t('backup.restoredTitle'));
  };

  return (
    <SettingsSection id="backup" title={t('backup.title')} description={t('backup.description')}>
      <Group gap="sm">
        <Button onClick={() => void backup()} loading={busy} leftSection={<IconDownload size={18} aria-hidden />}>
          {t('backup.make')}
        </Button>
        <Button variant="default" onClick={restore.open} leftSection={<IconArchive size={18} aria-hidden />}>
          {t('backup.restore')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('backup.hint')}
      </Text>
      <KeptCopies onRestored={(status) => session.enter(status)} />
      <Modal opened={restoreOpen} onClose={restore.close} title={t('backup.restoreTitle')} size="lg" centered>
        <RestoreBackupForm
          onRestored={restored}
          onCancel={restore.close}
          warning={t('backup.restoreWarning')}
          replacing
        />
      </Modal>
    </SettingsSection>
  );
}
