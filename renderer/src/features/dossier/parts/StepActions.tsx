import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, DossierDetail } from '../../../../../src/shared/domain';
import type { ProtocolStep } from '../../../../../src/shared/protocol';
import { stepState } from '../logic';
import { ActionForm } from './ActionForm';
import { ActionList } from './ActionList';

/** The action items of one step, with "Actie toevoegen". */
export function StepActions({
  step,
  detail,
  refresh,
  readOnly,
}: {
  step: ProtocolStep;
  detail: DossierDetail;
  refresh: () => Promise<void>;
  readOnly: boolean;
}) {
  const { t } = useTranslation('dossier');
  const [editing, setEditing] = useState<ActionItem | null>(null);
  const [open, setOpen] = useState(false);
  const actions = detail.actions.filter((a) => a.stepId === step.id);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t('actions.ofStep', { count: actions.length })}
        </Text>
        {!readOnly && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              setEditing(null);
              setOpen(true);
            }}
          >
            {t('actions.add')}
          </Button>
        )}
      </Group>
      {actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('actions.noneForStep')}
        </Text>
      ) : (
        <ActionList
          actions={actions}
          readOnly={readOnly}
          refresh={refresh}
          onEdit={(a) => {
            setEditing(a);
            setOpen(true);
          }}
        />
      )}
      <ActionForm
        opened={open}
        onClose={() => setOpen(false)}
        dossierId={detail.dossier.id}
        action={editing}
        defaultStepId={step.id}
        defaultOwner={stepState(detail, step.id).owner}
        onSaved={refresh}
      />
    </Stack>
  );
}
