import { useEffect, useState } from 'react';
import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import {
  MONITORING_ACTIONS,
  MONITORING_ACTION_LABELS,
  MONITORING_STATUSES,
  MONITORING_STATUS_LABELS,
  MonitoringEntryInputSchema,
  PLATFORMS,
  PLATFORM_LABELS,
  REACH_LABELS,
  REACH_LEVELS,
  RISK_LABELS,
  RISK_LEVELS,
  TONES,
  TONE_LABELS,
  logText,
  type MonitoringEntry,
  type MonitoringEntryInput,
} from '../../../../../src/shared/domain';
import { GuardedModal } from '../../dossier/parts/GuardedModal';
import { fieldErrors } from '../../../ui/fieldErrors';
import { isoToLocalInput, localInputToIso } from '../logic';
import { NoFilesZone } from './NoFilesZone';
import { LocalFileWarning } from './LocalFileWarning';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

interface FormState {
  seenAt: string;
  seenBy: string;
  platform: MonitoringEntryInput['platform'];
  location: string;
  description: string;
  reach: MonitoringEntryInput['reach'];
  tone: MonitoringEntryInput['tone'];
  risk: MonitoringEntryInput['risk'];
  action: MonitoringEntryInput['action'];
  actionNote: string;
  followUpAt: string;
  status: MonitoringEntryInput['status'];
}

function initialState(entry: MonitoringEntry | null, userName: string): FormState {
  if (entry) {
    // Only the input fields: the contract's schema is strict.
    return {
      seenAt: isoToLocalInput(entry.seenAt),
      seenBy: entry.seenBy,
      platform: entry.platform,
      location: entry.location,
      description: entry.description,
      reach: entry.reach,
      tone: entry.tone,
      risk: entry.risk,
      action: entry.action,
      actionNote: entry.actionNote,
      followUpAt: isoToLocalInput(entry.followUpAt),
      status: entry.status,
    };
  }
  return {
    seenAt: isoToLocalInput(new Date().toISOString()),
    seenBy: userName,
    platform: 'instagram',
    location: '',
    description: '',
    reach: 'onbekend',
    tone: 'onbekend',
    risk: 'onbekend',
    action: 'geen',
    actionNote: '',
    followUpAt: '',
    status: 'open',
  };
}

const reasonSchema = logText('Reden van de correctie', 2000).refine((s) => s.length > 0, { error: 'Vul de reden van de correctie in.' });

/**
 * The full form for one observation. Without `correcting` it records a new entry; with it,
 * it records a correction (a new version) and asks why. Validated with the contract's own
 * schema before sending, so the Dutch messages (including the refusal of file-like text)
 * appear at the field.
 */
