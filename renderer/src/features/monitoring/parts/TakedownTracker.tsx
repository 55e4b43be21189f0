import { useCallback, useEffect, useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Collapse,
  EmptyState,
  Group,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconAlarm, IconCloudOff, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../../api/client';
import { errorMessage } from '../../../ui/notify';
import {
  OPEN_TAKEDOWN_STATUSES as OPEN,
  PLATFORM_LABELS,
  TAKEDOWN_CHANNEL_LABELS,
  TAKEDOWN_STATUS_LABELS,
  type Takedown,
  type TakedownStatus,
} from '../../../../../src/shared/domain';
import { formatDateTimeNl } from '../../../ui/datetime';
import { notifyMonitoringChanged, onMonitoringChanged } from '../events';
import { FOLLOW_UP_DRAFT_KIND, FollowUpModal } from './FollowUpModal';
import { LocationText } from './LocationText';
import { TAKEDOWN_DRAFT_KIND, TakedownFormModal, type TakedownPrefill } from './TakedownFormModal';
import { useDraftDialog } from '../../../ui/form/useDraftDialog';

const STATUS_COLOR: Record<TakedownStatus, string> = {
  aangevraagd: 'blue',
  'in-behandeling': 'orange',
  verwijderd: 'teal',
  geweigerd: 'red',
  onbekend: 'gray',
};

function TakedownCard({
  td,
  schoolWide,
  readOnly,
  onFollowUp,
  onEdit,
}: {
  td: Takedown;
  schoolWide: boolean;
  readOnly: boolean;
  onFollowUp: (t: Takedown) => void;
  onEdit: (t: Takedown) => void;
}) {
  const { t } = useTranslation('monitoring');
  const navigate = useNavigate();
  const [showHistory, setShowHistory] = useState(false);
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="takedown"
      data-status={td.status}
      data-overdue={td.overdue || undefined}
      style={td.overdue ? { borderColor: 'var(--mantine-color-red-5)', borderWidth: 2 } : undefined}
    >
      <Stack gap={6}>
        <Group gap={8} wrap="wrap">
          <Text size="sm" fw={700}>
            {TAKEDOWN_CHANNEL_LABELS[td.channel]}
          </Text>
          <Badge variant="light" color="gray" size="sm">
            {PLATFORM_LABELS[td.platform]}
          </Badge>
          <Badge color={STATUS_COLOR[td.status]} size="sm" data-testid="takedown-status">
            {TAKEDOWN_STATUS_LABELS[td.status]}
          </Badge>
          {td.overdue && (
            <Badge
              color="red"
              variant="filled"
              size="sm"
              leftSection={<IconAlarm size={12} aria-hidden />}
              data-testid="takedown-overdue"
            >
              {t('takedowns.overdueBadge')}
            </Badge>
          )}
          {schoolWide && (
            <Anchor
              size="sm"
              component="button"
              type="button"
              onClick={() => navigate(`/dossiers/${td.dossierId}/monitoring`)}
            >
              {t('takedowns.dossier', { number: td.dossierNumber })}
            </Anchor>
          )}
        </Group>
        <LocationText value={td.location} />
        <Text size="xs" c="dimmed">
          {td.requestedAt
            ? t('takedowns.requested', { when: formatDateTimeNl(td.requestedAt) })
            : t('takedowns.notRequested')}
          {td.reference ? ` · ${t('takedowns.reference', { ref: td.reference })}` : ''}
        </Text>
        {td.followUpAt && (
          <Text size="sm" c={td.overdue ? 'red.9' : undefined} fw={td.overdue ? 600 : undefined}>
            {t('takedowns.followUp', { when: formatDateTimeNl(td.followUpAt) })}
          </Text>
        )}
        {td.notes && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {td.notes}
          </Text>
        )}
        <Group gap="xs">
          {!readOnly && !schoolWide && (
            <>
              <Button size="compact-xs" variant="light" onClick={() => onFollowUp(td)}>
                {t('takedowns.followUpButton')}
              </Button>
              <Button size="compact-xs" variant="subtle" onClick={() => onEdit(td)}>
                {t('correct.button')}
              </Button>
            </>
          )}
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setShowHistory((v) => !v)}
            aria-expanded={showHistory}
          >
            {t('takedowns.historyTitle')} ({td.events.length})
          </Button>
        </Group>
        <Collapse expanded={showHistory}>
          <Timeline bulletSize={14} lineWidth={2} active={td.events.length - 1} mt={4}>
            {td.events.map((ev) => (
              <Timeline.Item
                key={ev.id}
                title={
                  <Text
                    size="xs"
                    fw={600}
                  >{`${t(`takedowns.event.${ev.kind}`)} – ${TAKEDOWN_STATUS_LABELS[ev.status]}`}</Text>
                }
              >
                <Text size="xs" c="dimmed">
                  {t('takedowns.byOn', { when: formatDateTimeNl(ev.at), who: ev.actor })}
                </Text>
                {ev.note && <Text size="xs">{ev.note}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </Collapse>
      </Stack>
    </Card>
  );
}

/**
 * Takedown requests of one dossier (or, dossierId null, the open ones of all dossiers),
 * with overdue follow-ups marked. `prefill` opens the form for an observation.
 */
export function TakedownTracker({
  dossierId,
  readOnly,
  prefill,
  onPrefillHandled,
}: {
  dossierId: string | null;
  readOnly: boolean;
  prefill?: TakedownPrefill | null;
  onPrefillHandled?: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const [items, setItems] = useState<Takedown[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [activePrefill, setActivePrefill] = useState<TakedownPrefill | null>(null);
  // A request or follow-up half-typed when the vault locked opens again after unlocking.
  const restoreDrafts = dossierId !== null && !readOnly && items !== null;
  const form = useDraftDialog({
    dossierId,
    kind: TAKEDOWN_DRAFT_KIND,
    records: items ?? [],
    enabled: restoreDrafts,
  });
  const followUp = useDraftDialog({
    dossierId,
    kind: FOLLOW_UP_DRAFT_KIND,
    records: items ?? [],
    enabled: restoreDrafts,
  });

  const load = useCallback(async () => {
    try {
      setItems(await call('takedown.list', { dossierId, openOnly: dossierId === null }));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [dossierId]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => onMonitoringChanged(() => void load()), [load]);

  useEffect(() => {
    if (prefill) {
      setActivePrefill(prefill);
      form.openNew();
      onPrefillHandled?.();
    }
  }, [prefill, onPrefillHandled, form.openNew]);

  // What needs attention first: overdue, then still open, then done (each newest first).
  const rank = (td: Takedown) => (td.overdue ? 0 : OPEN.includes(td.status) ? 1 : 2);
  const sorted = items ? [...items].sort((a, b) => rank(a) - rank(b)) : null;
  const openCount = items?.filter((i) => OPEN.includes(i.status)).length ?? 0;
  const overdueCount = items?.filter((i) => i.overdue).length ?? 0;

  return (
    <Stack gap="sm" data-testid="takedown-tracker">
      <Group justify="space-between" align="center">
        <Group gap="xs" align="center">
          <IconCloudOff size={20} aria-hidden />
          <Title order={dossierId ? 3 : 2} size="h4">
            {dossierId ? t('takedowns.title') : t('takedowns.schoolTitle')}
          </Title>
          {items && (
            <Badge
              variant="outline"
              color={openCount ? 'red.9' : 'gray.7'}
              data-testid="takedowns-open-count"
            >
              {t('takedowns.open', { count: openCount })}
            </Badge>
          )}
        </Group>
        {dossierId && !readOnly && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            variant="light"
            onClick={() => {
              setActivePrefill(null);
              form.openNew();
            }}
          >
            {t('takedowns.add')}
          </Button>
        )}
      </Group>
      {dossierId && (
        <Text size="sm" c="dimmed">
          {t('takedowns.intro')}
        </Text>
      )}
      {overdueCount > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlarm size={18} aria-hidden />}
          data-testid="takedown-reminder"
        >
          {t('takedowns.reminder', { count: overdueCount })}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {items && items.length === 0 && (
        <EmptyState
          icon={<IconCloudOff size={28} aria-hidden />}
          title={t('takedowns.emptyTitle')}
          description={t('takedowns.emptyText')}
        />
      )}
      {sorted?.map((td) => (
        <TakedownCard
          key={td.id}
          td={td}
          schoolWide={dossierId === null}
          readOnly={readOnly}
          onFollowUp={followUp.openEdit}
          onEdit={(x) => {
            setActivePrefill(null);
            form.openEdit(x);
          }}
        />
      ))}
      {dossierId && (
        <TakedownFormModal
          opened={form.opened}
          onClose={form.close}
          dossierId={dossierId}
          editing={form.editing}
          prefill={activePrefill}
          onSaved={notifyMonitoringChanged}
        />
      )}
      <FollowUpModal
        takedown={followUp.opened ? followUp.editing : null}
        onClose={followUp.close}
        onSaved={notifyMonitoringChanged}
      />
    </Stack>
  );
}
