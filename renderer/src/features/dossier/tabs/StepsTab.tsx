import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  Accordion,
  Alert,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowRight, IconBulb, IconChevronDown, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STEP_STATUS_LABELS } from '../../../../../src/shared/domain';
import {
  PHASES,
  isDoneStatus,
  isStepApplicable,
  nextSteps,
  phaseProgress,
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

/**
 * The phase dashboard: what to do next, one phase selector with each phase's progress, and
 * the phase's steps as expandable cards with the current step (the first of "Wat nu?") open,
 * so the work is in view when the dossier opens. The phase's tips fold away.
 */
export function StepsTab({ detail, refresh, readOnly }: DossierTabProps) {
  const { t } = useTranslation('dossier');
  const [params, setParams] = useSearchParams();
  const now = useNow(60_000);
  const opts = applicability(detail);
  const next = nextSteps(detail.steps, opts, 3);
  // `stap` absent: open the current step; `stap=` (empty): the user closed every step.
  const stapParam = params.get('stap');
  const requestedStep = stapParam || null;
  const requestedPhase = params.get('fase') as PhaseId | null;
  const phaseOfStep = requestedStep ? stepsOfPhaseId(requestedStep, detail.protocol) : null;
  const phaseId: PhaseId =
    (requestedPhase && PHASES.some((p) => p.id === requestedPhase) ? requestedPhase : null) ??
    phaseOfStep ??
    next[0]?.phaseId ??
    'analyseer';
  const phase = PHASES.find((p) => p.id === phaseId) ?? PHASES[0]!;
  const steps = stepsOfPhase(phaseId, detail.protocol);
  const progress = phaseProgress(detail.steps, opts);
  const currentStepId = !readOnly && next[0]?.phaseId === phaseId ? next[0].id : null;
  const openStepId =
    stapParam === null ? currentStepId : requestedStep && steps.some((s) => s.id === requestedStep) ? requestedStep : null;
  const [tipsOpen, setTipsOpen] = useState(false);
  // Steps already finished when this phase was opened fold into one line, so the current step
  // stays in view; a step finished now stays where it is until the phase is opened again.
  const [showDone, setShowDone] = useState(false);
  const foldedIds = useMemo(
    () => new Set<string>(steps.filter((s) => isDoneStatus(stepState(detail, s.id).status)).map((s) => s.id)),
    // Only when another phase (or dossier) is opened: not on every status change.
    [phaseId, detail.dossier.id],
  );
  const folding = !showDone && !(requestedStep && foldedIds.has(requestedStep)) && foldedIds.size > 0;
  const shownSteps = folding ? steps.filter((s) => !foldedIds.has(s.id)) : steps;

  useEffect(() => {
    if (!requestedStep) return;
    document.getElementById(`step-${requestedStep}`)?.scrollIntoView({ block: 'start' });
  }, [requestedStep]);

  const openStep = (stepId: string, stepPhase: PhaseId) => setParams({ fase: stepPhase, stap: stepId });

  return (
    <Stack gap="md">
      {!readOnly && next.length > 0 && (
        <Card withBorder padding="sm" bg="blue.0" component="section" aria-labelledby="steps-next-title">
          <Text fw={600} mb={4} id="steps-next-title">
            {t('steps.next')}
          </Text>
          <Stack gap={2}>
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
        data={PHASES.map((p) => {
          const pr = progress.find((x) => x.phaseId === p.id);
          const done = pr?.done ?? 0;
          const total = pr?.total ?? 0;
          const complete = total > 0 && done === total;
          return {
            value: p.id,
            label: (
              <Stack gap={0} align="center" data-testid={`phase-tab-${p.id}`}>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm" fw={600} span>
                    {p.order}. {p.title}
                  </Text>
                  {complete && <IconCircleCheck size={14} color="var(--mantine-color-teal-8)" aria-hidden />}
                </Group>
                <Text size="xs" c="dimmed" span>
                  {t('phaseBar.count', { done, total })}
                </Text>
              </Stack>
            ),
          };
        })}
        aria-label={t('steps.choosePhase')}
        fullWidth
      />

      <Stack gap={4}>
        <Group justify="space-between" align="baseline" wrap="nowrap">
          <Title order={2} size="h4">
            {phase.order}. {phase.title}
          </Title>
          {phase.tips.length > 0 && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="dark"
              leftSection={<IconBulb size={16} color="var(--mantine-color-yellow-8)" aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden style={{ transform: tipsOpen ? 'rotate(180deg)' : undefined }} />}
              aria-expanded={tipsOpen}
              aria-controls="phase-tips"
              onClick={() => setTipsOpen((o) => !o)}
            >
              {t('steps.phaseTips', { count: phase.tips.length })}
            </Button>
          )}
        </Group>
        <Text size="sm">{phase.summary}</Text>
        {phase.tips.length > 0 && (
          <Collapse expanded={tipsOpen} id="phase-tips">
            <Alert color="yellow" variant="light" mt={4}>
              <List size="sm" spacing={2}>
                {phase.tips.map((tip) => (
                  <List.Item key={tip}>{tip}</List.Item>
                ))}
              </List>
            </Alert>
          </Collapse>
        )}
      </Stack>

      {foldedIds.size > 0 && (
        <Group gap="xs" data-testid="done-steps-toggle">
          <IconCircleCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden />
          <Text size="sm" c="dimmed">
            {t('steps.doneFolded', { count: foldedIds.size })}
          </Text>
          <Button size="compact-sm" variant="subtle" onClick={() => setShowDone((v) => !v)} aria-expanded={!folding}>
            {folding ? t('steps.showDone') : t('steps.hideDone')}
          </Button>
        </Group>
      )}

      <Accordion
        variant="separated"
        value={openStepId}
        onChange={(value) => setParams({ fase: phaseId, stap: value ?? '' })}
        chevronPosition="left"
      >
        {shownSteps.map((step) => {
          const state = stepState(detail, step.id);
          const applicable = isStepApplicable(step, opts);
          const overdue = !isDoneStatus(state.status) && isOverdue(state.dueAt, now);
          return (
            <Accordion.Item
              key={step.id}
              value={step.id}
              id={`step-${step.id}`}
              data-testid={`step-${step.id}`}
              data-current-step={step.id === currentStepId || undefined}
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
