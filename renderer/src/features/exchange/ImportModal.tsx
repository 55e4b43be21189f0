import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  List,
  Modal,
  PasswordInput,
  Radio,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  PACKAGE_KIND_LABELS,
  PACKAGE_SECTION_LABELS,
  type ImportPreview,
} from '../../../../src/shared/domain/exchange';
import { call } from '../../api/client';
import { formatDateTimeNl } from '../../ui/datetime';
import { errorMessage, notifySuccess, phraseText } from '../../ui/notify';

const SHOWN_CHANGES = 40;

/**
 * Review a package before anything is written: sender, signature, fingerprint, contents,
 * what it changes, and a choice for every real conflict. Then import, or close.
 */
export function ImportModal({
  token,
  needsPassphrase,
  onClose,
  onImported,
}: {
  token: string | null;
  needsPassphrase: boolean;
  onClose: () => void;
  onImported?: (dossierId: string) => void;
}) {
  const { t } = useTranslation('exchange');
  const navigate = useNavigate();
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [choices, setChoices] = useState<Record<string, 'mijn' | 'hun'>>({});
  const [loadedFor, setLoadedFor] = useState<string | null>(null);

  const load = async (pw: string | null) => {
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      setPreview(await call('exchange.previewImport', { token, passphrase: pw }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  if (token && loadedFor !== token) {
    setLoadedFor(token);
    setPreview(null);
    setChoices({});
    setPassphrase('');
    setError(null);
    if (!needsPassphrase) void load(null);
  }

  const close = () => {
    setLoadedFor(null);
    setPreview(null);
    onClose();
  };

  const apply = async () => {
    if (!token || !preview) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call('exchange.applyImport', { token, resolutions: choices });
      notifySuccess(t('import.applied', { added: r.added, updated: r.updated }));
      onImported?.(r.dossierId);
      close();
      navigate(`/dossiers/${r.dossierId}/logboek`);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const relevant = preview?.changes.filter((c) => c.effect !== 'ongewijzigd') ?? [];
  const unresolved = preview?.conflicts.some((c) => !choices[c.key]) ?? false;

  return (
    <Modal opened={!!token} onClose={close} title={t('import.title')} size="xl">
      <Stack gap="md" data-testid="import-preview">
        {needsPassphrase && !preview && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void load(passphrase);
            }}
          >
            <Stack gap="sm">
              <Text size="sm">{t('import.passphraseHint')}</Text>
              <PasswordInput
                label={t('import.passphrase')}
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                autoFocus
              />
              <Group justify="flex-end">
                <Button type="submit" loading={busy} disabled={!passphrase.trim()}>
                  {t('import.unlock')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {error && (
          <Alert color="red" role="alert" data-testid="import-error">
            {error}
          </Alert>
        )}
        {preview && (
          <>
            <Table variant="vertical" layout="fixed" withTableBorder>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={200}>{t('import.sender')}</Table.Th>
                  <Table.Td data-testid="import-sender">
                    {preview.sender.name}
                    {preview.sender.organisation ? ` (${preview.sender.organisation})` : ''}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('import.signature')}</Table.Th>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <IconShieldCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden />
                      <Text size="sm">{t('import.signatureValid')}</Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('import.fingerprint')}</Table.Th>
                  <Table.Td>
                    <Group gap="sm">
                      <Code>{preview.sender.fingerprint}</Code>
                      <Badge
                        color={preview.sender.verified ? 'teal.9' : 'orange'}
                        variant={preview.sender.verified ? 'filled' : 'light'}
                      >
                        {preview.sender.verified ? t('book.verified') : t('book.unverified')}
                      </Badge>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('import.kind')}</Table.Th>
                  <Table.Td>
                    {PACKAGE_KIND_LABELS[preview.kind]} · {t('import.created')}{' '}
                    {formatDateTimeNl(preview.createdAt)}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('import.dossier')}</Table.Th>
                  <Table.Td>
                    {preview.dossier.number} – {preview.dossier.title} ·{' '}
                    {preview.dossier.existsHere ? t('import.dossierExists') : t('import.dossierNew')}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('import.sections')}</Table.Th>
                  <Table.Td>{preview.sections.map((s) => PACKAGE_SECTION_LABELS[s]).join(', ')}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            {!preview.sender.verified && <Alert color="orange">{t('import.verifiedNo')}</Alert>}
            {preview.omitted.length > 0 && (
              <Stack gap={4}>
                <Text fw={600}>{t('import.omitted')}</Text>
                <List size="sm">
                  {preview.omitted.map((o) => (
                    <List.Item key={o}>{o}</List.Item>
                  ))}
                </List>
              </Stack>
            )}
            {preview.alreadyImported ? (
              <Alert color="gray" data-testid="import-already">
                {t('import.already')}
              </Alert>
            ) : (
              <Stack gap={4}>
                <Text fw={600}>{t('import.changes')}</Text>
                {relevant.length === 0 ? (
                  <Text size="sm">{t('import.noChanges')}</Text>
                ) : (
                  <List size="sm" spacing={2} data-testid="import-changes">
                    {relevant.slice(0, SHOWN_CHANGES).map((c, i) => (
                      <List.Item key={`${c.text}-${i}`}>
                        <Text span fw={700} c={c.effect === 'conflict' ? 'red.9' : undefined}>
                          {t(`import.effect.${c.effect}`)}:
                        </Text>{' '}
                        {phraseText(c.phrase)}
                      </List.Item>
                    ))}
                    {relevant.length > SHOWN_CHANGES && (
                      <List.Item>
                        {t('import.moreChanges', { count: relevant.length - SHOWN_CHANGES })}
                      </List.Item>
                    )}
                  </List>
                )}
              </Stack>
            )}
            {preview.conflicts.length > 0 && (
              <Stack gap="sm" data-testid="import-conflicts">
                <Title order={3} fz="h5">
                  {t('import.conflicts')}
                </Title>
                {preview.conflicts.map((c) => (
                  <Radio.Group
                    key={c.key}
                    label={phraseText(c.phrase)}
                    description={t('import.bothKept')}
                    value={choices[c.key] ?? null}
                    onChange={(v) => setChoices((prev) => ({ ...prev, [c.key]: v as 'mijn' | 'hun' }))}
                  >
                    <Stack gap={4} mt={6}>
                      <Radio
                        value="mijn"
                        label={`${t('import.keepMine')}: ${c.mine.summary || '—'} (${formatDateTimeNl(c.mine.updatedAt)})`}
                      />
                      <Radio
                        value="hun"
                        label={`${t('import.takeTheirs')}: ${c.theirs.summary || '—'} (${formatDateTimeNl(c.theirs.updatedAt)})`}
                      />
                    </Stack>
                  </Radio.Group>
                ))}
              </Stack>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:actions.cancel')}
              </Button>
              <Button
                onClick={() => void apply()}
                loading={busy}
                disabled={unresolved || preview.alreadyImported}
              >
                {t('import.apply')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
