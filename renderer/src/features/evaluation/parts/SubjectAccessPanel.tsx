import { useState } from 'react';
import { Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileTypePdf, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import type { SubjectMatch } from '../../../../../src/shared/api';

/** Inzageverzoek: find a person by name across dossiers and save everything about them as a PDF. */
export function SubjectAccessPanel() {
  const { t } = useTranslation('evaluation');
  const [name, setName] = useState('');
  const [matches, setMatches] = useState<SubjectMatch[] | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const search = async () => {
    try {
      const found = await call('subjectAccess.search', { name });
      setMatches(found);
      setSelected(found.map((m) => m.personId));
    } catch (err) {
      notifyError(err);
    }
  };

  const exportPdf = async () => {
    setBusy(true);
    try {
      const result = await call('subjectAccess.exportPdf', { personIds: selected });
      if ('file' in result) notifySuccess(t('access.exported', { file: result.file }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder padding="lg" data-testid="subject-access">
      <Title order={2} size="h3" mb={4}>
        {t('access.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('access.intro')}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <Group align="flex-end" maw={640}>
          <TextInput
            label={t('access.search')}
            placeholder={t('access.searchPlaceholder')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={200}
            style={{ flex: 1 }}
            autoComplete="off"
          />
          <Button
            type="submit"
            leftSection={<IconSearch size={16} aria-hidden />}
            disabled={name.trim().length < 2}
          >
            {t('access.searchButton')}
          </Button>
        </Group>
      </form>
      {matches !== null &&
        (matches.length === 0 ? (
          <Text size="sm" mt="sm">
            {t('access.none')}
          </Text>
        ) : (
          <Stack gap="xs" mt="md">
            <Checkbox.Group label={t('access.select')} value={selected} onChange={setSelected}>
              <Stack gap={6} mt={6}>
                {matches.map((m) => (
                  <Checkbox
                    key={m.personId}
                    value={m.personId}
                    label={`${m.name} — ${t('access.line', { role: m.role, number: m.dossierNumber, klas: m.className ? ` · ${m.className}` : '' })}`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Group>
              <Button
                leftSection={<IconFileTypePdf size={16} aria-hidden />}
                onClick={() => void exportPdf()}
                loading={busy}
                disabled={selected.length === 0}
              >
                {t('access.export')}
              </Button>
            </Group>
          </Stack>
        ))}
    </Card>
  );
}
