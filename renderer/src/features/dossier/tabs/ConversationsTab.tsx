import { Button, EmptyState, Group, Stack, Title } from '@mantine/core';
import { IconMessagePlus, IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DossierTabProps } from '../tabProps';
import { ConversationForm } from '../parts/ConversationForm';
import { ConversationList } from '../parts/ConversationList';
import { useSchoolProfile } from '../useSchoolProfile';
import { useDraftDialog } from '../../../ui/form/useDraftDialog';

/** Every conversation record of the dossier, newest first. */
export function ConversationsTab({ detail, refresh, readOnly }: DossierTabProps) {
  const { t } = useTranslation('dossier');
  const school = useSchoolProfile();
  const dialog = useDraftDialog({
    dossierId: detail.dossier.id,
    kind: 'conversation',
    records: detail.conversations,
    enabled: !readOnly,
  });
  const list = [...detail.conversations].sort((a, b) => b.heldAt.localeCompare(a.heldAt));
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('conversations.title')}
        </Title>
        {!readOnly && (
          <Button
            leftSection={<IconMessagePlus size={16} aria-hidden />}
            onClick={dialog.openNew}
          >
            {t('conversations.record')}
          </Button>
        )}
      </Group>
      {list.length === 0 ? (
        <EmptyState
          icon={<IconMessages size={28} aria-hidden />}
          title={t('conversations.emptyTitle')}
          description={t('conversations.emptyText')}
        />
      ) : (
        <ConversationList
          conversations={list}
          readOnly={readOnly}
          showStepOf={detail.protocol}
          onEdit={dialog.openEdit}
        />
      )}
      <ConversationForm
        opened={dialog.opened}
        onClose={dialog.close}
        draftKey={dialog.draftKey}
        detail={detail}
        conversation={dialog.editing}
        stepId={dialog.editing?.stepId ?? null}
        school={school}
        onSaved={refresh}
      />
    </Stack>
  );
}
