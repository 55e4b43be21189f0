import { Button, Card, Chip, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  MONITORING_STATUSES,
  MONITORING_STATUS_LABELS,
  PLATFORMS,
  PLATFORM_LABELS,
  RISK_LABELS,
  RISK_LEVELS,
  TONES,
  TONE_LABELS,
} from '../../../../../src/shared/domain';
import { EMPTY_FILTERS, isFiltered, type FilterState, type PeriodKey } from '../logic';

function ChipRow<T extends string>({
  label,
  values,
  labels,
  selected,
  onChange,
}: {
  label: string;
  values: readonly T[];
  labels: Record<T, string>;
  selected: T[];
  onChange: (v: T[]) => void;
}) {
  return (
    <Group gap="xs" align="center" role="group" aria-label={label}>
      <Text size="sm" fw={600} w={70}>
        {label}
      </Text>
      <Chip.Group multiple value={selected} onChange={(v) => onChange(v as T[])}>
        <Group gap={6}>
          {values.map((v) => (
            <Chip key={v} value={v} size="xs" variant="outline">
              {labels[v]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Group>
  );
}

/** Platform, tone, risk, status and period: each a row of toggles, nothing hidden in menus. */
export function FiltersBar({ value, onChange }: { value: FilterState; onChange: (f: FilterState) => void }) {
  const { t } = useTranslation('monitoring');
  const periods: PeriodKey[] = ['alles', '24u', '7d', '30d', '90d'];
  return (
    <Card withBorder padding="sm" data-testid="monitoring-filters">
      <Stack gap={8}>
        <ChipRow
          label={t('filters.platforms')}
          values={PLATFORMS}
          labels={PLATFORM_LABELS}
          selected={value.platforms}
          onChange={(platforms) => onChange({ ...value, platforms })}
        />
        <ChipRow
          label={t('filters.tones')}
          values={TONES}
          labels={TONE_LABELS}
          selected={value.tones}
          onChange={(tones) => onChange({ ...value, tones })}
        />
        <ChipRow
          label={t('filters.risks')}
          values={RISK_LEVELS}
          labels={RISK_LABELS}
          selected={value.risks}
          onChange={(risks) => onChange({ ...value, risks })}
        />
        <ChipRow
          label={t('filters.statuses')}
          values={MONITORING_STATUSES}
          labels={MONITORING_STATUS_LABELS}
          selected={value.statuses}
          onChange={(statuses) => onChange({ ...value, statuses })}
        />
        <Group gap="xs" align="center" justify="space-between">
          <Group gap="xs" align="center">
            <Text size="sm" fw={600} w={70} id="monitoring-period-label">
              {t('filters.period')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby="monitoring-period-label"
              value={value.period}
              onChange={(period) => onChange({ ...value, period: period as PeriodKey })}
              data={periods.map((p) => ({ value: p, label: t(`filters.periods.${p}`) }))}
            />
          </Group>
          <Button
            size="xs"
            variant="subtle"
            disabled={!isFiltered(value)}
            onClick={() => onChange(EMPTY_FILTERS)}
          >
            {t('filters.reset')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
