import { useState } from 'react';
import { Alert, Group, MultiSelect, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImprovementPoint } from '../../../../src/shared/domain/evaluation';
import { FormDialog } from '../../ui/form/FormDialog';
import { IntegerField, LimitedTextarea, LimitedTextInput } from '../../ui/form/fields';
import { useDraftForm } from '../../ui/form/useDraftForm';
import { zodFieldErrors } from '../../ui/form/validation';
import {
  PHASE_IDS,
  ProtocolEditSchema,
  isEssentialStep,
  type PhaseId,
  type ProtocolDefinition,
  type ProtocolEdit,
  type ProtocolStep,
} from '../../../../src/shared/protocol';

/** What the editor asks for: one edit of the draft, always with its reason. */
export type EditRequest =
  | { kind: 'edit'; step: ProtocolStep }
  | { kind: 'add' }
  | { kind: 'nvt'; step: ProtocolStep }
  | { kind: 'applicable'; step: ProtocolStep }
  | { kind: 'remove'; step: ProtocolStep }
  | { kind: 'contact' }
  | { kind: 'removeContact'; contactId: string; name: string };

interface EditValues {
  title: string;
  guidance: string;
  tips: string;
  subPoints: string;
  dueHours: number | null;
  urgent: boolean;
  phaseId: PhaseId;
  after: string;
  reason: string;
  essentialReason: string;
  pointIds: string[];
  contact: { name: string; role: string; phone: string; email: string; note: string };
}

/** The draft key of one edit dialog (outside dossiers): `protocol-edit:<kind>:<step or contact>`. */
function draftKey(request: EditRequest): string {
  const kind = request.kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const subject = 'step' in request ? request.step.id : 'contactId' in request ? request.contactId : 'new';
  return `protocol-edit:${kind}:${subject}`;
}

