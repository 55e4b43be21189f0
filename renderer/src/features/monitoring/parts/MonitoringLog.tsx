import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { errorMessage } from '../../../ui/notify';
import { useSession } from '../../../session/SessionContext';
import type { MonitoringEntry, MonitoringStats } from '../../../../../src/shared/domain';
import { useNow } from '../../dossier/useNow';
import { onMonitoringChanged, notifyMonitoringChanged } from '../events';
import { EMPTY_FILTERS, isFiltered, localUtcOffsetMinutes, toApiFilters, type FilterState } from '../logic';
import { EntryCard } from './EntryCard';
import { CORRECTION_DRAFT_KIND, EntryFormModal } from './EntryFormModal';
import { useDraftDialog } from '../../../ui/form/useDraftDialog';
import { FiltersBar } from './FiltersBar';
import { HistoryModal } from './HistoryModal';
import { lazyPart } from '../../../lazyScreen';

// The chart (recharts) is fetched when the log first shows it.
const EntriesChart = lazyPart(() => import('./EntriesChart').then((m) => m.EntriesChart));

const PAGE = 50;

/**
 * Filters, chart and the list of observations, for one dossier or (dossierId null) the
 * whole school. Reloads whenever something in monitoring was saved anywhere in the page.
 */
export function MonitoringLog({
  dossierId,
  readOnly,
  onTakedown,
}: {
  dossierId: string | null;
  readOnly: boolean;
  onTakedown?: (entry: MonitoringEntry) => void;
}) {
  const { t } = useTranslation('monitoring');
  const { status } = useSession();
  const now = useNow(60_000);
  const [filters, setFilters] = useState<FilterState>(EMPTY_FILTERS);
  const [entries, setEntries] = useState<MonitoringEntry[] | null>(null);
  const [total, setTotal] = useState(0);
  const [stats, setStats] = useState<MonitoringStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [history, setHistory] = useState<MonitoringEntry | null>(null);
  const request = useRef(0);
  // A correction half-typed when the vault locked opens again after unlocking.
  const correcting = useDraftDialog({
    dossierId,
    kind: CORRECTION_DRAFT_KIND,
    records: entries ?? [],
    enabled: dossierId !== null && !readOnly && entries !== null,
  });

  const load = useCallback(async () => {
    const id = ++request.current;
    const apiFilters = toApiFilters(filters, new Date());
    try {
      const [page, s] = await Promise.all([
        call('monitoring.list', { dossierId, filters: apiFilters, limit: PAGE, offset: 0 }),
        call('monitoring.stats', {
          dossierId,
          filters: apiFilters,
          utcOffsetMinutes: localUtcOffsetMinutes(),
        }),
      ]);
      // A slower answer to an older filter must not overwrite a newer one.
      if (id !== request.current) return;
      setEntries(page.entries);
      setTotal(page.total);
      setStats(s);
      setError(null);
    } catch (err) {
      if (id === request.current) setError(errorMessage(err));
    }
  }, [dossierId, filters]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => onMonitoringChanged(() => void load()), [load]);

  const loadMore = async () => {
    if (!entries) return;
    setLoadingMore(true);
    try {
      const page = await call('monitoring.list', {
        dossierId,
        filters: toApiFilters(filters, new Date()),
        limit: PAGE,
        offset: entries.length,
      });
      setEntries([...entries, ...page.entries]);
      setTotal(page.total);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoadingMore(false);
    }
  };

  // Before the first observation, filters and an empty chart are only noise.
  const nothingYet = entries !== null && total === 0 && !isFiltered(filters);

  return (
    <Stack gap="md">
      {!nothingYet && <FiltersBar value={filters} onChange={setFilters} />}
      {!nothingYet && <EntriesChart stats={stats} />}
      <Group justify="space-between" align="baseline">
        <Title order={3} size="h4">
          {t('list.title')}
        </Title>
        {entries && (
          <Text size="sm" c="dimmed" data-testid="monitoring-count">
            {t('list.count', { count: total })}
          </Text>
        )}
      </Group>
      {error && (
        <Alert color="red" title={t('list.loadError')} role="alert">
          {error}
        </Alert>
      )}
      {!entries && !error && (
        <Center h={80}>
          <Loader size="sm" />
        </Center>
      )}
      {entries && entries.length === 0 && (
        <EmptyState
          icon={<IconEye size={28} aria-hidden />}
          title={isFiltered(filters) ? t('list.emptyFiltered') : t('list.emptyTitle')}
          description={
            isFiltered(filters) ? undefined : dossierId ? t('list.emptyText') : t('list.emptySchool')
          }
        />
      )}
      {entries && entries.length > 0 && (
        <Stack gap="xs" data-testid="monitoring-entries">
          {entries.map((entry) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              now={now}
              schoolWide={dossierId === null}
              readOnly={readOnly}
              onCorrect={correcting.openEdit}
              onHistory={setHistory}
              onTakedown={(e) => onTakedown?.(e)}
            />
          ))}
          {entries.length < total && (
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
              {t('list.more')}
            </Button>
          )}
        </Stack>
      )}
      {dossierId && (
        <EntryFormModal
          opened={correcting.opened && correcting.editing !== null}
          onClose={correcting.close}
          dossierId={dossierId}
          correcting={correcting.editing}
          userName={status.userName ?? ''}
          onSaved={notifyMonitoringChanged}
        />
      )}
      <HistoryModal entry={history} onClose={() => setHistory(null)} />
    </Stack>
  );
}
