import { useState } from 'react';
import { Card, SimpleGrid, Stack, Switch, TextInput, Textarea, Title } from '@mantine/core';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { DossierFactsSchema } from '../../../../../src/shared/domain';
import type { DossierTabProps } from '../tabProps';
import { fieldErrors } from '../../../ui/fieldErrors';
import { isoToPicker, pickerToIso } from '../../../ui/datetime';
import { SaveIndicator } from '../parts/SaveIndicator';
import { ExtentTool } from '../tools/ExtentTool';
import { mergeKnown, useAutosave } from '../useAutosave';

interface Facts {
  title: string;
  discoveredAt: string;
  howDiscovered: string;
  lead: string;
  summary: string;
}

const FactsPatchSchema = DossierFactsSchema.pick({
  title: true,
  discoveredAt: true,
  howDiscovered: true,
  lead: true,
  summary: true,
});

/** The dossier's facts: what, when, how it came to light, who leads; autosaved with validation. */
export function FactsTab({ dossierId, detail, refresh, readOnly }: DossierTabProps) {
  const { t } = useTranslation('dossier');
  const d = detail.dossier;
  const [facts, setFacts] = useState<Facts>({
    title: d.title,
    discoveredAt: d.discoveredAt,
    howDiscovered: d.howDiscovered,
    lead: d.lead,
    summary: d.summary,
  });
  const [otherBusy, setOtherBusy] = useState(false);
  const parsed = FactsPatchSchema.safeParse(facts);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  const autosave = useAutosave(
    facts,
    async (v) => {
      await call('dossier.updateFacts', { dossierId, facts: FactsPatchSchema.parse(v) });
      await refresh();
    },
    {
      enabled: !readOnly,
      validate: (v) => (FactsPatchSchema.safeParse(v).success ? null : t('facts.fixErrors')),
      draft: { scope: { dossierId, formKey: 'facts' }, restore: (d) => setFacts((f) => mergeKnown(f, d)) },
    },
  );
  const set = <K extends keyof Facts>(key: K, value: Facts[K]) => setFacts((f) => ({ ...f, [key]: value }));

  const toggleOther = async (involved: boolean) => {
    setOtherBusy(true);
    try {
      await call('dossier.setOtherSchoolInvolved', { dossierId, involved });
      notifySuccess(involved ? t('tools.otherSchoolOn') : t('tools.otherSchoolOff'));
      await refresh();
    } catch (err) {
      notifyError(err);
    } finally {
      setOtherBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('facts.title')}
          </Title>
          <TextInput
            label={t('facts.dossierTitle')}
            required
            value={facts.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={errors.title}
            disabled={readOnly}
            maxLength={200}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateTimeField
              label={t('facts.discoveredAt')}
              required
              value={isoToPicker(facts.discoveredAt)}
              onChange={(v) => set('discoveredAt', pickerToIso(v) ?? '')}
              error={errors.discoveredAt}
              disabled={readOnly}
              valueFormat="D MMMM YYYY HH:mm"
              maxDate={new Date()}
            />
            <TextInput
              label={t('facts.lead')}
              required
              value={facts.lead}
              onChange={(e) => set('lead', e.currentTarget.value)}
              error={errors.lead}
              disabled={readOnly}
              maxLength={200}
            />
          </SimpleGrid>
          <Textarea
            label={t('facts.howDiscovered')}
            value={facts.howDiscovered}
            onChange={(e) => set('howDiscovered', e.currentTarget.value)}
            error={errors.howDiscovered}
            autosize
            minRows={2}
            disabled={readOnly}
          />
          <Textarea
            label={t('facts.summary')}
            description={t('facts.summaryHelp')}
            value={facts.summary}
            onChange={(e) => set('summary', e.currentTarget.value)}
            error={errors.summary}
            autosize
            minRows={3}
            maxRows={14}
            disabled={readOnly}
          />
          <SaveIndicator state={autosave.state} error={autosave.error} />
          <Switch
            label={t('tools.otherSchool')}
            description={t('tools.otherSchoolHelp')}
            checked={d.otherSchoolInvolved}
            disabled={readOnly || otherBusy}
            onChange={(e) => void toggleOther(e.currentTarget.checked)}
          />
        </Stack>
      </Card>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('facts.extentTitle')}
          </Title>
          <ExtentTool detail={detail} refresh={refresh} readOnly={readOnly} />
        </Stack>
      </Card>
    </Stack>
  );
}
