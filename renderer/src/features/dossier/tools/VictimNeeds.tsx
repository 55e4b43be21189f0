import { useState } from 'react';
import { Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import type { DossierDetail } from '../../../../../src/shared/domain';
import { SaveIndicator } from '../parts/SaveIndicator';
import { useAutosave } from '../useAutosave';

/** "Wat heeft hij/zij nodig?" — the victim's wishes, kept on the dossier and shown wherever they matter. */
export function VictimNeeds({
  detail,
  refresh,
  readOnly,
}: {
  detail: DossierDetail;
  refresh: () => Promise<void>;
  readOnly: boolean;
}) {
  const { t } = useTranslation('dossier');
  const [value, setValue] = useState(detail.dossier.victimNeeds);
  const autosave = useAutosave(
    value,
    async (v) => {
      await call('dossier.updateFacts', { dossierId: detail.dossier.id, facts: { victimNeeds: v } });
      await refresh();
    },
    {
      enabled: !readOnly,
      draft: {
        scope: { dossierId: detail.dossier.id, formKey: 'victim-needs' },
        pick: (v) => ({ victimNeeds: v }),
        restore: (d) => typeof d.victimNeeds === 'string' && setValue(d.victimNeeds),
      },
    },
  );
  return (
    <Stack gap={4}>
      <Textarea
        label={t('victimNeeds.label')}
        description={t('victimNeeds.help')}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={12}
        disabled={readOnly}
        data-testid="victim-needs"
      />
      <SaveIndicator state={autosave.state} error={autosave.error} />
    </Stack>
  );
}
