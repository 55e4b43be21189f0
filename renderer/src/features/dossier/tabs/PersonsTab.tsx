import { useDraftDialog } from '../../../ui/form/useDraftDialog';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertCircle, IconLanguage, IconPencil, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PERSON_ROLES, PERSON_ROLE_LABELS, type Person } from '../../../../../src/shared/domain';
import type { DossierTabProps } from '../tabProps';
import { PersonForm } from '../parts/PersonForm';
import { VictimNeeds } from '../tools/VictimNeeds';

const ROLE_COLORS: Partial<Record<Person['role'], string>> = {
  slachtoffer: 'blue',
  dader: 'orange',
  ouder: 'grape',
  buddy: 'cyan',
  politie: 'indigo',
};

/** Everyone involved, grouped by role, with the victim's wishes on top. */
export function PersonsTab({ detail, refresh, readOnly }: DossierTabProps) {
  const { t } = useTranslation('dossier');
  // Reopens itself after unlocking when a half-typed form of this screen is in the vault.
  const dialog = useDraftDialog({
    dossierId: detail.dossier.id,
    kind: 'person',
    records: detail.persons,
    enabled: !readOnly,
  });
  const order = (p: Person) => PERSON_ROLES.indexOf(p.role);
  const persons = [...detail.persons].sort(
    (a, b) => order(a) - order(b) || a.name.localeCompare(b.name, 'nl'),
  );
  const nameOf = (id: string | null) => detail.persons.find((p) => p.id === id)?.name;

  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <VictimNeeds detail={detail} refresh={refresh} readOnly={readOnly} />
      </Card>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('persons.title')}
        </Title>
        {!readOnly && (
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={dialog.openNew}>
            {t('persons.add')}
          </Button>
        )}
      </Group>
      {persons.length === 0 ? (
        <EmptyState
          icon={<IconUsers size={28} aria-hidden />}
          title={t('persons.emptyTitle')}
          description={t('persons.emptyText')}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {persons.map((p) => (
            <Card key={p.id} withBorder padding="sm" data-testid="person-card">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={2}>
                  <Group gap={6}>
                    <Text fw={600}>{p.name}</Text>
                    <Badge color={ROLE_COLORS[p.role] ?? 'gray'} variant="light">
                      {PERSON_ROLE_LABELS[p.role]}
                    </Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {[
                      p.className && t('persons.classShort', { className: p.className }),
                      p.school,
                      p.phone,
                      p.email,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  {p.relatedPersonId && nameOf(p.relatedPersonId) && (
                    <Text size="sm">{t('persons.relatedTo', { name: nameOf(p.relatedPersonId) })}</Text>
                  )}
                  {(p.language || p.interpreterNeeded) && (
                    <Group gap={4}>
                      <IconLanguage size={14} aria-hidden />
                      <Text size="sm">
                        {[p.language, p.interpreterNeeded ? t('persons.interpreterNeeded') : '']
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </Group>
                  )}
                  {p.sensitivities && (
                    <Group gap={4} align="flex-start" wrap="nowrap">
                      <IconAlertCircle size={14} aria-hidden style={{ marginTop: 3 }} />
                      <Text size="sm" c="#8a3200">
                        {p.sensitivities}
                      </Text>
                    </Group>
                  )}
                  {p.notes && (
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {p.notes}
                    </Text>
                  )}
                </Stack>
                {!readOnly && (
                  <Tooltip label={t('persons.edit')}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('persons.editNamed', { name: p.name })}
                      onClick={() => dialog.openEdit(p)}
                    >
                      <IconPencil size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <PersonForm
        opened={dialog.opened}
        onClose={dialog.close}
        draftKey={dialog.draftKey}
        detail={detail}
        person={dialog.editing}
        onSaved={refresh}
      />
    </Stack>
  );
}
