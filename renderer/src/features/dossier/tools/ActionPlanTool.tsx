import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../../src/shared/domain';
import { ActionForm } from '../parts/ActionForm';
import { ActionList } from '../parts/ActionList';
import type { ToolProps } from './types';

/** "Zet acties op een rijtje": every action of the dossier in one list (wie, wat, wanneer, waar, hoe). */
export function ActionPlanTool({ detail, refresh, readOnly }: ToolProps) {
  const { t } = useTranslation('dossier');
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<ActionItem | null>(null);
  const open_ = detail.actions.filter((a) => !a.done);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('actions.planSummary', { open: open_.length, total: detail.actions.length })}
        </Text>
        {!readOnly && (
          <Button
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              setEditing(null);
              setOpen(true);
            }}
          >
            {t('actions.addGeneral')}
          </Button>
        )}
      </Group>
      <ActionList
        actions={open_}
        readOnly={readOnly}
        refresh={refresh}
        showStep
        onEdit={(a) => {
          setEditing(a);
          setOpen(true);
        }}
      />
      <ActionForm
        opened={open}
        onClose={() => setOpen(false)}
        dossierId={detail.dossier.id}
        action={editing}
        defaultStepId={null}
        defaultOwner={detail.dossier.lead}
        onSaved={refresh}
      />
    </Stack>
  );
}
