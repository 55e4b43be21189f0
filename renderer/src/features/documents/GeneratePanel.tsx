import { useCallback, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy, IconExternalLink, IconEye, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type DocumentOptions } from '../../../../src/shared/api/documents';
import { DOCUMENT_KIND_INFO, DOSSIER_DOCUMENT_KINDS, type DocModel, type DocumentCheck, type DossierDocumentKind } from '../../../../src/shared/domain/documents';
import type { DossierDetail } from '../../../../src/shared/domain';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useDraftDialog } from '../../ui/form/useDraftDialog';
import { useDraftForm } from '../../ui/form/useDraftForm';
import { FileCode } from './FileCode';
import { LetterFlow, PERSONAL_LETTER_KINDS, type PersonalLetterKind } from './LetterFlow';
import { OverviewOptions } from './OverviewOptions';
import { PreviewModal } from './PreviewModal';

interface Props {
  dossierId: string;
  detail: DossierDetail;
  onMade: () => void;
}

const RECIPIENT_ROLES: Partial<Record<DossierDocumentKind, Array<'ouder' | 'school-dader'>>> = {
  'letter-victim-parents': ['ouder'],
  'letter-perpetrator-parents': ['ouder'],
  'letter-perpetrator-school': ['school-dader'],
};

type OptionsByKind = Partial<Record<DossierDocumentKind, DocumentOptions>>;
const NO_OPTIONS: { byKind: OptionsByKind } = { byKind: {} };
/** The letter dialogs as "records" of useDraftDialog: one per kind, reopened from its draft. */
const LETTER_DIALOGS = PERSONAL_LETTER_KINDS.map((id) => ({ id }));

