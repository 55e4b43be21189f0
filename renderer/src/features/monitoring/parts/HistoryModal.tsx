import { useEffect, useState } from 'react';
import { Badge, Card, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { errorMessage } from '../../../ui/notify';
import {
  MONITORING_ACTION_LABELS,
  MONITORING_STATUS_LABELS,
  PLATFORM_LABELS,
  RISK_LABELS,
  TONE_LABELS,
  type MonitoringEntry,
} from '../../../../../src/shared/domain';
import { formatDateTimeNl } from '../../../ui/datetime';
import { LocationText } from './LocationText';

/** Every version of one observation, oldest first: nothing recorded is ever lost. */
export function HistoryModal({ entry, onClose }: { entry: MonitoringEntry | null; onClose: () => void }) {
  const { t } = useTranslation('monitoring');
  const [versions, setVersions] = useState<MonitoringEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setVersions(null);
    setError(null);
    if (!entry) return;
    call('monitoring.history', { entryId: entry.id }).then(setVersions, (err: unknown) =>
      setError(errorMessage(err)),
    );
  }, [entry]);
  return (
    <Modal opened={entry !== null} onClose={onClose} title={t('history.title')} size="lg">
      {error && <Text c="red">{error}</Text>}
      {!versions && !error && <Loader size="sm" />}
      <Stack gap="sm" data-testid="monitoring-history">
        {versions?.map((v) => (
          <Card
            key={v.id}
            withBorder
            padding="sm"
            bg={v.supersededById ? 'gray.0' : 'yellow.0'}
            data-testid="monitoring-history-version"
          >
            <Stack gap={4}>
              <Group gap={8}>
                <Text size="sm" fw={700}>
                  {t('history.version', { version: v.version })}
                </Text>
                {!v.supersededById && (
                  <Badge size="xs" color="teal">
                    {t('history.current')}
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  {t('history.recorded', { when: formatDateTimeNl(v.recordedAt), author: v.author })}
                </Text>
              </Group>
              {v.correctionReason && (
                <Text size="sm" fs="italic">
                  {t('history.reason', { reason: v.correctionReason })}
                </Text>
              )}
              <Text size="sm">
                {formatDateTimeNl(v.seenAt)} · {PLATFORM_LABELS[v.platform]} · {TONE_LABELS[v.tone]} ·{' '}
                {t('fields.risk')}: {RISK_LABELS[v.risk]} · {MONITORING_STATUS_LABELS[v.status]} ·{' '}
                {MONITORING_ACTION_LABELS[v.action]}
              </Text>
              <LocationText value={v.location} />
              <Text
                size="sm"
                style={{ whiteSpace: 'pre-wrap' }}
                td={v.supersededById ? 'line-through' : undefined}
              >
                {v.description}
              </Text>
            </Stack>
          </Card>
        ))}
      </Stack>
    </Modal>
  );
}
