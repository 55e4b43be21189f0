import { useCallback, useEffect, useState } from 'react';
import { Accordion, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GeneratedDocument } from '../../../../src/shared/domain/documents';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../ui/notify';
import type { DossierTabProps } from '../dossier/tabProps';
import { GeneratePanel } from './GeneratePanel';
import { GeneratedList } from './GeneratedList';
import { MailMergePanel } from './MailMergePanel';
import { StatementEditor } from './StatementEditor';
import { TemplateEditor } from './TemplateEditor';

/** The dossier's Documenten tab: statement, documents, letters per parent, templates and what was made. */
export function DocumentsTab({ dossierId, detail, refresh, readOnly }: DossierTabProps) {
  const { t } = useTranslation('documents');
  const [made, setMade] = useState<GeneratedDocument[]>([]);

  const reload = useCallback(() => {
    call('documents.list', { dossierId }).then(setMade).catch(notifyError);
  }, [dossierId]);
  useEffect(reload, [reload]);

  const onMade = () => {
    reload();
    void refresh();
  };

  const statementPdf = async (versionId: string) => {
    try {
      const r = await call('documents.generate', { dossierId, kind: 'statement', options: { statementVersionId: versionId } });
      if (!r.cancelled) {
        notifySuccess(t('make.saved', { file: r.file, pages: r.pages }));
        onMade();
      }
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('tab')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <Accordion multiple defaultValue={['statement', 'make']} variant="separated">
        <Accordion.Item value="statement">
          <Accordion.Control>{t('sections.statement')}</Accordion.Control>
          <Accordion.Panel>
            <StatementEditor dossierId={dossierId} readOnly={readOnly} onPdf={(id) => void statementPdf(id)} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="make">
          <Accordion.Control>{t('sections.make')}</Accordion.Control>
          <Accordion.Panel>
            <GeneratePanel dossierId={dossierId} detail={detail} onMade={onMade} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="merge">
          <Accordion.Control>{t('sections.merge')}</Accordion.Control>
          <Accordion.Panel>
            <MailMergePanel dossierId={dossierId} onMade={onMade} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="templates">
          <Accordion.Control>{t('sections.templates')}</Accordion.Control>
          <Accordion.Panel>
            <TemplateEditor dossierId={dossierId} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="made">
          <Accordion.Control>{t('sections.made')}</Accordion.Control>
          <Accordion.Panel>
            <GeneratedList documents={made} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
