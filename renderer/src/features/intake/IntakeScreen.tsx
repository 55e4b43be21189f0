import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DateTimeField } from '../../ui/form/DateTimeField';
import { IconAlertTriangle, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CLEAR_BUTTON } from '../../ui/form/DateTimeField';
import { DatesNl } from '../dossier/DatesNl';
import { call } from '../../api/client';
import { onSessionReset } from '../../session/sessionReset';
import { notifyError, notifySuccess } from '../../ui/notify';
import { IntakeSchema, type Intake } from '../../../../src/shared/api';
import { MATERIAL_KINDS, MATERIAL_KIND_LABELS, type MaterialKind } from '../../../../src/shared/domain';
import { fieldErrors } from '../../ui/fieldErrors';
import { isoToPicker, pickerToIso } from '../../ui/datetime';
import { HelpTitle } from '../help/HelpTitle';

function emptyIntake(): Intake {
  return {
    title: '',
    discoveredAt: new Date().toISOString(),
    howDiscovered: '',
    materialKind: 'onbekend',
    victimName: '',
    victimClass: '',
    lead: '',
    otherSchoolInvolved: false,
  };
}

/**
 * A half-filled intake survives leaving the screen (memory only, never written to disk), so
 * clicking elsewhere in a hurry does not silently lose it.
 */
let draft: Intake | null = null;
// Locking clears it with everything else on screen: the victim's name must not outlive a lock.
onSessionReset(() => {
  draft = null;
});

/** "Nieuwe casus": only what is needed in the first minutes, then straight to the first steps. */
export function IntakeScreen() {
  const { t } = useTranslation('overview');
  const navigate = useNavigate();
  const [form, setForm] = useState<Intake>(() => draft ?? emptyIntake());
  const [restored] = useState(() => draft !== null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const pristine = emptyIntake();
  const dirty =
    form.title !== '' ||
    form.howDiscovered !== '' ||
    form.victimName !== '' ||
    form.victimClass !== '' ||
    form.lead !== '' ||
    form.materialKind !== pristine.materialKind ||
    form.otherSchoolInvolved;

  useEffect(() => {
    draft = dirty ? form : null;
  }, [form, dirty]);

  const set = <K extends keyof Intake>(key: K, value: Intake[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };

  const submit = async () => {
    const parsed = IntakeSchema.safeParse(form);
    const errs = parsed.success ? {} : fieldErrors(parsed.error);
    if (Date.parse(form.discoveredAt) - Date.now() > 5 * 60_000) errs.discoveredAt = t('intake.future');
    if (!parsed.success || Object.keys(errs).length > 0) {
      setErrors(errs);
      return;
    }
    setBusy(true);
    try {
      const { dossierId } = await call('dossier.create', parsed.data);
      draft = null;
      notifySuccess(t('intake.createdShort'));
      navigate(`/dossiers/${dossierId}/stappen?fase=analyseer`);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const hasErrors = Object.values(errors).some(Boolean);

  return (
    <DatesNl>
      <Stack gap="md" maw={860}>
        <Stack gap={4}>
          <HelpTitle section="een-nieuwe-casus-starten">
            <Title order={1}>{t('intake.title')}</Title>
          </HelpTitle>
          <Text c="dimmed">{t('intake.intro')}</Text>
        </Stack>
        <Alert color="orange" variant="light" icon={<IconEyeOff size={18} aria-hidden />}>
          {t('intake.neverImages')}
        </Alert>
        {restored && (
          <Alert color="blue" variant="light">
            {t('intake.restored')}
          </Alert>
        )}
        <Card withBorder padding="lg">
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Stack gap="md">
              <TextInput
                label={t('intake.what')}
                description={t('intake.whatHelp')}
                required
                value={form.title}
                onChange={(e) => set('title', e.currentTarget.value)}
                error={errors.title || undefined}
                maxLength={200}
                data-autofocus
                autoFocus
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DateTimeField
                  label={t('intake.when')}
                  required
                  value={isoToPicker(form.discoveredAt)}
                  onChange={(v) => set('discoveredAt', pickerToIso(v) ?? '')}
                  error={errors.discoveredAt || undefined}
                  maxDate={new Date()}
                  valueFormat="D MMMM YYYY HH:mm"
                />
                <Select
                  clearButtonProps={CLEAR_BUTTON}
                  label={t('intake.materialKind')}
                  data={MATERIAL_KINDS.map((k) => ({ value: k, label: MATERIAL_KIND_LABELS[k] }))}
                  value={form.materialKind}
                  onChange={(v) => v && set('materialKind', v as MaterialKind)}
                  allowDeselect={false}
                  error={errors.materialKind || undefined}
                />
              </SimpleGrid>
              <Textarea
                label={t('intake.howDiscovered')}
                description={t('intake.howDiscoveredHelp')}
                value={form.howDiscovered}
                onChange={(e) => set('howDiscovered', e.currentTarget.value)}
                error={errors.howDiscovered || undefined}
                autosize
                minRows={2}
                maxLength={2000}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={t('intake.victim')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  description={t('intake.victimHelp')}
                  value={form.victimName}
                  onChange={(e) => set('victimName', e.currentTarget.value)}
                  error={errors.victimName || undefined}
                  maxLength={200}
                />
                <TextInput
                  label={t('intake.victimClass')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  value={form.victimClass}
                  onChange={(e) => set('victimClass', e.currentTarget.value)}
                  error={errors.victimClass || undefined}
                  maxLength={200}
                />
                <TextInput
                  label={t('intake.lead')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  description={t('intake.leadHelp')}
                  required
                  value={form.lead}
                  onChange={(e) => set('lead', e.currentTarget.value)}
                  error={errors.lead || undefined}
                  maxLength={200}
                />
              </SimpleGrid>
              <Switch
                label={t('intake.otherSchool')}
                description={t('intake.otherSchoolHelp')}
                checked={form.otherSchoolInvolved}
                onChange={(e) => set('otherSchoolInvolved', e.currentTarget.checked)}
              />
              {hasErrors && (
                <Alert
                  color="red"
                  variant="light"
                  icon={<IconAlertTriangle size={18} aria-hidden />}
                  role="alert"
                >
                  {t('intake.fixErrors')}
                </Alert>
              )}
              {confirmLeave ? (
                <Alert color="orange" title={t('intake.leaveTitle')} role="alertdialog">
                  <Text size="sm">{t('intake.leaveText')}</Text>
                  <Group mt="sm">
                    <Button size="xs" variant="default" onClick={() => setConfirmLeave(false)} autoFocus>
                      {t('intake.leaveKeep')}
                    </Button>
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      onClick={() => {
                        draft = null;
                        navigate('/');
                      }}
                    >
                      {t('intake.leaveConfirm')}
                    </Button>
                  </Group>
                </Alert>
              ) : (
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => (dirty ? setConfirmLeave(true) : navigate('/'))}>
                    {t('intake.cancel')}
                  </Button>
                  <Button type="submit" loading={busy} size="md">
                    {t('intake.submit')}
                  </Button>
                </Group>
              )}
            </Stack>
          </form>
        </Card>
      </Stack>
    </DatesNl>
  );
}