/** The schema's path (`changes.title`, `step.tips.0`, `contact.name`) as the form's field. */
function fieldOf(path: string): string {
  const p = path.replace(/^(changes|step)\./, '');
  if (p.startsWith('contact.')) return p;
  return p.split('.')[0] ?? p;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function StepEditModal({
  request,
  definition,
  points,
  onClose,
  onAdd,
}: {
  request: EditRequest;
  definition: ProtocolDefinition;
  points: ImprovementPoint[];
  onClose: () => void;
  /** Returns a Dutch error when the edit does not fit the draft. */
  onAdd: (edit: ProtocolEdit) => string | null;
}) {
  const { t } = useTranslation('protocol');
  const step = 'step' in request ? request.step : null;
  const [error, setError] = useState<string | null>(null);
  const essential = step !== null && isEssentialStep(step.id) && (request.kind === 'remove' || request.kind === 'nvt');

  const build = (v: EditValues): ProtocolEdit => {
    const common = { reason: v.reason, improvementPointIds: v.pointIds };
    const content = {
      title: v.title,
      guidance: v.guidance,
      tips: lines(v.tips),
      subPoints: lines(v.subPoints).map((label) => ({ label })),
      defaultDueHours: v.dueHours,
      urgent: v.urgent,
    };
    switch (request.kind) {
      case 'edit': {
        const prev = new Map(request.step.subPoints.map((p) => [p.label, p]));
        return {
          op: 'editStep',
          stepId: request.step.id,
          changes: {
            ...content,
            // Keep ids (and help texts) of sub-points whose label did not change.
            subPoints: lines(v.subPoints).map((label) => {
              const p = prev.get(label);
              return p ? { id: p.id, label, ...(p.help ? { help: p.help } : {}) } : { label };
            }),
          },
          ...common,
        };
      }
      case 'add':
        return { op: 'addStep', phaseId: v.phaseId, afterStepId: v.after || null, step: content, ...common };
      case 'nvt':
      case 'applicable':
        return {
          op: 'setNotApplicable',
          stepId: request.step.id,
          notApplicable: request.kind === 'nvt',
          ...(essential ? { essentialReason: v.essentialReason } : {}),
          ...common,
        };
      case 'remove':
        return { op: 'removeStep', stepId: request.step.id, ...(essential ? { essentialReason: v.essentialReason } : {}), ...common };
      case 'contact':
        return { op: 'addContact', contact: v.contact, ...common };
      case 'removeContact':
        return { op: 'removeContact', contactId: request.contactId, ...common };
    }
  };

  const form = useDraftForm<EditValues>({
    initial: {
      title: step?.title ?? '',
      guidance: step?.guidance ?? '',
      tips: (step?.tips ?? []).join('\n'),
      subPoints: (step?.subPoints ?? []).map((p) => p.label).join('\n'),
      dueHours: step?.defaultDueHours ?? null,
      urgent: step?.urgent ?? false,
      phaseId: 'communiceer',
      after: '',
      reason: '',
      essentialReason: '',
      pointIds: [],
      contact: { name: '', role: '', phone: '', email: '', note: '' },
    },
    active: true,
    draft: { dossierId: null, formKey: draftKey(request) },
    // The edit's own schema, while typing; its messages shown at the fields.
    validate: (v) => {
      const parsed = ProtocolEditSchema.safeParse(build(v));
      const errors: Record<string, string> = {};
      if (!parsed.success) for (const [path, m] of Object.entries(zodFieldErrors(parsed.error))) errors[fieldOf(path)] ??= m;
      if (essential && !v.essentialReason.trim()) errors.essentialReason = t('form.essentialHint');
      return errors;
    },
  });
  const { values, set } = form;

  const submit = () =>
    form.submit(async (v) => {
      const message = onAdd(build(v));
      if (message) {
        setError(message);
        return false;
      }
      onClose();
      return true;
    });

  const heading = {
    edit: t('form.editTitle', { title: step?.title }),
    add: t('form.addTitle'),
    nvt: t('form.nvtTitle', { title: step?.title }),
    applicable: t('form.applicableTitle', { title: step?.title }),
    remove: t('form.removeTitle', { title: step?.title }),
    contact: t('form.contactTitle'),
    removeContact: t('contacts.remove') + ` ${'name' in request ? request.name : ''}`,
  }[request.kind];

  const phaseSteps = definition.steps.filter((s) => s.phaseId === values.phaseId);

  return (
    <FormDialog
      opened
      onClose={onClose}
      form={form}
      title={heading}
      testId="protocol-edit-modal"
      submitLabel={t('form.addToDraft')}
      onSubmit={() => void submit()}
    >
      {request.kind === 'add' && (
        <Group grow>
          <Select
            label={t('form.phase')}
            data={definition.phases.map((p) => ({ value: p.id, label: p.title }))}
            value={values.phaseId}
            onChange={(v) => {
              if (v && (PHASE_IDS as readonly string[]).includes(v)) form.update((cur) => ({ ...cur, phaseId: v as PhaseId, after: '' }), ['phaseId']);
            }}
            allowDeselect={false}
          />
          <Select
            label={t('form.after')}
            data={[{ value: '', label: t('form.first') }, ...phaseSteps.map((s) => ({ value: s.id, label: s.title }))]}
            value={values.after}
            onChange={(v) => set('after', v ?? '')}
            allowDeselect={false}
          />
        </Group>
      )}
      {(request.kind === 'edit' || request.kind === 'add') && (
        <>
          <LimitedTextInput label={t('form.titleLabel')} max={200} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={form.error('title')} required />
          <LimitedTextarea label={t('form.guidance')} max={10_000} value={values.guidance} onChange={(e) => set('guidance', e.currentTarget.value)} error={form.error('guidance')} autosize minRows={3} maxRows={10} />
          <LimitedTextarea label={t('form.subPoints')} max={10_000} value={values.subPoints} onChange={(e) => set('subPoints', e.currentTarget.value)} error={form.error('subPoints')} autosize minRows={2} maxRows={8} />
          <LimitedTextarea label={t('form.tips')} max={10_000} value={values.tips} onChange={(e) => set('tips', e.currentTarget.value)} error={form.error('tips')} autosize minRows={1} maxRows={6} />
          <Group grow align="flex-start">
            <IntegerField
              label={t('form.dueHours')}
              description={t('form.dueHoursHint')}
              value={values.dueHours}
              onChange={(v) => set('dueHours', v)}
              onProblem={(m) => {
                form.setFieldProblem('dueHours', m);
                form.touch('dueHours');
              }}
              error={form.error('defaultDueHours')}
              min={0}
              max={8784}
            />
            <Switch label={t('form.urgent')} checked={values.urgent} onChange={(e) => set('urgent', e.currentTarget.checked)} mt={30} />
          </Group>
        </>
      )}
      {request.kind === 'contact' && (
        <>
          <LimitedTextInput label={t('contacts.name')} required max={200} value={values.contact.name} onChange={(e) => set('contact', { ...values.contact, name: e.currentTarget.value })} error={form.error('contact.name')} />
          <LimitedTextInput label={t('contacts.role')} max={200} value={values.contact.role} onChange={(e) => set('contact', { ...values.contact, role: e.currentTarget.value })} error={form.error('contact.role')} />
          <Group grow align="flex-start">
            <LimitedTextInput label={t('contacts.phone')} max={60} value={values.contact.phone} onChange={(e) => set('contact', { ...values.contact, phone: e.currentTarget.value })} error={form.error('contact.phone')} />
            <LimitedTextInput label={t('contacts.email')} max={200} value={values.contact.email} onChange={(e) => set('contact', { ...values.contact, email: e.currentTarget.value })} error={form.error('contact.email')} />
          </Group>
          <LimitedTextInput label={t('contacts.note')} max={1000} value={values.contact.note} onChange={(e) => set('contact', { ...values.contact, note: e.currentTarget.value })} error={form.error('contact.note')} />
        </>
      )}
      <LimitedTextarea
        label={request.kind === 'nvt' ? t('form.nvtReason') : t('form.reason')}
        description={t('form.reasonHint')}
        max={2000}
        value={values.reason}
        onChange={(e) => set('reason', e.currentTarget.value)}
        error={form.error('reason')}
        required
        autosize
        minRows={2}
      />
      {essential && (
        <LimitedTextarea
          label={t('form.essentialReason')}
          description={t('form.essentialHint')}
          max={2000}
          value={values.essentialReason}
          onChange={(e) => set('essentialReason', e.currentTarget.value)}
          error={form.error('essentialReason')}
          required
          autosize
          minRows={2}
        />
      )}
      {points.length > 0 && (
        <MultiSelect
          label={t('form.points')}
          description={t('form.pointsHint')}
          data={points.map((p) => ({ value: p.id, label: `${p.dossierNumber ? `${p.dossierNumber}: ` : ''}${p.text}` }))}
          value={values.pointIds}
          onChange={(v) => set('pointIds', v)}
          searchable
          clearable
        />
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </FormDialog>
  );
}
