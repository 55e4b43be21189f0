import { Alert, Paper, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  POLICE_CONSULTATION_STEP,
  REPORT_DECISIONS,
  REPORT_DECISION_STEP,
  getStep,
  policeRecordOf,
  readToolRecord,
} from '../../../../../src/shared/protocol';
import { formatDateTimeNl } from '../../../ui/datetime';
import { FieldsTool } from './FieldsTool';
import type { ToolProps } from './types';

/**
 * The one police record of the dossier, shown by both police steps: "Advies bij de politie"
 * edits the consultation (who, when, advice) and shows the decision; "Besluit tot melding of
 * aangifte" edits the decision (what, why, reference, by whom) and shows the consultation.
 * Nothing is typed twice.
 */
export function PoliceRecordTool(props: ToolProps & { part: 'consultation' | 'decision' }) {
  const { t } = useTranslation('dossier');
  const record = policeRecordOf(props.detail.steps);
  if (props.part === 'consultation') {
    const own = { ...props, data: readToolRecord('police-advice', props.data), setData: props.setData as ToolProps<'police-advice'>['setData'] };
    const d = record.decision;
    return (
      <Stack gap="sm">
        <FieldsTool<'police-advice'>
          {...own}
          fields={[
            { key: 'officer', label: t('report.officer'), kind: 'text' },
            { key: 'contactedAt', label: t('tools.contactedAt'), kind: 'datetime', past: true },
            { key: 'advice', label: t('report.advice'), kind: 'textarea', description: t('tools.policeAdviceHelp') },
          ]}
        />
        <Paper withBorder p="sm" data-testid="police-record-decision">
          <Text size="sm" fw={600}>
            {t('report.decisionPart', { step: getStep(REPORT_DECISION_STEP).title })}
          </Text>
          {d.decision ? (
            <Text size="sm">
              {REPORT_DECISIONS.find((o) => o.id === d.decision)?.label ?? d.decision}
              {d.reference ? ` · ${t('report.reference')}: ${d.reference}` : ''}
              {d.decidedAt ? ` · ${formatDateTimeNl(d.decidedAt)}` : ''}
              {d.decidedBy ? ` · ${d.decidedBy}` : ''}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('report.noDecisionYet')}
            </Text>
          )}
        </Paper>
      </Stack>
    );
  }
  const own = { ...props, data: readToolRecord('report-decision', props.data), setData: props.setData as ToolProps<'report-decision'>['setData'] };
  const c = record.consultation;
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" data-testid="police-record-consultation">
        <Text size="sm" fw={600}>
          {t('report.consultationPart', { step: getStep(POLICE_CONSULTATION_STEP).title })}
        </Text>
        {c.officer || c.contactedAt || c.advice ? (
          <Stack gap={2}>
            <Text size="sm">
              {[c.officer, c.contactedAt ? formatDateTimeNl(c.contactedAt) : ''].filter(Boolean).join(' · ')}
            </Text>
            {c.advice && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.advice}
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('report.noConsultationYet')}
          </Text>
        )}
      </Paper>
      <Radio.Group
        label={t('report.decision')}
        value={own.data.decision}
        onChange={(v) => own.setData({ decision: v as (typeof REPORT_DECISIONS)[number]['id'] })}
      >
        <Stack gap={8} mt={6}>
          {REPORT_DECISIONS.map((o) => (
            <Radio key={o.id} value={o.id} label={o.label} description={o.help} disabled={props.readOnly} />
          ))}
        </Stack>
      </Radio.Group>
      <FieldsTool<'report-decision'>
        {...own}
        fields={[
          { key: 'reasons', label: t('report.reasons'), kind: 'textarea' },
          { key: 'reference', label: t('report.reference'), kind: 'text', description: t('report.referenceHelp') },
          { key: 'decidedAt', label: t('report.decidedAt'), kind: 'datetime', past: true },
          { key: 'decidedBy', label: t('report.decidedBy'), kind: 'text' },
        ]}
      />
      {own.data.decision === 'aangifte' && (
        <Alert color="blue" variant="light">
          <Text size="sm">{t('report.aangifteNote')}</Text>
        </Alert>
      )}
    </Stack>
  );
}
