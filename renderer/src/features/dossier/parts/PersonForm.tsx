import { useMemo } from 'react';
import { Checkbox, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CLEAR_BUTTON } from '../../../ui/form/DateTimeField';
import { call } from '../../../api/client';
import { notifySuccess } from '../../../ui/notify';
import { FormDialog } from '../../../ui/form/FormDialog';
import { LimitedTextarea, LimitedTextInput } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { draftKeyFor } from '../../../ui/form/useDraftDialog';
import { combineValidators, schemaValidator } from '../../../ui/form/validation';
import { LIMITS } from '../../../../../src/shared/domain/common';
import {
  PERSON_ROLES,
  PERSON_ROLE_LABELS,
  PersonInputSchema,
  emptyPersonInput,
  type DossierDetail,
  type Person,
  type PersonInput,
} from '../../../../../src/shared/domain';

const EMPTY: PersonInput = emptyPersonInput({ role: 'ouder' });

const validatePerson = schemaValidator<PersonInput>(PersonInputSchema.strict());

/** Add or edit a person involved: role, contact details, culture-sensitivity notes. */
export function PersonForm({
  opened,
  onClose,
  detail,
  person,
  onSaved,
  draftKey,
}: {
  opened: boolean;
  onClose: () => void;
  detail: DossierDetail;
  person: Person | null;
  onSaved: () => Promise<void>;
  /** Where the unsaved input is kept in the vault (see useDraftDialog). */
  draftKey?: string;
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
  const validate = useMemo(
    () =>
      combineValidators<PersonInput>(validatePerson, (v): Record<string, string> =>
        v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())
          ? { email: t('persons.emailInvalid') }
          : {},
      ),
    [t],
  );
  const form = useDraftForm<PersonInput>({
    initial,
    active: opened,
    resetKey: person?.id,
    draft: { dossierId: detail.dossier.id, formKey: draftKey ?? draftKeyFor('person', person?.id ?? null) },
    validate,
  });
  const { values, set } = form;
  const pupils = detail.persons.filter(
    (p) => p.id !== person?.id && ['slachtoffer', 'dader', 'klasgenoot', 'buddy'].includes(p.role),
  );

  const save = () =>
    form.submit(async (v) => {
      const parsed = PersonInputSchema.strict().parse(v);
      if (person) await call('person.update', { personId: person.id, person: parsed });
      else await call('person.add', { dossierId: detail.dossier.id, person: parsed });
      notifySuccess(
        person ? t('persons.updated', { name: parsed.name }) : t('persons.added', { name: parsed.name }),
      );
      onClose();
      await onSaved();
    });

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      form={form}
      title={person ? t('persons.edit') : t('persons.new')}
      size="xl"
      onSubmit={() => void save()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          clearButtonProps={CLEAR_BUTTON}
          label={t('persons.role')}
          required
          data={PERSON_ROLES.map((r) => ({ value: r, label: PERSON_ROLE_LABELS[r] }))}
          value={values.role}
          onChange={(v) => v && set('role', v as PersonInput['role'])}
          allowDeselect={false}
          error={form.error('role')}
        />
        <LimitedTextInput
          label={t('persons.name')}
          required
          value={values.name}
          error={form.error('name')}
          onChange={(e) => set('name', e.currentTarget.value)}
          max={LIMITS.shortText}
          data-autofocus
        />
        <LimitedTextInput
          label={t('persons.className')}
          value={values.className}
          onChange={(e) => set('className', e.currentTarget.value)}
          max={LIMITS.shortText}
          error={form.error('className')}
        />
        <LimitedTextInput
          label={t('persons.school')}
          value={values.school}
          onChange={(e) => set('school', e.currentTarget.value)}
          max={LIMITS.shortText}
          error={form.error('school')}
        />
        <LimitedTextInput
          label={t('persons.phone')}
          value={values.phone}
          onChange={(e) => set('phone', e.currentTarget.value)}
          max={LIMITS.shortText}
          error={form.error('phone')}
          type="tel"
        />
        <LimitedTextInput
          label={t('persons.email')}
          value={values.email}
          onChange={(e) => set('email', e.currentTarget.value)}
          max={LIMITS.shortText}
          error={form.error('email')}
          type="email"
        />
      </SimpleGrid>
      <LimitedTextarea
        label={t('persons.address')}
        value={values.address}
        onChange={(e) => set('address', e.currentTarget.value)}
        autosize
        minRows={2}
        max={LIMITS.mediumText}
        error={form.error('address')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          clearButtonProps={CLEAR_BUTTON}
          label={t('persons.related')}
          description={t('persons.relatedHelp')}
          data={pupils.map((p) => ({ value: p.id, label: `${p.name} (${PERSON_ROLE_LABELS[p.role]})` }))}
          value={values.relatedPersonId}
          onChange={(v) => set('relatedPersonId', v)}
          clearable
        />
        <LimitedTextInput
          label={t('persons.language')}
          description={t('persons.languageHelp')}
          value={values.language}
          onChange={(e) => set('language', e.currentTarget.value)}
          max={LIMITS.shortText}
        />
      </SimpleGrid>
      <Checkbox
        label={t('persons.interpreter')}
        checked={values.interpreterNeeded}
        onChange={(e) => set('interpreterNeeded', e.currentTarget.checked)}
      />
      <LimitedTextarea
        label={t('persons.sensitivities')}
        description={t('persons.sensitivitiesHelp')}
        value={values.sensitivities}
        onChange={(e) => set('sensitivities', e.currentTarget.value)}
        autosize
        minRows={2}
        max={LIMITS.mediumText}
        error={form.error('sensitivities')}
      />
      <LimitedTextarea
        label={t('persons.notes')}
        max={LIMITS.longText}
        value={values.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={10}
        error={form.error('notes')}
      />
    </FormDialog>
  );
}
