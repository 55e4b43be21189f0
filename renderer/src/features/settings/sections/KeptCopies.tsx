import { Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeptCopyInfo, VaultStatus } from '../../../../../src/shared/api';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { formatDateNl } from '../../../ui/datetime';

/**
 * The way back after a restore: the replaced vault, kept encrypted until the next backup.
 * Going back needs the passphrase (checked by the core) and a "yes" in main's own dialog.
 */
export function KeptCopies({ onRestored }: { onRestored: (status: VaultStatus) => void }) {
  const { t } = useTranslation('settings');
  const [copies, setCopies] = useState<KeptCopyInfo[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setCopies(await call('vault.keptCopies', {}));
    } catch {
      setCopies([]);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  if (copies.length === 0) return null;

  const back = async (copy: KeptCopyInfo) => {
    setBusy(copy.id);
    try {
      const r = await call('vault.returnToKept', { id: copy.id, passphrase, currentPassphrase: passphrase });
      if ('cancelled' in r) {
        notifySuccess(t('backup.keptCancelled'));
        return;
      }
      setPassphrase('');
      notifySuccess(t('backup.keptDone'));
      onRestored(r);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
      void load();
    }
  };

  return (
    <Card withBorder padding="md" data-testid="kept-copies">
      <Title order={3} size="h5" mb={4}>
        {t('backup.keptTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('backup.keptHint')}
      </Text>
      <Stack gap="sm">
        {copies.map((c) => (
          <Stack key={c.id} gap={6}>
            <Text size="sm">
              {t('backup.keptLine', { when: formatDateNl(c.keptAt), by: c.replacedBy, lost: c.lostAuditRecords })}
            </Text>
            <Group align="flex-end" gap="sm">
              <PasswordInput
                label={t('backup.keptPassphrase')}
                description={t('backup.keptPassphraseHint')}
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                autoComplete="off"
                w={360}
              />
              <Button
                variant="default"
                disabled={!passphrase}
                loading={busy === c.id}
                onClick={() => void back(c)}
              >
                {t('backup.keptBack')}
              </Button>
            </Group>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
