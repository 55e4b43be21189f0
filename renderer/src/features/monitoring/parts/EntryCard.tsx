import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  MONITORING_ACTION_LABELS,
  MONITORING_STATUS_LABELS,
  PLATFORM_LABELS,
  REACH_LABELS,
  RISK_LABELS,
  TONE_LABELS,
  type MonitoringEntry,
} from '../../../../../src/shared/domain';
import { formatDateTimeNl, isOverdue } from '../../../ui/datetime';
import { PLATFORM_COLORS, RISK_COLORS, STATUS_COLORS, TONE_COLORS } from '../logic';
import { LocationText } from './LocationText';

/** One observation (its current version) with what can be done with it. */
export function EntryCard({
  entry,
  now,
  schoolWide,
  readOnly,
  onCorrect,
  onHistory,
  onTakedown,
}: {
  entry: MonitoringEntry;
  now: Date;
  schoolWide: boolean;
  readOnly: boolean;
  onCorrect: (e: MonitoringEntry) => void;
  onHistory: (e: MonitoringEntry) => void;
  onTakedown: (e: MonitoringEntry) => void;
}) {
  const { t } = useTranslation('monitoring');
  const navigate = useNavigate();
  const overdue = entry.status !== 'afgehandeld' && isOverdue(entry.followUpAt, now);
  const platformColor = PLATFORM_COLORS[entry.platform].split('.')[0];
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="monitoring-entry"
      data-platform={entry.platform}
      data-version={entry.version}
    >
      <Stack gap={6}>
        <Group gap={8} wrap="wrap">
          <Text size="sm" fw={600}>
            {formatDateTimeNl(entry.seenAt)}
          </Text>
          <Badge color={platformColor} variant="filled" autoContrast size="sm">
            {PLATFORM_LABELS[entry.platform]}
          </Badge>
          <Badge color={TONE_COLORS[entry.tone]} variant="light" size="sm">
            {t('fields.tone')}: {TONE_LABELS[entry.tone]}
          </Badge>
          <Badge color={RISK_COLORS[entry.risk]} variant="light" size="sm">
            {t('fields.risk')}: {RISK_LABELS[entry.risk]}
          </Badge>
          <Badge color={STATUS_COLORS[entry.status]} variant="outline" size="sm">
            {MONITORING_STATUS_LABELS[entry.status]}
          </Badge>
          {entry.version > 1 && (
            <Badge color="yellow" variant="light" size="sm">
              {t('list.version', { version: entry.version })}
            </Badge>
          )}
          {schoolWide && (
            <Anchor
              size="sm"
              component="button"
              type="button"
              onClick={() => navigate(`/dossiers/${entry.dossierId}/monitoring`)}
            >
              {t('list.dossier', { number: entry.dossierNumber })}
            </Anchor>
          )}
        </Group>
        <LocationText value={entry.location} />
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="monitoring-entry-description">
          {entry.description}
        </Text>
        <Text size="xs" c="dimmed">
          {MONITORING_ACTION_LABELS[entry.action]}
          {entry.actionNote ? ` – ${entry.actionNote}` : ''} · {REACH_LABELS[entry.reach]} ·{' '}
          {t('list.seenBy', { who: entry.seenBy })}
        </Text>
        {entry.followUpAt && (
          <Text
            size="xs"
            c={overdue ? 'red.9' : 'dimmed'}
            fw={overdue ? 600 : undefined}
            data-testid={overdue ? 'monitoring-entry-overdue' : undefined}
          >
            {overdue
              ? t('list.overdue', { when: formatDateTimeNl(entry.followUpAt) })
              : t('list.followUp', { when: formatDateTimeNl(entry.followUpAt) })}
          </Text>
        )}
        <Group gap="xs">
          {!readOnly && !schoolWide && (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => onCorrect(entry)}
              aria-label={t('correct.buttonNamed', { when: formatDateTimeNl(entry.seenAt) })}
            >
              {t('correct.button')}
            </Button>
          )}
          {entry.version > 1 && (
            <Button size="compact-xs" variant="subtle" onClick={() => onHistory(entry)}>
              {t('history.button', { count: entry.version })}
            </Button>
          )}
          {!readOnly && !schoolWide && (
            <Button size="compact-xs" variant="subtle" onClick={() => onTakedown(entry)}>
              {t('list.makeTakedown')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
