import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImprovementPoint } from '../../../../src/shared/domain/evaluation';
import {
  PHASE_IDS,
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
  const [title, setTitle] = useState(step?.title ?? '');
  const [guidance, setGuidance] = useState(step?.guidance ?? '');
  const [tips, setTips] = useState((step?.tips ?? []).join('\n'));
  const [subPoints, setSubPoints] = useState((step?.subPoints ?? []).map((p) => p.label).join('\n'));
  const [dueHours, setDueHours] = useState<number | string>(step?.defaultDueHours ?? '');
  const [urgent, setUrgent] = useState(step?.urgent ?? false);
  const [phaseId, setPhaseId] = useState<PhaseId>('communiceer');
  const [after, setAfter] = useState<string>('');
  const [reason, setReason] = useState('');
  const [essentialReason, setEssentialReason] = useState('');
  const [pointIds, setPointIds] = useState<string[]>([]);
  const [contact, setContact] = useState({ name: '', role: '', phone: '', email: '', note: '' });
  const [error, setError] = useState<string | null>(null);

  const essential = step !== null && isEssentialStep(step.id) && (request.kind === 'remove' || request.kind === 'nvt');
  const common = { reason, improvementPointIds: pointIds };
  const due = dueHours === '' ? null : Number(dueHours);
  const content = { title, guidance, tips: lines(tips), subPoints: lines(subPoints).map((label) => ({ label })), defaultDueHours: due, urgent };

  const build = (): ProtocolEdit => {
    switch (request.kind) {
      case 'edit': {
        const prev = new Map(request.step.subPoints.map((p) => [p.label, p]));
        return {
          op: 'editStep',
          stepId: request.step.id,
          changes: {
            ...content,
            // Keep ids (and help texts) of sub-points whose label did not change.
            subPoints: lines(subPoints).map((label) => {
              const p = prev.get(label);
              return p ? { id: p.id, label, ...(p.help ? { help: p.help } : {}) } : { label };
            }),
          },
          ...common,
        };
      }
      case 'add':
        return { op: 'addStep', phaseId, afterStepId: after || null, step: content, ...common };
      case 'nvt':
      case 'applicable':
        return {
          op: 'setNotApplicable',
          stepId: request.step.id,
          notApplicable: request.kind === 'nvt',
          ...(essential ? { essentialReason } : {}),
          ...common,
        };
      case 'remove':
        return { op: 'removeStep', stepId: request.step.id, ...(essential ? { essentialReason } : {}), ...common };
      case 'contact':
        return { op: 'addContact', contact, ...common };
      case 'removeContact':
        return { op: 'removeContact', contactId: request.contactId, ...common };
    }
  };

  const submit = () => {
    const message = onAdd(build());
    if (message) setError(message);
    else onClose();
  };

  const heading = {
    edit: t('form.editTitle', { title: step?.title }),
    add: t('form.addTitle'),
    nvt: t('form.nvtTitle', { title: step?.title }),
    applicable: t('form.applicableTitle', { title: step?.title }),
    remove: t('form.removeTitle', { title: step?.title }),
    contact: t('form.contactTitle'),
    removeContact: t('contacts.remove') + ` ${'name' in request ? request.name : ''}`,
  }[request.kind];

  const phaseSteps = definition.steps.filter((s) => s.phaseId === phaseId);

  return (
    <Modal opened onClose={onClose} title={heading} size="lg" data-testid="protocol-edit-modal">
      <Stack gap="sm">
        {request.kind === 'add' && (
          <Group grow>
            <Select
              label={t('form.phase')}
              data={definition.phases.map((p) => ({ value: p.id, label: p.title }))}
              value={phaseId}
              onChange={(v) => {
                if (v && (PHASE_IDS as readonly string[]).includes(v)) setPhaseId(v as PhaseId);
                setAfter('');
              }}
              allowDeselect={false}
            />
            <Select
              label={t('form.after')}
              data={[{ value: '', label: t('form.first') }, ...phaseSteps.map((s) => ({ value: s.id, label: s.title }))]}
              value={after}
              onChange={(v) => setAfter(v ?? '')}
              allowDeselect={false}
            />
          </Group>
        )}
        {(request.kind === 'edit' || request.kind === 'add') && (
          <>
            <TextInput label={t('form.titleLabel')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
            <Textarea label={t('form.guidance')} value={guidance} onChange={(e) => setGuidance(e.currentTarget.value)} autosize minRows={3} maxRows={10} />
            <Textarea label={t('form.subPoints')} value={subPoints} onChange={(e) => setSubPoints(e.currentTarget.value)} autosize minRows={2} maxRows={8} />
            <Textarea label={t('form.tips')} value={tips} onChange={(e) => setTips(e.currentTarget.value)} autosize minRows={1} maxRows={6} />
            <Group grow align="flex-end">
              <NumberInput
                label={t('form.dueHours')}
                description={t('form.dueHoursHint')}
                value={dueHours}
                onChange={setDueHours}
                min={0}
                max={8784}
                allowDecimal={false}
              />
              <Switch label={t('form.urgent')} checked={urgent} onChange={(e) => setUrgent(e.currentTarget.checked)} />
            </Group>
          </>
        )}
        {request.kind === 'contact' && (
          <>
            <TextInput label={t('contacts.name')} required value={contact.name} onChange={(e) => setContact({ ...contact, name: e.currentTarget.value })} />
            <TextInput label={t('contacts.role')} value={contact.role} onChange={(e) => setContact({ ...contact, role: e.currentTarget.value })} />
            <Group grow>
              <TextInput label={t('contacts.phone')} value={contact.phone} onChange={(e) => setContact({ ...contact, phone: e.currentTarget.value })} />
              <TextInput label={t('contacts.email')} value={contact.email} onChange={(e) => setContact({ ...contact, email: e.currentTarget.value })} />
            </Group>
            <TextInput label={t('contacts.note')} value={contact.note} onChange={(e) => setContact({ ...contact, note: e.currentTarget.value })} />
          </>
        )}
        <Textarea
          label={request.kind === 'nvt' ? t('form.nvtReason') : t('form.reason')}
          description={t('form.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={2}
        />
        {essential && (
          <Textarea
            label={t('form.essentialReason')}
            description={t('form.essentialHint')}
            value={essentialReason}
            onChange={(e) => setEssentialReason(e.currentTarget.value)}
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
            value={pointIds}
            onChange={setPointIds}
            searchable
            clearable
          />
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button onClick={submit}>{t('form.addToDraft')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
