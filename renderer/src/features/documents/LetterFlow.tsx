import { useEffect, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DocumentOptions } from '../../../../src/shared/api/documents';
import {
  DELIVERY_LABELS,
  type DeliveryMode,
  type LetterSender,
  type LetterSetupInfo,
  type NameParts,
} from '../../../../src/shared/domain';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../ui/notify';
import { formatDateTime } from './format';

export type PersonalLetterKind =
  'letter-victim-parents' | 'letter-perpetrator-parents' | 'letter-perpetrator-school';

interface Props {
  opened: boolean;
  dossierId: string;
  kind: PersonalLetterKind;
  label: string;
  options: DocumentOptions;
  onClose: () => void;
  /** The choices made here, for preview, save and print. */
  onReady: (patch: Partial<DocumentOptions>) => void;
}

/**
 * The letter flow for a personal letter: to whom (salutation from name parts), about which
 * conversation (the part written for the letter, never the internal notes), signed by whom,
 * and how it reaches the parent when the dossier warns against the home address.
 */
export function LetterFlow({ opened, dossierId, kind, label, options, onClose, onReady }: Props) {
  const { t } = useTranslation('documents');
  const [setup, setSetup] = useState<LetterSetupInfo | null>(null);
  const [recipientId, setRecipientId] = useState<string | null>(options.recipientPersonId ?? null);
  const [conversationId, setConversationId] = useState<string | undefined>(options.conversationId);
  const [names, setNames] = useState<NameParts>({ salutation: '', initials: '', infix: '', surname: '' });
  const [parts, setParts] = useState({ discussed: '', agreed: '' });
  const [sender, setSender] = useState<LetterSender>(options.sender ?? { name: '', role: '', contact: '' });
  const [mode, setMode] = useState<DeliveryMode>(options.delivery?.mode ?? 'post');
  const [otherAddress, setOtherAddress] = useState(options.delivery?.otherAddress ?? '');
  const [warningsRead, setWarningsRead] = useState(options.delivery?.warningsRead ?? false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!opened) return;
    let live = true;
    call('letters.setup', { dossierId, kind, recipientPersonId: recipientId, conversationId })
      .then((s) => {
        if (!live) return;
        setSetup(s);
        if (s.recipientPersonId !== recipientId) setRecipientId(s.recipientPersonId);
        if (s.nameParts)
          setNames({
            salutation: s.nameParts.salutation,
            initials: s.nameParts.initials,
            infix: s.nameParts.infix,
            surname: s.nameParts.surname,
          });
        if (s.letterParts) setParts({ discussed: s.letterParts.discussed, agreed: s.letterParts.agreed });
        setSender((cur) => {
          if (cur.name) return cur;
          const pick = s.senders.find((x) => x.role && x.contact) ?? s.senders[0];
          return pick ? { name: pick.name, role: pick.role, contact: pick.contact } : cur;
        });
      })
      .catch((err: unknown) => notifyError(err));
    return () => {
      live = false;
    };
  }, [opened, dossierId, kind, recipientId, conversationId]);

  const toSchool = kind === 'letter-perpetrator-school';
  const warnings = setup?.warnings ?? [];

  const done = async () => {
    if (!setup?.recipientPersonId) return;
    setBusy(true);
    try {
      await call('letters.saveNameParts', { dossierId, personId: setup.recipientPersonId, parts: names });
      if (!toSchool && setup.conversationId) {
        await call('letters.saveLetterParts', { dossierId, conversationId: setup.conversationId, parts });
      }
      onReady({
        recipientPersonId: setup.recipientPersonId,
        conversationId: setup.conversationId ?? undefined,
        sender,
        delivery:
          warnings.length > 0 || mode !== 'post'
            ? { mode, otherAddress: mode === 'ander-adres' ? otherAddress : undefined, warningsRead }
            : undefined,
      });
      notifySuccess(t('letter.ready'));
      onClose();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const surnameLine = [
    names.infix ? names.infix.charAt(0).toUpperCase() + names.infix.slice(1) : '',
    names.surname,
  ]
    .filter(Boolean)
    .join(' ');
  const greetingPreview = names.surname
    ? `${toSchool ? 'Geachte' : 'Beste'} ${names.salutation || 'heer/mevrouw'} ${surnameLine},`
    : t('letter.greetingMissing');

  return (
    <Modal opened={opened} onClose={onClose} title={t('letter.title', { label })} size="xl">
      {!setup ? (
        <Text size="sm">{t('letter.loading')}</Text>
      ) : setup.recipients.length === 0 ? (
        <Alert color="yellow">{t(toSchool ? 'letter.noSchoolContact' : 'letter.noParent')}</Alert>
      ) : (
        <Stack gap="md">
          <Select
            label={t('make.recipient')}
            data={setup.recipients.map((r) => ({
              value: r.personId,
              label: `${r.name}${r.relation ? ` (${r.relation})` : ''}`,
            }))}
            value={setup.recipientPersonId}
            onChange={(v) => {
              setConversationId(undefined);
              setRecipientId(v);
            }}
            allowDeselect={false}
          />

          <Stack gap={6}>
            <Title order={4} size="h6">
              {t('letter.salutationTitle')}
            </Title>
            {/* The choice on its own row: in a grid cell beside the three fields its third
                option was cut off in the 1366×768 dialog. */}
            <SegmentedControl
              style={{ alignSelf: 'flex-start' }}
              aria-label={t('letter.salutation')}
              value={names.salutation || 'geen'}
              onChange={(v) =>
                setNames({ ...names, salutation: v === 'geen' ? '' : (v as NameParts['salutation']) })
              }
              data={[
                { value: 'mevrouw', label: t('letter.mevrouw') },
                { value: 'heer', label: t('letter.heer') },
                { value: 'geen', label: t('letter.none') },
              ]}
            />
            <SimpleGrid cols={3} spacing="xs">
              <TextInput
                label={t('letter.initials')}
                value={names.initials}
                onChange={(e) => setNames({ ...names, initials: e.currentTarget.value })}
              />
              <TextInput
                label={t('letter.infix')}
                value={names.infix}
                onChange={(e) => setNames({ ...names, infix: e.currentTarget.value })}
              />
              <TextInput
                label={t('letter.surname')}
                value={names.surname}
                onChange={(e) => setNames({ ...names, surname: e.currentTarget.value })}
                required
              />
            </SimpleGrid>
            <Text size="sm" data-testid="letter-greeting">
              {t('letter.greetingPreview')}: <strong>{greetingPreview}</strong>
              {setup.nameParts && !setup.nameParts.stored && (
                <Badge ml="xs" size="sm" color="yellow" variant="light">
                  {t('letter.suggestion')}
                </Badge>
              )}
            </Text>
          </Stack>

          {!toSchool && (
            <Stack gap={6}>
              <Title order={4} size="h6">
                {t('letter.partTitle')}
              </Title>
              {setup.conversations.length === 0 ? (
                <Alert color="yellow">{t('letter.noConversation')}</Alert>
              ) : (
                <>
                  <Select
                    label={t('letter.conversation')}
                    data={setup.conversations.map((c) => ({
                      value: c.id,
                      label: `${formatDateTime(c.heldAt)} – ${c.withWhom}`,
                    }))}
                    value={setup.conversationId}
                    onChange={(v) => setConversationId(v ?? undefined)}
                    allowDeselect={false}
                  />
                  <Text size="sm" c="dimmed">
                    {t('letter.partHelp')}
                  </Text>
                  {setup.letterParts && !setup.letterParts.stored && (
                    <Alert color="yellow" variant="light">
                      {t('letter.partSuggestion')}
                    </Alert>
                  )}
                  <Textarea
                    label={t('letter.discussed')}
                    autosize
                    minRows={3}
                    value={parts.discussed}
                    onChange={(e) => setParts({ ...parts, discussed: e.currentTarget.value })}
                  />
                  <Textarea
                    label={t('letter.agreed')}
                    description={t('letter.agreedHelp')}
                    autosize
                    minRows={3}
                    value={parts.agreed}
                    onChange={(e) => setParts({ ...parts, agreed: e.currentTarget.value })}
                  />
                </>
              )}
            </Stack>
          )}

          <Stack gap={6}>
            <Title order={4} size="h6">
              {t('letter.senderTitle')}
            </Title>
            {setup.senders.length > 0 && (
              <Select
                label={t('letter.senderPick')}
                data={setup.senders.map((s, i) => ({
                  value: String(i),
                  label: `${s.name}${s.role ? `, ${s.role}` : ''} – ${s.why}`,
                }))}
                onChange={(v) => {
                  const s = v === null ? undefined : setup.senders[Number(v)];
                  if (s) setSender({ name: s.name, role: s.role, contact: s.contact });
                }}
              />
            )}
            <SimpleGrid cols={3} spacing="xs">
              <TextInput
                label={t('letter.senderName')}
                value={sender.name}
                onChange={(e) => setSender({ ...sender, name: e.currentTarget.value })}
                required
              />
              <TextInput
                label={t('letter.senderRole')}
                value={sender.role}
                onChange={(e) => setSender({ ...sender, role: e.currentTarget.value })}
                required
              />
              <TextInput
                label={t('letter.senderContact')}
                value={sender.contact}
                onChange={(e) => setSender({ ...sender, contact: e.currentTarget.value })}
                required
              />
            </SimpleGrid>
          </Stack>

          {warnings.length > 0 && (
            <Stack gap={6} data-testid="letter-warnings">
              {warnings.map((w) => (
                <Alert
                  key={w.kind}
                  color="orange"
                  icon={<IconAlertTriangle size={18} aria-hidden />}
                  title={t(`letter.warning.${w.kind}`)}
                >
                  {w.message}
                </Alert>
              ))}
              <Radio.Group
                label={t('letter.deliveryTitle')}
                value={mode}
                onChange={(v) => setMode(v as DeliveryMode)}
              >
                <Stack gap={4} mt={4}>
                  {(['persoonlijk', 'ander-adres', 'post'] as const).map((m) => (
                    <Radio key={m} value={m} label={DELIVERY_LABELS[m]} />
                  ))}
                </Stack>
              </Radio.Group>
              {mode === 'ander-adres' && (
                <Textarea
                  label={t('letter.otherAddress')}
                  autosize
                  minRows={2}
                  value={otherAddress}
                  onChange={(e) => setOtherAddress(e.currentTarget.value)}
                />
              )}
              <Checkbox
                checked={warningsRead}
                onChange={(e) => setWarningsRead(e.currentTarget.checked)}
                label={t('letter.warningsRead')}
              />
            </Stack>
          )}

          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('preview.close')}
            </Button>
            <Button
              onClick={() => void done()}
              loading={busy}
              disabled={warnings.length > 0 && !warningsRead}
            >
              {t('letter.done')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
