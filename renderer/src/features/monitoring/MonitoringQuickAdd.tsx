import { useEffect } from 'react';
import { useHotkeys } from '@mantine/hooks';
import { useDraftDialog } from '../../ui/form/useDraftDialog';
import { notifyMonitoringChanged, onQuickAddRequested } from './events';
import { QuickAddModal } from './parts/QuickAddModal';

const NO_RECORDS: Array<{ id: string }> = [];

/**
 * Mounted once in the dossier screen: Ctrl/Cmd+Shift+M opens the three-field quick add from
 * any tab (also while typing in a field). Not offered on a closed dossier. A quick add
 * half-typed when the vault locked opens again after unlocking.
 */
export function MonitoringQuickAdd({ dossierId, readOnly }: { dossierId: string; readOnly: boolean }) {
  const dialog = useDraftDialog({
    dossierId,
    kind: 'monitoring-quick',
    records: NO_RECORDS,
    enabled: !readOnly,
  });
  const { openNew } = dialog;
  useHotkeys(readOnly ? [] : [['mod+shift+M', openNew]], []);
  useEffect(() => onQuickAddRequested(() => !readOnly && openNew()), [readOnly, openNew]);
  return (
    <QuickAddModal
      opened={dialog.opened}
      onClose={dialog.close}
      dossierId={dossierId}
      onSaved={notifyMonitoringChanged}
    />
  );
}
