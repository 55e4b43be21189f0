import { Alert, Button, Code, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFileCheck, FileCheckMatch } from '../../../../src/shared/domain/documents';
import { call } from '../../api/client';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useOperation } from '../../ui/form/useOperation';
import { FileCode } from './FileCode';
import { formatDateTime } from './format';

type Checked = Extract<DocumentFileCheck, { cancelled: false }>;

/**
 * "Document controleren": the user picks a file in main's own dialog; the core hashes it and
 * says whether exactly these bytes were made by Vangnet in this vault — and nothing more.
 */
export function DocumentCheckScreen() {
  const { t } = useTranslation('documents');
  const [result, setResult] = useState<Checked | null>(null);
  const pick = useOperation(() => call('documents.checkFile', {}));

  const choose = async () => {
    const r = await pick.run();
    if (r && !r.cancelled) setResult(r);
  };

  return (
    <Stack gap="lg" maw={960} data-screen="document-check">
      <ScreenHeader
        title={t('fileCheck.title')}
        intro={t('fileCheck.intro')}
        help="document-controleren"
        actions={
          <Button leftSection={<IconFileSearch size={16} aria-hidden />} onClick={() => void choose()} loading={pick.busy}>
            {t('fileCheck.choose')}
          </Button>
        }
      />
      {result && <CheckResult result={result} />}
      <Paper component="section" p="lg" withBorder aria-labelledby="check-recipient">
        <Stack gap="xs">
          <Title order={2} fz="h4" id="check-recipient">
            {t('fileCheck.recipientTitle')}
          </Title>
          <Text size="sm">{t('fileCheck.recipientIntro')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>
              {t('fileCheck.windows')} <Code>certutil -hashfile bestand.pdf SHA256</Code>
            </List.Item>
            <List.Item>
              {t('fileCheck.mac')} <Code>shasum -a 256 bestand.pdf</Code>
            </List.Item>
            <List.Item>
              {t('fileCheck.linux')} <Code>sha256sum bestand.pdf</Code>
            </List.Item>
          </List>
          <Text size="sm" c="dimmed">
            {t('fileCheck.recipientOutro')}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}

function CheckResult({ result }: { result: Checked }) {
  const { t } = useTranslation('documents');
  const gone = result.matches.length === 0 ? result.audit.filter((a) => a.dossierGone) : [];
  return (
    <Paper component="section" p="lg" withBorder aria-live="polite" data-testid="check-result">
      <Stack gap="sm">
        <Text size="sm">
          {t('fileCheck.fileLine', { file: result.fileName, size: new Intl.NumberFormat('nl-NL').format(result.byteSize) })}
        </Text>
        {result.matches.length > 0 ? (
          <Alert color="teal" title={t('fileCheck.foundTitle')} data-outcome="found">
            <Stack gap="sm">
              <Text size="sm">{t('fileCheck.foundText')}</Text>
              {result.matches.map((m) => (
                <MatchTable key={`${m.document.id}:${m.file.seq}`} match={m} />
              ))}
            </Stack>
          </Alert>
        ) : gone.length > 0 ? (
          <Alert color="teal" title={t('fileCheck.goneTitle')} data-outcome="gone">
            <Stack gap={4}>
              <Text size="sm">{t('fileCheck.goneText')}</Text>
              {gone.map((a, i) => (
                <Text key={i} size="sm">
                  {t('fileCheck.goneLine', { date: formatDateTime(a.at), by: a.actor, details: a.details.replace(/ SHA-256.*$/s, '') })}
                </Text>
              ))}
            </Stack>
          </Alert>
        ) : (
          <Alert color="gray" title={t('fileCheck.notFoundTitle')} data-outcome="not-found">
            <Stack gap={4}>
              <Text size="sm">{t('fileCheck.notFoundText')}</Text>
              <Text size="sm" c="dimmed">
                {t('fileCheck.notFoundOther')}
              </Text>
            </Stack>
          </Alert>
        )}
        {!result.auditChainIntact && (
          <Alert color="orange" title={t('fileCheck.chainBrokenTitle')}>
            {t('fileCheck.chainBroken')}
          </Alert>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('fileCheck.codeOfFile')}
          </Text>
          <FileCode sha256={result.sha256} />
        </Stack>
      </Stack>
    </Paper>
  );
}

function MatchTable({ match }: { match: FileCheckMatch }) {
  const { t } = useTranslation('documents');
  const d = match.document;
  const separate = d.files.length - 1;
  const how =
    d.delivery === 'afgedrukt'
      ? t('fileCheck.printed')
      : match.file.seq === 0
        ? t('fileCheck.savedAs', { file: match.file.fileName })
        : t('fileCheck.separate', { n: match.file.seq, count: separate, file: match.file.fileName });
  const rows: Array<[string, string]> = [
    [t('fileCheck.document'), d.label],
    [t('fileCheck.dossier'), match.dossierNumber ?? t('fileCheck.noDossier')],
    [t('made.forWhom'), d.recipientLabel || '—'],
    [t('fileCheck.made'), formatDateTime(d.createdAt)],
    [t('made.by'), d.createdBy],
    [t('made.how'), how],
  ];
  return (
    <Table withRowBorders={false} verticalSpacing={2} fz="sm" data-testid="check-match">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={160} fw={600}>
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
