import { useEffect, useState, type ChangeEvent } from 'react';
import { Badge, Button, Code, Grid, Group, ScrollArea, Select, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconEye, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_IDS, TemplateContentSchema, type DocModel, type DocumentCheck, type TemplateContent, type TemplateDetail, type TemplateId } from '../../../../src/shared/domain/documents';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../ui/notify';
import { formatDateTime } from './format';
import { PreviewModal } from './PreviewModal';
import { LIMITS } from '../../../../src/shared/domain/common';
import { DraftRestoredNotice } from '../../ui/form/FormDialog';
import { LimitedTextInput, LimitedTextarea } from '../../ui/form/fields';
import { useDraftForm, type FormState } from '../../ui/form/useDraftForm';
import { schemaValidator } from '../../ui/form/validation';

const EMPTY_TEMPLATE: TemplateContent = { subject: '', salutation: '', body: '', closing: '' };
const validateTemplate = schemaValidator<TemplateContent>(TemplateContentSchema);

/** School-wide letter templates: edit, preview against this dossier, save, or go back to the standard text. */
export function TemplateEditor({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation('documents');
  const [list, setList] = useState<TemplateDetail[]>([]);
  const [id, setId] = useState<TemplateId>(TEMPLATE_IDS[0]);
  const [preview, setPreview] = useState<{ models: DocModel[]; check: DocumentCheck } | null>(null);

  useEffect(() => {
    call('templates.list', {})
      .then((l) => {
        setList(l);
      })
      .catch(notifyError);
    // Only on mount: switching templates below uses the loaded list.
  }, []);

  const current = list.find((x) => x.id === id);
  // On the form layer: edits to a school-wide template are kept in the vault through a lock,
  // one draft per template; the limits of the contract show while typing.
  const form = useDraftForm<TemplateContent>({
    initial: current?.content ?? EMPTY_TEMPLATE,
    active: current !== undefined,
    resetKey: `${id}|${current?.updatedAt ?? ''}`,
    draft: { dossierId: null, formKey: `template:${id}` },
    validate: validateTemplate,
  });
  const content = form.values;
  const choose = async (next: TemplateId) => {
    // The draft of the template being left is written before the form switches.
    await form.flush();
    setId(next);
  };
  const replaceDetail = (d: TemplateDetail) => setList((l) => l.map((x) => (x.id === d.id ? d : x)));

  const save = () =>
    form.submit(async (v) => replaceDetail(await call('templates.update', { id, content: v })), {
      success: t('templates.saved'),
    });
  const reset = async () => {
    try {
      await form.discard();
      replaceDetail(await call('templates.reset', { id }));
      notifySuccess(t('templates.resetDone'));
    } catch (err) {
      notifyError(err);
    }
  };
  const showPreview = async () => {
    try {
      setPreview(await call('documents.previewModel', { dossierId, kind: id, options: { templateDraft: content } }));
    } catch (err) {
      notifyError(err);
    }
  };

  if (!current) return null;
  const field = (key: keyof TemplateContent) => ({
    value: content[key],
    error: form.error(key),
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => form.set(key, e.currentTarget.value),
  });
  return (
    <Stack gap="sm">
      <Text size="sm">{t('templates.intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('templates.pick')}
          data={list.map((x) => ({ value: x.id, label: x.label }))}
          value={id}
          onChange={(v) => v && void choose(v as TemplateId)}
          allowDeselect={false}
          w={360}
        />
        <Badge variant="light" color={current.customized ? 'orange' : 'gray'}>
          {current.customized && current.updatedAt
            ? t('templates.customized', { by: current.updatedBy ?? '', date: formatDateTime(current.updatedAt) })
            : t('templates.standard')}
        </Badge>
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xs">
            <DraftRestoredNotice form={form as unknown as FormState<object>} />
            <LimitedTextInput label={t('templates.subject')} max={LIMITS.shortText} {...field('subject')} />
            <LimitedTextInput label={t('templates.salutation')} max={LIMITS.shortText} {...field('salutation')} />
            <LimitedTextarea
              label={t('templates.body')}
              description={t('templates.bodyHelp')}
              max={LIMITS.longText}
              {...field('body')}
              autosize
              minRows={12}
              maxRows={30}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            />
            <LimitedTextInput label={t('templates.closing')} max={LIMITS.shortText} {...field('closing')} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Text size="sm" fw={600} mb={4}>
            {t('templates.tags')}
          </Text>
          <ScrollArea h={420}>
            <Stack gap={4}>
              {current.availableTags.map((tag) => (
                <div key={tag.tag}>
                  <Code>{`{{${tag.tag}}}`}</Code>
                  <Text size="xs" c="dimmed">
                    {tag.label}
                  </Text>
                </div>
              ))}
            </Stack>
          </ScrollArea>
        </Grid.Col>
      </Grid>
      <Group>
        <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => void save()} loading={form.busy}>
          {t('templates.save')}
        </Button>
        <Button variant="default" leftSection={<IconEye size={16} aria-hidden />} onClick={() => void showPreview()}>
          {t('templates.previewHere')}
        </Button>
        <Button variant="subtle" color="gray" leftSection={<IconRestore size={16} aria-hidden />} onClick={() => void reset()}>
          {t('templates.reset')}
        </Button>
      </Group>
      <PreviewModal
        opened={preview !== null}
        label={current.label}
        models={preview?.models ?? []}
        check={preview?.check ?? null}
        values={{}}
        onValue={() => undefined}
        onRefresh={() => void showPreview()}
        onClose={() => setPreview(null)}
      />
    </Stack>
  );
}
