import { useState } from 'react';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { emptyPersonInput, type DossierDetail } from '../../../../../src/shared/domain';

/** "Benoem drie buddy's": the victim's chosen buddies become persons with role 'buddy'. */
export function BuddiesTool({
  detail,
  refresh,
  readOnly,
}: {
  detail: DossierDetail;
  refresh: () => Promise<void>;
  readOnly: boolean;
}) {
  const { t } = useTranslation('dossier');
  const buddies = detail.persons.filter((p) => p.role === 'buddy');
  const victimClass = detail.persons.find((p) => p.role === 'slachtoffer')?.className ?? '';
  const [name, setName] = useState('');
  const [className, setClassName] = useState(victimClass);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    if (!name.trim()) {
      setError(t('buddies.nameRequired'));
      return;
    }
    setBusy(true);
    try {
      await call('person.add', {
        dossierId: detail.dossier.id,
        person: emptyPersonInput({
          role: 'buddy',
          name: name.trim(),
          className: className.trim(),
          relatedPersonId: detail.persons.find((p) => p.role === 'slachtoffer')?.id ?? null,
          notes: t('buddies.chosenNote'),
        }),
      });
      notifySuccess(t('buddies.added', { name: name.trim() }));
      setName('');
      setError(null);
      await refresh();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" data-testid="buddies">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('buddies.title')}
        </Text>
        <Badge
          color={buddies.length >= 3 ? 'teal.9' : 'gray'}
          variant={buddies.length >= 3 ? 'filled' : 'light'}
        >
          {t('buddies.count', { count: buddies.length })}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('buddies.help')}
      </Text>
      {buddies.length > 0 && (
        <Group gap="xs">
          {buddies.map((b) => (
            <Badge key={b.id} size="lg" variant="outline" color="teal" tt="none">
              {b.name}
              {b.className ? ` (${b.className})` : ''}
            </Badge>
          ))}
        </Group>
      )}
      {!readOnly && buddies.length < 3 && (
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('buddies.name')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void add();
            }}
            error={error}
            maxLength={200}
          />
          <TextInput
            label={t('buddies.class')}
            value={className}
            onChange={(e) => setClassName(e.currentTarget.value)}
            w={120}
            maxLength={200}
          />
          <Button
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={() => void add()}
            loading={busy}
            variant="light"
          >
            {t('buddies.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
