/**
 * Tiny in-page signals between the quick-add dialog (mounted once per dossier screen, so
 * its shortcut works on every tab) and the monitoring views that show what it saved.
 */
type Listener = () => void;

const changed = new Set<Listener>();
const quickAddRequests = new Set<Listener>();

/** Something in the monitoring log or the takedowns was written: views reload. */
export function notifyMonitoringChanged(): void {
  for (const l of [...changed]) l();
}
export function onMonitoringChanged(listener: Listener): () => void {
  changed.add(listener);
  return () => changed.delete(listener);
}

/** A button asks the dossier's quick-add dialog to open. */
export function requestQuickAdd(): void {
  for (const l of [...quickAddRequests]) l();
}
export function onQuickAddRequested(listener: Listener): () => void {
  quickAddRequests.add(listener);
  return () => quickAddRequests.delete(listener);
}
