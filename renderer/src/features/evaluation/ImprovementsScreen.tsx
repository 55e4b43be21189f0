import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorMessage, notifyError, notifySuccess } from '../../ui/notify';
import {
  IMPROVEMENT_STATUS_LABELS,
  IMPROVEMENT_STATUSES,
  type ImprovementPoint,
  type ImprovementStatus,
} from '../../../../src/shared/api';
import { ImprovementForm, ImprovementList } from './parts/ImprovementList';
import { HelpTitle } from '../help/HelpTitle';
import { lazyPart } from '../../lazyScreen';

// The charts (recharts) are fetched when the panel is first shown.
const StatsPanel = lazyPart(() => import('./parts/StatsPanel').then((m) => m.StatsPanel));

type Filter = ImprovementStatus | 'alle';

/** School-wide: lessons from all evaluations (open, adopted, rejected), their PDF, and the annual figures. */
export function ImprovementsScreen() {
  const { t } = useTranslation('evaluation');
  const [filter, setFilter] = useState<Filter>('open');
  const [points, setPoints] = useState<ImprovementPoint[] | null>(null);
  const [all, setAll] = useState<ImprovementPoint[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [version, setVersion] = useState(0);

  const load = useCallback(async () => {
    try {
      const list = await call('improvement.list', {});
      setAll(list);
      setVersion((v) => v + 1);
      setPoints(filter === 'alle' ? list : list.filter((p) => p.status === filter));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [filter]);
  useEffect(() => {
    void load();
  }, [load]);

  const exportPdf = async () => {
    setExporting(true);
    try {
      const result = await call('improvement.exportPdf', { status: filter === 'alle' ? null : filter });
      if ('file' in result) notifySuccess(t('school.exported', { file: result.file }));
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(false);
    }
  };

  const count = (s: ImprovementStatus) => all.filter((p) => p.status === s).length;

  return (
    <Stack gap="lg" data-screen="improvements">
      <Stack gap={2}>
        <HelpTitle section="verbeterpunten-en-statistieken">
          <Title order={1}>{t('school.title')}</Title>
        </HelpTitle>
        <Text c="dimmed">{t('school.intro')}</Text>
      </Stack>
      <Card withBorder padding="lg">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3">
            {t('improvements.title')}
          </Title>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setAdding(true)}
            >
              {t('improvements.addSchool')}
            </Button>
            <Button
              leftSection={<IconFileTypePdf size={16} aria-hidden />}
              onClick={() => void exportPdf()}
              loading={exporting}
            >
              {t('school.export')}
            </Button>
          </Group>
        </Group>
        <SegmentedControl
          mb="md"
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          aria-label={t('school.filter')}
          data={[
            ...IMPROVEMENT_STATUSES.map((s) => ({
              value: s,
              label: `${IMPROVEMENT_STATUS_LABELS[s]} (${count(s)})`,
            })),
            { value: 'alle', label: `${t('school.all')} (${all.length})` },
          ]}
        />
        {error ? (
          <Alert color="red">{error}</Alert>
        ) : (
          points && <ImprovementList points={points} showSource canEdit onChanged={load} />
        )}
      </Card>
      <StatsPanel version={version} />
      <ImprovementForm
        opened={adding}
        onClose={() => setAdding(false)}
        point={null}
        dossierId={null}
        audiences={[]}
        onSaved={load}
      />
    </Stack>
  );
}
