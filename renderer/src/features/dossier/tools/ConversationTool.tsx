import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../../../src/shared/domain';
import { ConversationForm } from '../parts/ConversationForm';
import { ConversationList } from '../parts/ConversationList';
import { useSchoolProfile } from '../useSchoolProfile';
import type { ToolProps } from './types';

/** Conversations held for this step, and "Gesprek vastleggen" with the step's preparation checklist. */
export function ConversationTool({
  step,
  detail,
  refresh,
  readOnly,
  withWhom,
}: ToolProps & { withWhom?: string }) {
  const { t } = useTranslation('dossier');
  const school = useSchoolProfile();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<Conversation | null>(null);
  const conversations = detail.conversations.filter((c) => c.stepId === step.id);
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
            onClick={() => {
              setEditing(null);
              setOpen(true);
            }}
          >
            {t('conversations.record')}
          </Button>
        )}
      </Group>
      <ConversationList
        conversations={conversations}
        readOnly={readOnly}
        onEdit={(c) => {
          setEditing(c);
          setOpen(true);
        }}
      />
      <ConversationForm
        opened={open}
        onClose={() => setOpen(false)}
        detail={detail}
        conversation={editing}
        stepId={step.id}
        defaultWithWhom={withWhom}
        school={school}
        onSaved={refresh}
      />
    </Stack>
  );
}
