import { useNavigate } from 'react-router';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconBolt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STEP_STATUS_LABELS } from '../../../../../src/shared/domain';
import { PHASES, firstDayView } from '../../../../../src/shared/protocol';
import type { DossierTabProps } from '../tabProps';
import { applicability, elapsedFromMinutes, elapsedSince, formatElapsedNl } from '../logic';
import { formatDateTimeNl } from '../../../ui/datetime';
import { useNow } from '../useNow';
import { STEP_STATUS_COLORS } from './StepsTab';

/** "De eerste 24 uur": the urgent steps, soonest due first. Handel snel, maar wel doordacht. */
export function FirstDayTab({ dossierId, detail }: DossierTabProps) {
  const { t } = useTranslation('dossier');
  const navigate = useNavigate();
  const now = useNow(30_000);
  const items = firstDayView(detail.steps, detail.dossier.discoveredAt, now, applicability(detail));
  const elapsed = elapsedSince(detail.dossier.discoveredAt, now);
  const remaining = Math.max(0, 24 * 60 - elapsed.totalMinutes);
  const done = items.filter((i) => i.status === 'gedaan' || i.status === 'nvt').length;
  return (
    <Stack gap="md">
      <Alert
        color="orange"
        variant="light"
        icon={<IconBolt size={18} aria-hidden />}
        title={t('firstDay.title')}
      >
        <Text size="sm">{t('firstDay.intro')}</Text>
        <Text size="sm" fw={600} mt={6}>
          {remaining > 0
            ? t('firstDay.remaining', {
                elapsed: formatElapsedNl(elapsed),
                remaining: formatElapsedNl(elapsedFromMinutes(remaining)),
              })
            : t('firstDay.past', { elapsed: formatElapsedNl(elapsed) })}
        </Text>
      </Alert>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('firstDay.list')}
        </Title>
        <Badge
          variant={done === items.length ? 'filled' : 'light'}
          color={done === items.length ? 'teal.9' : 'blue'}
          size="lg"
        >
          {t('firstDay.progress', { done, total: items.length })}
        </Badge>
      </Group>
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item) => (
          <Paper
            key={item.step.id}
            component="li"
            withBorder
            p="sm"
            radius="md"
            bg={item.overdue ? 'red.0' : undefined}
            style={item.overdue ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}
            data-testid={`firstday-${item.step.id}`}
          >
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2}>
                <Text fw={600}>{item.step.title}</Text>
                <Group gap={8}>
                  <Text size="xs" c="dimmed">
                    {PHASES.find((p) => p.id === item.step.phaseId)?.title}
                  </Text>
                  {item.dueAt && (
                    <Text size="xs" c={item.overdue ? 'red.9' : 'dimmed'} fw={item.overdue ? 700 : undefined}>
                      {item.overdue && (
                        <IconAlertTriangle size={12} aria-hidden style={{ verticalAlign: 'middle' }} />
                      )}{' '}
                      {item.overdue
                        ? t('steps.overdue', { when: formatDateTimeNl(item.dueAt) })
                        : t(item.suggested ? 'firstDay.suggested' : 'steps.due', {
                            when: formatDateTimeNl(item.dueAt),
                          })}
                    </Text>
                  )}
                </Group>
              </Stack>
              <Group gap="xs" wrap="nowrap">
                <Badge
                  color={STEP_STATUS_COLORS[item.status]}
                  variant={item.status === 'open' ? 'outline' : 'filled'}
                >
                  {STEP_STATUS_LABELS[item.status]}
                </Badge>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  rightSection={<IconArrowRight size={14} aria-hidden />}
                  onClick={() =>
                    navigate(`/dossiers/${dossierId}/stappen?fase=${item.step.phaseId}&stap=${item.step.id}`)
                  }
                  aria-label={t('steps.openNamed', { title: item.step.title })}
                >
                  {t('steps.open')}
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