/** One card per document kind: options, preview, save (and open), print. */
export function GeneratePanel({ dossierId, detail, onMade }: Props) {
  const { t } = useTranslation('documents');
  // The choices per document (class, overview parts, a prepared letter's sender and delivery)
  // are kept as a draft in the vault: after a lock the prepared letter is still prepared.
  const choices = useDraftForm<{ byKind: OptionsByKind }>({
    initial: NO_OPTIONS,
    active: true,
    resetKey: dossierId,
    draft: { dossierId, formKey: 'document-options' },
  });
  const options = choices.values.byKind;
  const { update } = choices;
  const setOptions = useCallback((fn: (o: OptionsByKind) => OptionsByKind) => update((v) => ({ byKind: fn(v.byKind) })), [update]);
  const [busy, setBusy] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ kind: DossierDocumentKind; models: DocModel[]; check: DocumentCheck } | null>(null);
  const letterDialog = useDraftDialog({ dossierId, kind: 'letter', records: LETTER_DIALOGS });
  const flow = letterDialog.opened ? (letterDialog.editing?.id ?? null) : null;
  // The saved file's code stays in view until closed: the school hands it to the recipient separately.
  const [saved, setSaved] = useState<{ label: string; file: string; sha256: string } | null>(null);

  const optionsFor = (kind: DossierDocumentKind): DocumentOptions => options[kind] ?? {};
  const setOption = (kind: DossierDocumentKind, patch: Partial<DocumentOptions>) =>
    setOptions((o) => ({ ...o, [kind]: { ...(o[kind] ?? {}), ...patch } }));
  const setValue = (kind: DossierDocumentKind, tag: string, value: string) =>
    setOptions((o) => ({ ...o, [kind]: { ...(o[kind] ?? {}), values: { ...(o[kind]?.values ?? {}), [tag]: value } } }));

  const showPreview = async (kind: DossierDocumentKind) => {
    setBusy(`${kind}:preview`);
    try {
      const r = await call('documents.previewModel', { dossierId, kind, options: optionsFor(kind) });
      setPreview({ kind, ...r });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  const save = async (kind: DossierDocumentKind, openAfterSave: boolean) => {
    setBusy(`${kind}:save`);
    try {
      const r = await call('documents.generate', { dossierId, kind, options: optionsFor(kind), openAfterSave });
      if (r.cancelled) notifySuccess(t('make.cancelled'));
      else {
        notifySuccess(t('make.saved', { file: r.file, pages: r.pages }));
        setSaved({ label: DOCUMENT_KIND_INFO[kind].label, file: r.file, sha256: r.sha256 });
        onMade();
      }
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  const print = async (kind: DossierDocumentKind) => {
    setBusy(`${kind}:print`);
    try {
      const r = await call('documents.print', { dossierId, kind, options: optionsFor(kind) });
      if (!r.printed) {
        notifySuccess(t('make.printCancelled'));
        return;
      }
      notifySuccess(t('make.printed', { pages: r.pages }));
      onMade();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  const kinds = DOSSIER_DOCUMENT_KINDS.filter((k) => k !== 'letter-perpetrator-school' || detail.dossier.otherSchoolInvolved);

  return (
    <>
      {saved && (
        <Alert
          color="teal"
          mb="md"
          withCloseButton
          closeButtonLabel={t('code.close')}
          onClose={() => setSaved(null)}
          title={t('code.savedTitle', { label: saved.label })}
          data-testid="saved-code"
        >
          <Stack gap={6}>
            <Text size="sm">{t('code.savedText', { file: saved.file })}</Text>
            <FileCode sha256={saved.sha256} />
          </Stack>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {kinds.map((kind) => {
          const info = DOCUMENT_KIND_INFO[kind];
          const roles = RECIPIENT_ROLES[kind];
          const recipients = roles ? detail.persons.filter((p) => roles.includes(p.role as 'ouder' | 'school-dader')) : [];
          return (
            <Paper key={kind} withBorder p="md" radius="md" data-testid={`doc-${kind}`}>
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Title order={3} size="h6">
                    {info.label}
                  </Title>
                  {/* Never cut off ("ZONDER NA…"): the title wraps instead. */}
                  <Badge color={info.audience === 'group' ? 'grape' : 'blue'} variant="light" size="sm" style={{ flexShrink: 0 }}>
                    {t(`audience.${info.audience}`)}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {info.description}
                </Text>
                {roles && (
                  <Group gap="xs">
                    <Button size="xs" variant="light" onClick={() => letterDialog.openEdit({ id: kind as PersonalLetterKind })} data-testid={`prepare-${kind}`}>
                      {t('letter.prepare')}
                    </Button>
                    {optionsFor(kind).sender && (
                      <Badge color="teal" variant="light" size="sm">
                        {t('letter.prepared')}: {recipients.find((p) => p.id === optionsFor(kind).recipientPersonId)?.name ?? ''}
                      </Badge>
                    )}
                  </Group>
                )}
                {(kind === 'letter-class-parents') && (
                  <TextInput
                    label={t('make.className')}
                    value={optionsFor(kind).className ?? ''}
                    placeholder={detail.persons.find((p) => p.role === 'slachtoffer')?.className ?? ''}
                    onChange={(e) => setOption(kind, { className: e.currentTarget.value })}
                  />
                )}
                {kind === 'dossier-overview' && (
                  <OverviewOptions value={optionsFor(kind).overview} onChange={(overview) => setOption(kind, { overview })} />
                )}
                <Group gap="xs" mt="xs">
                  <Button size="xs" variant="default" leftSection={<IconEye size={14} aria-hidden />} loading={busy === `${kind}:preview`} onClick={() => void showPreview(kind)}>
                    {t('make.preview')}
                  </Button>
                  <Button size="xs" leftSection={<IconDeviceFloppy size={14} aria-hidden />} loading={busy === `${kind}:save`} onClick={() => void save(kind, false)}>
                    {t('make.save')}
                  </Button>
                  <Button size="xs" variant="light" leftSection={<IconExternalLink size={14} aria-hidden />} onClick={() => void save(kind, true)}>
                    {t('make.saveOpen')}
                  </Button>
                  <Button size="xs" variant="light" leftSection={<IconPrinter size={14} aria-hidden />} loading={busy === `${kind}:print`} onClick={() => void print(kind)}>
                    {t('make.print')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      {flow && (
        <LetterFlow
          opened
          dossierId={dossierId}
          kind={flow}
          label={DOCUMENT_KIND_INFO[flow].label}
          options={optionsFor(flow)}
          onClose={letterDialog.close}
          onReady={(patch) => setOption(flow, patch)}
        />
      )}
      <PreviewModal
        opened={preview !== null}
        label={preview ? DOCUMENT_KIND_INFO[preview.kind].label : ''}
        models={preview?.models ?? []}
        check={preview?.check ?? null}
        values={preview ? (optionsFor(preview.kind).values ?? {}) : {}}
        onValue={(tag, value) => preview && setValue(preview.kind, tag, value)}
        onRefresh={() => preview && void showPreview(preview.kind)}
        onClose={() => setPreview(null)}
      />
    </>
  );
}
