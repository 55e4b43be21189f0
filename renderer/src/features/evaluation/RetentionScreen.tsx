import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorMessage, notifyError, notifySuccess } from '../../ui/notify';
import {
  DESTRUCTION_GRACE_DAYS_MAX,
  DESTRUCTION_GRACE_DAYS_MIN,
  RETENTION_MONTHS_MAX,
  RETENTION_MONTHS_MIN,
  type RetentionDueItem,
  type RetentionPolicy,
} from '../../../../src/shared/api';
import { formatDateNl } from '../../ui/datetime';
import { DestroyModal, useDestructionActions } from './parts/DestroyModal';
import { SubjectAccessPanel } from './parts/SubjectAccessPanel';
import { HelpTitle } from '../help/HelpTitle';

/** AVG: the school's retention period, dossiers due for destruction, and subject access requests. */
export function RetentionScreen() {
  const { t } = useTranslation('evaluation');
  const [policy, setPolicy] = useState<RetentionPolicy | null>(null);
  const [due, setDue] = useState<RetentionDueItem[]>([]);
  const [months, setMonths] = useState<number | string>(24);
  const [justification, setJustification] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [destroying, setDestroying] = useState<RetentionDueItem | null>(null);
  const [graceDays, setGraceDays] = useState<number | string>(7);
  const [graceBusy, setGraceBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const [p, d] = await Promise.all([call('retention.get', {}), call('retention.due', {})]);
      setPolicy(p);
      setDue(d);
      setMonths(p.months);
      setGraceDays(p.graceDays);
      setJustification(p.isDefault ? '' : p.justification);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const save = async () => {
    setBusy(true);
    try {
      await call('retention.update', { months: Number(months), justification: justification.trim() });
      notifySuccess(t('retention.saved'));
      await load();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const actions = useDestructionActions(load);

  const saveGrace = async () => {
    setGraceBusy(true);
    try {
      const r = await call('retention.setGrace', { days: Number(graceDays) });
      notifySuccess('cancelled' in r ? t('retention.graceCancelled') : t('retention.graceSaved'));
      await load();
    } catch (err) {
      notifyError(err);
    } finally {
      setGraceBusy(false);
    }
  };

  return (
    <Stack gap="lg" data-screen="retention">
      <Stack gap={2}>
        <HelpTitle section="bewaartermijn-en-vernietigen-avg">
          <Title order={1}>{t('retention.title')}</Title>
        </HelpTitle>
        <Text c="dimmed">{t('retention.intro')}</Text>
      </Stack>
      {error && <Alert color="red">{error}</Alert>}

      <Card withBorder padding="lg">
        <Title order={2} size="h3" mb="xs">
          {t('retention.policyTitle')}
        </Title>
        {policy && (
          <Text size="sm" c="dimmed" mb="sm" data-testid="retention-policy-state">
            {policy.isDefault
              ? t('retention.isDefault')
              : t('retention.setBy', { by: policy.updatedBy, when: formatDateNl(policy.updatedAt) })}
          </Text>
        )}
        <Stack gap="sm" maw={640}>
          <NumberInput
            label={t('retention.months')}
            min={RETENTION_MONTHS_MIN}
            max={RETENTION_MONTHS_MAX}
            value={months}
            onChange={setMonths}
            allowDecimal={false}
            w={260}
          />
          <Textarea
            label={t('retention.justification')}
            description={t('retention.justificationHint')}
            value={justification}
            onChange={(e) => setJustification(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            required
          />
          <Group>
            <Button onClick={() => void save()} loading={busy} disabled={justification.trim().length === 0}>
              {t('retention.save')}
            </Button>
          </Group>
        </Stack>
      </Card>

      <Card withBorder padding="lg">
        <Title order={2} size="h3" mb="xs">
          {t('retention.graceTitle')}
        </Title>
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('retention.graceDays')}
            description={t('retention.graceHint')}
            min={DESTRUCTION_GRACE_DAYS_MIN}
            max={DESTRUCTION_GRACE_DAYS_MAX}
            value={graceDays}
            onChange={setGraceDays}
            allowDecimal={false}
            w={360}
          />
          <Button variant="default" onClick={() => void saveGrace()} loading={graceBusy}>
            {t('retention.graceSave')}
          </Button>
        </Group>
      </Card>

      <Card withBorder padding="lg" data-testid="retention-due">
        <Title order={2} size="h3" mb="xs">
          {t('retention.dueTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm" maw={760}>
          {t('retention.dueIntro')}
        </Text>
        {due.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('retention.dueNone')}
          </Text>
        ) : (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {due.map((d) => (
              <li key={d.dossierId} data-testid="retention-due-item">
                <Card withBorder padding="sm">
                  <Group justify="space-between">
                    <Stack gap={0}>
                      <Text fw={600}>{d.number}</Text>
                      <Text size="sm" c="dimmed">
                        {t('retention.dueLine', {
                          closed: formatDateNl(d.closedAt),
                          until: formatDateNl(d.retentionUntil),
                        })}
                      </Text>
                      {d.mark && (
                        <Text size="sm" c="red.8" fw={600} data-testid="retention-marked">
                          {t('retention.markedLine', {
                            by: d.mark.markedBy,
                            when: formatDateNl(d.mark.markedAt),
                            due: formatDateNl(d.mark.dueAt),
                          })}
                        </Text>
                      )}
                    </Stack>
                    {d.mark ? (
                      <Group gap="xs">
                        <Button
                          variant="default"
                          loading={actions.busy === d.dossierId}
                          onClick={() => void actions.unmark(d)}
                          aria-label={`${t('retention.unmark')} ${d.number}`}
                        >
                          {t('retention.unmark')}
                        </Button>
                        <Button
                          color="red"
                          variant="light"
                          leftSection={<IconTrash size={16} aria-hidden />}
                          loading={actions.busy === d.dossierId}
                          onClick={() => void actions.destroy(d)}
                          aria-label={`${t('retention.destroyNow')} ${d.number}`}
                        >
                          {t('retention.destroyNow')}
                        </Button>
                      </Group>
                    ) : (
                      <Button
                        color="red"
                        variant="light"
                        onClick={() => setDestroying(d)}
                        aria-label={`${t('retention.mark')} ${d.number}`}
                      >
                        {t('retention.mark')}
                      </Button>
                    )}
                  </Group>
                </Card>
              </li>
            ))}
          </Stack>
        )}
      </Card>

      <SubjectAccessPanel />
      <DestroyModal
        item={destroying ? { ...destroying, early: destroying.retentionUntil > new Date().toISOString() } : null}
        onClose={() => setDestroying(null)}
        onMarked={load}
      />
    </Stack>
  );
}
