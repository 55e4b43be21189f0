import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const I18N = path.resolve(import.meta.dirname, '../../../renderer/src/i18n');

/** Leaf keys as dotted paths, with i18next plural suffixes folded (count_one/count_other → count). */
function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const fold = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

async function load(lang: string, ns: string): Promise<Record<string, unknown>> {
  const mod = (await import(pathToFileURL(path.join(I18N, lang, `${ns}.ts`)).href)) as { default: Record<string, unknown> };
  return mod.default;
}

function values(obj: unknown): string[] {
  if (typeof obj === 'string') return [obj];
  if (typeof obj !== 'object' || obj === null) return [];
  return Object.values(obj).flatMap(values);
}

describe('renderer i18n catalogs', () => {
  const namespaces = fs.readdirSync(path.join(I18N, 'nl')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));

  it('has a Dutch and an English file for every namespace', () => {
    const en = fs.readdirSync(path.join(I18N, 'en')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
    expect(en.sort()).toEqual([...namespaces].sort());
  });

  for (const ns of namespaces) {
    it(`"${ns}": English has exactly the Dutch keys, and no string is empty`, async () => {
      const nl = await load('nl', ns);
      const en = await load('en', ns).catch(() => ({}));
      const nlKeys = [...new Set(keys(nl).map(fold))].sort();
      const enKeys = [...new Set(keys(en).map(fold))].sort();
      expect(enKeys).toEqual(nlKeys);
      for (const v of [...values(nl), ...values(en)]) expect(v.trim().length).toBeGreaterThan(0);
    });
  }
});
