import { useEffect, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Center,
  FileButton,
  Group,
  Image,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CLEAR_BUTTON } from '../../ui/form/DateTimeField';
import { call } from '../../api/client';
import { errorMessage } from '../../ui/notify';
import {
  SchoolProfileSchema,
  type HelpResource,
  type SchoolProfile,
} from '../../../../src/shared/domain/school';
import { fieldErrors } from '../../ui/fieldErrors';
import { SaveIndicator } from '../dossier/parts/SaveIndicator';
import { mergeKnown, useAutosave } from '../dossier/useAutosave';
import type { JsonValue } from '../../../../src/shared/domain/json';
import { HelpTitle } from '../help/HelpTitle';

const MAX_LOGO_BYTES = 300 * 1024;

/** The school profile: used in steps (confidant, police, help) and on letters. Autosaved. */
export function SchoolScreen() {
  const { t } = useTranslation('overview');
  const [profile, setProfile] = useState<SchoolProfile | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    call('school.get', {})
      .then(setProfile)
      .catch((err) => setLoadError(errorMessage(err)));
  }, []);
  if (loadError) {
    return (
      <Alert color="red" title={t('school.loadError')} role="alert">
        {loadError}
      </Alert>
    );
  }
  if (!profile) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  return <SchoolForm initial={profile} />;
}

