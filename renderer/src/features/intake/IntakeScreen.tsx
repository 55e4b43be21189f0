import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Group,
  Select,
  Grid,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { DateTimeField } from '../../ui/form/DateTimeField';
import { IconAlertTriangle, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CLEAR_BUTTON } from '../../ui/form/DateTimeField';
import { DatesNl } from '../dossier/DatesNl';
import { call } from '../../api/client';
import { notifySuccess } from '../../ui/notify';
import { LimitedTextarea, LimitedTextInput } from '../../ui/form/fields';
import { useDraftForm } from '../../ui/form/useDraftForm';
import { schemaValidator } from '../../ui/form/validation';
import { LIMITS } from '../../../../src/shared/domain/common';
import { IntakeSchema, type Intake } from '../../../../src/shared/api';
import { MATERIAL_KINDS, MATERIAL_KIND_LABELS, type MaterialKind } from '../../../../src/shared/domain';
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

const validateIntake = schemaValidator<Intake>(IntakeSchema);

/**
 * "Nieuwe casus": only what is needed in the first minutes, then straight to the first steps.
 * A half-filled intake is kept as a draft inside the vault (never on disk in plaintext), so
 * leaving the screen in a hurry, a lock or a restart does not lose it.
 */
export function IntakeScreen() {
  const { t } = useTranslation('overview');
  const navigate = useNavigate();
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [initial] = useState(emptyIntake);
  const form = useDraftForm<Intake>({
    initial,
    active: true,
    draft: { dossierId: null, formKey: 'intake' },
    validate: (v) => {
      const errs = validateIntake(v);
      // The core refuses a discovery in the future too; said here while typing.
      if (Date.parse(v.discoveredAt) - Date.now() > 5 * 60_000) errs.discoveredAt ??= t('intake.future');
      return errs;
    },
  });
  const { values, set, dirty } = form;
  const errors = form.errors;

  const submit = () =>
    form.submit(async (v) => {
      const { dossierId } = await call('dossier.create', IntakeSchema.parse(v));
      notifySuccess(t('intake.createdShort'));
      navigate(`/dossiers/${dossierId}/stappen?fase=analyseer`);
    });

  // After a save attempt: one line under the form says there is something to correct.
  const hasErrors = Object.keys(errors).some((k) => form.error(k));

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
        {form.restoredAt && (
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
              <LimitedTextInput
                label={t('intake.what')}
                description={t('intake.whatHelp')}
                required
                max={LIMITS.shortText}
                value={values.title}
                onChange={(e) => set('title', e.currentTarget.value)}
                error={form.error('title')}
                data-autofocus
                autoFocus
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DateTimeField
                  label={t('intake.when')}
                  required
                  value={isoToPicker(values.discoveredAt)}
                  onChange={(v) => set('discoveredAt', pickerToIso(v) ?? '')}
                  error={form.error('discoveredAt')}
                  maxDate={new Date()}
                  valueFormat="D MMMM YYYY HH:mm"
                />
                <Select
                  clearButtonProps={CLEAR_BUTTON}
                  label={t('intake.materialKind')}
                  data={MATERIAL_KINDS.map((k) => ({ value: k, label: MATERIAL_KIND_LABELS[k] }))}
                  value={values.materialKind}
                  onChange={(v) => v && set('materialKind', v as MaterialKind)}
                  allowDeselect={false}
                  error={form.error('materialKind')}
                />
              </SimpleGrid>
              <LimitedTextarea
                label={t('intake.howDiscovered')}
                description={t('intake.howDiscoveredHelp')}
                max={LIMITS.mediumText}
                value={values.howDiscovered}
                onChange={(e) => set('howDiscovered', e.currentTarget.value)}
                error={form.error('howDiscovered')}
                autosize
                minRows={2}
              />
              {/* The class is short, the lead's name and role are long: 'Marieke Jansen (zorgcoördinator)' was cut off in a third. */}
              <Grid>
                <Grid.Col span={{ base: 12, sm: 5 }}>
                  <LimitedTextInput
                    label={t('intake.victim')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    description={t('intake.victimHelp')}
                    max={LIMITS.shortText}
                    value={values.victimName}
                    onChange={(e) => set('victimName', e.currentTarget.value)}
                    error={form.error('victimName')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 2 }}>
                  <LimitedTextInput
                    label={t('intake.victimClass')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    max={LIMITS.shortText}
                    value={values.victimClass}
                    onChange={(e) => set('victimClass', e.currentTarget.value)}
                    error={form.error('victimClass')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 5 }}>
                  <LimitedTextInput
                    label={t('intake.lead')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    description={t('intake.leadHelp')}
                    required
                    max={LIMITS.shortText}
                    value={values.lead}
                    onChange={(e) => set('lead', e.currentTarget.value)}
                    error={form.error('lead')}
                  />
                </Grid.Col>
              </Grid>
              <Switch
                label={t('intake.otherSchool')}
                description={t('intake.otherSchoolHelp')}
                checked={values.otherSchoolInvolved}
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
                        void form.discard();
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
                  <Button type="submit" loading={form.busy} size="md">
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
