import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REPORT_DECISIONS } from '../../../../../src/shared/protocol';
import { dataString } from '../logic';
import { FieldsTool } from './FieldsTool';
import type { ToolProps } from './types';

/** "Besluit tot melding of aangifte": the police consultation and the decision with its reasons. */
export function ReportDecisionTool(props: ToolProps) {
  const { t } = useTranslation('dossier');
  const { data, setData, readOnly } = props;
  return (
    <Stack gap="sm">
      <FieldsTool
        {...props}
        fields={[
          { key: 'consultedAt', label: t('report.consultedAt'), kind: 'datetime' },
          { key: 'officer', label: t('report.officer'), kind: 'text' },
          { key: 'policeAdvice', label: t('report.advice'), kind: 'textarea' },
        ]}
      />
      <Radio.Group
        label={t('report.decision')}
        value={dataString(data, 'decision') || null}
        onChange={(v) => setData({ decision: v })}
      >
        <Stack gap={8} mt={6}>
          {REPORT_DECISIONS.map((o) => (
            <Radio key={o.id} value={o.id} label={o.label} description={o.help} disabled={readOnly} />
          ))}
        </Stack>
      </Radio.Group>
      <FieldsTool
        {...props}
        fields={[
          { key: 'reasons', label: t('report.reasons'), kind: 'textarea' },
          {
            key: 'reference',
            label: t('report.reference'),
            kind: 'text',
            description: t('report.referenceHelp'),
          },
          { key: 'decidedAt', label: t('report.decidedAt'), kind: 'datetime' },
        ]}
      />
      {dataString(data, 'decision') === 'aangifte' && (
        <Text size="sm" c="dimmed">
          {t('report.aangifteNote')}
        </Text>
      )}
    </Stack>
  );
}
