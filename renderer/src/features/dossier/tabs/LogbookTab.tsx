import { Fragment, useState } from 'react';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Timeline,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { IconChecks, IconEdit, IconFlag, IconNotebook, IconPencil, IconRefresh, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import type { ChronologyEntry } from '../../../../../src/shared/domain';
import type { DossierTabProps } from '../tabProps';
import {
  LOGBOOK_FILTERS,
  buildLogbook,
  logbookCategory,
  logbookRows,
  type LogbookFilter,
  type LogbookItem,
  type PhaseId,
} from '../../../../../src/shared/protocol';
import { formatDateTimeNl, formatTimeSpanNl, pickerToIso } from '../../../ui/datetime';
import { FormDialog } from '../../../ui/form/FormDialog';
import { LimitedTextarea } from '../../../ui/form/fields';
import { EMPTY_LOG, validateQuickLog, type QuickLogInput } from '../parts/QuickLogModal';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { LIMITS } from '../../../../../src/shared/domain/common';

/**
 * The logbook (chronology). Entries are never edited: a correction is a new, linked entry and
 * the original stays readable, struck through. Open on closed dossiers too.
 */
export function LogbookTab({ dossierId, detail, refresh }: DossierTabProps) {
  const { t } = useTranslation('dossier');
  const [correcting, setCorrecting] = useState<ChronologyEntry | null>(null);
  const [filter, setFilter] = useState<LogbookFilter>('alles');
  const [phase, setPhase] = useState<PhaseId | null>(null);
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set());
  const all = buildLogbook(detail.chronology);
  const rows = logbookRows(all, detail.protocol, { filter, phase });

  // On the form layer: what is typed here is kept as a draft in the vault through a lock.
  const form = useDraftForm<QuickLogInput>({
    initial: EMPTY_LOG,
    // Open on closed dossiers too (the logbook stays writable).
    active: true,
    draft: { dossierId, formKey: 'logbook:new' },
    validate: validateQuickLog(t),
  });
  const add = () =>
    form.submit(
      (v) => call('chronology.add', { dossierId, occurredAt: pickerToIso(v.when), text: v.text.trim() }),
      { success: t('quickLog.saved'), close: () => void form.discard(), then: refresh },
    );

  const renderItem = ({ entry, corrections }: LogbookItem) => {
            const corrected = corrections.length > 0;
            const category = logbookCategory(entry);
            const Icon =
              category === 'status' ? IconRefresh : entry.event ? IconFlag : entry.kind === 'systeem' ? IconSettings : IconPencil;
            return (
              <Timeline.Item
                key={entry.id}
                bullet={<Icon size={14} aria-hidden />}
                data-testid="logbook-entry"
                data-category={category}
                data-event={entry.event?.type}
                title={
                  <Group gap={8}>
                    <Text size="sm" fw={600}>
                      {formatDateTimeNl(entry.occurredAt)}
                    </Text>
                    <Badge size="xs" variant="light" color={entry.kind === 'notitie' ? 'blue' : 'gray'}>
                      {entry.event && category !== 'status' ? t('logbook.kindEvent') : t(`logbook.kind.${entry.kind}`)}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      #{entry.seq} · {entry.author}
                    </Text>
                  </Group>
                }
              >
                <Text
                  size="sm"
                  td={corrected ? 'line-through' : undefined}
                  c={corrected ? 'dimmed' : undefined}
                  style={{ whiteSpace: 'pre-wrap' }}
                  data-testid={corrected ? 'logbook-corrected-original' : undefined}
                >
                  {corrected && <VisuallyHidden component="span">{t('logbook.originalSr')} </VisuallyHidden>}
                  {entry.text}
                </Text>
                {corrections.map((c) => (
                  <Card
                    key={c.id}
                    withBorder
                    padding="xs"
                    mt={6}
                    bg="yellow.0"
                    data-testid="logbook-correction"
                  >
                    <Group gap={6}>
                      <IconEdit size={14} aria-hidden />
                      <Text size="xs" fw={600}>
                        {t('logbook.correctionOf', {
                          seq: entry.seq,
                          when: formatDateTimeNl(c.recordedAt),
                          author: c.author,
                        })}
                      </Text>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {c.text}
                    </Text>
                  </Card>
                ))}
                {entry.kind === 'notitie' || entry.kind === 'correctie' ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    mt={4}
                    onClick={() => setCorrecting(corrections[corrections.length - 1] ?? entry)}
                    aria-label={t('logbook.correctNamed', { seq: entry.seq })}
                  >
                    {t('logbook.correct')}
                  </Button>
                ) : null}
                <Text size="xs" c="dimmed" mt={2}>
                  {entry.recordedAt !== entry.occurredAt
                    ? t('logbook.recordedAt', { when: formatDateTimeNl(entry.recordedAt) })
                    : ''}
                </Text>
              </Timeline.Item>
            );
  };

  return (
    <Stack gap="md">
      {/* Compact, so the timeline starts above the fold at 1366×768: the story is what this tab is for. */}
      <Card withBorder padding="sm" component="section" aria-label={t('logbook.addTitle')}>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <LimitedTextarea
            style={{ flex: 1 }}
            label={t('quickLog.text')}
            placeholder={t('logbook.shortcutHint')}
            max={LIMITS.longText}
            value={form.values.text}
            onChange={(e) => form.set('text', e.currentTarget.value)}
            error={form.error('text')}
            autosize
            minRows={1}
            maxRows={8}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void add();
            }}
          />
          <DateTimeField
            label={t('quickLog.when')}
            value={form.values.when}
            onChange={(v) => form.set('when', v)}
            clearable
            maxDate={new Date()}
            valueFormat="D MMMM YYYY HH:mm"
            w={220}
          />
          <Button onClick={() => void add()} loading={form.busy}>
            {t('quickLog.save')}
          </Button>
        </Group>
      </Card>

      <Title order={2} size="h4">
        {t('logbook.title')}
      </Title>
      <Group gap="sm" align="flex-end" data-testid="logbook-filters">
        <div>
          <Text size="sm" fw={500} mb={4} id="logbook-filter-label">
            {t('logbook.filter.label')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="logbook-filter-label"
            value={filter}
            onChange={(v) => setFilter(v as LogbookFilter)}
            data={LOGBOOK_FILTERS.map((f) => ({ value: f, label: t(`logbook.filter.${FILTER_KEY[f]}`) }))}
          />
        </div>
        <Select
          size="xs"
          w={200}
          label={t('logbook.filter.phase')}
          value={phase}
          onChange={(v) => setPhase((v as PhaseId | null) ?? null)}
          placeholder={t('logbook.filter.allPhases')}
          clearable
          data={detail.protocol.phases.map((p) => ({ value: p.id, label: p.title }))}
        />
      </Group>
      {all.length === 0 ? (
        <EmptyState
          icon={<IconNotebook size={28} aria-hidden />}
          title={t('logbook.emptyTitle')}
          description={t('logbook.emptyText')}
        />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('logbook.filter.none')}
        </Text>
      ) : (
        <Timeline bulletSize={26} lineWidth={2} active={-1}>
          {rows.map((row) => {
            if (row.type === 'entry') return renderItem(row.item);
            const open = unfolded.has(row.key);
            return (
              <Fragment key={row.key}>
                <Timeline.Item
                  bullet={<IconChecks size={14} aria-hidden />}
                  data-testid="logbook-folded"
                  title={
                    <Group gap={8}>
                      <Text size="sm" fw={600}>
                        {formatTimeSpanNl(row.items[row.items.length - 1]!.entry.occurredAt, row.items[0]!.entry.occurredAt)}
                      </Text>
                      <Badge size="xs" variant="light" color="gray">
                        {t('logbook.kind.status')}
                      </Badge>
                    </Group>
                  }
                >
                  <Text size="sm">
                    {row.done === row.items.length
                      ? t('logbook.foldedDone', { count: row.done })
                      : t('logbook.folded', { count: row.items.length })}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    mt={4}
                    aria-expanded={open}
                    onClick={() =>
                      setUnfolded((s) => {
                        const next = new Set(s);
                        if (open) next.delete(row.key);
                        else next.add(row.key);
                        return next;
                      })
                    }
                  >
                    {open ? t('logbook.hideFolded') : t('logbook.showFolded')}
                  </Button>
                </Timeline.Item>
                {open && row.items.map((item) => renderItem(item))}
              </Fragment>
            );
          })}
        </Timeline>
      )}
      <CorrectionModal
        entry={correcting}
        dossierId={dossierId}
        onClose={() => setCorrecting(null)}
        onSaved={refresh}
      />
    </Stack>
  );
}

