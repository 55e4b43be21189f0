import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  Alert,
  Badge,
  Button,
  Card,
  Center,
  EmptyState,
  Grid,
  Group,
  Loader,
  Mark,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconCalendarEvent,
  IconFolderOpen,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorMessage } from '../../ui/notify';
import type { OverviewData, SearchHit } from '../../../../src/shared/api';
import {
  DOSSIER_STATUS_LABELS,
  type DossierStatus,
  type DossierSummary,
} from '../../../../src/shared/domain';
import { PHASES } from '../../../../src/shared/protocol';
import { formatDateNl, formatDateTimeNl } from '../../ui/datetime';
import { snippetParts } from './snippet';
import { RetentionDueCard } from '../evaluation/RetentionDueCard';
import classes from './OverviewScreen.module.css';
import { HelpTitle } from '../help/HelpTitle';

const STATUS_COLORS = { open: 'blue', nazorg: 'grape', gesloten: 'gray' } as const;
type Filter = DossierStatus | 'alle';
const OVERDUE_SHOWN = 8;

/** Action items are commitments someone made, so they lead; then steps etc., most overdue first. */
function overdueFirst(items: OverviewData['overdue']): OverviewData['overdue'] {
  return [...items].sort(
    (a, b) => Number(b.kind === 'actie') - Number(a.kind === 'actie') || a.dueAt.localeCompare(b.dueAt),
  );
}

