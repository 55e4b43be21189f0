import { Group, Progress, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../../../src/shared/domain';
import { PHASES, phaseProgress, type PhaseId } from '../../../../../src/shared/protocol';
import { applicability } from '../logic';
import classes from './PhaseBar.module.css';

/** Analyseer → … → Evalueer with progress per phase. Guidance, not a locked sequence: every phase is clickable. */
export function PhaseBar({
  detail,
  onSelectPhase,
}: {
  detail: DossierDetail;
  onSelectPhase: (id: PhaseId) => void;
}) {
  const { t } = useTranslation('dossier');
  const progress = phaseProgress(detail.steps, applicability(detail));
  return (
    <nav aria-label={t('phaseBar.label')}>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs" component="ol" className={classes.list}>
        {PHASES.map((phase) => {
          const p = progress.find((x) => x.phaseId === phase.id);
          const done = p?.done ?? 0;
          const total = p?.total ?? 0;
          const complete = total > 0 && done === total;
          const pct = total === 0 ? 100 : Math.round((done / total) * 100);
          return (
            <li key={phase.id}>
              <UnstyledButton
                className={classes.phase}
                data-complete={complete || undefined}
                onClick={() => onSelectPhase(phase.id)}
                aria-label={t('phaseBar.item', { order: phase.order, title: phase.title, done, total })}
                data-testid={`phase-${phase.id}`}
              >
                <Group gap={6} justify="space-between" wrap="nowrap">
                  <Text fw={600} size="sm">
                    {phase.order}. {phase.title}
                  </Text>
                  {complete && <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />}
                </Group>
                <Progress value={pct} size="sm" mt={6} color={complete ? 'teal' : 'blue'} aria-hidden />
                <Text size="xs" c="dimmed" mt={4}>
                  {t('phaseBar.count', { done, total })}
                </Text>
              </UnstyledButton>
            </li>
          );
        })}
      </SimpleGrid>
    </nav>
  );
}
