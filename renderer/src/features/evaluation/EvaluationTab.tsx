import { useCallback, useEffect, useState } from 'react';
import {
  Accordion,
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconBulb, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import { errorMessage } from '../../ui/notify';
import type { EvaluationAudience, EvaluationView } from '../../../../src/shared/api';
import type { DossierTabProps } from '../dossier/tabProps';
import { formatDateNl } from '../../ui/datetime';
import { AftercarePanel } from './parts/AftercarePanel';
import { DestroyModal, useDestructionActions } from './parts/DestroyModal';
import { EvaluationForm } from './parts/EvaluationForm';
import { ImprovementForm, ImprovementList } from './parts/ImprovementList';

/** The card's last phase for one dossier: evaluation per audience, aftercare, lessons for the school. */
export function EvaluationTab({ dossierId, detail, refresh, readOnly }: DossierTabProps) {
  const { t } = useTranslation('evaluation');
  const [view, setView] = useState<EvaluationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState<{ audience: EvaluationAudience | null } | null>(null);
  const [destroying, setDestroying] = useState(false);
  const navigate = useNavigate();
  const actions = useDestructionActions(async () => {
    // After erasure the dossier is gone: back to the overview. After lifting a mark: reload.
    const gone = await call('dossier.get', { dossierId }).then(
      () => false,
      () => true,
    );
    if (gone) navigate('/');
    else await changed();
  });

  const load = useCallback(async () => {
    try {
      setView(await call('evaluation.get', { dossierId }));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [dossierId]);

  useEffect(() => {
    void load();
  }, [load, detail.dossier.updatedAt]);

  // Saving writes a logbook line and touches the dossier: reload both.
  const changed = async () => {
    await Promise.all([load(), refresh()]);
  };

  if (error) return <Alert color="red">{error}</Alert>;
  if (!view) {
    return (
      <Center p="xl">
        <Loader aria-label={t('tab.title')} />
      </Center>
    );
  }

  return (
    <Stack gap="lg" data-testid="evaluation-tab">
      <Stack gap={2}>
        <Title order={2} size="h3">
          {t('tab.title')}
        </Title>
        <Text c="dimmed">{t('tab.intro')}</Text>
      </Stack>
      {readOnly && (
        <Alert color="gray" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('tab.readOnly')}
          {view.retention.closedAt && view.retention.retentionUntil && (
            <Text size="sm" mt={4}>
              {t('tab.retention', {
                closed: formatDateNl(view.retention.closedAt),
                until: formatDateNl(view.retention.retentionUntil),
                months: view.retention.months,
              })}
            </Text>
          )}
          {view.retention.mark ? (
            <Stack gap={6} mt="sm" data-testid="destruction-mark">
              <Text size="sm" fw={600} c="red.8">
                {t('tab.marked', {
                  by: view.retention.mark.markedBy,
                  when: formatDateNl(view.retention.mark.markedAt),
                  due: formatDateNl(view.retention.mark.dueAt),
                })}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  loading={actions.busy === dossierId}
                  onClick={() => void actions.unmark({ dossierId, number: detail.dossier.number })}
                >
                  {t('retention.unmark')}
                </Button>
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  loading={actions.busy === dossierId}
                  onClick={() => void actions.destroy({ dossierId, number: detail.dossier.number })}
                >
                  {t('retention.destroyNow')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Button mt="sm" size="xs" color="red" variant="light" onClick={() => setDestroying(true)}>
              {t('tab.destroyNow')}
            </Button>
          )}
        </Alert>
      )}
      <DestroyModal
        item={
          destroying
            ? {
                dossierId,
                number: detail.dossier.number,
                early:
                  !view.retention.retentionUntil || view.retention.retentionUntil > new Date().toISOString(),
              }
            : null
        }
        onClose={() => setDestroying(false)}
        onMarked={changed}
      />

      <Card withBorder padding="lg">
        <Title order={3} size="h4" mb="sm">
          {t('eval.title')}
        </Title>
        <Accordion variant="separated" multiple>
          {view.evaluations.map((e) => (
            <Accordion.Item key={e.audience} value={e.audience}>
              <Accordion.Control>
                <Group justify="space-between" pr="sm">
                  <Text fw={600}>{t(`audience.${e.audience}`)}</Text>
                  {e.completed ? (
                    <Badge color="teal.9">{t('eval.completed')}</Badge>
                  ) : e.id ? (
                    <Badge color="yellow" variant="light">
                      {t('eval.inProgress')}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="light">
                      {t('eval.notStarted')}
                    </Badge>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <EvaluationForm
                  dossierId={dossierId}
                  evaluation={e}
                  readOnly={readOnly}
                  onSaved={changed}
                  onAddImprovement={() => setAdding({ audience: e.audience })}
                />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Card>

      <AftercarePanel
        dossierId={dossierId}
        persons={detail.persons}
        moments={view.aftercare}
        lead={detail.dossier.lead}
        onChanged={changed}
      />

      <Card withBorder padding="lg">
        <Group justify="space-between" align="flex-start" mb="sm">
          <Stack gap={2} style={{ flex: 1 }}>
            <Group gap={6}>
              <IconBulb size={18} aria-hidden />
              <Title order={3} size="h4">
                {t('improvements.title')}
              </Title>
            </Group>
            <Text size="sm" c="dimmed">
              {t('improvements.intro')}
            </Text>
          </Stack>
          {!readOnly && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setAdding({ audience: null })}
            >
              {t('improvements.add')}
            </Button>
          )}
        </Group>
        <ImprovementList
          points={view.improvementPoints}
          showSource={false}
          canEdit={!readOnly}
          onChanged={load}
        />
      </Card>
      <ImprovementForm
        opened={adding !== null}
        onClose={() => setAdding(null)}
        defaultAudience={adding?.audience ?? null}
        point={null}
        dossierId={dossierId}
        audiences={view.evaluations.map((e) => e.audience)}
        onSaved={load}
      />
    </Stack>
  );
}
