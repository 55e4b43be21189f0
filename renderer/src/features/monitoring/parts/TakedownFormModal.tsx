import { useEffect, useState } from 'react';
import { Button, Grid, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import {
  PLATFORMS,
  PLATFORM_LABELS,
  TAKEDOWN_CHANNELS,
  TAKEDOWN_CHANNEL_LABELS,
  TAKEDOWN_STATUSES,
  TAKEDOWN_STATUS_LABELS,
  TakedownInputSchema,
  type Takedown,
  type TakedownInput,
} from '../../../../../src/shared/domain';
import { fieldErrors } from '../../../ui/fieldErrors';
import { GuardedModal } from '../../dossier/parts/GuardedModal';
import { isoToLocalInput, localInputToIso } from '../logic';
import { ChannelGuidance } from './ChannelGuidance';
import { NoFilesZone } from './NoFilesZone';
import { LocalFileWarning } from './LocalFileWarning';

export interface TakedownPrefill {
  entryId: string | null;
  platform: TakedownInput['platform'];
  location: string;
}

interface FormState {
  platform: TakedownInput['platform'];
  location: string;
  channel: TakedownInput['channel'];
  requestedAt: string;
  reference: string;
  status: TakedownInput['status'];
  followUpAt: string;
  notes: string;
}

function initial(editing: Takedown | null, prefill: TakedownPrefill | null): FormState {
  if (editing) {
    return {
      platform: editing.platform,
      location: editing.location,
      channel: editing.channel,
      requestedAt: isoToLocalInput(editing.requestedAt),
      reference: editing.reference,
      status: editing.status,
      followUpAt: isoToLocalInput(editing.followUpAt),
      notes: editing.notes,
    };
  }
  // A sensible default: look again in two days.
  const inTwoDays = new Date(Date.now() + 2 * 24 * 3600 * 1000);
  inTwoDays.setHours(9, 0, 0, 0);
  return {
    platform: prefill?.platform ?? 'instagram',
    location: prefill?.location ?? '',
    channel: 'platform',
    requestedAt: isoToLocalInput(new Date().toISOString()),
    reference: '',
    status: 'aangevraagd',
    followUpAt: isoToLocalInput(inTwoDays.toISOString()),
    notes: '',
  };
}

/**
 * A takedown request: new (optionally from an observation) or edited. The guidance for
 * the chosen channel stays next to the form, so who may file and what is needed is read
 * before anything is requested.
 */
export function TakedownFormModal({
  opened,
  onClose,
  dossierId,
  editing,
  prefill,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  dossierId: string;
  editing: Takedown | null;
  prefill: TakedownPrefill | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const [form, setForm] = useState<FormState>(() => initial(editing, prefill));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (opened) {
      setForm(initial(editing, prefill));
      setErrors({});
      setDirty(false);
    }
  }, [opened, editing, prefill]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
    setDirty(true);
  };

  const save = async () => {
    const candidate: TakedownInput = {
      entryId: editing ? editing.entryId : (prefill?.entryId ?? null),
      platform: form.platform,
      location: form.location,
      channel: form.channel,
      requestedAt: localInputToIso(form.requestedAt),
      reference: form.reference,
      status: form.status,
      followUpAt: localInputToIso(form.followUpAt),
      notes: form.notes,
    };
    const parsed = TakedownInputSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setBusy(true);
    try {
      if (editing) {
        const { channel, requestedAt, reference, status, followUpAt, notes } = parsed.data;
        await call('takedown.update', { takedownId: editing.id, patch: { channel, requestedAt, reference, status, followUpAt, notes }, note: '' });
      } else {
        await call('takedown.add', { dossierId, takedown: parsed.data });
      }
      notifySuccess(t('takedowns.saved'));
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
    <GuardedModal opened={opened} onClose={onClose} dirty={dirty} size="90rem" title={t('takedowns.addTitle')}>
      {(requestClose) => (
        <NoFilesZone testId="takedown-form-zone">
          <Grid gap="lg" data-testid="takedown-form">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="sm">
                <SimpleGrid cols={2}>
                  <NativeSelect
                    label={t('takedowns.fields.channel')}
                    data={TAKEDOWN_CHANNELS.map((c) => ({ value: c, label: TAKEDOWN_CHANNEL_LABELS[c] }))}
                    value={form.channel}
                    onChange={(ev) => set('channel', ev.currentTarget.value as FormState['channel'])}
                  />
                  <NativeSelect
                    label={t('takedowns.fields.platform')}
                    data={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }))}
                    value={form.platform}
                    disabled={editing !== null}
                    onChange={(ev) => set('platform', ev.currentTarget.value as FormState['platform'])}
                  />
                </SimpleGrid>
                <TextInput
                  label={t('takedowns.fields.location')}
                  description={t('fields.locationHelp')}
                  value={form.location}
                  disabled={editing !== null}
                  onChange={(ev) => set('location', ev.currentTarget.value)}
                  error={e('location')}
                  required
                  data-autofocus
                />
                <LocalFileWarning value={form.location} />
                <SimpleGrid cols={2}>
                  <TextInput
                    type="datetime-local"
                    label={t('takedowns.fields.requestedAt')}
                    value={form.requestedAt}
                    onChange={(ev) => set('requestedAt', ev.currentTarget.value)}
                    error={e('requestedAt')}
                  />
                  <TextInput label={t('takedowns.fields.reference')} value={form.reference} onChange={(ev) => set('reference', ev.currentTarget.value)} error={e('reference')} />
                </SimpleGrid>
                <SimpleGrid cols={2}>
                  <NativeSelect
                    label={t('takedowns.fields.status')}
                    data={TAKEDOWN_STATUSES.map((s) => ({ value: s, label: TAKEDOWN_STATUS_LABELS[s] }))}
                    value={form.status}
                    onChange={(ev) => set('status', ev.currentTarget.value as FormState['status'])}
                  />
                  <TextInput
                    type="datetime-local"
                    label={t('takedowns.fields.followUpAt')}
                    value={form.followUpAt}
                    onChange={(ev) => set('followUpAt', ev.currentTarget.value)}
                    error={e('followUpAt')}
                  />
                </SimpleGrid>
                <Textarea label={t('takedowns.fields.notes')} value={form.notes} onChange={(ev) => set('notes', ev.currentTarget.value)} error={e('notes')} autosize minRows={2} maxRows={6} />
                <Group justify="flex-end">
                  <Button variant="default" onClick={requestClose}>
                    {t('cancel')}
                  </Button>
                  <Button onClick={() => void save()} loading={busy}>
                    {t('save')}
                  </Button>
                </Group>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <ChannelGuidance channel={form.channel} />
            </Grid.Col>
          </Grid>
        </NoFilesZone>
      )}
    </GuardedModal>
  );
}
