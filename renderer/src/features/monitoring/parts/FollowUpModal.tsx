import { useEffect, useState } from 'react';
import { Button, Group, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { TAKEDOWN_STATUSES, TAKEDOWN_STATUS_LABELS, type Takedown, type TakedownStatus } from '../../../../../src/shared/domain';
import { GuardedModal } from '../../dossier/parts/GuardedModal';
import { localInputToIso } from '../logic';
import { NoFilesZone } from './NoFilesZone';

/** "I checked": what was found, the status now, and when to look again. */
export function FollowUpModal({ takedown, onClose, onSaved }: { takedown: Takedown | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('monitoring');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<TakedownStatus>('in-behandeling');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (takedown) {
      setNote('');
      setStatus(takedown.status);
      setNext('');
      setError(null);
    }
  }, [takedown]);

  const save = async () => {
    if (!takedown) return;
    if (!note.trim()) {
      setError(t('required'));
      return;
    }
    setBusy(true);
    try {
      await call('takedown.addFollowUp', { takedownId: takedown.id, note: note.trim(), status, nextFollowUpAt: localInputToIso(next) });
      notifySuccess(t('takedowns.followUpSaved'));
      onClose();
      onSaved();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <GuardedModal opened={takedown !== null} onClose={onClose} dirty={note.trim() !== ''} title={t('takedowns.followUpTitle')}>
      {(requestClose) => (
        <NoFilesZone testId="follow-up-zone">
          <Stack gap="sm" data-testid="follow-up-form">
            <Textarea
              label={t('takedowns.followUpNote')}
              value={note}
              onChange={(e) => {
                setNote(e.currentTarget.value);
                setError(null);
              }}
              error={error}
              autosize
              minRows={2}
              required
              data-autofocus
            />
            <NativeSelect
              label={t('takedowns.followUpStatus')}
              data={TAKEDOWN_STATUSES.map((s) => ({ value: s, label: TAKEDOWN_STATUS_LABELS[s] }))}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as TakedownStatus)}
            />
            <TextInput type="datetime-local" label={t('takedowns.nextFollowUp')} description={t('fields.followUpHelp')} value={next} onChange={(e) => setNext(e.currentTarget.value)} />
            <Group justify="flex-end">
              <Button variant="default" onClick={requestClose}>
                {t('cancel')}
              </Button>
              <Button onClick={() => void save()} loading={busy}>
                {t('save')}
              </Button>
            </Group>
          </Stack>
        </NoFilesZone>
      )}
    </GuardedModal>
  );
}
