import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Anchor } from '@mantine/core';
import { useSchoolProfile } from '../useSchoolProfile';
import { FieldsTool } from './FieldsTool';
import type { ToolProps } from './types';

/** Which help for parents (from the school profile) was offered, and what was agreed. */
export function ParentHelpTool(props: ToolProps<'parent-help'>) {
  const { t } = useTranslation('dossier');
  const navigate = useNavigate();
  const school = useSchoolProfile();
  const { data, setData, readOnly } = props;
  const offered = data.offered;
  const resources = (school?.helpResources ?? []).filter((h) => h.forWhom !== 'leerlingen');
  return (
    <Stack gap="sm">
      {school && resources.length === 0 ? (
        <Alert color="yellow" variant="light" title={t('parentHelp.emptyTitle')}>
          <Text size="sm">{t('parentHelp.emptyText')}</Text>
          <Anchor component="button" type="button" size="sm" onClick={() => navigate('/school')}>
            {t('parentHelp.toSchool')}
          </Anchor>
        </Alert>
      ) : (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('parentHelp.offered')}
          </Text>
          {resources.map((h) => (
            <Checkbox
              key={h.name}
              label={h.name}
              description={[h.contact, h.description].filter(Boolean).join(' – ')}
              checked={offered[h.name] ?? false}
              disabled={readOnly}
              onChange={(e) => setData({ offered: { ...offered, [h.name]: e.currentTarget.checked } })}
            />
          ))}
        </Stack>
      )}
      <FieldsTool<'parent-help'>
        {...props}
        fields={[
          { key: 'otherHelp', label: t('parentHelp.otherHelp'), kind: 'textarea' },
          { key: 'callBackAt', label: t('parentHelp.callBackAt'), kind: 'datetime' },
        ]}
      />
    </Stack>
  );
}
