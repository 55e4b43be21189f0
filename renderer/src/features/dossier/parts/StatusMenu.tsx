import { useState } from 'react';
import { Alert, Button, Group, List, Menu, Stack, Text, Textarea } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { errorMessage, notifySuccess } from '../../../ui/notify';
import { STEP_STATUS_LABELS, type DossierDetail, type DossierStatus } from '../../../../../src/shared/domain';
import { isDoneStatus, isStepApplicable } from '../../../../../src/shared/protocol';
import { applicability, stepState } from '../logic';
import { GuardedModal } from './GuardedModal';

/** Status changes: to aftercare, close (only after evaluation; the core checks), reopen. */
export function StatusMenu({
  detail,
  onChanged,
}: {
  detail: DossierDetail;
  onChanged: (d: DossierDetail) => void;
}) {
  const { t } = useTranslation('dossier');
  const [target, setTarget] = useState<DossierStatus | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const status = detail.dossier.status;
  const opts = applicability(detail);
  const evaluation = detail.protocol.steps.filter((s) => s.phaseId === 'evalueer' && isStepApplicable(s, opts));

  const close = () => {
    setTarget(null);
    setReason('');
    setError(null);
  };

  const submit = async () => {
    if (!target) return;
    setBusy(true);
    try {
      const next = await call('dossier.setStatus', {
        dossierId: detail.dossier.id,
        status: target,
        reason: reason.trim(),
      });
      onChanged(next);
      notifySuccess(t(`status.done.${target}`));
      close();
    } catch (err) {
      // The core lists the open evaluation steps in Dutch; show it right here.
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            rightSection={<IconChevronDown size={16} aria-hidden />}
            variant="light"
            data-testid="status-menu"
          >
            {t('status.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {status !== 'nazorg' && status !== 'gesloten' && (
            <Menu.Item onClick={() => setTarget('nazorg')}>{t('status.toNazorg')}</Menu.Item>
          )}
          {status !== 'gesloten' && (
            <Menu.Item onClick={() => setTarget('gesloten')}>{t('status.toClosed')}</Menu.Item>
          )}
          {status !== 'open' && <Menu.Item onClick={() => setTarget('open')}>{t('status.reopen')}</Menu.Item>}
        </Menu.Dropdown>
      </Menu>

      <GuardedModal
        opened={target !== null}
        onClose={close}
        dirty={reason.trim() !== ''}
        title={target ? t(`status.title.${target}`) : ''}
      >
        {(requestClose) => (
          <Stack>
            <Text size="sm">{target ? t(`status.explain.${target}`) : ''}</Text>
            {target === 'gesloten' && (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('status.evaluationSteps')}
                </Text>
                <List size="sm" spacing={2}>
                  {evaluation.map((s) => {
                    const st = stepState(detail, s.id).status;
                    return (
                      <List.Item key={s.id}>
                        {s.title}:{' '}
                        <Text span fw={600} c={isDoneStatus(st) ? 'teal.9' : '#8a3200'}>
                          {STEP_STATUS_LABELS[st].toLowerCase()}
                        </Text>
                      </List.Item>
                    );
                  })}
                </List>
              </Stack>
            )}
            <Textarea
              label={t('status.reason')}
              description={t('status.reasonHelp')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
              data-autofocus
            />
            {error && (
              <Alert color="red" role="alert" title={t('status.refused')} data-testid="status-error">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={requestClose}>
                {t('cancel')}
              </Button>
              <Button
                onClick={() => void submit()}
                loading={busy}
                color={target === 'gesloten' ? 'gray' : 'blue'}
              >
                {target ? t(`status.confirm.${target}`) : ''}
              </Button>
            </Group>
          </Stack>
        )}
      </GuardedModal>
    </>
  );
}
