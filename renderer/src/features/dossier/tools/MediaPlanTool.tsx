import { useState } from 'react';
import { Button, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../../api/client';
import { isOpName, type OpName } from '../../../../../src/shared/api';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { MEDIA_PLAN_QUESTIONS } from '../../../../../src/shared/protocol';
import type { ToolProps } from './types';

/**
 * "Wees voorbereid op media-aandacht": the typed record `media-plan` (MediaPlanSchema); the
 * documents area prints it as a one-page instruction (kind 'media-plan').
 */
export function MediaPlanTool({ detail, data, setData, readOnly, flush }: ToolProps<'media-plan'>) {
  const { t } = useTranslation('dossier');
  const [busy, setBusy] = useState<'pdf' | 'print' | null>(null);
  const answers = data.answers;

  // The 'woordvoerder' question is answered by the two fields, so a reader of `answers` sees every question.
  const setPerson = (patch: { spokesperson?: string; deputy?: string }) => {
    const spokesperson = patch.spokesperson ?? data.spokesperson;
    const deputy = patch.deputy ?? data.deputy;
    const woordvoerder = [spokesperson.trim(), deputy.trim() ? `vervanger: ${deputy.trim()}` : '']
      .filter(Boolean)
      .join('; ');
    setData({ ...patch, answers: { ...answers, woordvoerder } });
  };

  const generate = async (how: 'pdf' | 'print') => {
    setBusy(how);
    try {
      // The document reads the stored plan, so what was just typed is saved first.
      await flush?.();
      // The documents area owns these ops; until they are registered the button says so.
      const op = how === 'pdf' ? 'documents.generate' : 'documents.print';
      if (!isOpName(op)) {
        notifyError(new ApiError({ code: 'INTERNAL', message: t('mediaPlan.unavailable') }));
        return;
      }
      const input = {
        dossierId: detail.dossier.id,
        kind: 'media-plan',
        options: {},
        ...(how === 'pdf' ? { openAfterSave: false } : {}),
      };
      const result = (await call(op as OpName, input as never)) as {
        cancelled?: boolean;
        file?: string;
        printed?: boolean;
      };
      if (how === 'pdf') {
        if (!result.cancelled) notifySuccess(t('mediaPlan.saved', { file: result.file ?? '' }));
      } else if (result.printed) {
        notifySuccess(t('mediaPlan.printed'));
      }
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('mediaPlan.spokesperson')}
          value={data.spokesperson}
          onChange={(e) => setPerson({ spokesperson: e.currentTarget.value })}
          maxLength={200}
          disabled={readOnly}
        />
        <TextInput
          label={t('mediaPlan.deputy')}
          value={data.deputy}
          onChange={(e) => setPerson({ deputy: e.currentTarget.value })}
          maxLength={200}
          disabled={readOnly}
        />
      </SimpleGrid>
      {MEDIA_PLAN_QUESTIONS.filter((q) => q.id !== 'woordvoerder').map((q) => (
        <Textarea
          key={q.id}
          label={q.label}
          description={q.help}
          value={answers[q.id] ?? ''}
          onChange={(e) => setData({ answers: { ...answers, [q.id]: e.currentTarget.value } })}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={5000}
          disabled={readOnly}
        />
      ))}
      <Text size="sm" c="dimmed">
        {t('mediaPlan.printHelp')}
      </Text>
      <Group>
        <Button
          variant="light"
          leftSection={<IconFileTypePdf size={16} aria-hidden />}
          loading={busy === 'pdf'}
          onClick={() => void generate('pdf')}
        >
          {t('mediaPlan.pdf')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          loading={busy === 'print'}
          onClick={() => void generate('print')}
        >
          {t('mediaPlan.print')}
        </Button>
      </Group>
    </Stack>
  );
}
