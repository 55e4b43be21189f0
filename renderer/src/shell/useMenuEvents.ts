import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { onEvent } from '../api/client';

/** Where each application-menu item (main/menu.ts) takes the user inside the unlocked app. */
const MENU_ROUTES: Record<string, string> = {
  guide: '/hulp',
  'new-dossier': '/dossiers/nieuw',
  settings: '/instellingen',
  // Restoring replaces the whole vault: it lives in Instellingen, behind its own confirmation.
  'restore-backup': '/instellingen',
};

/**
 * Follows the main process's 'menu' events (Nieuw dossier, Instellingen, Handleiding, …) while
 * the vault is unlocked. Called by the session gate, not the lazily loaded layout, so a menu
 * choice made while the app's chunk is still loading is not lost.
 */
export function useMenuEvents(active: boolean): void {
  const navigate = useNavigate();
  useEffect(
    () =>
      !active
        ? undefined
        : onEvent((event, payload) => {
            if (event !== 'menu' || typeof payload !== 'object' || payload === null) return;
            const action = (payload as { action?: unknown }).action;
            const route = typeof action === 'string' ? MENU_ROUTES[action] : undefined;
            if (route) void navigate(route);
          }),
    [navigate, active],
  );
}
