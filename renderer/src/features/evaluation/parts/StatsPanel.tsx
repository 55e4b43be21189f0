// Chart styles travel with the chart chunk, not the entry.
import '@mantine/charts/styles.css';
import { useEffect, useState } from 'react';
import { Alert, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { BarChart, DonutChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { errorMessage } from '../../../ui/notify';
import type { AnnualStats } from '../../../../../src/shared/api';

const DONUT_COLORS = [
  'blue.6',
  'teal.6',
  'grape.6',
  'orange.6',
  'cyan.6',
  'pink.6',
  'lime.7',
  'indigo.6',
  'yellow.7',
  'gray.6',
];

/** Anonymous annual figures as charts: counts only, nothing that identifies a pupil. `version` reloads. */
export function StatsPanel({ version = 0 }: { version?: number }) {
  const { t } = useTranslation('evaluation');
  const [year, setYear] = useState<number | null>(null);
  const [stats, setStats] = useState<AnnualStats | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('stats.get', { year })
      .then((s) => {
        setStats(s);
        setError(null);
      })
      .catch((err) => setError(errorMessage(err)));
  }, [year, version]);

  if (error) return <Alert color="red">{error}</Alert>;
  if (!stats) return null;
  const td = stats.takedowns;

  return (
    <Card withBorder padding="lg" data-testid="stats-panel">
      <Group justify="space-between" align="flex-start" mb="md">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {t('stats.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('stats.intro')}
          </Text>
        </Stack>
        <Select
          label={t('stats.year')}
          w={160}
          value={year === null ? '' : String(year)}
          onChange={(v) => setYear(v ? Number(v) : null)}
          data={[
            { value: '', label: t('stats.allYears') },
            ...stats.perYear.map((y) => ({ value: String(y.year), label: String(y.year) })),
          ]}
          allowDeselect={false}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Text fw={600}>
            {t('stats.perYear')} · {t('stats.total')}: {stats.total}
          </Text>
          <div role="img" aria-label={t('stats.perYear')}>
            <BarChart
              h={200}
              data={stats.perYear.map((y) => ({ jaar: String(y.year), [t('stats.count')]: y.count }))}
              dataKey="jaar"
              yAxisProps={{ allowDecimals: false }}
              series={[{ name: t('stats.count'), color: 'blue.6' }]}
              withBarValueLabel
            />
          </div>
        </Stack>
        <Stack gap="xs">
          <Text fw={600}>
            {t('stats.firstAction')} ·{' '}
            {stats.timeToFirstAction.medianHours === null
              ? t('stats.medianNone')
              : t('stats.median', { hours: stats.timeToFirstAction.medianHours.toLocaleString('nl-NL') })}
          </Text>
          <div role="img" aria-label={t('stats.firstAction')}>
            <BarChart
              h={200}
              data={stats.timeToFirstAction.buckets.map((b) => ({
                label: b.label,
                [t('stats.count')]: b.count,
              }))}
              dataKey="label"
              yAxisProps={{ allowDecimals: false }}
              series={[{ name: t('stats.count'), color: 'teal.6' }]}
              withBarValueLabel
            />
          </div>
          <Text size="xs" c="dimmed">
            {t('stats.measured', { count: stats.timeToFirstAction.measured })}
          </Text>
        </Stack>
        <Stack gap="xs">
          <Text fw={600}>{t('stats.platforms')}</Text>
          {stats.platforms.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('stats.platformsNone')}
            </Text>
          ) : (
            <div role="img" aria-label={t('stats.platforms')}>
              <BarChart
                h={Math.max(120, stats.platforms.length * 34)}
                data={stats.platforms.map((p) => ({ platform: p.platform, [t('stats.count')]: p.count }))}
                dataKey="platform"
                orientation="vertical"
                xAxisProps={{ allowDecimals: false }}
                yAxisProps={{ width: 110 }}
                series={[{ name: t('stats.count'), color: 'grape.6' }]}
                withBarValueLabel
              />
            </div>
          )}
        </Stack>
        <Stack gap="xs">
          <Text fw={600}>{t('stats.material')}</Text>
          <Group align="center" gap="lg">
            <div role="img" aria-label={t('stats.material')}>
              <DonutChart
                size={150}
                thickness={26}
                data={stats.byMaterial.map((m, i) => ({
                  name: m.label,
                  value: m.count,
                  color: DONUT_COLORS[i % DONUT_COLORS.length] ?? 'gray.6',
                }))}
                withLabelsLine={false}
              />
            </div>
            <Stack gap={4}>
              {stats.byMaterial.map((m) => (
                <Text size="sm" key={m.kind}>
                  {m.label}: {m.count}
                </Text>
              ))}
            </Stack>
          </Group>
          <Text fw={600} mt="sm">
            {t('stats.takedown')}
          </Text>
          <Text size="sm" data-testid="stats-takedowns">
            {!td.available
              ? t('stats.takedownUnavailable')
              : td.requested === 0
                ? t('stats.takedownNone')
                : t('stats.takedownRate', {
                    removed: td.removed,
                    requested: td.requested,
                    rate: Math.round((td.successRate ?? 0) * 100),
                  })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('stats.improvements', {
              open: stats.improvements.open,
              adopted: stats.improvements.overgenomen,
              rejected: stats.improvements.afgewezen,
            })}
          </Text>
          <Text size="sm" c="dimmed" data-testid="stats-prevention">
            {t('stats.prevention', stats.prevention)}
          </Text>
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
