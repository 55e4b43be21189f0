import { useDraftDialog } from '../../../ui/form/useDraftDialog';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../../../src/shared/domain';
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
  const actions = detail.actions.filter((a) => a.stepId === step.id);
  // Reopens itself after unlocking when a half-typed form of this screen is in the vault.
  const dialog = useDraftDialog({
    dossierId: detail.dossier.id,
    kind: 'action',
    context: step.id,
    records: actions,
    enabled: !readOnly,
  });
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
            onClick={dialog.openNew}
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
        <ActionList actions={actions} readOnly={readOnly} refresh={refresh} onEdit={dialog.openEdit} />
      )}
      <ActionForm
        opened={dialog.opened}
        onClose={dialog.close}
        draftKey={dialog.draftKey}
        dossierId={detail.dossier.id}
        protocol={detail.protocol}
        action={dialog.editing}
        defaultStepId={step.id}
        defaultOwner={stepState(detail, step.id).owner}
        onSaved={refresh}
      />
    </Stack>
  );
}
