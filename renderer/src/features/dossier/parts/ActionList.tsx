import { useState } from 'react';
import { ActionIcon, Badge, Checkbox, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import type { ActionItem } from '../../../../../src/shared/domain';
import { STEPS, stepTitleIn, type PinnedProtocol } from '../../../../../src/shared/protocol';
import { formatDateTimeNl, isOverdue } from '../../../ui/datetime';
import { useNow } from '../useNow';

/** Action items as compact cards; overdue ones stand out in red. */
export function ActionList({
  actions,
  readOnly,
  refresh,
  onEdit,
  showStepOf,
}: {
  actions: ActionItem[];
  readOnly: boolean;
  refresh: () => Promise<void>;
  onEdit: (a: ActionItem) => void;
  /** When given, each action names its step, titled as in the protocol the dossier follows. */
  showStepOf?: Pick<PinnedProtocol, 'steps' | 'retiredSteps'>;
}) {
  const { t } = useTranslation('dossier');
  const now = useNow(60_000);
  const [busyId, setBusyId] = useState<string | null>(null);

  const toggle = async (a: ActionItem, done: boolean) => {
    setBusyId(a.id);
    try {
      await call('action.setDone', { actionId: a.id, done });
      notifySuccess(done ? t('actions.doneSaved') : t('actions.reopened'));
      await refresh();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Stack gap="xs">
      {actions.map((a) => {
        const overdue = !a.done && isOverdue(a.wanneer, now);
        return (
          <Paper
            key={a.id}
            withBorder
            p="sm"
            radius="md"
            bg={overdue ? 'red.0' : a.done ? 'gray.0' : undefined}
            style={overdue ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}
            data-testid="action-item"
            data-overdue={overdue || undefined}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Group align="flex-start" wrap="nowrap" gap="sm">
                <Checkbox
                  mt={2}
                  checked={a.done}
                  disabled={readOnly || busyId === a.id}
                  onChange={(e) => void toggle(a, e.currentTarget.checked)}
                  aria-label={t('actions.markDone', { what: a.wat })}
                />
                <Stack gap={2}>
                  <Text fw={500} td={a.done ? 'line-through' : undefined}>
                    {a.wat}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('actions.whoLine', { wie: a.wie })}
                    {a.wanneer ? ` · ${formatDateTimeNl(a.wanneer)}` : ''}
                    {a.waar ? ` · ${a.waar}` : ''}
                  </Text>
                  {a.hoe && <Text size="sm">{a.hoe}</Text>}
                  {showStepOf && a.stepId && (
                    <Text size="xs" c="dimmed">
                      {t('actions.forStep', { title: stepTitleIn(showStepOf, a.stepId, STEPS) })}
                    </Text>
                  )}
                </Stack>
              </Group>
              <Group gap={6} wrap="nowrap">
                {overdue && (
                  <Badge color="red" variant="filled">
                    {t('actions.overdue')}
                  </Badge>
                )}
                {a.done && (
                  <Badge color="teal.9" variant="filled">
                    {t('actions.done')}
                  </Badge>
                )}
                {!readOnly && (
                  <Tooltip label={t('actions.edit')}>
                    <ActionIcon
                      variant="subtle"
                      onClick={() => onEdit(a)}
                      aria-label={t('actions.editNamed', { what: a.wat })}
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
