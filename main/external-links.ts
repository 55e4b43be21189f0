import { dialog, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { allowedExternalUrl } from '../src/shared/links';
import { dialogText, type DialogKey, type DialogLanguage, type DialogParams } from '../src/shared/i18n/dialogs';

function show(
  parent: BrowserWindow | null,
  options: MessageBoxOptions,
): Promise<Electron.MessageBoxReturnValue> {
  return parent && !parent.isDestroyed()
    ? dialog.showMessageBox(parent, options)
    : dialog.showMessageBox(options);
}

/** A web address we refuse, for the explanation; null for anything that is not http(s). */
function webHost(raw: string): string | null {
  try {
    const parsed = new URL(raw);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/**
 * The one place that opens anything outside the app. Only allowlisted https help sites,
 * only after the user confirms in a native dialog, and only in the system browser
 * (never inside Vangnet). Other web links get a short explanation; anything else
 * (file:, javascript:, app:// navigations) is refused silently.
 */
export async function openExternalAfterConfirm(
  raw: string,
  parent: BrowserWindow | null,
  language: DialogLanguage = 'nl',
): Promise<boolean> {
  const t = (key: DialogKey, params?: DialogParams) => dialogText(language, key, params);
  const url = allowedExternalUrl(raw);
  if (url === null) {
    const host = webHost(raw);
    if (host !== null) {
      await show(parent, {
        type: 'info',
        buttons: ['OK'],
        noLink: true,
        title: t('LINK_REFUSED_TITLE'),
        message: t('LINK_REFUSED', { host }),
        detail: t('LINK_REFUSED_DETAIL'),
      });
    }
    return false;
  }
  const host = new URL(url).hostname;
  const result = await show(parent, {
    type: 'question',
    buttons: [t('LINK_OPEN'), t('CANCEL')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: t('LINK_ASK_TITLE'),
    message: t('LINK_ASK', { host }),
    detail: t('LINK_ASK_DETAIL'),
  });
  if (result.response !== 0) return false;
  // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — url passed allowedExternalUrl() (https, allowlisted host; tests/unit/main/links.test.ts) and the user confirmed
  await shell.openExternal(url, { activate: true });
  return true;
}
