import { useState } from 'react';
import { useDraftDialog } from '../../../ui/form/useDraftDialog';
import { Button, EmptyState, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconChecklist, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../../src/shared/domain';
import type { DossierTabProps } from '../tabProps';
import { ActionForm } from '../parts/ActionForm';
import { ActionList } from '../parts/ActionList';
import { isOverdue } from '../../../ui/datetime';
import { useNow } from '../useNow';

type Filter = 'open' | 'done' | 'all';

/** All action items of the dossier; overdue first and in red. */
export function ActionsTab({ detail, refresh, readOnly }: DossierTabProps) {
  const { t } = useTranslation('dossier');
  const now = useNow(60_000);
  const [filter, setFilter] = useState<Filter>('open');
  // Reopens itself after unlocking when a half-typed form of this screen is in the vault.
  const dialog = useDraftDialog({
    dossierId: detail.dossier.id,
    kind: 'action',
    records: detail.actions,
    enabled: !readOnly,
  });
  const due = (a: ActionItem) => (a.wanneer ? Date.parse(a.wanneer) : Number.MAX_SAFE_INTEGER);
  const list = detail.actions
    .filter((a) => (filter === 'all' ? true : filter === 'open' ? !a.done : a.done))
    .sort((a, b) => Number(a.done) - Number(b.done) || due(a) - due(b));
  const overdue = detail.actions.filter((a) => !a.done && isOverdue(a.wanneer, now)).length;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={2} size="h4">
            {t('actions.title')}
          </Title>
          {overdue > 0 && (
            <Text size="sm" c="red.9" fw={600}>
              {t('actions.overdueCount', { count: overdue })}
            </Text>
          )}
        </Stack>
        <Group>
          <SegmentedControl
            value={filter}
            onChange={(v) => setFilter(v as Filter)}
            data={[
              { value: 'open', label: t('actions.filterOpen') },
              { value: 'done', label: t('actions.filterDone') },
              { value: 'all', label: t('actions.filterAll') },
            ]}
            aria-label={t('actions.filter')}
          />
          {!readOnly && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={dialog.openNew}>
              {t('actions.add')}
            </Button>
          )}
        </Group>
      </Group>
      {list.length === 0 ? (
        <EmptyState
          icon={<IconChecklist size={28} aria-hidden />}
          title={t('actions.emptyTitle')}
          description={t('actions.emptyText')}
        />
      ) : (
        <ActionList actions={list} readOnly={readOnly} refresh={refresh} showStepOf={detail.protocol} onEdit={dialog.openEdit} />
      )}
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
