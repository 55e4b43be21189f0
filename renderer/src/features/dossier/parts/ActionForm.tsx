import { useEffect, useState } from 'react';
import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateTimeField } from './DateTimeField';
import { useTranslation } from 'react-i18next';
import { CLEAR_BUTTON } from './clearButton';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import {
  ActionItemInputSchema,
  type ActionItem,
  type ActionItemInput,
} from '../../../../../src/shared/domain';
import { PHASES, STEPS } from '../../../../../src/shared/protocol';
import { fieldErrors, isoToPicker, pickerToIso } from '../logic';
import { GuardedFormActions, GuardedModal } from './GuardedModal';

const EMPTY: ActionItemInput = { stepId: null, wie: '', wat: '', wanneer: null, waar: '', hoe: '' };

/** Add or edit one action item: wie, wat, wanneer, waar, hoe (the card's "zet acties op een rijtje"). */
export function ActionForm({
  opened,
  onClose,
  dossierId,
  action,
  defaultStepId,
  defaultOwner,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  dossierId: string;
  action: ActionItem | null;
  defaultStepId: string | null;
  defaultOwner?: string;
  onSaved: () => Promise<void>;
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
  const [form, setForm] = useState<ActionItemInput>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (opened) {
      setForm(initial);
      setErrors({});
    }
    // Re-initialise only when the modal opens (or opens for another item).
  }, [opened, action?.id]);

  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  const set = <K extends keyof ActionItemInput>(key: K, value: ActionItemInput[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };

  const save = async () => {
    const parsed = ActionItemInputSchema.strict().safeParse(form);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setBusy(true);
    try {
      if (action) await call('action.update', { actionId: action.id, action: parsed.data });
      else await call('action.add', { dossierId, action: parsed.data });
      notifySuccess(action ? t('actions.updated') : t('actions.added'));
      onClose();
      await onSaved();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const stepOptions = PHASES.map((p) => ({
    group: p.title,
    items: STEPS.filter((s) => s.phaseId === p.id).map((s) => ({ value: s.id, label: s.title })),
  }));

  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      dirty={dirty}
      title={action ? t('actions.edit') : t('actions.new')}
    >
      {(requestClose) => (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('actions.wie')}
              description={t('actions.wieHelp')}
              required
              value={form.wie}
              error={errors.wie || undefined}
              onChange={(e) => set('wie', e.currentTarget.value)}
              data-autofocus
              maxLength={200}
            />
            <DateTimeField
              label={t('actions.wanneer')}
              description={t('actions.wanneerHelp')}
              value={isoToPicker(form.wanneer)}
              onChange={(v) => set('wanneer', pickerToIso(v))}
              clearable
              valueFormat="D MMMM YYYY HH:mm"
              error={errors.wanneer || undefined}
            />
          </SimpleGrid>
          <Textarea
            label={t('actions.wat')}
            description={t('actions.watHelp')}
            required
            value={form.wat}
            error={errors.wat || undefined}
            onChange={(e) => set('wat', e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('actions.waar')}
              description={t('actions.waarHelp')}
              value={form.waar}
              error={errors.waar || undefined}
              onChange={(e) => set('waar', e.currentTarget.value)}
              maxLength={200}
            />
            <Select
              clearButtonProps={CLEAR_BUTTON}
              label={t('actions.step')}
              description={t('actions.stepHelp')}
              data={stepOptions}
              value={form.stepId}
              onChange={(v) => set('stepId', v)}
              clearable
              searchable
            />
          </SimpleGrid>
          <Textarea
            label={t('actions.hoe')}
            description={t('actions.hoeHelp')}
            value={form.hoe}
            error={errors.hoe || undefined}
            onChange={(e) => set('hoe', e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <GuardedFormActions onCancel={requestClose} onSave={() => void save()} busy={busy} />
        </Stack>
      )}
    </GuardedModal>
  );
}
