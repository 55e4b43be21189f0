import { Alert, List, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DocumentCheck } from '../../../../src/shared/domain/documents';
import { phraseText } from '../../ui/notify';

interface Props {
  check: DocumentCheck;
  values: Record<string, string>;
  onValue: (tag: string, value: string) => void;
}

/** What stands between the user and a printable document: missing values (fill in here) and names. */
export function CheckResult({ check, values, onValue }: Props) {
  const { t } = useTranslation('documents');
  // Not blocking: shown with the result, whether or not the document can be made.
  const notices = check.notices.length > 0 && (
    <Alert color="yellow" icon={<IconInfoCircle size={18} aria-hidden />} title={t('check.noticeTitle')} data-testid="check-notices">
      <List size="sm">
        {check.notices.map((n) => (
          <List.Item key={n}>{n}</List.Item>
        ))}
      </List>
    </Alert>
  );
  if (check.ok) {
    return (
      <Stack gap="sm">
        <Alert color="teal" icon={<IconCircleCheck size={18} aria-hidden />}>
          {t('check.ok')}
        </Alert>
        {notices}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      {notices}
      {check.privacy.length > 0 && (
        <Alert color="red" icon={<IconShieldLock size={18} aria-hidden />} title={t('check.privacyTitle')}>
          <Text size="sm" mb="xs">
            {t('check.privacyHelp')}
          </Text>
          <List size="sm">
            {check.privacy.map((p, i) => (
              <List.Item key={i}>{t('check.nameIn', { name: p.name, passage: p.passage })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {check.missing.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('check.missingTitle')}>
          <Text size="sm" mb="xs">
            {t('check.missingHelp')}
          </Text>
          <Stack gap="xs">
            {check.missing.map((m) =>
              m.tag !== 'ontvanger.adres' && (m.tag.includes('.') || m.tag === 'klas' || m.tag === 'regiehouder') ? (
                <TextInput
                  key={m.tag}
                  label={m.label}
                  description={phraseText({ key: m.hintKey })}
                  value={values[m.tag] ?? ''}
                  onChange={(e) => onValue(m.tag, e.currentTarget.value)}
                />
              ) : (
                <Text key={m.tag} size="sm">
                  <strong>{m.label}</strong> – {phraseText({ key: m.hintKey })}
                </Text>
              ),
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
