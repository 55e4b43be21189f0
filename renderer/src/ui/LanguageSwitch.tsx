import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { applyLanguage, type Language } from '../i18n';
import { notifyError } from './notify';
import type { AppSettings } from '../../../src/shared/api';

/** NL/EN switch; the choice is saved in the (non-confidential) settings, also while locked. */
export function LanguageSwitch({ onSaved }: { onSaved?: (settings: AppSettings) => void }) {
  const { t, i18n } = useTranslation('common');
  const change = async (value: string) => {
    const lang = value as Language;
    applyLanguage(lang);
    try {
      const settings = await call('settings.update', { language: lang });
      onSaved?.(settings);
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language === 'en' ? 'en' : 'nl'}
      onChange={(v) => void change(v)}
      data={[
        { value: 'nl', label: 'NL' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
