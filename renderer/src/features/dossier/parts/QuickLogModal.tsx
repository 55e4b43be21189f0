import { useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { DateTimeField } from './DateTimeField';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { pickerToIso } from '../logic';
import { GuardedModal } from './GuardedModal';

/** Ctrl/Cmd+K: write down what just happened, without leaving the current step. */
export function QuickLogModal({
  opened,
  onClose,
  dossierId,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  dossierId: string;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('dossier');
  const [text, setText] = useState('');
  const [when, setWhen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setText('');
    setWhen(null);
    setError(null);
    onClose();
  };

  const save = async () => {
    if (!text.trim()) {
      setError(t('quickLog.required'));
      return;
    }
    setBusy(true);
    try {
      await call('chronology.add', { dossierId, occurredAt: pickerToIso(when), text: text.trim() });
      notifySuccess(t('quickLog.saved'));
      setText('');
      setWhen(null);
      setError(null);
      onClose();
      await onSaved();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <GuardedModal opened={opened} onClose={close} dirty={text.trim() !== ''} title={t('quickLog.title')}>
      {(requestClose) => (
        <Stack>
          <Text size="sm" c="dimmed">
            {t('quickLog.help')}
          </Text>
          <Textarea
            label={t('quickLog.text')}
            data-autofocus
            autosize
            minRows={3}
            maxRows={10}
            value={text}
            error={error}
            onChange={(e) => {
              setText(e.currentTarget.value);
              if (error) setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
            }}
          />
          <DateTimeField
            label={t('quickLog.when')}
            description={t('quickLog.whenHelp')}
            value={when}
            onChange={setWhen}
            clearable
            maxDate={new Date()}
            valueFormat="D MMMM YYYY HH:mm"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              {t('cancel')}
            </Button>
            <Button onClick={() => void save()} loading={busy}>
              {t('quickLog.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </GuardedModal>
  );
}
