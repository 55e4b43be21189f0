import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { SettingsSection } from '../SettingsSection';

/** Re-checks the audit log's hash chain: proof that nothing was changed or removed behind the app's back. */
export function AuditSection() {
  const { t } = useTranslation('settings');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const verify = async () => {
    setBusy(true);
    try {
      const r = await call('vault.verifyAudit', {});
      setResult(r);
      if (r.ok) notifySuccess(r.message, t('audit.okTitle'));
      else notifyError(r.message, t('audit.failedTitle'));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection id="audit" title={t('audit.title')} description={t('audit.description')}>
      <Group>
        <Button variant="default" onClick={() => void verify()} loading={busy} leftSection={<IconShieldCheck size={18} aria-hidden />}>
          {t('audit.verify')}
        </Button>
      </Group>
      {result && (
        <Alert
          color={result.ok ? 'teal' : 'red'}
          icon={result.ok ? <IconShieldCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
          title={result.ok ? t('audit.okTitle') : t('audit.failedTitle')}
          data-testid="audit-result"
        >
          {result.message}
        </Alert>
      )}
    </SettingsSection>
  );
}
