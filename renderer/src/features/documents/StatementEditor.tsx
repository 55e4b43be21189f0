import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconFileText, IconFileTypePdf, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StatementParts, StatementState } from '../../../../src/shared/domain/documents';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../ui/notify';
import { formatDateTime } from './format';

interface Props {
  dossierId: string;
  readOnly: boolean;
  /** Save-as for a published version's PDF (handled by the tab, which records it). */
  onPdf: (versionId: string) => void;
}

const EMPTY: StatementParts = { watSpeelt: '', watDoet: '', contactpersoon: '' };

/** The statement: the card's three parts, with guidance, drafts, publishing and every version kept. */
export function StatementEditor({ dossierId, readOnly, onPdf }: Props) {
  const { t } = useTranslation('documents');
  const [state, setState] = useState<StatementState | null>(null);
  const [parts, setParts] = useState<StatementParts>(EMPTY);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    call('statement.get', { dossierId })
      .then((s) => {
        if (!live) return;
        setState(s);
        const src = s.draft ?? s.published;
        if (src) setParts({ watSpeelt: src.watSpeelt, watDoet: src.watDoet, contactpersoon: src.contactpersoon });
      })
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [dossierId]);

  const save = async (): Promise<StatementState | null> => {
    setBusy(true);
    try {
      const s = await call('statement.saveDraft', { dossierId, parts });
      setState(s);
      return s;
    } catch (err) {
      notifyError(err);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    const saved = await save();
    if (!saved) return;
    setBusy(true);
    try {
      const s = await call('statement.publish', { dossierId });
      setState(s);
      notifySuccess(t('statement.published', { version: s.published?.version ?? '' }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const exportText = async (versionId: string) => {
    try {
      const r = await call('documents.exportStatementText', { dossierId, versionId });
      if (!r.cancelled) notifySuccess(t('statement.textSaved', { file: r.file }));
    } catch (err) {
      notifyError(err);
    }
  };

  const field = (key: keyof StatementParts, minRows: number) => (
    <Textarea
      label={t(`statement.${key}`)}
      description={t(`statement.${key}Help`)}
      value={parts[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setParts((p) => ({ ...p, [key]: value }));
      }}
      autosize
      minRows={minRows}
      readOnly={readOnly}
    />
  );

  return (
    <Stack gap="md">
      <Text size="sm">{t('statement.guidance')}</Text>
      {field('watSpeelt', 4)}
      {field('watDoet', 4)}
      {field('contactpersoon', 2)}
      {state && state.draftPrivacy.length > 0 && (
        <Alert color="red" title={t('check.privacyTitle')}>
          <Text size="sm">{t('statement.namesFound')}</Text>
          <List size="sm">
            {state.draftPrivacy.map((p, i) => (
              <List.Item key={i}>{t('check.nameIn', { name: p.name, passage: p.passage })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {state && !state.published && <Alert color="gray">{t('statement.noVersion')}</Alert>}
      {state?.unpublishedChanges && state.published && <Text size="sm" c="orange.8">{t('statement.unpublished')}</Text>}
      {!readOnly && (
        <Group>
          <Button variant="default" onClick={() => void save().then((s) => s && notifySuccess(t('statement.saved')))} loading={busy}>
            {t('statement.saveDraft')}
          </Button>
          <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => void publish()} loading={busy}>
            {t('statement.publish')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('statement.publishHelp')}
          </Text>
        </Group>
      )}
      {state && state.versions.length > 0 && (
        <Paper withBorder p="sm">
          <Title order={4} size="h6" mb="xs">
            {t('statement.versions')}
          </Title>
          <Stack gap={6}>
            {state.versions.map((v, i) => (
              <Group key={v.id} justify="space-between" wrap="nowrap">
                <Group gap="xs">
                  {i === 0 && <Badge size="sm">{t('statement.latest')}</Badge>}
                  <Text size="sm">
                    {t('statement.versionLine', { version: v.version, date: formatDateTime(v.publishedAt), by: v.publishedBy })}
                  </Text>
                </Group>
                <Group gap="xs">
                  <Button size="xs" variant="default" leftSection={<IconFileTypePdf size={14} aria-hidden />} onClick={() => onPdf(v.id)}>
                    {t('statement.pdf')}
                  </Button>
                  <Button size="xs" variant="default" leftSection={<IconFileText size={14} aria-hidden />} onClick={() => void exportText(v.id)}>
                    {t('statement.text')}
                  </Button>
                </Group>
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
