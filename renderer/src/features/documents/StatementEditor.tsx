import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileText, IconFileTypePdf, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StatementPartsSchema, type StatementParts, type StatementState } from '../../../../src/shared/domain/documents';
import { LIMITS } from '../../../../src/shared/domain/common';
import { LimitedTextarea } from '../../ui/form/fields';
import { useDraftForm, type FormState } from '../../ui/form/useDraftForm';
import { schemaValidator } from '../../ui/form/validation';
import { DraftRestoredNotice, DraftStatus } from '../../ui/form/FormDialog';
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
const validateParts = schemaValidator<StatementParts>(StatementPartsSchema);

export function StatementEditor({ dossierId, readOnly, onPdf }: Props) {
  const { t } = useTranslation('documents');
  const [state, setState] = useState<StatementState | null>(null);
  const [loaded, setLoaded] = useState<StatementParts>(EMPTY);

  useEffect(() => {
    let live = true;
    call('statement.get', { dossierId })
      .then((s) => {
        if (!live) return;
        const src = s.draft ?? s.published;
        setLoaded(src ? { watSpeelt: src.watSpeelt, watDoet: src.watDoet, contactpersoon: src.contactpersoon } : EMPTY);
        setState(s);
      })
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [dossierId]);

  // On the form layer: what is typed between two saves is kept in the vault through a lock
  // (the statement's own saved draft is the starting point), and limits show while typing.
  const form = useDraftForm<StatementParts>({
    initial: loaded,
    active: state !== null && !readOnly,
    draft: { dossierId, formKey: 'statement:edit' },
    validate: validateParts,
  });
  const parts = form.values;

  const saveDraft = () =>
    form.submit(async (v) => {
      setState(await call('statement.saveDraft', { dossierId, parts: v }));
    }, { success: t('statement.saved') });

  const publish = () =>
    form.submit(async (v) => {
      await call('statement.saveDraft', { dossierId, parts: v });
      const s = await call('statement.publish', { dossierId });
      setState(s);
      return s;
    }, { success: (s) => t('statement.published', { version: s.published?.version ?? '' }) });

  const exportText = async (versionId: string) => {
    try {
      const r = await call('documents.exportStatementText', { dossierId, versionId });
      if (!r.cancelled) notifySuccess(t('statement.textSaved', { file: r.file }));
    } catch (err) {
      notifyError(err);
    }
  };

  const field = (key: keyof StatementParts, minRows: number) => (
    <LimitedTextarea
      label={t(`statement.${key}`)}
      description={t(`statement.${key}Help`)}
      max={key === 'contactpersoon' ? LIMITS.mediumText : LIMITS.longText}
      value={readOnly ? loaded[key] : parts[key]}
      error={form.error(key)}
      onChange={(e) => form.set(key, e.currentTarget.value)}
      autosize
      minRows={minRows}
      readOnly={readOnly}
    />
  );

  return (
    <Stack gap="md">
      <Text size="sm">{t('statement.guidance')}</Text>
      <DraftRestoredNotice form={form as unknown as FormState<object>} />
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
          <Button variant="default" onClick={() => void saveDraft()} loading={form.busy}>
            {t('statement.saveDraft')}
          </Button>
          <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => void publish()} loading={form.busy}>
            {t('statement.publish')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('statement.publishHelp')}
          </Text>
          <DraftStatus form={form as unknown as FormState<object>} />
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
