import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BuddiesTool } from './BuddiesTool';
import { FieldsTool } from './FieldsTool';
import type { ToolProps } from './types';

/**
 * Work with a class: insight and reflection, agreements on supporting the victim and, in the
 * victim's own class, the three buddies.
 */
export function ClassSessionTool(props: ToolProps<'class-session'>) {
  const { t } = useTranslation('dossier');
  const { step, detail, data, setData, readOnly, refresh } = props;
  const victimClass = step.id === 'klas-slachtoffer';
  const checked = data.checked;
  const buddyCount = detail.persons.filter((p) => p.role === 'buddy').length;
  const victim = detail.persons.find((p) => p.role === 'slachtoffer');
  return (
    <Stack gap="sm">
      {victimClass && detail.dossier.victimNeeds && (
        <Alert color="blue" variant="light" title={t('victimNeeds.reminder')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {detail.dossier.victimNeeds}
          </Text>
        </Alert>
      )}
      <FieldsTool<'class-session'>
        {...props}
        fields={[
          {
            key: 'classes',
            label: victimClass ? t('classSession.class') : t('classSession.classes'),
            kind: 'text',
            placeholder: victimClass ? victim?.className : undefined,
          },
          { key: 'heldAt', label: t('classSession.heldAt'), kind: 'datetime', past: true },
          { key: 'ledBy', label: t('classSession.ledBy'), kind: 'text' },
          {
            key: 'insight',
            label: t('classSession.insight'),
            kind: 'textarea',
            description: t('classSession.insightHelp'),
          },
          ...(victimClass
            ? [
                {
                  key: 'supportAgreements' as const,
                  label: t('classSession.support'),
                  kind: 'textarea' as const,
                  description: t('classSession.supportHelp'),
                },
              ]
            : [{ key: 'message' as const, label: t('classSession.message'), kind: 'textarea' as const }]),
        ]}
      />
      {step.subPoints.length > 0 && (
        <Stack gap={6}>
          {step.subPoints.map((sp) => (
            <Checkbox
              key={sp.id}
              label={sp.label}
              description={sp.help}
              checked={checked[sp.id] ?? (sp.id === 'drie-buddys' && buddyCount >= 3)}
              disabled={readOnly}
              onChange={(e) => setData({ checked: { ...checked, [sp.id]: e.currentTarget.checked } })}
            />
          ))}
        </Stack>
      )}
      {victimClass && <BuddiesTool detail={detail} refresh={refresh} readOnly={readOnly} />}
    </Stack>
  );
}
