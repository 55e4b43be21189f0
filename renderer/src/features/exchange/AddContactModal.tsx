import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, Contact, ContactKind } from '../../../../src/shared/domain/exchange';
import { CONTACT_KIND_LABELS } from '../../../../src/shared/domain/exchange';
import { call } from '../../api/client';
import { errorMessage, notifySuccess } from '../../ui/notify';

interface Inspected {
  card: Card;
  fingerprint: string;
  isSelf: boolean;
  existing: Contact | null;
  renews: boolean;
}

/** Add a colleague's or partner school's card: paste or choose a file, see the fingerprint, compare it. */
export function AddContactModal({
  opened,
  onClose,
  onAdded,
}: {
  opened: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation('exchange');
  const [text, setText] = useState('');
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [kind, setKind] = useState<ContactKind>('collega');
  const [note, setNote] = useState('');
  const [verified, setVerified] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setText('');
    setInspected(null);
    setName('');
    setOrganisation('');
    setKind('collega');
    setNote('');
    setVerified(false);
    setError(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  const inspect = async (value: string) => {
    setError(null);
    try {
      const r = await call('exchange.inspectCard', { text: value });
      setInspected(r);
      setName(r.card.name);
      setOrganisation(r.card.organisation);
      if (r.card.organisation) setKind('school');
    } catch (err) {
      setInspected(null);
      setError(errorMessage(err));
    }
  };

  const fromFile = async () => {
    try {
      const r = await call('exchange.readCardFile', {});
      if (r.cancelled) return;
      setText(r.text);
      await inspect(r.text);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const c = await call('exchange.addContact', { text, kind, name, organisation, verified, note });
      notifySuccess(t('add.added', { name: c.name }));
      onAdded();
      close();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const blocked = !inspected || inspected.isSelf || (!!inspected.existing && !inspected.renews);

  return (
    <Modal opened={opened} onClose={close} title={t('add.title')} size="lg">
      <Stack gap="sm">
        <Textarea
          label={t('add.paste')}
          placeholder={t('add.pastePlaceholder')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setInspected(null);
          }}
          autosize
          minRows={2}
          styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
        />
        <Group gap="sm">
          <Button variant="default" onClick={() => void inspect(text)} disabled={!text.trim()}>
            {t('add.check')}
          </Button>
          <Button variant="subtle" onClick={() => void fromFile()}>
            {t('add.fromFile')}
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {inspected && (
          <Stack gap="sm">
            {inspected.isSelf && <Alert color="orange">{t('add.self')}</Alert>}
            {inspected.existing && inspected.renews && (
              <Alert color="blue" data-testid="card-renews">
                {t('add.renews', { name: inspected.existing.name, date: inspected.card.validUntil.split('-').reverse().join('-') })}
              </Alert>
            )}
            {inspected.existing && !inspected.renews && (
              <Alert color="orange">{t('add.exists', { name: inspected.existing.name })}</Alert>
            )}
            <Stack gap={2}>
              <Text fw={600} size="sm">
                {t('add.fingerprint')}
              </Text>
              <Code fz="xl" fw={700} px="md" py="xs" w="fit-content" data-testid="card-fingerprint">
                {inspected.fingerprint}
              </Code>
              <Text size="sm">{t('add.compare', { name: inspected.card.name })}</Text>
            </Stack>
            <Group grow>
              <TextInput
                label={t('add.name')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
              />
              <TextInput
                label={t('add.organisation')}
                value={organisation}
                onChange={(e) => setOrganisation(e.currentTarget.value)}
              />
            </Group>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('add.kind')}
              </Text>
              <SegmentedControl
                value={kind}
                onChange={(v) => setKind(v as ContactKind)}
                data={[
                  { value: 'collega', label: CONTACT_KIND_LABELS.collega },
                  { value: 'school', label: CONTACT_KIND_LABELS.school },
                ]}
                w="fit-content"
              />
            </Stack>
            <TextInput label={t('add.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <Checkbox
              label={t('add.verified')}
              checked={verified}
              onChange={(e) => setVerified(e.currentTarget.checked)}
            />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button onClick={() => void submit()} disabled={blocked || !name.trim()} loading={busy}>
            {t('add.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