const FILTER_KEY: Record<LogbookFilter, string> = { alles: 'all', notities: 'notes', gebeurtenissen: 'events', status: 'status' };

function CorrectionModal({
  entry,
  dossierId,
  onClose,
  onSaved,
}: {
  entry: ChronologyEntry | null;
  dossierId: string;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('dossier');
  const form = useDraftForm<{ text: string }>({
    initial: { text: '' },
    active: entry !== null,
    resetKey: entry?.id,
    draft: entry ? { dossierId, formKey: `logbook-correction:${entry.id}` } : null,
    validate: (v): Record<string, string> => (v.text.trim() ? {} : { text: t('logbook.correctionRequired') }),
  });
  const save = () =>
    form.submit(
      async (v) => {
        if (!entry) return false;
        await call('chronology.correct', { dossierId, correctsId: entry.id, text: v.text.trim() });
      },
      { success: t('logbook.correctionSaved'), close: onClose, then: onSaved },
    );
  return (
    <FormDialog
      opened={entry !== null}
      onClose={onClose}
      form={form}
      title={t('logbook.correctTitle')}
      submitLabel={t('logbook.saveCorrection')}
      onSubmit={() => void save()}
    >
      <Text size="sm">{t('logbook.correctExplain')}</Text>
      {entry && (
        <Card withBorder padding="xs" bg="gray.0">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {entry.text}
          </Text>
        </Card>
      )}
      <LimitedTextarea
        label={t('logbook.correctionText')}
        max={LIMITS.longText}
        value={form.values.text}
        error={form.error('text')}
        onChange={(e) => form.set('text', e.currentTarget.value)}
        autosize
        minRows={3}
        data-autofocus
      />
    </FormDialog>
  );
}
