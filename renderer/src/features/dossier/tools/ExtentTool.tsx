import { useState } from 'react';
import { Alert, Radio, Select, SimpleGrid, Stack, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CLEAR_BUTTON } from '../../../ui/form/DateTimeField';
import { call } from '../../../api/client';
import {
  MATERIAL_KINDS,
  MATERIAL_KIND_LABELS,
  VOLUNTARINESS,
  VOLUNTARINESS_LABELS,
  type MaterialKind,
  type Spread,
  type Voluntariness,
} from '../../../../../src/shared/domain';
import { IntegerField } from '../../../ui/form/fields';
import { SaveIndicator } from '../parts/SaveIndicator';
import { mergeKnown, useAutosave } from '../useAutosave';
import type { ToolProps } from './types';

interface Extent {
  materialKind: MaterialKind;
  voluntariness: Voluntariness;
  spread: Spread;
}

/** "Bepaal omvang en impact": voluntariness and spread go straight into the dossier's facts. */
export function ExtentTool({ detail, refresh, readOnly }: Pick<ToolProps, 'detail' | 'refresh' | 'readOnly'>) {
  const { t } = useTranslation('dossier');
  const d = detail.dossier;
  const [value, setValue] = useState<Extent>({
    materialKind: d.materialKind,
    voluntariness: d.voluntariness,
    spread: d.spread,
  });
  const autosave = useAutosave(
    value,
    async (v) => {
      await call('dossier.updateFacts', { dossierId: d.id, facts: v });
      await refresh();
    },
    {
      enabled: !readOnly,
      draft: { scope: { dossierId: d.id, formKey: 'extent' }, restore: (data) => setValue((v) => mergeKnown(v, data)) },
    },
  );
  const setSpread = (patch: Partial<Spread>) =>
    setValue((v) => ({ ...v, spread: { ...v.spread, ...patch } }));
  return (
    <Stack gap="sm">
      <Select
        clearButtonProps={CLEAR_BUTTON}
        label={t('facts.materialKind')}
        data={MATERIAL_KINDS.map((k) => ({ value: k, label: MATERIAL_KIND_LABELS[k] }))}
        value={value.materialKind}
        onChange={(v) => v && setValue((x) => ({ ...x, materialKind: v as MaterialKind }))}
        allowDeselect={false}
        disabled={readOnly}
        maw={360}
      />
      <Radio.Group
        label={t('facts.voluntariness')}
        description={t('facts.voluntarinessHelp')}
        value={value.voluntariness}
        onChange={(v) => setValue((x) => ({ ...x, voluntariness: v as Voluntariness }))}
      >
        <Stack gap={6} mt={6}>
          {VOLUNTARINESS.map((k) => (
            <Radio key={k} value={k} label={VOLUNTARINESS_LABELS[k]} disabled={readOnly} />
          ))}
        </Stack>
      </Radio.Group>
      {(value.voluntariness === 'gedwongen' || value.voluntariness === 'nee') && (
        <Alert color="red" variant="light" title={t('facts.policeNow')}>
          {t('facts.policeNowText')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {/* Never coerced: "-5" or "twee" is shown at the field and not saved until corrected. */}
        <IntegerField
          label={t('facts.pupils')}
          description={t('facts.pupilsHelp')}
          value={value.spread.pupils}
          onChange={(n) => setSpread({ pupils: n })}
          min={0}
          max={100000}
          disabled={readOnly}
        />
        <IntegerField
          label={t('facts.groups')}
          description={t('facts.groupsHelp')}
          value={value.spread.groups}
          onChange={(n) => setSpread({ groups: n })}
          min={0}
          max={10000}
          disabled={readOnly}
        />
      </SimpleGrid>
      <TagsInput
        clearButtonProps={CLEAR_BUTTON}
        label={t('facts.platforms')}
        description={t('facts.platformsHelp')}
        value={value.spread.platforms}
        onChange={(platforms) => setSpread({ platforms: platforms.map((p) => p.slice(0, 200)).slice(0, 50) })}
        data={[
          'WhatsApp',
          'Snapchat',
          'Instagram',
          'TikTok',
          'Telegram',
          'Discord',
          'X / Twitter',
          'Facebook',
        ]}
        disabled={readOnly}
        clearable
      />
      <SaveIndicator state={autosave.state} error={autosave.error} />
    </Stack>
  );
}