/** Home: every dossier with progress and next step, what is overdue, aftercare coming up, and search. */
export function OverviewScreen() {
  const { t } = useTranslation('overview');
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>('open');
  const [data, setData] = useState<OverviewData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [searchMs, setSearchMs] = useState<number | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const searchSeq = useRef(0);

  const load = useCallback(async () => {
    try {
      setData(await call('overview.get', { status: filter === 'alle' ? null : filter }));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [filter]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (debounced.length < 2) {
      setHits(null);
      setSearchError(null);
      return;
    }
    const seq = ++searchSeq.current;
    const started = performance.now();
    call('dossier.search', { query: debounced })
      .then((result) => {
        if (seq !== searchSeq.current) return;
        setSearchMs(Math.round(performance.now() - started));
        setHits(result);
        setSearchError(null);
      })
      .catch((err) => {
        if (seq === searchSeq.current) setSearchError(errorMessage(err));
      });
  }, [debounced]);

  const open = (id: string) => navigate(`/dossiers/${id}`);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <HelpTitle section="het-overzicht-en-zoeken">
            <Title order={1}>{t('title')}</Title>
          </HelpTitle>
          <Text c="dimmed">{t('subtitle')}</Text>
        </Stack>
        <Button
          size="md"
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => navigate('/dossiers/nieuw')}
          data-testid="new-case"
        >
          {t('newCase')}
        </Button>
      </Group>

      <TextInput
        size="md"
        leftSection={<IconSearch size={18} aria-hidden />}
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
        }}
        error={searchError}
        maxLength={200}
        data-testid="search"
      />

      {hits !== null && (
        <Card withBorder padding="md" aria-live="polite" data-testid="search-results">
          <Text size="sm" c="dimmed" mb="xs">
            {t('search.count', { count: hits.length, ms: searchMs ?? 0 })}
          </Text>
          {hits.length === 0 ? (
            <Text size="sm">{t('search.none')}</Text>
          ) : (
            <Stack gap={4} component="ul" className={classes.plainList}>
              {hits.map((hit, i) => (
                <li key={`${hit.dossierId}-${hit.source}-${i}`}>
                  <UnstyledButton
                    className={classes.hit}
                    onClick={() => open(hit.dossierId)}
                    data-testid="search-hit"
                  >
                    <Group gap={8} wrap="nowrap">
                      <Text fw={600} size="sm">
                        {hit.dossierNumber}
                      </Text>
                      <Text size="sm" truncate>
                        {hit.dossierTitle}
                      </Text>
                      <Badge size="xs" variant="light" color="gray">
                        {t(`search.source.${hit.source}`)}
                      </Badge>
                    </Group>
                    <Text size="sm" c="dimmed">
                      {snippetParts(hit.snippet).map((part, j) =>
                        part.mark ? <Mark key={j}>{part.text}</Mark> : <span key={j}>{part.text}</span>,
                      )}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          )}
        </Card>
      )}

      {error && (
        <Alert color="red" title={t('loadError')} role="alert">
          <Text size="sm">{error}</Text>
          <Button mt="sm" variant="default" size="xs" onClick={() => void load()}>
            {t('retry')}
          </Button>
        </Alert>
      )}

      {!data && !error && (
        <Center h={200}>
          <Loader aria-label={t('loading')} />
        </Center>
      )}

      {data && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={2} size="h3">
                  {t('dossiers')}
                </Title>
                <SegmentedControl
                  value={filter}
                  onChange={(v) => setFilter(v as Filter)}
                  aria-label={t('filter')}
                  data={[
                    { value: 'open', label: `${DOSSIER_STATUS_LABELS.open} (${data.counts.open})` },
                    { value: 'nazorg', label: `${DOSSIER_STATUS_LABELS.nazorg} (${data.counts.nazorg})` },
                    {
                      value: 'gesloten',
                      label: `${DOSSIER_STATUS_LABELS.gesloten} (${data.counts.gesloten})`,
                    },
                    {
                      value: 'alle',
                      label: `${t('all')} (${data.counts.open + data.counts.nazorg + data.counts.gesloten})`,
                    },
                  ]}
                />
              </Group>
              {data.dossiers.length === 0 ? (
                <EmptyDossiers
                  filter={filter}
                  total={data.counts.open + data.counts.nazorg + data.counts.gesloten}
                  onNew={() => navigate('/dossiers/nieuw')}
                />
              ) : (
                <Stack gap="sm" component="ul" className={classes.plainList}>
                  {data.dossiers.map((d) => (
                    <li key={d.id}>
                      <DossierCard dossier={d} onOpen={() => open(d.id)} />
                    </li>
                  ))}
                </Stack>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <Card withBorder padding="md">
                <Group gap={6} mb="xs">
                  <IconAlertTriangle size={18} color="var(--mantine-color-red-7)" aria-hidden />
                  <Title order={2} size="h4">
                    {t('overdue.title')}
                  </Title>
                </Group>
                {data.overdue.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('overdue.none')}
                  </Text>
                ) : (
                  <Stack gap={6} component="ul" className={classes.plainList} data-testid="overdue-list">
                    {overdueFirst(data.overdue)
                      .slice(0, OVERDUE_SHOWN)
                      .map((o, i) => (
                        <li key={`${o.dossierId}-${o.kind}-${i}`}>
                          <UnstyledButton className={classes.hit} onClick={() => open(o.dossierId)}>
                            <Text size="sm" fw={600} c="red.9">
                              {o.title}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {o.dossierNumber} · {t(`overdue.kind.${o.kind}`)} ·{' '}
                              {t('overdue.due', { when: formatDateTimeNl(o.dueAt) })}
                              {o.owner ? ` · ${o.owner}` : ''}
                            </Text>
                          </UnstyledButton>
                        </li>
                      ))}
                  </Stack>
                )}
                {data.overdue.length > OVERDUE_SHOWN && (
                  <Text size="xs" c="dimmed" mt={6}>
                    {t('overdue.more', { count: data.overdue.length - OVERDUE_SHOWN })}
                  </Text>
                )}
              </Card>
              <Card withBorder padding="md">
                <Group gap={6} mb="xs">
                  <IconCalendarEvent size={18} aria-hidden />
                  <Title order={2} size="h4">
                    {t('aftercare.title')}
                  </Title>
                </Group>
                {data.upcomingAftercare.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('aftercare.none')}
                  </Text>
                ) : (
                  <Stack gap={6} component="ul" className={classes.plainList}>
                    {data.upcomingAftercare.slice(0, 10).map((a, i) => (
                      <li key={`${a.dossierId}-${i}`}>
                        <UnstyledButton className={classes.hit} onClick={() => open(a.dossierId)}>
                          <Text size="sm" fw={500}>
                            {formatDateNl(a.dueAt)} · {a.personLabel}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {a.dossierNumber}
                          </Text>
                        </UnstyledButton>
                      </li>
                    ))}
                  </Stack>
                )}
              </Card>
              {data.retentionDue && <RetentionDueCard items={data.retentionDue} />}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

function DossierCard({ dossier: d, onOpen }: { dossier: DossierSummary; onOpen: () => void }) {
  const { t } = useTranslation('overview');
  const pct = d.progress.total === 0 ? 0 : Math.round((d.progress.done / d.progress.total) * 100);
  return (
    <Paper withBorder radius="md" p="md" className={classes.card} data-testid="dossier-card">
      <UnstyledButton
        onClick={onOpen}
        className={classes.cardButton}
        aria-label={t('openDossier', { number: d.number, title: d.title })}
      >
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap={8}>
              <Text fw={600} c="dimmed">
                {d.number}
              </Text>
              <Badge color={STATUS_COLORS[d.status]} variant="light">
                {DOSSIER_STATUS_LABELS[d.status]}
              </Badge>
              {d.overdueCount > 0 && (
                <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                  {t('card.overdue', { count: d.overdueCount })}
                </Badge>
              )}
              {d.openTakedowns > 0 && (
                <Badge color="orange" variant="light" styles={{ label: { color: '#8a3200' } }}>
                  {t('card.takedowns', { count: d.openTakedowns })}
                </Badge>
              )}
            </Group>
            <Text fw={600} size="lg">
              {d.title}
            </Text>
            <Text size="sm" c="dimmed">
              {t('card.meta', { lead: d.lead, when: formatDateNl(d.discoveredAt) })}
            </Text>
          </Stack>
          <Text size="sm" fw={600} aria-hidden>
            {pct}%
          </Text>
        </Group>
        <Group
          gap={4}
          mt="sm"
          wrap="nowrap"
          aria-label={t('card.progress', { done: d.progress.done, total: d.progress.total })}
          role="img"
        >
          {PHASES.map((phase) => {
            const p = d.phaseProgress.find((x) => x.phaseId === phase.id);
            const value = p && p.total > 0 ? (p.done / p.total) * 100 : 0;
            return (
              <Tooltip key={phase.id} label={`${phase.title}: ${p?.done ?? 0}/${p?.total ?? 0}`}>
                <Stack gap={2} style={{ flex: 1 }}>
                  <Progress value={value} size="sm" color={value === 100 ? 'teal' : 'blue'} aria-hidden />
                  <Text size="xs" c="dimmed" ta="center">
                    {phase.title}
                  </Text>
                </Stack>
              </Tooltip>
            );
          })}
        </Group>
        {d.nextStep && d.status !== 'gesloten' && (
          <Text size="sm" mt="xs">
            <Text span fw={600} size="sm">
              {t('card.next')}{' '}
            </Text>
            {d.nextStep.title}
          </Text>
        )}
        {d.nextAftercareAt && (
          <Text size="sm" c="grape.8">
            {t('card.aftercare', { when: formatDateNl(d.nextAftercareAt) })}
          </Text>
        )}
      </UnstyledButton>
    </Paper>
  );
}

function EmptyDossiers({ filter, total, onNew }: { filter: Filter; total: number; onNew: () => void }) {
  const { t } = useTranslation('overview');
  if (total === 0) {
    return (
      <EmptyState
        icon={<IconFolderOpen size={30} aria-hidden />}
        title={t('empty.firstTitle')}
        description={t('empty.firstText')}
      >
        <EmptyState.Actions>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onNew}>
            {t('newCase')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon={<IconFolderOpen size={30} aria-hidden />}
      title={t(`empty.${filter}`)}
      description={t('empty.otherFilter')}
    />
  );
}
