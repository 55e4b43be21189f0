import { useEffect, useState } from 'react';
import { Checkbox, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CLEAR_BUTTON } from './clearButton';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import {
  PERSON_ROLES,
  PERSON_ROLE_LABELS,
  PersonInputSchema,
  type DossierDetail,
  type Person,
  type PersonInput,
} from '../../../../../src/shared/domain';
import { fieldErrors } from '../logic';
import { GuardedFormActions, GuardedModal } from './GuardedModal';

const EMPTY: PersonInput = {
  role: 'ouder',
  name: '',
  className: '',
  school: '',
  phone: '',
  email: '',
  address: '',
  relatedPersonId: null,
  language: '',
  interpreterNeeded: false,
  sensitivities: '',
  notes: '',
};

/** Add or edit a person involved: role, contact details, culture-sensitivity notes. */
export function PersonForm({
  opened,
  onClose,
  detail,
  person,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  detail: DossierDetail;
  person: Person | null;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('dossier');
  const initial: PersonInput = person
    ? {
        role: person.role,
        name: person.name,
        className: person.className,
        school: person.school,
        phone: person.phone,
        email: person.email,
        address: person.address,
        relatedPersonId: person.relatedPersonId,
        language: person.language,
        interpreterNeeded: person.interpreterNeeded,
        sensitivities: person.sensitivities,
        notes: person.notes,
      }
    : EMPTY;
  const [form, setForm] = useState<PersonInput>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (opened) {
      setForm(initial);
      setErrors({});
    }
    // Re-initialise only when the modal opens (or opens for another person).
  }, [opened, person?.id]);

  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  const set = <K extends keyof PersonInput>(key: K, value: PersonInput[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };
  const pupils = detail.persons.filter(
    (p) => p.id !== person?.id && ['slachtoffer', 'dader', 'klasgenoot', 'buddy'].includes(p.role),
  );

  const save = async () => {
    const parsed = PersonInputSchema.strict().safeParse(form);
    const errs = parsed.success ? {} : fieldErrors(parsed.error);
    if (form.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim()))
      errs.email = t('persons.emailInvalid');
    if (!parsed.success || Object.keys(errs).length > 0) {
      setErrors(errs);
      return;
    }
    setBusy(true);
    try {
      if (person) await call('person.update', { personId: person.id, person: parsed.data });
      else await call('person.add', { dossierId: detail.dossier.id, person: parsed.data });
      notifySuccess(
        person
          ? t('persons.updated', { name: parsed.data.name })
          : t('persons.added', { name: parsed.data.name }),
      );
      onClose();
      await onSaved();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      dirty={dirty}
      title={person ? t('persons.edit') : t('persons.new')}
      size="xl"
    >
      {(requestClose) => (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              clearButtonProps={CLEAR_BUTTON}
              label={t('persons.role')}
              required
              data={PERSON_ROLES.map((r) => ({ value: r, label: PERSON_ROLE_LABELS[r] }))}
              value={form.role}
              onChange={(v) => v && set('role', v as PersonInput['role'])}
              allowDeselect={false}
              error={errors.role || undefined}
            />
            <TextInput
              label={t('persons.name')}
              required
              value={form.name}
              error={errors.name || undefined}
              onChange={(e) => set('name', e.currentTarget.value)}
              maxLength={200}
              data-autofocus
            />
            <TextInput
              label={t('persons.className')}
              value={form.className}
              onChange={(e) => set('className', e.currentTarget.value)}
              maxLength={200}
              error={errors.className || undefined}
            />
            <TextInput
              label={t('persons.school')}
              value={form.school}
              onChange={(e) => set('school', e.currentTarget.value)}
              maxLength={200}
              error={errors.school || undefined}
            />
            <TextInput
              label={t('persons.phone')}
              value={form.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
              maxLength={200}
              error={errors.phone || undefined}
              type="tel"
            />
            <TextInput
              label={t('persons.email')}
              value={form.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              maxLength={200}
              error={errors.email || undefined}
              type="email"
            />
          </SimpleGrid>
          <Textarea
            label={t('persons.address')}
            value={form.address}
            onChange={(e) => set('address', e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            error={errors.address || undefined}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              clearButtonProps={CLEAR_BUTTON}
              label={t('persons.related')}
              description={t('persons.relatedHelp')}
              data={pupils.map((p) => ({ value: p.id, label: `${p.name} (${PERSON_ROLE_LABELS[p.role]})` }))}
              value={form.relatedPersonId}
              onChange={(v) => set('relatedPersonId', v)}
              clearable
            />
            <TextInput
              label={t('persons.language')}
              description={t('persons.languageHelp')}
              value={form.language}
              onChange={(e) => set('language', e.currentTarget.value)}
              maxLength={200}
            />
          </SimpleGrid>
          <Checkbox
            label={t('persons.interpreter')}
            checked={form.interpreterNeeded}
            onChange={(e) => set('interpreterNeeded', e.currentTarget.checked)}
          />
          <Textarea
            label={t('persons.sensitivities')}
            description={t('persons.sensitivitiesHelp')}
            value={form.sensitivities}
            onChange={(e) => set('sensitivities', e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            error={errors.sensitivities || undefined}
          />
          <Textarea
            label={t('persons.notes')}
            value={form.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={10}
            error={errors.notes || undefined}
          />
          <GuardedFormActions onCancel={requestClose} onSave={() => void save()} busy={busy} />
        </Stack>
      )}
    </GuardedModal>
  );
}
