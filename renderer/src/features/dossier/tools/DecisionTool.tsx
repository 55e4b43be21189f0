import { Checkbox, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DECISION_OPTIONS } from '../../../../../src/shared/protocol';
import { FieldsTool } from './FieldsTool';
import type { ToolProps } from './types';

/** Steps where the team weighs options: one message (boodschap) or a set of interventions, with reasons. */
export function DecisionTool(props: ToolProps<'decision'>) {
  const { t } = useTranslation('dossier');
  const { step, data, setData, readOnly } = props;
  const options = DECISION_OPTIONS[step.id] ?? [];
  // Interventions can be combined; the message to pupils is one choice.
  const multiple = step.id === 'alternatieve-interventies';
  return (
    <Stack gap="sm">
      {multiple ? (
        <Checkbox.Group
          label={t('decision.chooseMany')}
          value={data.choices}
          onChange={(v) => setData({ choices: v })}
        >
          <Stack gap={8} mt={6}>
            {options.map((o) => (
              <Checkbox key={o.id} value={o.id} label={o.label} description={o.help} disabled={readOnly} />
            ))}
          </Stack>
        </Checkbox.Group>
      ) : (
        <Radio.Group
          label={t('decision.chooseOne')}
          value={data.choice}
          onChange={(v) => setData({ choice: v })}
        >
          <Stack gap={8} mt={6}>
            {options.map((o) => (
              <Radio key={o.id} value={o.id} label={o.label} description={o.help} disabled={readOnly} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      <FieldsTool<'decision'>
        {...props}
        fields={[
          {
            key: 'reasons',
            label: t('decision.reasons'),
            kind: 'textarea',
            description: t('decision.reasonsHelp'),
          },
        ]}
      />
    </Stack>
  );
}
