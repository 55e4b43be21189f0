import { Checkbox, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentOptions } from '../../../../src/shared/api/documents';
import {
  OVERVIEW_EXTERNAL_DEFAULT,
  OVERVIEW_SECTIONS,
  OVERVIEW_SECTION_LABELS,
  type OverviewForm,
  type OverviewSection,
} from '../../../../src/shared/domain/documents';

type Overview = NonNullable<DocumentOptions['overview']>;

/** The dossier overview's form: volledig (intern) or voor externe partij, with its sections and third parties. */
export function OverviewOptions({ value, onChange }: { value: Overview | undefined; onChange: (v: Overview) => void }) {
  const { t } = useTranslation('documents');
  const current: Overview = value ?? { form: 'volledig', includeThirdParties: false };
  const sections = current.sections ?? [...OVERVIEW_EXTERNAL_DEFAULT];
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        aria-label={t('overview.form')}
        value={current.form}
        onChange={(form) => onChange({ ...current, form: form as OverviewForm, sections: form === 'extern' ? sections : undefined })}
        data={[
          { value: 'volledig', label: t('overview.full') },
          { value: 'extern', label: t('overview.external') },
        ]}
        data-testid="overview-form"
      />
      {current.form === 'extern' && (
        <>
          <Text size="xs" c="dimmed">
            {t('overview.externalHint')}
          </Text>
          <Checkbox.Group
            label={t('overview.sections')}
            value={sections}
            onChange={(v) => onChange({ ...current, sections: OVERVIEW_SECTIONS.filter((s) => v.includes(s)) as OverviewSection[] })}
          >
            <Stack gap={4} mt={4}>
              {OVERVIEW_SECTIONS.map((s) => (
                <Checkbox key={s} size="xs" value={s} label={OVERVIEW_SECTION_LABELS[s]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox
            size="xs"
            checked={current.includeThirdParties}
            onChange={(e) => onChange({ ...current, includeThirdParties: e.currentTarget.checked })}
            label={t('overview.thirdParties')}
          />
        </>
      )}
    </Stack>
  );
}
