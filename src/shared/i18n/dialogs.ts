import { DIALOGS_EN } from './dialogs.en';
import { DIALOGS_NL, type DialogKey } from './dialogs.nl';

export type { DialogKey };
export type DialogLanguage = 'nl' | 'en';
export type DialogParams = Record<string, string | number>;

const CATALOGS: Readonly<Record<DialogLanguage, Record<DialogKey, string>>> = { nl: DIALOGS_NL, en: DIALOGS_EN };

/**
 * A native dialog's text in the UI language (the `language` setting): main shows these
 * dialogs itself, outside the page's i18n, so the core and main fill them from this catalog.
 */
export function dialogText(language: DialogLanguage, key: DialogKey, params?: DialogParams): string {
  return CATALOGS[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
}
