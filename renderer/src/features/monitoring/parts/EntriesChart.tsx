// Chart styles travel with the chart chunk, not the entry.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { IconTrendingDown, IconTrendingUp, IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PLATFORM_LABELS, type MonitoringStats } from '../../../../../src/shared/domain';
import { PLATFORM_COLORS, chartRows, trend } from '../logic';

/** Stacked bars per day (or week) and platform, with a one-line reading of the trend. */
export function EntriesChart({ stats }: { stats: MonitoringStats | null }) {
  const { t } = useTranslation('monitoring');
  if (!stats) return null;
  // Up to today (local date), so a quiet spell at the end reads as dying down.
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const { rows, perWeek } = chartRows(stats, 60, today);
  const direction = trend(rows, stats.platforms);
  const TrendIcon = direction === 'op' ? IconTrendingUp : direction === 'af' ? IconTrendingDown : IconMinus;
  return (
    <Card withBorder padding="md" data-testid="monitoring-chart">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {perWeek ? t('chart.titleWeek') : t('chart.title')}
        </Title>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('chart.empty')}
          </Text>
        ) : (
          <>
            <Alert
              p="xs"
              variant="light"
              color={direction === 'op' ? 'red' : direction === 'af' ? 'teal' : 'gray'}
              icon={<TrendIcon size={18} aria-hidden />}
              data-testid="monitoring-trend"
              data-trend={direction}
            >
              <Text size="sm">{t(`chart.trend.${direction}`)}</Text>
            </Alert>
            <BarChart
              h={220}
              data={rows}
              dataKey="label"
              type="stacked"
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              tickLine="y"
              maxBarWidth={56}
              yAxisProps={{ allowDecimals: false }}
              series={stats.platforms.map((p) => ({
                name: p,
                label: PLATFORM_LABELS[p],
                color: PLATFORM_COLORS[p],
              }))}
              aria-label={perWeek ? t('chart.titleWeek') : t('chart.title')}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
