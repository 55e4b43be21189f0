import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import type { RetentionDueItem } from '../../../../../src/shared/api';

/** Destruction needs the dossier number typed over: no single click can wipe a dossier. */
export function DestroyModal({
  item,
  onClose,
  onDestroyed,
}: {
  item: (Pick<RetentionDueItem, 'dossierId' | 'number'> & { early?: boolean }) | null;
  onClose: () => void;
  onDestroyed: () => Promise<void> | void;
}) {
  const { t } = useTranslation('evaluation');
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setTyped('');
    setReason('');
  }, [item?.dossierId]);
  const matches = !!item && typed.trim() === item.number;

  const destroy = async () => {
    if (!item || !matches) return;
    setBusy(true);
    try {
      const result = await call('retention.destroy', {
        dossierId: item.dossierId,
        confirmNumber: typed.trim(),
        reason: reason.trim(),
      });
      notifySuccess(t('retention.destroyed', { number: result.destroyed }));
      onClose();
      await onDestroyed();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={item !== null}
      onClose={onClose}
      title={item ? t('retention.destroyTitle', { number: item.number }) : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': t('close') }}
    >
      {item && (
        <Stack gap="sm">
          <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />}>
            <Text size="sm">{t('retention.destroyExplain', { number: item.number })}</Text>
          </Alert>
          <Text size="sm" c="dimmed">
            {t('retention.destroyBackups')}
          </Text>
          {item.early && (
            <Textarea
              label={t('retention.reason')}
              description={t('retention.reasonHint')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
            />
          )}
          <TextInput
            label={t('retention.confirmLabel', { number: item.number })}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cancel')}
            </Button>
            <Button color="red" onClick={() => void destroy()} loading={busy} disabled={!matches}>
              {t('retention.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
