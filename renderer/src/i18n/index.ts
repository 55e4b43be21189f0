import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

type Catalog = Record<string, unknown>;

/**
 * Every catalog file `i18n/<lang>/<namespace>.ts` (default export) is picked up, so a feature
 * adds its strings by adding a file: no registration edit in a shared file. The gate screens'
 * namespaces (lock screen, first run, errors) are in the entry chunk; every other namespace
 * travels with the app's chunk and is registered by `./app.ts` before any screen renders.
 */
export const GATE_NAMESPACES = ['common', 'session'];
const modules = import.meta.glob<Catalog>(['./*/common.ts', './*/session.ts'], { eager: true, import: 'default' });

export function buildResources(modules: Record<string, Catalog>): Record<string, Record<string, Catalog>> {
  const resources: Record<string, Record<string, Catalog>> = {};
  for (const [file, catalog] of Object.entries(modules)) {
    const match = /^\.\/([a-z]{2})\/([A-Za-z0-9_-]+)\.ts$/.exec(file);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    (resources[lang] ??= {})[ns] = catalog;
  }
  return resources;
}

const resources = buildResources(modules);

void i18n.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: GATE_NAMESPACES,
  defaultNS: 'common',
  // React escapes on render; escaping here as well would show &amp; in the UI.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export function applyLanguage(lang: Language): void {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
