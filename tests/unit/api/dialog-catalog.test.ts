import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialogText } from '../../../src/shared/i18n/dialogs';
import { DIALOGS_EN } from '../../../src/shared/i18n/dialogs.en';
import { DIALOGS_NL, type DialogKey } from '../../../src/shared/i18n/dialogs.nl';
import { createTestService, type TestService } from '../helpers';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('native dialog catalogs (src/shared/i18n/dialogs.{nl,en}.ts)', () => {
  it('both languages have the same keys and the same placeholders per key', () => {
    expect(Object.keys(DIALOGS_EN).sort()).toEqual(Object.keys(DIALOGS_NL).sort());
    for (const key of Object.keys(DIALOGS_NL) as DialogKey[]) {
      expect(DIALOGS_EN[key], key).toMatch(/\S/);
      expect(placeholders(DIALOGS_EN[key]), key).toEqual(placeholders(DIALOGS_NL[key]));
    }
  });

  it('colleagues are addressed with "je", never "u"', () => {
    for (const [key, text] of Object.entries(DIALOGS_NL)) expect(text, key).not.toMatch(/\b(u|uw)\b/);
  });

  it('fills the parameters', () => {
    expect(dialogText('nl', 'MOVE_VAULT_MESSAGE', { folder: '/x' })).toBe('Vangnet voortaan de kluis in "/x" laten gebruiken?');
    expect(dialogText('en', 'MOVE_VAULT_MESSAGE', { folder: '/x' })).toBe('Let Vangnet use the vault in "/x" from now on?');
  });
});

describe('the core asks main for its dialogs in the UI language', () => {
  let t: TestService;
  beforeEach(async () => {
    t = await createTestService();
  });
  afterEach(() => t.cleanup());

  it('Dutch by default, English after the language setting changes, for titles, filters and confirmations', async () => {
    const other = path.join(t.dirs.out, 'andere-map');
    fs.mkdirSync(other);
    t.platform.nextFolder = other;
    expect(await t.dispatchOk('vault.chooseLocation', { mode: 'new-location' })).toEqual({ cancelled: true });
    expect(t.platform.calls.find((c) => c.method === 'chooseFolder')?.args).toEqual({ title: 'Map voor de nieuwe kluis kiezen' });
    expect(t.platform.confirms[0]).toMatchObject({
      title: 'Andere kluismap gebruiken',
      message: `Vangnet voortaan de kluis in "${other}" laten gebruiken?`,
      confirmLabel: 'Andere map gebruiken',
    });

    await t.dispatchOk('settings.update', { language: 'en' });
    t.platform.nextFolder = other;
    await t.dispatchOk('vault.chooseLocation', { mode: 'new-location' });
    expect(t.platform.calls.filter((c) => c.method === 'chooseFolder')[1]?.args).toEqual({
      title: 'Choose a folder for the new vault',
    });
    expect(t.platform.confirms[1]).toMatchObject({
      title: 'Use another vault folder',
      message: `Let Vangnet use the vault in "${other}" from now on?`,
      confirmLabel: 'Use other folder',
    });
    await t.dispatchOk('vault.backup', {});
    expect(t.platform.calls.find((c) => c.method === 'chooseSaveFile')?.args).toMatchObject({
      title: 'Save backup',
      filters: [{ name: 'Vangnet backup', extensions: ['vangnetbackup'] }],
    });
  });
});
