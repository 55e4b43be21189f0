import { dialog, shell, type BrowserWindow } from 'electron';
import { allowedExternalUrl } from '../src/shared/links';

/**
 * The one place that opens anything outside the app. Only allowlisted https help sites,
 * only after the user confirms in a native dialog, and only in the system browser
 * (never inside Vangnet). Everything else is silently refused.
 */
export async function openExternalAfterConfirm(raw: string, parent: BrowserWindow | null): Promise<boolean> {
  const url = allowedExternalUrl(raw);
  if (url === null) return false;
  const host = new URL(url).hostname;
  const options = {
    type: 'question' as const,
    buttons: ['Openen in browser', 'Annuleren'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Website openen',
    message: `Wilt u ${host} openen in uw webbrowser?`,
    detail:
      'Deze website valt buiten Vangnet. Er gaan geen gegevens uit Vangnet mee; wat u op de website invult, valt onder die website.',
  };
  const result =
    parent && !parent.isDestroyed() ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (result.response !== 0) return false;
  // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — url passed allowedExternalUrl() (https, allowlisted host; tests/unit/main/links.test.ts) and the user confirmed
  await shell.openExternal(url, { activate: true });
  return true;
}
