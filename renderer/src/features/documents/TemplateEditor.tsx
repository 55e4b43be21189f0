import { useEffect, useState } from 'react';
import { Badge, Button, Code, Grid, Group, ScrollArea, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconDeviceFloppy, IconEye, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_IDS, type DocModel, type DocumentCheck, type TemplateContent, type TemplateDetail, type TemplateId } from '../../../../src/shared/domain/documents';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../ui/notify';
import { formatDateTime } from './format';
import { PreviewModal } from './PreviewModal';

/** School-wide letter templates: edit, preview against this dossier, save, or go back to the standard text. */
export function TemplateEditor({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation('documents');
  const [list, setList] = useState<TemplateDetail[]>([]);
  const [id, setId] = useState<TemplateId>(TEMPLATE_IDS[0]);
  const [content, setContent] = useState<TemplateContent | null>(null);
  const [preview, setPreview] = useState<{ models: DocModel[]; check: DocumentCheck } | null>(null);

  useEffect(() => {
    call('templates.list', {})
      .then((l) => {
        setList(l);
        setContent(l.find((x) => x.id === id)?.content ?? null);
      })
      .catch(notifyError);
    // Only on mount: switching templates below uses the loaded list.
  }, []);

  const current = list.find((x) => x.id === id);
  const choose = (next: TemplateId) => {
    setId(next);
    setContent(list.find((x) => x.id === next)?.content ?? null);
  };
  const replaceDetail = (d: TemplateDetail) => {
    setList((l) => l.map((x) => (x.id === d.id ? d : x)));
    setContent(d.content);
  };

  const save = async () => {
    if (!content) return;
    try {
      replaceDetail(await call('templates.update', { id, content }));
      notifySuccess(t('templates.saved'));
    } catch (err) {
      notifyError(err);
    }
  };
  const reset = async () => {
    try {
      replaceDetail(await call('templates.reset', { id }));
      notifySuccess(t('templates.resetDone'));
    } catch (err) {
      notifyError(err);
    }
  };
  const showPreview = async () => {
    if (!content) return;
    try {
      setPreview(await call('documents.previewModel', { dossierId, kind: id, options: { templateDraft: content } }));
    } catch (err) {
      notifyError(err);
    }
  };

  if (!content || !current) return null;
  const set = (key: keyof TemplateContent) => (value: string) => setContent((c) => (c ? { ...c, [key]: value } : c));
  return (
    <Stack gap="sm">
      <Text size="sm">{t('templates.intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('templates.pick')}
          data={list.map((x) => ({ value: x.id, label: x.label }))}
          value={id}
          onChange={(v) => v && choose(v as TemplateId)}
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
            <TextInput label={t('templates.subject')} value={content.subject} onChange={(e) => set('subject')(e.currentTarget.value)} />
            <TextInput label={t('templates.salutation')} value={content.salutation} onChange={(e) => set('salutation')(e.currentTarget.value)} />
            <Textarea
              label={t('templates.body')}
              description={t('templates.bodyHelp')}
              value={content.body}
              onChange={(e) => set('body')(e.currentTarget.value)}
              autosize
              minRows={12}
              maxRows={30}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            />
            <TextInput label={t('templates.closing')} value={content.closing} onChange={(e) => set('closing')(e.currentTarget.value)} />
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
        <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => void save()}>
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
