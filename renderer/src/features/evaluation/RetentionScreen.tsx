import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorMessage, notifySuccess } from '../../ui/notify';
import {
  DESTRUCTION_GRACE_DAYS_MAX,
  DESTRUCTION_GRACE_DAYS_MIN,
  RETENTION_MONTHS_MAX,
  RETENTION_MONTHS_MIN,
  evaluationOps,
  type RetentionDueItem,
  type RetentionPolicy,
} from '../../../../src/shared/api';
import { IntegerField, LimitedTextarea } from '../../ui/form/fields';
import { useDraftForm } from '../../ui/form/useDraftForm';
import { schemaValidator } from '../../ui/form/validation';
import { formatDateNl } from '../../ui/datetime';
import { DestroyModal, useDestructionActions } from './parts/DestroyModal';
import { SubjectAccessPanel } from './parts/SubjectAccessPanel';
import { ScreenHeader } from '../../ui/ScreenHeader';

interface PolicyValues {
  months: number | null;
  justification: string;
}
interface GraceValues {
  days: number | null;
}

/** The contract's own rules (whole months in range, a justification of 20+ characters), while typing. */
const policySchema = schemaValidator<{ months: number; justification: string }>(evaluationOps['retention.update'].input);
const graceSchema = schemaValidator<{ days: number }>(evaluationOps['retention.setGrace'].input);

/** AVG: the school's retention period, dossiers due for destruction, and subject access requests. */
export function RetentionScreen() {
  const { t } = useTranslation('evaluation');
  const [policy, setPolicy] = useState<RetentionPolicy | null>(null);
  const [due, setDue] = useState<RetentionDueItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [destroying, setDestroying] = useState<RetentionDueItem | null>(null);
  const validatePolicy = useCallback(
    ({ months, justification }: PolicyValues): Record<string, string> =>
      months === null
        ? { ...policySchema({ months: RETENTION_MONTHS_MIN, justification }), months: t('retention.monthsRequired') }
        : policySchema({ months, justification }),
    [t],
  );
  const validateGrace = useCallback(
    ({ days }: GraceValues): Record<string, string> =>
      days === null ? { days: t('retention.graceRequired') } : graceSchema({ days }),
    [t],
  );
  // Two small forms, each kept as a draft in the vault (outside any dossier) until saved.
  const policyForm = useDraftForm<PolicyValues>({
    initial: { months: policy?.months ?? 24, justification: policy && !policy.isDefault ? policy.justification : '' },
    active: policy !== null,
    resetKey: policy?.updatedAt,
    draft: { dossierId: null, formKey: 'retention' },
    validate: validatePolicy,
  });
  const graceForm = useDraftForm<GraceValues>({
    initial: { days: policy?.graceDays ?? 7 },
    active: policy !== null,
    resetKey: policy?.graceDays,
    draft: { dossierId: null, formKey: 'retention-grace' },
    validate: validateGrace,
  });

  const load = useCallback(async () => {
    try {
      const [p, d] = await Promise.all([call('retention.get', {}), call('retention.due', {})]);
      setPolicy(p);
      setDue(d);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const save = () =>
    policyForm.submit(async (v) => {
      await call('retention.update', { months: v.months ?? 0, justification: v.justification.trim() });
      notifySuccess(t('retention.saved'));
      await load();
    });

  const actions = useDestructionActions(load);

  const saveGrace = () =>
    graceForm.submit(async (v) => {
      const r = await call('retention.setGrace', { days: v.days ?? 0 });
      notifySuccess('cancelled' in r ? t('retention.graceCancelled') : t('retention.graceSaved'));
      await load();
    });

  return (
    <Stack gap="lg" data-screen="retention">
      <ScreenHeader title={t('retention.title')} intro={t('retention.intro')} help="bewaartermijn-en-vernietigen-avg" />
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
          <IntegerField
            label={t('retention.months')}
            min={RETENTION_MONTHS_MIN}
            max={RETENTION_MONTHS_MAX}
            value={policyForm.values.months}
            onChange={(v) => policyForm.set('months', v)}
            onProblem={(m) => {
              policyForm.setFieldProblem('months', m);
              policyForm.touch('months');
            }}
            error={policyForm.error('months')}
            w={260}
            required
          />
          <LimitedTextarea
            label={t('retention.justification')}
            description={t('retention.justificationHint')}
            max={2000}
            value={policyForm.values.justification}
            onChange={(e) => policyForm.set('justification', e.currentTarget.value)}
            error={policyForm.error('justification')}
            autosize
            minRows={3}
            required
          />
          <Group>
            <Button onClick={() => void save()} loading={policyForm.busy}>
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
          <IntegerField
            label={t('retention.graceDays')}
            description={t('retention.graceHint')}
            min={DESTRUCTION_GRACE_DAYS_MIN}
            max={DESTRUCTION_GRACE_DAYS_MAX}
            value={graceForm.values.days}
            onChange={(v) => graceForm.set('days', v)}
            onProblem={(m) => {
              graceForm.setFieldProblem('days', m);
              graceForm.touch('days');
            }}
            error={graceForm.error('days')}
            w={360}
            required
          />
          <Button variant="default" onClick={() => void saveGrace()} loading={graceForm.busy}>
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
