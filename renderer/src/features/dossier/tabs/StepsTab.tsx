import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import {
  Accordion,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowRight, IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STEP_STATUS_LABELS } from '../../../../../src/shared/domain';
import {
  PHASES,
  isDoneStatus,
  isStepApplicable,
  nextSteps,
  stepsOfPhase,
  type ProtocolSteps,
  type PhaseId,
} from '../../../../../src/shared/protocol';
import type { DossierTabProps } from '../tabProps';
import { applicability, stepState } from '../logic';
import { formatDateTimeNl, isOverdue } from '../../../ui/datetime';
import { StepPanel } from '../parts/StepPanel';
import { RetiredSteps } from '../../protocol/RetiredSteps';
import { useNow } from '../useNow';

/** Dark shades, filled (outline for 'open'), so the badge text keeps AA contrast. */
export const STEP_STATUS_COLORS = {
  open: 'gray.7',
  bezig: 'blue.8',
  gedaan: 'teal.9',
  nvt: 'violet.8',
} as const;

/** The phase dashboard: what to do next, the phase's tips, and every step as an expandable card. */
export function StepsTab({ detail, refresh, readOnly }: DossierTabProps) {
  const { t } = useTranslation('dossier');
  const [params, setParams] = useSearchParams();
  const now = useNow(60_000);
  const opts = applicability(detail);
  const next = nextSteps(detail.steps, opts, 3);
  const requestedStep = params.get('stap');
  const requestedPhase = params.get('fase') as PhaseId | null;
  const phaseOfStep = requestedStep ? stepsOfPhaseId(requestedStep, detail.protocol) : null;
  const phaseId: PhaseId =
    (requestedPhase && PHASES.some((p) => p.id === requestedPhase) ? requestedPhase : null) ??
    phaseOfStep ??
    next[0]?.phaseId ??
    'analyseer';
  const phase = PHASES.find((p) => p.id === phaseId) ?? PHASES[0]!;
  const steps = stepsOfPhase(phaseId, detail.protocol);

  useEffect(() => {
    if (!requestedStep) return;
    document.getElementById(`step-${requestedStep}`)?.scrollIntoView({ block: 'start' });
  }, [requestedStep]);

  const openStep = (stepId: string, stepPhase: PhaseId) => setParams({ fase: stepPhase, stap: stepId });

  return (
    <Stack gap="md">
      {!readOnly && next.length > 0 && (
        <Card withBorder padding="md" bg="blue.0">
          <Text fw={600} mb={6}>
            {t('steps.next')}
          </Text>
          <Stack gap={6}>
            {next.map((s) => (
              <Group key={s.id} justify="space-between" wrap="nowrap">
                <Text size="sm">
                  <Text span c="dimmed" size="sm">
                    {PHASES.find((p) => p.id === s.phaseId)?.title} ·{' '}
                  </Text>
                  {s.title}
                </Text>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  rightSection={<IconArrowRight size={14} aria-hidden />}
                  onClick={() => openStep(s.id, s.phaseId)}
                  aria-label={t('steps.openNamed', { title: s.title })}
                >
                  {t('steps.open')}
                </Button>
              </Group>
            ))}
          </Stack>
        </Card>
      )}

      <SegmentedControl
        value={phaseId}
        onChange={(value) => setParams({ fase: value })}
        data={PHASES.map((p) => ({ value: p.id, label: `${p.order}. ${p.title}` }))}
        aria-label={t('steps.choosePhase')}
        fullWidth
      />

      <Stack gap={4}>
        <Title order={2} size="h3">
          {phase.order}. {phase.title}
        </Title>
        <Text size="sm">{phase.summary}</Text>
        {phase.tips.length > 0 && (
          <Alert color="yellow" variant="light" icon={<IconBulb size={18} aria-hidden />} mt={4}>
            <List size="sm" spacing={2}>
              {phase.tips.map((tip) => (
                <List.Item key={tip}>{tip}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>

      <Accordion
        variant="separated"
        value={requestedStep && steps.some((s) => s.id === requestedStep) ? requestedStep : null}
        onChange={(value) => setParams(value ? { fase: phaseId, stap: value } : { fase: phaseId })}
        chevronPosition="left"
      >
        {steps.map((step) => {
          const state = stepState(detail, step.id);
          const applicable = isStepApplicable(step, opts);
          const overdue = !isDoneStatus(state.status) && isOverdue(state.dueAt, now);
          return (
            <Accordion.Item
              key={step.id}
              value={step.id}
              id={`step-${step.id}`}
              data-testid={`step-${step.id}`}
            >
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Stack gap={2}>
                    <Text fw={600} c={applicable ? undefined : 'dimmed'}>
                      {step.title}
                    </Text>
                    <Group gap={6}>
                      {step.urgent && (
                        <Badge
                          size="sm"
                          color="orange"
                          variant="light"
                          styles={{ label: { color: '#8a3200' } }}
                        >
                          {t('steps.urgent')}
                        </Badge>
                      )}
                      {step.conditional && (
                        <Badge size="sm" color="gray" variant="outline" c="gray.8">
                          {t(`steps.conditional.${step.conditional}`)}
                        </Badge>
                      )}
                      {state.owner && (
                        <Text size="xs" c="dimmed">
                          {t('steps.owner', { owner: state.owner })}
                        </Text>
                      )}
                      {state.dueAt && !isDoneStatus(state.status) && (
                        <Text size="xs" c={overdue ? 'red.9' : 'dimmed'} fw={overdue ? 700 : undefined}>
                          {overdue
                            ? t('steps.overdue', { when: formatDateTimeNl(state.dueAt) })
                            : t('steps.due', { when: formatDateTimeNl(state.dueAt) })}
                        </Text>
                      )}
                    </Group>
                  </Stack>
                  <Badge
                    color={STEP_STATUS_COLORS[state.status]}
                    variant={state.status === 'open' ? 'outline' : 'filled'}
                    data-testid="step-status"
                  >
                    {applicable || state.status !== 'open'
                      ? STEP_STATUS_LABELS[state.status]
                      : t('steps.notApplicable')}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <StepPanel step={step} detail={detail} refresh={refresh} readOnly={readOnly} />
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      <RetiredSteps detail={detail} phaseId={phaseId} />
    </Stack>
  );
}

function stepsOfPhaseId(stepId: string, protocol: ProtocolSteps): PhaseId | null {
  return protocol.steps.find((s) => s.id === stepId)?.phaseId ?? null;
}
