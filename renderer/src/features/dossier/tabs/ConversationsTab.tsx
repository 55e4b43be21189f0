import { useState } from 'react';
import { Button, EmptyState, Group, Stack, Title } from '@mantine/core';
import { IconMessagePlus, IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../../../src/shared/domain';
import type { DossierTabProps } from '../tabs';
import { ConversationForm } from '../parts/ConversationForm';
import { ConversationList } from '../parts/ConversationList';
import { useSchoolProfile } from '../useSchoolProfile';

/** Every conversation record of the dossier, newest first. */
export function ConversationsTab({ detail, refresh, readOnly }: DossierTabProps) {
  const { t } = useTranslation('dossier');
  const school = useSchoolProfile();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<Conversation | null>(null);
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
            onClick={() => {
              setEditing(null);
              setOpen(true);
            }}
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
          showStep
          onEdit={(c) => {
            setEditing(c);
            setOpen(true);
          }}
        />
      )}
      <ConversationForm
        opened={open}
        onClose={() => setOpen(false)}
        detail={detail}
        conversation={editing}
        stepId={editing?.stepId ?? null}
        school={school}
        onSaved={refresh}
      />
    </Stack>
  );
}
