import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import type { RetentionDueItem } from '../../../../../src/shared/api';
import { formatDateNl } from '../../../ui/datetime';

/**
 * Stage one of destruction: mark the dossier "te vernietigen", with its number typed over.
 * Nothing is erased here; erasing is a separate step after the grace period (or earlier with
 * a confirmation in a dialog of the main process, which this page cannot answer).
 */
export function DestroyModal({
  item,
  onClose,
  onMarked,
}: {
  item: (Pick<RetentionDueItem, 'dossierId' | 'number'> & { early?: boolean }) | null;
  onClose: () => void;
  onMarked: () => Promise<void> | void;
}) {
  const { t } = useTranslation('evaluation');
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [graceDays, setGraceDays] = useState<number | null>(null);
  useEffect(() => {
    setTyped('');
    setReason('');
    if (!item) return;
    let live = true;
    call('retention.get', {})
      .then((p) => live && setGraceDays(p.graceDays))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [item?.dossierId]);
  const matches = !!item && typed.trim() === item.number;

  const mark = async () => {
    if (!item || !matches) return;
    setBusy(true);
    try {
      const result = await call('retention.mark', {
        dossierId: item.dossierId,
        confirmNumber: typed.trim(),
        reason: reason.trim(),
      });
      notifySuccess(t('retention.markedDone', { number: result.number, due: formatDateNl(result.mark?.dueAt) }));
      onClose();
      await onMarked();
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
            <Text size="sm">{t('retention.destroyExplain', { number: item.number, days: graceDays ?? 7 })}</Text>
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
            <Button color="red" onClick={() => void mark()} loading={busy} disabled={!matches}>
              {t('retention.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Lift a mark or erase a marked dossier; erasing early is confirmed by main's own dialog. */
export function useDestructionActions(onChanged: () => Promise<void> | void) {
  const { t } = useTranslation('evaluation');
  const [busy, setBusy] = useState<string | null>(null);
  const unmark = async (item: Pick<RetentionDueItem, 'dossierId' | 'number'>) => {
    setBusy(item.dossierId);
    try {
      await call('retention.unmark', { dossierId: item.dossierId });
      notifySuccess(t('retention.unmarked', { number: item.number }));
      await onChanged();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };
  const destroy = async (item: Pick<RetentionDueItem, 'dossierId' | 'number'>): Promise<boolean> => {
    setBusy(item.dossierId);
    try {
      const result = await call('retention.destroy', { dossierId: item.dossierId });
      if ('cancelled' in result) {
        notifySuccess(t('retention.destroyCancelled', { number: item.number }));
        return false;
      }
      notifySuccess(t('retention.destroyed', { number: result.destroyed }));
      await onChanged();
      return true;
    } catch (err) {
      notifyError(err);
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { busy, unmark, destroy };
}