function SchoolForm({ initial }: { initial: SchoolProfile }) {
  const { t } = useTranslation('overview');
  const [form, setForm] = useState<SchoolProfile>(initial);
  const [logoError, setLogoError] = useState<string | null>(null);
  const parsed = SchoolProfileSchema.strict().safeParse(form);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  const autosave = useAutosave(
    form,
    async (value) => {
      await call('school.update', SchoolProfileSchema.strict().parse(value));
    },
    {
      validate: (v) => (SchoolProfileSchema.strict().safeParse(v).success ? null : t('school.fixErrors')),
      // The logo is left out of the draft: an image is not typed input, and too large for one.
      draft: {
        scope: { dossierId: null, formKey: 'school-profile' },
        pick: ({ logoDataUrl: _logo, ...rest }) => rest as unknown as Record<string, JsonValue>,
        restore: (d) => setForm((f) => mergeKnown(f, d)),
      },
    },
  );
  const set = <K extends keyof SchoolProfile>(key: K, value: SchoolProfile[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setHelp = (index: number, patch: Partial<HelpResource>) =>
    setForm((f) => ({
      ...f,
      helpResources: f.helpResources.map((h, i) => (i === index ? { ...h, ...patch } : h)),
    }));

  const text = (key: keyof SchoolProfile & string, type?: string) => (
    <TextInput
      label={t(`school.${key}`)}
      value={form[key] as string}
      onChange={(e) => set(key, e.currentTarget.value as never)}
      error={errors[key]}
      maxLength={200}
      type={type}
    />
  );

  const pickLogo = (file: File | null) => {
    setLogoError(null);
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) {
      setLogoError(t('school.logoType'));
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setLogoError(t('school.logoTooBig'));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') set('logoDataUrl', reader.result);
    };
    reader.readAsDataURL(file);
  };

  return (
    <Stack gap="md" maw={960}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <HelpTitle section="schoolprofiel-en-instellingen">
            <Title order={1}>{t('school.title')}</Title>
          </HelpTitle>
          <Text c="dimmed">{t('school.intro')}</Text>
        </Stack>
        <SaveIndicator state={autosave.state} error={autosave.error} />
      </Group>

      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('school.general')}
          </Title>
          {text('name')}
          <Textarea
            label={t('school.address')}
            value={form.address}
            onChange={(e) => set('address', e.currentTarget.value)}
            error={errors.address}
            autosize
            minRows={1}
            maxLength={2000}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('postalCode')}
            {text('city')}
            {text('phone', 'tel')}
            {text('email', 'email')}
            {text('website')}
          </SimpleGrid>
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('school.logo')}
            </Text>
            <Group>
              {form.logoDataUrl && (
                <Image src={form.logoDataUrl} alt={t('school.logoAlt')} h={56} w="auto" fit="contain" />
              )}
              <FileButton onChange={pickLogo} accept="image/png,image/jpeg">
                {(props) => (
                  <Button variant="default" size="xs" {...props}>
                    {t('school.logoChoose')}
                  </Button>
                )}
              </FileButton>
              {form.logoDataUrl && (
                <Button variant="subtle" color="red" size="xs" onClick={() => set('logoDataUrl', '')}>
                  {t('school.logoRemove')}
                </Button>
              )}
            </Group>
            <Text
              size="xs"
              c={logoError || errors.logoDataUrl ? 'red.9' : 'dimmed'}
              role={logoError ? 'alert' : undefined}
            >
              {logoError ?? errors.logoDataUrl ?? t('school.logoHelp')}
            </Text>
          </Stack>
        </Stack>
      </Card>

      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('school.protocol')}
          </Title>
          <Textarea
            label={t('school.protocolReference')}
            description={t('school.protocolReferenceHelp')}
            value={form.protocolReference}
            onChange={(e) => set('protocolReference', e.currentTarget.value)}
            error={errors.protocolReference}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('confidant')}
            {text('confidantContact')}
            {text('policeContact')}
            {text('policeContactDetails')}
            {text('signatory')}
            {text('signatoryRole')}
            {text('signatoryContact')}
          </SimpleGrid>
        </Stack>
      </Card>

      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('school.help')}
            </Title>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                set('helpResources', [
                  ...form.helpResources,
                  { name: '', forWhom: 'ouders', contact: '', description: '' },
                ])
              }
              disabled={form.helpResources.length >= 100}
            >
              {t('school.helpAdd')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('school.helpIntro')}
          </Text>
          {form.helpResources.length === 0 && <Text size="sm">{t('school.helpEmpty')}</Text>}
          {form.helpResources.map((h, i) => (
            <Card key={i} withBorder padding="sm" bg="gray.0" data-testid="help-resource">
              <Group align="flex-start" wrap="nowrap">
                <Stack gap="xs" style={{ flex: 1 }}>
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput
                      label={t('school.helpName')}
                      required
                      value={h.name}
                      onChange={(e) => setHelp(i, { name: e.currentTarget.value })}
                      error={errors[`helpResources.${i}.name`]}
                      maxLength={200}
                    />
                    <Select
                      clearButtonProps={CLEAR_BUTTON}
                      label={t('school.helpForWhom')}
                      data={(['ouders', 'leerlingen', 'beide'] as const).map((v) => ({
                        value: v,
                        label: t(`school.forWhom.${v}`),
                      }))}
                      value={h.forWhom}
                      onChange={(v) => v && setHelp(i, { forWhom: v as HelpResource['forWhom'] })}
                      allowDeselect={false}
                    />
                    <TextInput
                      label={t('school.helpContact')}
                      value={h.contact}
                      onChange={(e) => setHelp(i, { contact: e.currentTarget.value })}
                      maxLength={200}
                    />
                  </SimpleGrid>
                  <Textarea
                    label={t('school.helpDescription')}
                    value={h.description}
                    onChange={(e) => setHelp(i, { description: e.currentTarget.value })}
                    autosize
                    minRows={1}
                    maxLength={2000}
                  />
                </Stack>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={24}
                  aria-label={t('school.helpRemove', { name: h.name || `#${i + 1}` })}
                  onClick={() =>
                    set(
                      'helpResources',
                      form.helpResources.filter((_, j) => j !== i),
                    )
                  }
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Card>
          ))}
        </Stack>
      </Card>

      <Card withBorder padding="lg">
        <Textarea
          label={t('school.notes')}
          value={form.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={errors.notes}
          autosize
          minRows={2}
          maxRows={10}
        />
      </Card>
      <SaveIndicator state={autosave.state} error={autosave.error} />
    </Stack>
  );
}
