import i18n, { buildResources } from './index';

/**
 * The catalogs of the unlocked app's screens, registered when the app's chunk loads (see
 * index.ts): imported for its side effect by routes.tsx, ahead of every screen module.
 */
const modules = import.meta.glob<Record<string, unknown>>(['./*/*.ts', '!./*/common.ts', '!./*/session.ts'], {
  eager: true,
  import: 'default',
});

for (const [lang, namespaces] of Object.entries(buildResources(modules))) {
  for (const [ns, catalog] of Object.entries(namespaces)) {
    if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, catalog, true, false);
  }
}
