import { Alert, Button, Checkbox, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, Contact, ContactKind } from '../../../../src/shared/domain/exchange';
import { CONTACT_KIND_LABELS } from '../../../../src/shared/domain/exchange';
import { LIMITS } from '../../../../src/shared/domain/common';
import { call } from '../../api/client';
import { errorMessage } from '../../ui/notify';
import { FormDialog } from '../../ui/form/FormDialog';
import { LimitedTextInput } from '../../ui/form/fields';
import { useDraftForm } from '../../ui/form/useDraftForm';
import { draftKeyFor } from '../../ui/form/useDraftDialog';
import { FingerprintBlock, cardDate } from './cardParts';

interface Inspected {
  card: Card;
  fingerprint: string;
  isSelf: boolean;
  existing: Contact | null;
  renews: boolean;
}

/** What the draft keeps. The card text itself is not in it: its long key blob reads as file-like content to the draft guard. */
interface ContactInput {
  name: string;
  organisation: string;
  kind: ContactKind;
  note: string;
  verified: boolean;
}

const EMPTY: ContactInput = { name: '', organisation: '', kind: 'collega', note: '', verified: false };
/** The draft key; AddressBook reopens this dialog when the vault holds it (after a lock). */
const ADD_CONTACT_DRAFT = draftKeyFor('contact', null);

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
  const [cardError, setCardError] = useState<string | null>(null);
  // On the form layer: a half-filled card (name, note) is kept in the vault through a lock.
  const form = useDraftForm<ContactInput>({
    initial: EMPTY,
    active: opened,
    draft: { dossierId: null, formKey: ADD_CONTACT_DRAFT },
    validate: (v): Record<string, string> => (v.name.trim() ? {} : { name: t('add.nameRequired') }),
  });
  const { values, set } = form;

  const inspect = async (cardText: string) => {
    setCardError(null);
    try {
      const r = await call('exchange.inspectCard', { text: cardText });
      setInspected(r);
      // The card's own name and school, unless a name was typed already (a draft put back after a lock).
      form.update(
        (v) =>
          v.name.trim()
            ? v
            : { ...v, name: r.card.name, organisation: r.card.organisation, kind: r.card.organisation ? 'school' : v.kind },
        ['name'],
      );
    } catch (err) {
      setInspected(null);
      setCardError(errorMessage(err));
    }
  };

  // A fresh dialog starts without a card.
  useEffect(() => {
    setText('');
    setInspected(null);
    setCardError(null);
  }, [opened]);

  const fromFile = async () => {
    try {
      const r = await call('exchange.readCardFile', {});
      if (r.cancelled) return;
      setText(r.text);
      await inspect(r.text);
    } catch (err) {
      setCardError(errorMessage(err));
    }
  };

  const blocked = !inspected || inspected.isSelf || (!!inspected.existing && !inspected.renews);
  const save = () =>
    form.submit(
      (v) =>
        call('exchange.addContact', {
          text,
          kind: v.kind,
          name: v.name.trim(),
          organisation: v.organisation.trim(),
          verified: v.verified,
          note: v.note.trim(),
        }),
      { success: (c) => t('add.added', { name: c.name }), close: onClose, then: onAdded },
    );

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      form={form}
      title={t('add.title')}
      submitLabel={t('add.submit')}
      onSubmit={() => void save()}
      // Only a checked card that is not yours and not already known can be added.
      submitDisabled={blocked}
    >
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
        maxRows={6}
        data-autofocus
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
      {cardError && (
        <Alert color="red" role="alert">
          {cardError}
        </Alert>
      )}
      {inspected && (
        <Stack gap="sm">
          {inspected.isSelf && <Alert color="orange">{t('add.self')}</Alert>}
          {inspected.existing && inspected.renews && (
            <Alert color="blue" data-testid="card-renews">
              {t('add.renews', { name: inspected.existing.name, date: cardDate(inspected.card.validUntil) })}
            </Alert>
          )}
          {inspected.existing && !inspected.renews && (
            <Alert color="orange">{t('add.exists', { name: inspected.existing.name })}</Alert>
          )}
          <FingerprintBlock label={t('add.fingerprint')} fingerprint={inspected.fingerprint} testId="card-fingerprint">
            <Text size="sm">{t('add.compare', { name: inspected.card.name })}</Text>
          </FingerprintBlock>
          <Group grow align="flex-start">
            <LimitedTextInput
              label={t('add.name')}
              max={LIMITS.shortText}
              value={values.name}
              error={form.error('name')}
              onChange={(e) => set('name', e.currentTarget.value)}
            />
            <LimitedTextInput
              label={t('add.organisation')}
              max={LIMITS.shortText}
              value={values.organisation}
              error={form.error('organisation')}
              onChange={(e) => set('organisation', e.currentTarget.value)}
            />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('add.kind')}
            </Text>
            <SegmentedControl
              value={values.kind}
              onChange={(v) => set('kind', v as ContactKind)}
              data={[
                { value: 'collega', label: CONTACT_KIND_LABELS.collega },
                { value: 'school', label: CONTACT_KIND_LABELS.school },
              ]}
              w="fit-content"
            />
          </Stack>
          <LimitedTextInput
            label={t('add.note')}
            max={LIMITS.mediumText}
            value={values.note}
            error={form.error('note')}
            onChange={(e) => set('note', e.currentTarget.value)}
          />
          <Checkbox
            label={t('add.verified')}
            checked={values.verified}
            onChange={(e) => set('verified', e.currentTarget.checked)}
          />
        </Stack>
      )}
    </FormDialog>
  );
}
