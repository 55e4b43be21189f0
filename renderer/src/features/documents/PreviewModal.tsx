import { useState } from 'react';
import { Alert, Button, Group, Modal, Pagination, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocModel, DocumentCheck } from '../../../../src/shared/domain/documents';
import { CheckResult } from './CheckResult';
import { DocumentPreview } from './DocumentPreview';

interface Props {
  opened: boolean;
  label: string;
  models: DocModel[];
  check: DocumentCheck | null;
  values: Record<string, string>;
  onValue: (tag: string, value: string) => void;
  onClose: () => void;
  /** Refresh the preview after typing values. */
  onRefresh: () => void;
}

export function PreviewModal({ opened, label, models, check, values, onValue, onClose, onRefresh }: Props) {
  const { t } = useTranslation('documents');
  const [page, setPage] = useState(1);
  const model = models[Math.min(page, models.length) - 1];
  return (
    <Modal opened={opened} onClose={onClose} title={t('preview.title', { label })} size="xl">
      <Stack gap="md">
        <Alert color="blue" variant="light">
          {t('preview.honest')}
        </Alert>
        {check && <CheckResult check={check} values={values} onValue={onValue} />}
        {check && check.missing.length > 0 && (
          <Group>
            <Button variant="default" onClick={onRefresh}>
              {t('make.preview')}
            </Button>
          </Group>
        )}
        {models.length > 1 && (
          <Group justify="space-between">
            <Text size="sm">{t('preview.letterOf', { n: page, total: models.length })}</Text>
            <Pagination total={models.length} value={page} onChange={setPage} size="sm" />
          </Group>
        )}
        {model && <DocumentPreview model={model} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('preview.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
