import { Select, SimpleGrid } from '@mantine/core';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { useTranslation } from 'react-i18next';
import { CLEAR_BUTTON } from '../../../ui/form/DateTimeField';
import { call } from '../../../api/client';
import { FormDialog } from '../../../ui/form/FormDialog';
import { LimitedTextarea, LimitedTextInput } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { draftKeyFor } from '../../../ui/form/useDraftDialog';
import { schemaValidator } from '../../../ui/form/validation';
import { LIMITS } from '../../../../../src/shared/domain/common';
import {
  ActionItemInputSchema,
  type ActionItem,
  type ActionItemInput,
} from '../../../../../src/shared/domain';
import type { PinnedProtocol } from '../../../../../src/shared/protocol';
import { isoToPicker, pickerToIso } from '../../../ui/datetime';

const EMPTY: ActionItemInput = { stepId: null, wie: '', wat: '', wanneer: null, waar: '', hoe: '' };

const validateAction = schemaValidator<ActionItemInput>(ActionItemInputSchema.strict());

/** Add or edit one action item: wie, wat, wanneer, waar, hoe (the card's "zet acties op een rijtje"). */
export function ActionForm({
  opened,
  onClose,
  dossierId,
  action,
  defaultStepId,
  defaultOwner,
  onSaved,
  draftKey,
  protocol,
}: {
  opened: boolean;
  onClose: () => void;
  dossierId: string;
  action: ActionItem | null;
  defaultStepId: string | null;
  defaultOwner?: string;
  onSaved: () => Promise<void>;
  /** Where the unsaved input is kept in the vault (see useDraftDialog). */
  draftKey?: string;
  /** The protocol the dossier follows: its steps (the school's own included) are the choices. */
  protocol: Pick<PinnedProtocol, 'phases' | 'steps'>;
}) {
  const { t } = useTranslation('dossier');
  const initial: ActionItemInput = action
    ? {
        stepId: action.stepId,
        wie: action.wie,
        wat: action.wat,
        wanneer: action.wanneer,
        waar: action.waar,
        hoe: action.hoe,
      }
    : { ...EMPTY, stepId: defaultStepId, wie: defaultOwner ?? '' };
  const form = useDraftForm<ActionItemInput>({
    initial,
    active: opened,
    resetKey: action?.id,
    draft: { dossierId, formKey: draftKey ?? draftKeyFor('action', action?.id ?? null, defaultStepId) },
    validate: validateAction,
  });
  const { values, set } = form;

  const save = () =>
    form.submit(
      async (v) => {
        const parsed = ActionItemInputSchema.strict().parse(v);
        if (action) await call('action.update', { actionId: action.id, action: parsed });
        else await call('action.add', { dossierId, action: parsed });
      },
      { success: action ? t('actions.updated') : t('actions.added'), close: onClose, then: onSaved },
    );

  const stepOptions = protocol.phases.map((p) => ({
    group: p.title,
    items: protocol.steps.filter((s) => s.phaseId === p.id).map((s) => ({ value: s.id, label: s.title })),
  }));

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      form={form}
      title={action ? t('actions.edit') : t('actions.new')}
      onSubmit={() => void save()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <LimitedTextInput
          label={t('actions.wie')}
          description={t('actions.wieHelp')}
          required
          value={values.wie}
          error={form.error('wie')}
          onChange={(e) => set('wie', e.currentTarget.value)}
          data-autofocus
          max={LIMITS.shortText}
        />
        <DateTimeField
          label={t('actions.wanneer')}
          description={t('actions.wanneerHelp')}
          value={isoToPicker(values.wanneer)}
          onChange={(v) => set('wanneer', pickerToIso(v))}
          clearable
          valueFormat="D MMMM YYYY HH:mm"
          error={form.error('wanneer')}
        />
      </SimpleGrid>
      <LimitedTextarea
        label={t('actions.wat')}
        description={t('actions.watHelp')}
        required
        value={values.wat}
        error={form.error('wat')}
        onChange={(e) => set('wat', e.currentTarget.value)}
        autosize
        minRows={2}
        max={LIMITS.mediumText}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <LimitedTextInput
          label={t('actions.waar')}
          description={t('actions.waarHelp')}
          value={values.waar}
          error={form.error('waar')}
          onChange={(e) => set('waar', e.currentTarget.value)}
          max={LIMITS.shortText}
        />
        <Select
          clearButtonProps={CLEAR_BUTTON}
          label={t('actions.step')}
          description={t('actions.stepHelp')}
          data={stepOptions}
          value={values.stepId}
          onChange={(v) => set('stepId', v)}
          clearable
          searchable
        />
      </SimpleGrid>
      <LimitedTextarea
        label={t('actions.hoe')}
        description={t('actions.hoeHelp')}
        value={values.hoe}
        error={form.error('hoe')}
        onChange={(e) => set('hoe', e.currentTarget.value)}
        autosize
        minRows={2}
        max={LIMITS.mediumText}
      />
    </FormDialog>
  );
}
