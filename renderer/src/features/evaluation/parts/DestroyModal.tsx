import { useEffect, useState } from 'react';
import { Alert, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import type { RetentionDueItem } from '../../../../../src/shared/api';
import { LIMITS } from '../../../../../src/shared/domain/common';
import { formatDateNl } from '../../../ui/datetime';
import { FormDialog } from '../../../ui/form/FormDialog';
import { LimitedTextarea } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';

interface DestroyInput {
  typed: string;
  reason: string;
}

const EMPTY: DestroyInput = { typed: '', reason: '' };
/** The core's minimum for an early destruction's reason (destroy.ts). */
const MIN_REASON = 10;

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
  const [graceDays, setGraceDays] = useState<number | null>(null);
  const number = item?.number ?? '';
  const early = !!item?.early;
  // On the form layer: a reason typed when the lock comes is kept (in the vault) until saved.
  const form = useDraftForm<DestroyInput>({
    initial: EMPTY,
    active: item !== null,
    resetKey: item?.dossierId,
    draft: item ? { dossierId: item.dossierId, formKey: 'destroy:mark' } : null,
    validate: (v): Record<string, string> => {
      const out: Record<string, string> = {};
      const typed = v.typed.trim();
      // While the number is still being typed, say nothing (the button waits); a wrong character is named at once.
      if (!number.startsWith(typed)) out.typed = t('retention.confirmWrong', { number });
      if (early && v.reason.trim().length < MIN_REASON) out.reason = t('retention.reasonRequired', { min: MIN_REASON });
      return out;
    },
  });
  useEffect(() => {
    if (!item) return;
    let live = true;
    call('retention.get', {})
      .then((p) => live && setGraceDays(p.graceDays))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [item?.dossierId]);

  const mark = () =>
    form.submit(
      async (v) => {
        if (!item) return false;
        return call('retention.mark', { dossierId: item.dossierId, confirmNumber: v.typed.trim(), reason: v.reason.trim() });
      },
      {
        success: (result) => t('retention.markedDone', { number: result.number, due: formatDateNl(result.mark?.dueAt) }),
        close: onClose,
        then: onMarked,
      },
    );

  return (
    <FormDialog
      opened={item !== null}
      onClose={onClose}
      form={form}
      title={item ? t('retention.destroyTitle', { number }) : ''}
      submitLabel={t('retention.confirm')}
      onSubmit={() => void mark()}
      danger
      submitDisabled={form.values.typed.trim() !== number}
      testId="destroy-form"
    >
      {item && (
        <Stack gap="sm">
          <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />}>
            <Text size="sm">{t('retention.destroyExplain', { number, days: graceDays ?? 7 })}</Text>
          </Alert>
          <Text size="sm" c="dimmed">
            {t('retention.destroyBackups')}
          </Text>
          {early && (
            <LimitedTextarea
              label={t('retention.reason')}
              description={t('retention.reasonHint')}
              value={form.values.reason}
              onChange={(e) => form.set('reason', e.currentTarget.value)}
              error={form.error('reason')}
              autosize
              minRows={2}
              max={LIMITS.mediumText}
            />
          )}
          <TextInput
            label={t('retention.confirmLabel', { number })}
            value={form.values.typed}
            onChange={(e) => form.set('typed', e.currentTarget.value)}
            error={form.error('typed')}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
        </Stack>
      )}
    </FormDialog>
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
