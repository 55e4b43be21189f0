import { Button, Group, Stack, Text } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConversationForm } from '../parts/ConversationForm';
import { ConversationList } from '../parts/ConversationList';
import { useSchoolProfile } from '../useSchoolProfile';
import { useDraftDialog } from '../../../ui/form/useDraftDialog';
import type { ToolProps } from './types';

/** Conversations held for this step, and "Gesprek vastleggen" with the step's preparation checklist. */
export function ConversationTool({
  step,
  detail,
  refresh,
  readOnly,
  withWhom,
}: Pick<ToolProps, 'step' | 'detail' | 'refresh' | 'readOnly'> & { withWhom?: string }) {
  const { t } = useTranslation('dossier');
  const school = useSchoolProfile();
  const conversations = detail.conversations.filter((c) => c.stepId === step.id);
  // Reopens itself after unlocking when a half-typed record of this step is in the vault.
  const dialog = useDraftDialog({
    dossierId: detail.dossier.id,
    kind: 'conversation',
    context: step.id,
    records: conversations,
    enabled: !readOnly,
  });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {conversations.length === 0
            ? t('conversations.noneForStep')
            : t('conversations.countForStep', { count: conversations.length })}
        </Text>
        {!readOnly && (
          <Button
            size="xs"
            leftSection={<IconMessagePlus size={14} aria-hidden />}
            onClick={dialog.openNew}
          >
            {t('conversations.record')}
          </Button>
        )}
      </Group>
      <ConversationList
        conversations={conversations}
        readOnly={readOnly}
        onEdit={dialog.openEdit}
      />
      <ConversationForm
        opened={dialog.opened}
        onClose={dialog.close}
        draftKey={dialog.draftKey}
        detail={detail}
        conversation={dialog.editing}
        stepId={step.id}
        defaultWithWhom={withWhom}
        school={school}
        onSaved={refresh}
      />
    </Stack>
  );
}
