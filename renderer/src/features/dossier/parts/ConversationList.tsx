import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../../../src/shared/domain';
import { CONVERSATION_PREPARATION, STEPS, stepTitleIn, type PinnedProtocol } from '../../../../../src/shared/protocol';
import { formatDateTimeNl } from '../../../ui/datetime';

export function ConversationList({
  conversations,
  readOnly,
  onEdit,
  showStepOf,
}: {
  conversations: Conversation[];
  readOnly: boolean;
  onEdit: (c: Conversation) => void;
  /** When given, each conversation names its step, titled as in the protocol the dossier follows. */
  showStepOf?: Pick<PinnedProtocol, 'steps' | 'retiredSteps'>;
}) {
  const { t } = useTranslation('dossier');
  return (
    <Stack gap="xs">
      {conversations.map((c) => {
        const checklist = (c.stepId && CONVERSATION_PREPARATION[c.stepId]) || [];
        const ticked = checklist.filter((i) => c.preparation[i.id]).length;
        return (
          <Paper key={c.id} withBorder p="sm" radius="md" data-testid="conversation-item">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={2}>
                <Text fw={600}>{t('conversations.with', { who: c.withWhom })}</Text>
                <Text size="sm" c="dimmed">
                  {formatDateTimeNl(c.heldAt)} · {t('conversations.by', { who: c.heldBy })}
                  {c.location ? ` · ${c.location}` : ''}
                </Text>
                {showStepOf && c.stepId && (
                  <Text size="xs" c="dimmed">
                    {t('conversations.forStep', { title: stepTitleIn(showStepOf, c.stepId, STEPS) })}
                  </Text>
                )}
                {c.summary && (
                  <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
                    {c.summary}
                  </Text>
                )}
                {c.agreements && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    <Text span fw={600} size="sm">
                      {t('conversations.agreements')}:{' '}
                    </Text>
                    {c.agreements}
                  </Text>
                )}
              </Stack>
              <Group gap={6} wrap="nowrap">
                {checklist.length > 0 && (
                  <Badge
                    variant={ticked === checklist.length ? 'filled' : 'light'}
                    color={ticked === checklist.length ? 'teal.9' : 'gray'}
                  >
                    {t('conversations.prepCount', { done: ticked, total: checklist.length })}
                  </Badge>
                )}
                {!readOnly && (
                  <Tooltip label={t('conversations.edit')}>
                    <ActionIcon
                      variant="subtle"
                      onClick={() => onEdit(c)}
                      aria-label={t('conversations.editNamed', { who: c.withWhom })}
                    >
                      <IconPencil size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
