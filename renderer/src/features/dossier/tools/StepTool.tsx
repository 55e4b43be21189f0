import { useState } from 'react';
import { Alert, Button, Stack, Switch, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { missingCase } from '../../../../../src/shared/missing-case';
import { readToolRecord, type ToolKind } from '../../../../../src/shared/protocol';
import { TOOL_TAB } from '../logic';
import { isDossierTabId } from '../tabProps';
import { useSchoolProfile } from '../useSchoolProfile';
import { ActionPlanTool } from './ActionPlanTool';
import { ClassSessionTool } from './ClassSessionTool';
import { ConversationTool } from './ConversationTool';
import { DecisionTool } from './DecisionTool';
import { ExtentTool } from './ExtentTool';
import { FieldsTool } from './FieldsTool';
import { MediaPlanTool } from './MediaPlanTool';
import { ParentHelpTool } from './ParentHelpTool';
import { PoliceRecordTool } from './PoliceRecordTool';
import { BuddiesTool } from './BuddiesTool';
import { VictimNeeds } from './VictimNeeds';
import type { ToolProps } from './types';

/** Tools that show the step's sub-points themselves (so the panel does not repeat them). */
export const TOOLS_WITH_OWN_SUBPOINTS: ReadonlySet<ToolKind> = new Set<ToolKind>(['class-session']);

/** The step's props typed for its tool: the record is read as that tool's record. */
function forTool<K extends ToolKind>(props: ToolProps, tool: K): ToolProps<K> {
  return { ...props, data: readToolRecord(tool, props.data), setData: props.setData as ToolProps<K>['setData'] };
}

/** Opens the right tool for a step (see TOOL_KINDS); each tool edits its own typed record. */
export function StepTool(props: ToolProps) {
  const { t } = useTranslation('dossier');
  const school = useSchoolProfile();
  const tool = props.step.tool;
  const external = TOOL_TAB[tool];
  if (external) return <ExternalTabTool tab={external} dossierId={props.detail.dossier.id} />;

  switch (tool) {
    case 'victim-support':
      return (
        <Stack gap="md">
          <VictimNeeds detail={props.detail} refresh={props.refresh} readOnly={props.readOnly} />
          <ConversationTool
            {...props}
            withWhom={props.detail.persons.find((p) => p.role === 'slachtoffer')?.name ?? ''}
          />
        </Stack>
      );
    case 'extent':
      return <ExtentTool {...props} />;
    case 'protocol-check':
      return (
        <Stack gap="sm">
          {school?.protocolReference ? (
            <Alert color="blue" variant="light" title={t('tools.protocolReference')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {school.protocolReference}
              </Text>
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              {t('tools.noProtocolReference')}
            </Text>
          )}
          <FieldsTool<'protocol-check'>
            {...forTool(props, 'protocol-check')}
            fields={[
              {
                key: 'gaps',
                label: t('tools.protocolGaps'),
                kind: 'textarea',
                description: t('tools.protocolGapsHelp'),
              },
            ]}
          />
        </Stack>
      );
    case 'confidant':
      return (
        <Stack gap="sm">
          {school?.confidant && (
            <Text size="sm">
              {t('tools.schoolConfidant', { name: school.confidant, contact: school.confidantContact })}
            </Text>
          )}
          <FieldsTool<'confidant'>
            {...forTool(props, 'confidant')}
            fields={[
              { key: 'name', label: t('tools.confidantName'), kind: 'text', placeholder: school?.confidant },
              { key: 'informedAt', label: t('tools.informedAt'), kind: 'datetime', past: true },
              { key: 'role', label: t('tools.confidantRole'), kind: 'textarea' },
            ]}
          />
        </Stack>
      );
    case 'police-advice':
      return <PoliceRecordTool {...props} part="consultation" />;
    case 'action-plan':
      return <ActionPlanTool {...props} />;
    case 'conversation':
      return <ConversationTool {...props} />;
    case 'parent-help':
      return <ParentHelpTool {...forTool(props, 'parent-help')} />;
    case 'perpetrator':
      return (
        <Stack gap="md">
          <FieldsTool<'perpetrator'>
            {...forTool(props, 'perpetrator')}
            fields={[
              {
                key: 'forwardedTo',
                label: t('tools.forwardedTo'),
                kind: 'textarea',
                description: t('tools.forwardedToHelp'),
              },
            ]}
          />
          <ConversationTool
            {...props}
            withWhom={props.detail.persons.find((p) => p.role === 'dader')?.name ?? ''}
          />
        </Stack>
      );
    case 'school-contact':
      return <SchoolContactTool {...forTool(props, 'school-contact')} />;
    case 'report-decision':
      return <PoliceRecordTool {...props} part="decision" />;
    case 'rest-period':
      return (
        <FieldsTool<'rest-period'>
          {...forTool(props, 'rest-period')}
          fields={[
            { key: 'from', label: t('tools.restFrom'), kind: 'date' },
            { key: 'to', label: t('tools.restTo'), kind: 'date' },
            {
              key: 'arrangements',
              label: t('tools.restArrangements'),
              kind: 'textarea',
              description: t('tools.restArrangementsHelp'),
            },
          ]}
        />
      );
    case 'decision':
      return <DecisionTool {...forTool(props, 'decision')} />;
    case 'class-session':
      return <ClassSessionTool {...forTool(props, 'class-session')} />;
    case 'buddies':
      return <BuddiesTool detail={props.detail} refresh={props.refresh} readOnly={props.readOnly} />;
    case 'media-plan':
      return <MediaPlanTool {...forTool(props, 'media-plan')} />;
    case 'checklist':
      return (
        <Text size="sm" c="dimmed">
          {t('tools.checklistHint')}
        </Text>
      );
    case 'takedown':
    case 'statement':
    case 'teacher-guidance':
    case 'letter':
    case 'monitoring':
    case 'evaluation':
    case 'aftercare':
    case 'protocol-update':
      return null; // handled above through TOOL_TAB
    default:
      return missingCase(tool);
  }
}

function ExternalTabTool({
  tab,
  dossierId,
}: {
  tab: 'documenten' | 'monitoring' | 'evaluatie';
  dossierId: string;
}) {
  const { t } = useTranslation('dossier');
  const navigate = useNavigate();
  const available = isDossierTabId(tab);
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">{t(`tools.external.${tab}`)}</Text>
      {available ? (
        <Button
          rightSection={<IconArrowRight size={16} aria-hidden />}
          onClick={() => navigate(`/dossiers/${dossierId}/${tab}`)}
          data-testid={`open-tab-${tab}`}
        >
          {t(`tools.open.${tab}`)}
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          {t('tools.externalUnavailable')}
        </Text>
      )}
    </Stack>
  );
}

function SchoolContactTool(props: ToolProps<'school-contact'>) {
  const { t } = useTranslation('dossier');
  const { detail, refresh, readOnly } = props;
  const [busy, setBusy] = useState(false);
  const toggle = async (involved: boolean) => {
    setBusy(true);
    try {
      await call('dossier.setOtherSchoolInvolved', { dossierId: detail.dossier.id, involved });
      notifySuccess(involved ? t('tools.otherSchoolOn') : t('tools.otherSchoolOff'));
      await refresh();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      <Switch
        label={t('tools.otherSchool')}
        description={t('tools.otherSchoolHelp')}
        checked={detail.dossier.otherSchoolInvolved}
        disabled={readOnly || busy}
        onChange={(e) => void toggle(e.currentTarget.checked)}
      />
      <FieldsTool<'school-contact'>
        {...props}
        fields={[
          { key: 'school', label: t('tools.otherSchoolName'), kind: 'text' },
          { key: 'contact', label: t('tools.otherSchoolContact'), kind: 'text' },
          { key: 'contactedAt', label: t('tools.contactedAt'), kind: 'datetime', past: true },
          { key: 'agreements', label: t('tools.agreements'), kind: 'textarea' },
        ]}
      />
    </Stack>
  );
}
