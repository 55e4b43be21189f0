import type { BrowserWindow } from 'electron';
import type { LockReason, VangnetEvent } from '../src/shared/api';
import { EVENT_CHANNEL } from './window-options';

/** What a menu item asks the renderer to do ('menu' event payload). */
export type MenuAction = 'guide' | 'new-dossier' | 'settings' | 'restore-backup';

export type EventPayload = { reason: LockReason } | { action: MenuAction };

/** Pushes a main→renderer event; a no-op when the window is gone or still loading. */
export function sendEvent(window: BrowserWindow | null, event: VangnetEvent, payload: EventPayload): void {
  if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
  window.webContents.send(EVENT_CHANNEL, event, payload);
}
