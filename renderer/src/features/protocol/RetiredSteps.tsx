import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STEP_STATUS_LABELS, type DossierDetail } from '../../../../src/shared/domain';
import type { PhaseId } from '../../../../src/shared/protocol';
import { formatDateTimeNl } from '../../ui/datetime';

/**
 * Steps of this phase that a protocol move took out of the dossier's protocol, with the state
 * that was recorded for them. Read-only: the step no longer belongs to the protocol, but what
 * was done (or decided not to do) stays part of the case.
 */
export function RetiredSteps({ detail, phaseId }: { detail: DossierDetail; phaseId: PhaseId }) {
  const { t } = useTranslation('protocol');
  const retired = new Map(detail.protocol.retiredSteps.filter((r) => r.phaseId === phaseId).map((r) => [r.id, r]));
  const kept = detail.steps.filter((s) => retired.has(s.stepId));
  if (kept.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="retired-steps">
      <Title order={3} size="h5">
        {t('dossier.history')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('dossier.historyIntro')}
      </Text>
      {kept.map((state) => {
        const step = retired.get(state.stepId)!;
        const actions = detail.actions.filter((a) => a.stepId === state.stepId).length;
        const conversations = detail.conversations.filter((c) => c.stepId === state.stepId).length;
        return (
          <Card key={state.stepId} withBorder padding="sm" bg="gray.0" data-testid={`retired-${state.stepId}`}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Text fw={600}>{step.title}</Text>
                <Text size="xs" c="gray.8">
                  {t('dossier.retiredIn', { version: step.removedInVersion })}
                  {state.owner ? ` · ${t('dossier.retiredOwner', { owner: state.owner })}` : ''}
                  {state.dueAt ? ` · ${t('dossier.retiredDue', { when: formatDateTimeNl(state.dueAt) })}` : ''}
                </Text>
              </Stack>
              <Badge color="gray.8" variant={state.status === 'open' ? 'outline' : 'filled'}>
                {STEP_STATUS_LABELS[state.status]}
              </Badge>
            </Group>
            {state.nvtReason && (
              <Text size="sm" mt={4}>
                {t('dossier.retiredNvt', { reason: state.nvtReason })}
              </Text>
            )}
            {state.notes && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {state.notes}
              </Text>
            )}
            {actions + conversations > 0 && (
              <Text size="xs" c="gray.8" mt={4}>
                {t('dossier.retiredLinked', { actions, conversations })}
              </Text>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
