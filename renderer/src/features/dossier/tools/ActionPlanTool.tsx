import { useDraftDialog } from '../../../ui/form/useDraftDialog';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ActionForm } from '../parts/ActionForm';
import { ActionList } from '../parts/ActionList';
import type { ToolProps } from './types';

/** "Zet acties op een rijtje": every action of the dossier in one list (wie, wat, wanneer, waar, hoe). */
export function ActionPlanTool({ detail, refresh, readOnly }: Pick<ToolProps, 'detail' | 'refresh' | 'readOnly'>) {
  const { t } = useTranslation('dossier');
  // Reopens itself after unlocking when a half-typed form of this screen is in the vault.
  const dialog = useDraftDialog({
    dossierId: detail.dossier.id,
    kind: 'action',
    context: 'plan',
    records: detail.actions,
    enabled: !readOnly,
  });
  const open_ = detail.actions.filter((a) => !a.done);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('actions.planSummary', { open: open_.length, total: detail.actions.length })}
        </Text>
        {!readOnly && (
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={dialog.openNew}>
            {t('actions.addGeneral')}
          </Button>
        )}
      </Group>
      <ActionList actions={open_} readOnly={readOnly} refresh={refresh} showStepOf={detail.protocol} onEdit={dialog.openEdit} />
      <ActionForm
        opened={dialog.opened}
        onClose={dialog.close}
        draftKey={dialog.draftKey}
        dossierId={detail.dossier.id}
        protocol={detail.protocol}
        action={dialog.editing}
        defaultStepId={null}
        defaultOwner={detail.dossier.lead}
        onSaved={refresh}
      />
    </Stack>
  );
}
