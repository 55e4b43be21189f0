import { useEffect, useState } from 'react';
import { useHotkeys } from '@mantine/hooks';
import { notifyMonitoringChanged, onQuickAddRequested } from './events';
import { QuickAddModal } from './parts/QuickAddModal';

/**
 * Mounted once in the dossier screen: Ctrl/Cmd+Shift+M opens the three-field quick add from
 * any tab (also while typing in a field). Not offered on a closed dossier.
 */
export function MonitoringQuickAdd({ dossierId, readOnly }: { dossierId: string; readOnly: boolean }) {
  const [opened, setOpened] = useState(false);
  useHotkeys(readOnly ? [] : [['mod+shift+M', () => setOpened(true)]], []);
  useEffect(() => onQuickAddRequested(() => !readOnly && setOpened(true)), [readOnly]);
  return <QuickAddModal opened={opened} onClose={() => setOpened(false)} dossierId={dossierId} onSaved={notifyMonitoringChanged} />;
}
