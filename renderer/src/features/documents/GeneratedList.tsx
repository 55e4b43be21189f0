import { useState } from 'react';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GeneratedDocument } from '../../../../src/shared/domain/documents';
import { FileCode } from './FileCode';
import { formatDateTime } from './format';

/** What was made for this dossier (kind, date, audience, by whom) with each file's SHA-256. */
export function GeneratedList({ documents }: { documents: GeneratedDocument[] }) {
  const { t } = useTranslation('documents');
  return (
    <Stack gap="sm">
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('made.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped fz="sm" data-testid="generated-documents">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('made.when')}</Table.Th>
                <Table.Th>{t('made.what')}</Table.Th>
                <Table.Th>{t('made.forWhom')}</Table.Th>
                <Table.Th>{t('made.how')}</Table.Th>
                <Table.Th>{t('made.by')}</Table.Th>
                <Table.Th>{t('made.code')}</Table.Th>
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
                  <Table.Td>
                    <Codes document={d} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group gap="sm">
        <Button component={Link} to="/controleren" variant="default" data-testid="open-document-check" leftSection={<IconFileSearch size={16} aria-hidden />}>
          {t('fileCheck.title')}
        </Button>
        <Text size="xs" c="dimmed" maw={560}>
          {t('made.checkHint')}
        </Text>
      </Group>
    </Stack>
  );
}

/** The saved file's code; a mail merge's separate letters behind a toggle; printed paper has none. */
function Codes({ document: d }: { document: GeneratedDocument }) {
  const { t } = useTranslation('documents');
  const [open, setOpen] = useState(false);
  const [main, ...separate] = d.files;
  if (!main) return <Text size="xs" c="dimmed">{t('made.noCode')}</Text>;
  if (d.delivery === 'afgedrukt') return <Text size="xs" c="dimmed">{t('made.printedNoCode')}</Text>;
  return (
    <Stack gap={4}>
      <FileCode sha256={main.sha256} compact />
      {separate.length > 0 && (
        <>
          <Button variant="subtle" size="compact-xs" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {t('made.separate', { count: separate.length })}
          </Button>
          {open &&
            separate.map((f) => (
              <Stack key={f.seq} gap={0}>
                <Text size="xs">{f.fileName}</Text>
                <FileCode sha256={f.sha256} compact />
              </Stack>
            ))}
        </>
      )}
    </Stack>
  );
}
