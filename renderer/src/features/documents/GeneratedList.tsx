import { useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GeneratedDocument } from '../../../../src/shared/domain/documents';
import { call } from '../../api/client';
import { notifyError } from '../../ui/notify';
import { formatDateTime } from './format';

/** What was made for this dossier (kind, date, audience, by whom) and a check for printed overviews. */
export function GeneratedList({ documents }: { documents: GeneratedDocument[] }) {
  const { t } = useTranslation('documents');
  const [code, setCode] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const verify = async () => {
    try {
      const r = await call('documents.verify', { contentHash: code });
      setResult(
        r.found
          ? t('made.verifyFound', { label: r.document.label, date: formatDateTime(r.document.createdAt), by: r.document.createdBy })
          : t('made.verifyNotFound'),
      );
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Stack gap="sm">
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('made.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped fz="sm" data-testid="generated-documents">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('made.when')}</Table.Th>
                <Table.Th>{t('made.what')}</Table.Th>
                <Table.Th>{t('made.forWhom')}</Table.Th>
                <Table.Th>{t('made.how')}</Table.Th>
                <Table.Th>{t('made.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                  <Table.Td>
                    {d.label}
                    {d.pages > 0 && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({t('made.pages', { count: d.pages })})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {d.recipientLabel}
                    <Text size="xs" c="dimmed">
                      {t(`audience.${d.audience}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{d.delivery === 'afgedrukt' ? d.delivery : d.fileName || d.delivery}</Table.Td>
                  <Table.Td>{d.createdBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group align="flex-end">
        <TextInput
          label={t('made.verifyTitle')}
          description={t('made.verifyHelp')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          w={480}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Button variant="default" onClick={() => void verify()} disabled={code.trim().length < 64}>
          {t('made.verify')}
        </Button>
      </Group>
      {result && <Alert color="gray">{result}</Alert>}
    </Stack>
  );
}
