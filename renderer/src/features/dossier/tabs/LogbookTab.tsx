import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { IconEdit, IconNotebook, IconPencil, IconRefresh, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import type { ChronologyEntry } from '../../../../../src/shared/domain';
import type { DossierTabProps } from '../tabProps';
import { buildLogbook } from '../logic';
import { formatDateTimeNl, pickerToIso } from '../../../ui/datetime';
import { GuardedModal } from '../parts/GuardedModal';

/**
 * The logbook (chronology). Entries are never edited: a correction is a new, linked entry and
 * the original stays readable, struck through. Open on closed dossiers too.
 */
export function LogbookTab({ dossierId, detail, refresh }: DossierTabProps) {
  const { t } = useTranslation('dossier');
  const [text, setText] = useState('');
  const [when, setWhen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [correcting, setCorrecting] = useState<ChronologyEntry | null>(null);
  const items = buildLogbook(detail.chronology).reverse();

  const add = async () => {
    if (!text.trim()) {
      setError(t('quickLog.required'));
      return;
    }
    setBusy(true);
    try {
      await call('chronology.add', { dossierId, occurredAt: pickerToIso(when), text: text.trim() });
      notifySuccess(t('quickLog.saved'));
      setText('');
      setWhen(null);
      await refresh();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Text fw={600}>{t('logbook.addTitle')}</Text>
          <Textarea
            label={t('quickLog.text')}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            autosize
            minRows={2}
            maxRows={8}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void add();
            }}
          />
          <Group align="flex-end">
            <DateTimeField
              label={t('quickLog.when')}
              value={when}
              onChange={setWhen}
              clearable
              maxDate={new Date()}
              valueFormat="D MMMM YYYY HH:mm"
              w={260}
            />
            <Button onClick={() => void add()} loading={busy}>
              {t('quickLog.save')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('logbook.shortcutHint')}
          </Text>
        </Stack>
      </Card>

      <Title order={2} size="h4">
        {t('logbook.title')}
      </Title>
      {items.length === 0 ? (
        <EmptyState
          icon={<IconNotebook size={28} aria-hidden />}
          title={t('logbook.emptyTitle')}
          description={t('logbook.emptyText')}
        />
      ) : (
        <Timeline bulletSize={26} lineWidth={2} active={-1}>
          {items.map(({ entry, corrections }) => {
            const corrected = corrections.length > 0;
            const Icon =
              entry.kind === 'status' ? IconRefresh : entry.kind === 'systeem' ? IconSettings : IconPencil;
            return (
              <Timeline.Item
                key={entry.id}
                bullet={<Icon size={14} aria-hidden />}
                data-testid="logbook-entry"
                title={
                  <Group gap={8}>
                    <Text size="sm" fw={600}>
                      {formatDateTimeNl(entry.occurredAt)}
                    </Text>
                    <Badge size="xs" variant="light" color={entry.kind === 'notitie' ? 'blue' : 'gray'}>
                      {t(`logbook.kind.${entry.kind}`)}
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
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setText('');
    setError(null);
    onClose();
  };
  const save = async () => {
    if (!entry) return;
    if (!text.trim()) {
      setError(t('logbook.correctionRequired'));
      return;
    }
    setBusy(true);
    try {
      await call('chronology.correct', { dossierId, correctsId: entry.id, text: text.trim() });
      notifySuccess(t('logbook.correctionSaved'));
      close();
      await onSaved();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <GuardedModal
      opened={entry !== null}
      onClose={close}
      dirty={text.trim() !== ''}
      title={t('logbook.correctTitle')}
    >
      {(requestClose) => (
        <Stack>
          <Text size="sm">{t('logbook.correctExplain')}</Text>
          {entry && (
            <Card withBorder padding="xs" bg="gray.0">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {entry.text}
              </Text>
            </Card>
          )}
          <Textarea
            label={t('logbook.correctionText')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={error}
            autosize
            minRows={3}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              {t('cancel')}
            </Button>
            <Button onClick={() => void save()} loading={busy}>
              {t('logbook.saveCorrection')}
            </Button>
          </Group>
        </Stack>
      )}
    </GuardedModal>
  );
}
