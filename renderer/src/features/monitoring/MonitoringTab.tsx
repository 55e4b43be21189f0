import { useCallback, useState } from 'react';
import { Alert, Button, Divider, Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { IconBolt, IconFileTypePdf, IconLock, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSession } from '../../session/SessionContext';
import { notifyError, notifySuccess } from '../../ui/notify';
import type { MonitoringEntry } from '../../../../src/shared/domain';
import type { DossierTabProps } from '../dossier/tabProps';
import { notifyMonitoringChanged, requestQuickAdd } from './events';
import { ENTRY_DRAFT_KIND, EntryFormModal } from './parts/EntryFormModal';
import { useDraftDialog } from '../../ui/form/useDraftDialog';
import { MonitoringLog } from './parts/MonitoringLog';
import { NoFilesZone } from './parts/NoFilesZone';
import { TakedownTracker } from './parts/TakedownTracker';
import type { TakedownPrefill } from './parts/TakedownFormModal';

const NO_RECORDS: Array<{ id: string }> = [];

/**
 * The dossier's social-media monitoring: what was seen where (described in words, never
 * the image), how it develops over time, and the requests to take material offline.
 */
export function MonitoringTab({ dossierId, readOnly }: DossierTabProps) {
  const { t } = useTranslation('monitoring');
  const { status } = useSession();
  // A new observation half-typed when the vault locked opens again after unlocking.
  const adding = useDraftDialog({ dossierId, kind: ENTRY_DRAFT_KIND, records: NO_RECORDS, enabled: !readOnly });
  const [prefill, setPrefill] = useState<TakedownPrefill | null>(null);
  const clearPrefill = useCallback(() => setPrefill(null), []);
  const [exporting, setExporting] = useState(false);

  // Through the documents module: the PDF is recorded in the dossier like every document.
  const exportPdf = async () => {
    setExporting(true);
    try {
      const r = await call('documents.generate', {
        dossierId,
        kind: 'monitoring-log',
        options: {},
        openAfterSave: false,
      });
      if (!r.cancelled) notifySuccess(t('export.saved'));
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(false);
    }
  };

  const takedownFor = (entry: MonitoringEntry) =>
    setPrefill({ entryId: entry.id, platform: entry.platform, location: entry.location });

  return (
    <NoFilesZone testId="monitoring-tab">
      <Stack gap="lg" data-testid="monitoring-tab-content">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4} maw={720}>
            <Title order={2} size="h3">
              {t('title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('intro')}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} aria-hidden />}
              onClick={() => void exportPdf()}
              loading={exporting}
            >
              {t('export.button')}
            </Button>
            {!readOnly && (
              <Group gap="xs">
                <Button
                  leftSection={<IconBolt size={16} aria-hidden />}
                  rightSection={
                    <Kbd size="xs" aria-hidden>
                      {t('quickAdd.shortcut')}
                    </Kbd>
                  }
                  onClick={requestQuickAdd}
                  aria-keyshortcuts="Control+Shift+M Meta+Shift+M"
                >
                  {t('quickAdd.button')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={adding.openNew}
                >
                  {t('add.button')}
                </Button>
              </Group>
            )}
          </Group>
        </Group>
        {readOnly && (
          <Alert color="gray" icon={<IconLock size={18} aria-hidden />}>
            {t('readOnly')}
          </Alert>
        )}
        <MonitoringLog dossierId={dossierId} readOnly={readOnly} onTakedown={takedownFor} />
        <Divider />
        <TakedownTracker
          dossierId={dossierId}
          readOnly={readOnly}
          prefill={prefill}
          onPrefillHandled={clearPrefill}
        />
        <EntryFormModal
          opened={adding.opened}
          onClose={adding.close}
          dossierId={dossierId}
          correcting={null}
          userName={status.userName ?? ''}
          onSaved={notifyMonitoringChanged}
        />
      </Stack>
    </NoFilesZone>
  );
}