export function EntryFormModal({
  opened,
  onClose,
  dossierId,
  correcting,
  userName,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  dossierId: string;
  correcting: MonitoringEntry | null;
  userName: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const [form, setForm] = useState<FormState>(() => initialState(correcting, userName));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (opened) {
      setForm(initialState(correcting, userName));
      setReason('');
      setErrors({});
      setDirty(false);
    }
  }, [opened, correcting, userName]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
    setDirty(true);
  };

  const save = async () => {
    const candidate = {
      ...form,
      seenAt: localInputToIso(form.seenAt) ?? '',
      followUpAt: localInputToIso(form.followUpAt),
    };
    const parsed = MonitoringEntryInputSchema.safeParse(candidate);
    const reasonParsed = correcting ? reasonSchema.safeParse(reason) : null;
    if (!parsed.success || (reasonParsed && !reasonParsed.success)) {
      setErrors({
        ...(parsed.success ? {} : fieldErrors(parsed.error)),
        ...(reasonParsed && !reasonParsed.success ? { reason: reasonParsed.error.issues[0]?.message ?? t('required') } : {}),
      });
      return;
    }
    setBusy(true);
    try {
      if (correcting) {
        await call('monitoring.correct', { correctsId: correcting.id, reason: reason.trim(), entry: parsed.data });
        notifySuccess(t('correct.saved'));
      } else {
        await call('monitoring.add', { dossierId, entry: parsed.data });
        notifySuccess(t('add.saved'));
      }
      onClose();
      onSaved();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const e = (key: string) => errors[key] || undefined;

  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      dirty={dirty}
      size="xl"
      title={correcting ? t('correct.title') : t('add.title')}
    >
      {(requestClose) => (
        <NoFilesZone testId="entry-form-zone">
          <Stack gap="sm" data-testid="entry-form">
            {correcting && (
              <Alert color="blue" variant="light">
                <Text size="sm">{t('correct.explain')}</Text>
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                type="datetime-local"
                label={t('fields.seenAt')}
                value={form.seenAt}
                onChange={(ev) => set('seenAt', ev.currentTarget.value)}
                error={e('seenAt')}
                required
              />
              <TextInput label={t('fields.seenBy')} value={form.seenBy} onChange={(ev) => set('seenBy', ev.currentTarget.value)} error={e('seenBy')} required />
              <NativeSelect
                label={t('fields.platform')}
                data={options(PLATFORMS, PLATFORM_LABELS)}
                value={form.platform}
                onChange={(ev) => set('platform', ev.currentTarget.value as FormState['platform'])}
              />
            </SimpleGrid>
            <TextInput
              label={t('fields.location')}
              description={t('fields.locationHelp')}
              value={form.location}
              onChange={(ev) => set('location', ev.currentTarget.value)}
              error={e('location')}
              data-autofocus
            />
            <LocalFileWarning value={form.location} />
            <Textarea
              label={t('fields.description')}
              description={t('fields.descriptionHelp')}
              value={form.description}
              onChange={(ev) => set('description', ev.currentTarget.value)}
              error={e('description')}
              autosize
              minRows={3}
              maxRows={8}
              required
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect label={t('fields.reach')} data={options(REACH_LEVELS, REACH_LABELS)} value={form.reach} onChange={(ev) => set('reach', ev.currentTarget.value as FormState['reach'])} />
              <NativeSelect label={t('fields.tone')} data={options(TONES, TONE_LABELS)} value={form.tone} onChange={(ev) => set('tone', ev.currentTarget.value as FormState['tone'])} />
              <NativeSelect label={t('fields.risk')} data={options(RISK_LEVELS, RISK_LABELS)} value={form.risk} onChange={(ev) => set('risk', ev.currentTarget.value as FormState['risk'])} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect
                label={t('fields.action')}
                data={options(MONITORING_ACTIONS, MONITORING_ACTION_LABELS)}
                value={form.action}
                onChange={(ev) => set('action', ev.currentTarget.value as FormState['action'])}
              />
              <TextInput
                type="datetime-local"
                label={t('fields.followUpAt')}
                description={t('fields.followUpHelp')}
                value={form.followUpAt}
                onChange={(ev) => set('followUpAt', ev.currentTarget.value)}
                error={e('followUpAt')}
              />
              <NativeSelect
                label={t('fields.status')}
                data={options(MONITORING_STATUSES, MONITORING_STATUS_LABELS)}
                value={form.status}
                onChange={(ev) => set('status', ev.currentTarget.value as FormState['status'])}
              />
            </SimpleGrid>
            <Textarea
              label={t('fields.actionNote')}
              value={form.actionNote}
              onChange={(ev) => set('actionNote', ev.currentTarget.value)}
              error={e('actionNote')}
              autosize
              minRows={1}
              maxRows={5}
            />
            {correcting && (
              <Card withBorder padding="sm" bg="yellow.0">
                <TextInput
                  label={t('correct.reason')}
                  placeholder={t('correct.reasonPlaceholder')}
                  value={reason}
                  onChange={(ev) => {
                    setReason(ev.currentTarget.value);
                    setErrors((x) => ({ ...x, reason: '' }));
                    setDirty(true);
                  }}
                  error={e('reason')}
                  required
                />
              </Card>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={requestClose}>
                {t('cancel')}
              </Button>
              <Button onClick={() => void save()} loading={busy}>
                {t('save')}
              </Button>
            </Group>
          </Stack>
        </NoFilesZone>
      )}
    </GuardedModal>
  );
}
