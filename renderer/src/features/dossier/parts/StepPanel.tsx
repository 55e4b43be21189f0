import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Divider,
  Grid,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { IconBulb, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import {
  STEP_STATUSES,
  STEP_STATUS_LABELS,
  type DossierDetail,
  type StepStatus,
} from '../../../../../src/shared/domain';
import { TOOL_KIND_LABELS, type ProtocolStep, type ToolKind, type ToolRecord } from '../../../../../src/shared/protocol';
import type { ToolRecordFields } from '../tools/types';
import { stepState } from '../logic';
import { isoToPicker, pickerToIso } from '../../../ui/datetime';
import { mergeKnown, useAutosave } from '../useAutosave';
import { SaveIndicator } from './SaveIndicator';
import { StepActions } from './StepActions';
import { StepTool, TOOLS_WITH_OWN_SUBPOINTS } from '../tools/StepTool';

interface StepForm {
  owner: string;
  dueAt: string | null;
  notes: string;
  /** The step's typed tool record; each tool edits its own fields. */
  data: ToolRecord;
}

/** One step: the card's guidance and tips, status, owner, due date, notes, its tool and its actions. */
export function StepPanel({
  step,
  detail,
  refresh,
  readOnly,
}: {
  step: ProtocolStep;
  detail: DossierDetail;
  refresh: () => Promise<void>;
  readOnly: boolean;
}) {
  const { t } = useTranslation('dossier');
  const dossierId = detail.dossier.id;
  const state = stepState(detail, step.id);
  // Local copy, initialised once: autosave keeps the vault in step without fighting the typist.
  const [form, setForm] = useState<StepForm>(() => ({
    owner: state.owner,
    dueAt: state.dueAt,
    notes: state.notes,
    data: state.data,
  }));
  const [nvtOpen, setNvtOpen] = useState(false);
  const [nvtReason, setNvtReason] = useState(state.nvtReason);
  const [nvtError, setNvtError] = useState<string | null>(null);
  const [statusBusy, setStatusBusy] = useState(false);

  const autosave = useAutosave(
    form,
    async (value) => {
      await call('step.update', {
        dossierId,
        stepId: step.id,
        patch: { owner: value.owner.trim(), dueAt: value.dueAt, notes: value.notes, data: value.data },
      });
      await refresh();
    },
    {
      enabled: !readOnly,
      validate: (v) => (v.owner.length > 200 ? t('validation.ownerTooLong') : null),
      // Notes typed beside a date the core refuses are not lost by a lock.
      draft: { scope: { dossierId, formKey: `step:${step.id}` }, restore: (d) => setForm((f) => mergeKnown(f, d)) },
    },
  );

  const setData = (patch: Partial<ToolRecordFields<ToolKind>>) =>
    setForm((f) => ({ ...f, data: { ...f.data, ...patch } as ToolRecord }));
  const checked = form.data.checked;

  // A status the work proposed ("afgeleid van …") is changed by hand only with a reason.
  const [override, setOverride] = useState<{ status: StepStatus; reason: string; error: string | null } | null>(null);

  const setStatus = async (status: StepStatus, reason?: string) => {
    if (status === 'nvt' && !reason?.trim()) {
      setNvtOpen(true);
      return;
    }
    if (status !== 'nvt' && state.derivedFrom && !reason?.trim()) {
      setOverride({ status, reason: '', error: null });
      return;
    }
    setStatusBusy(true);
    try {
      await autosave.flush();
      await call('step.update', {
        dossierId,
        stepId: step.id,
        patch:
          status === 'nvt'
            ? { status, nvtReason: reason?.trim() ?? '' }
            : reason?.trim()
              ? { status, statusReason: reason.trim() }
              : { status },
      });
      setOverride(null);
      notifySuccess(
        t('steps.statusSaved', { title: step.title, status: STEP_STATUS_LABELS[status].toLowerCase() }),
      );
      setNvtOpen(false);
      await refresh();
    } catch (err) {
      notifyError(err);
    } finally {
      setStatusBusy(false);
    }
  };

  const paragraphs = step.guidance.split(/\n\n+/);

  return (
    <Stack gap="md">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            {paragraphs.map((p) => (
              <Text key={p.slice(0, 40)} size="sm">
                {p}
              </Text>
            ))}
            {step.tips.length > 0 && (
              <Alert
                color="yellow"
                variant="light"
                icon={<IconBulb size={18} aria-hidden />}
                title={t('steps.tips')}
              >
                <List size="sm" spacing={2}>
                  {step.tips.map((tip) => (
                    <List.Item key={tip}>{tip}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {step.links && step.links.length > 0 && (
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t('steps.links')}
                </Text>
                {step.links.map((link) => (
                  <Group key={link.url} gap={6}>
                    <IconExternalLink size={14} aria-hidden />
                    <Text size="sm">
                      {link.label} ({link.url.replace('https://', '')})
                    </Text>
                  </Group>
                ))}
              </Stack>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <div>
              <Text size="sm" fw={500} mb={4} id={`status-label-${step.id}`}>
                {t('steps.status')}
              </Text>
              <SegmentedControl
                fullWidth
                size="xs"
                disabled={readOnly || statusBusy}
                value={state.status}
                aria-labelledby={`status-label-${step.id}`}
                onChange={(value) => void setStatus(value as StepStatus)}
                data={STEP_STATUSES.map((s) => ({ value: s, label: STEP_STATUS_LABELS[s] }))}
              />
              {state.status === 'nvt' && state.nvtReason && (
                <Text size="xs" c="dimmed" mt={4}>
                  {t('steps.nvtReasonShown', { reason: state.nvtReason })}
                </Text>
              )}
              {state.derivedFrom && (
                <Text size="xs" c="dimmed" mt={4} data-testid="step-derived">
                  {t('steps.derivedFrom', { from: state.derivedFrom })}
                </Text>
              )}
            </div>
            {override && (
              <Stack gap="xs" p="sm" bg="yellow.0" style={{ borderRadius: 8 }} data-testid="status-override">
                <Textarea
                  label={t('steps.overrideReason', { status: STEP_STATUS_LABELS[override.status].toLowerCase() })}
                  description={t('steps.overrideHelp', { from: state.derivedFrom ?? '' })}
                  value={override.reason}
                  onChange={(e) => {
                    const reason = e.currentTarget.value;
                    setOverride((o) => (o ? { ...o, reason, error: null } : o));
                  }}
                  error={override.error}
                  autosize
                  minRows={2}
                  autoFocus
                />
                <Group gap="xs">
                  <Button
                    size="xs"
                    loading={statusBusy}
                    onClick={() => {
                      if (override.reason.trim().length < 3) setOverride({ ...override, error: t('steps.overrideRequired') });
                      else void setStatus(override.status, override.reason);
                    }}
                  >
                    {t('steps.overrideSave')}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setOverride(null)}>
                    {t('cancel')}
                  </Button>
                </Group>
              </Stack>
            )}
            {nvtOpen && (
              <Stack gap="xs" p="sm" bg="violet.0" style={{ borderRadius: 8 }}>
                <Textarea
                  label={t('steps.nvtReason')}
                  description={t('steps.nvtReasonHelp')}
                  value={nvtReason}
                  onChange={(e) => {
                    setNvtReason(e.currentTarget.value);
                    setNvtError(null);
                  }}
                  error={nvtError}
                  autosize
                  minRows={2}
                  maxLength={2000}
                  data-autofocus
                  autoFocus
                />
                <Group gap="xs">
                  <Button
                    size="xs"
                    loading={statusBusy}
                    onClick={() => {
                      if (!nvtReason.trim()) setNvtError(t('steps.nvtReasonRequired'));
                      else void setStatus('nvt', nvtReason);
                    }}
                  >
                    {t('steps.nvtSave')}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setNvtOpen(false)}>
                    {t('cancel')}
                  </Button>
                </Group>
              </Stack>
            )}
            <TextInput
              label={t('steps.ownerLabel')}
              value={form.owner}
              onChange={(e) => {
                const owner = e.currentTarget.value;
                setForm((f) => ({ ...f, owner }));
              }}
              maxLength={200}
              disabled={readOnly}
            />
            <DateTimeField
              label={t('steps.dueLabel')}
              value={isoToPicker(form.dueAt)}
              onChange={(v) => setForm((f) => ({ ...f, dueAt: pickerToIso(v) }))}
              clearable
              disabled={readOnly}
              valueFormat="D MMMM YYYY HH:mm"
            />
            <Textarea
              label={t('steps.notes')}
              value={form.notes}
              onChange={(e) => {
                const notes = e.currentTarget.value;
                setForm((f) => ({ ...f, notes }));
              }}
              autosize
              minRows={3}
              maxRows={12}
              disabled={readOnly}
            />
            <SaveIndicator state={autosave.state} error={autosave.error} />
          </Stack>
        </Grid.Col>
      </Grid>

      {step.subPoints.length > 0 && !TOOLS_WITH_OWN_SUBPOINTS.has(step.tool) && (
        <Stack gap={6}>
          <Text fw={600} size="sm">
            {t('steps.checklist')}
          </Text>
          {step.subPoints.map((sp) => (
            <Checkbox
              key={sp.id}
              label={sp.label}
              description={sp.help}
              checked={checked[sp.id] ?? false}
              disabled={readOnly}
              onChange={(e) => setData({ checked: { ...checked, [sp.id]: e.currentTarget.checked } })}
            />
          ))}
        </Stack>
      )}

      <Divider />
      <Stack gap="sm">
        <Title order={3} size="h5">
          {TOOL_KIND_LABELS[step.tool]}
        </Title>
        <StepTool
          step={step}
          detail={detail}
          data={form.data}
          setData={setData}
          refresh={refresh}
          readOnly={readOnly}
          flush={autosave.flush}
        />
      </Stack>

      <Divider />
      <StepActions step={step} detail={detail} refresh={refresh} readOnly={readOnly} />
    </Stack>
  );
}
