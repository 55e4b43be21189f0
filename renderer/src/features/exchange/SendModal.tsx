import {
  Alert,
  Badge,
  Box,
  Button,
  Checkbox,
  Code,
  Group,
  List,
  Modal,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cardExpired,
  PACKAGE_KINDS,
  PACKAGE_SECTIONS,
  PACKAGE_SECTION_LABELS,
  type Contact,
  type PackageKind,
  type PackageSection,
  type SendOptions,
  type SendPreview,
} from '../../../../src/shared/domain/exchange';
import { call } from '../../api/client';
import { formatDateTimeNl } from '../../ui/datetime';
import { CopyToClipboardButton } from '../../ui/CopyToClipboardButton';
import { errorMessage, notifySuccess } from '../../ui/notify';
import { cardDate } from './cardParts';

/** What a share carries unless the sender changes it: the facts, the people that matter, the steps and the logbook. */
const SHARE_DEFAULT: PackageSection[] = ['feiten', 'personen', 'stappen', 'logboek'];

/**
 * One dialog for the three kinds of sending. The preview under the choices is computed by the
 * core from the same options that will be sent, so it shows exactly what goes along.
 */
export function SendModal({
  dossierId,
  opened,
  onClose,
  onSent,
}: {
  dossierId: string;
  opened: boolean;
  onClose: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation('exchange');
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [kind, setKind] = useState<PackageKind>('delen');
  const [to, setTo] = useState<'contacts' | 'passphrase'>('contacts');
  const [contactIds, setContactIds] = useState<string[]>([]);
  const [sections, setSections] = useState<PackageSection[]>(SHARE_DEFAULT);
  const [thirdParties, setThirdParties] = useState(false);
  const [coOwner, setCoOwner] = useState(false);
  const [preview, setPreview] = useState<SendPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** A package to a recipient without a Vangnet-ID: its one-time passphrase and where the file is. */
  const [secret, setSecret] = useState<{ passphrase: string; file: string } | null>(null);
  const [ownExpiredOn, setOwnExpiredOn] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    call('exchange.listContacts', {}).then(setContacts, (err: unknown) => setError(errorMessage(err)));
    // An expired own card: say so first, not only after a recipient is chosen.
    call('exchange.myCard', {}).then(
      (m) => setOwnExpiredOn(cardExpired(m.card.validUntil, new Date().toISOString()) ? m.card.validUntil : null),
      () => undefined,
    );
  }, [opened]);

  const options: SendOptions = useMemo(
    () => ({
      dossierId,
      kind,
      contactIds: to === 'contacts' || kind === 'bijwerken' ? contactIds : [],
      oneTimePassphrase: to === 'passphrase' && kind !== 'bijwerken',
      sections: kind === 'overdracht' ? [...PACKAGE_SECTIONS] : sections,
      includeThirdParties: kind === 'overdracht' || thirdParties,
      keepAsCoOwner: kind === 'overdracht' && coOwner,
    }),
    [dossierId, kind, to, contactIds, sections, thirdParties, coOwner],
  );
  const ready = options.oneTimePassphrase || options.contactIds.length > 0;

  // The recipients to choose from (under their option, or alone for an update).
  const contactList =
    contacts.length === 0 ? (
      <Text size="sm" c="dimmed">
        {t('send.noContacts')}
      </Text>
    ) : (
      <Checkbox.Group value={contactIds} onChange={setContactIds}>
        <Stack gap={4} mt={4}>
          {contacts.map((c) => {
            // An expired card cannot receive: shown, not choosable, with what to do.
            const expired = cardExpired(c.validUntil, new Date().toISOString());
            return (
              <Checkbox
                key={c.id}
                value={c.id}
                disabled={expired}
                description={expired ? t('send.contactExpired', { name: c.name }) : undefined}
                label={
                  <Group gap={6}>
                    <span>{c.organisation ? `${c.name} (${c.organisation})` : c.name}</span>
                    {expired && c.validUntil ? (
                      <Badge size="xs" color="red.9" data-testid="send-contact-expired">
                        {t('book.expired', { date: cardDate(c.validUntil) })}
                      </Badge>
                    ) : (
                      <Badge
                        size="xs"
                        variant={c.verified ? 'filled' : 'light'}
                        color={c.verified ? 'teal.9' : 'orange'}
                      >
                        {c.verified ? t('book.verified') : t('book.unverified')}
                      </Badge>
                    )}
                  </Group>
                }
              />
            );
          })}
        </Stack>
      </Checkbox.Group>
    );

  useEffect(() => {
    if (!opened || !ready) {
      setPreview(null);
      return;
    }
    let live = true;
    call('exchange.previewSend', options).then(
      (p) => {
        if (!live) return;
        setPreview(p);
        setError(null);
      },
      (err: unknown) => {
        if (!live) return;
        setPreview(null);
        setError(errorMessage(err));
      },
    );
    return () => {
      live = false;
    };
  }, [opened, ready, options]);

  const close = () => {
    setSecret(null);
    setPreview(null);
    setError(null);
    onClose();
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await call('exchange.send', options);
      if (r.cancelled) return;
      notifySuccess(t('send.done', { file: r.file }));
      onSent();
      if (r.passphrase) setSecret({ passphrase: r.passphrase, file: r.file });
      else close();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const chosen = contacts.filter((c) => contactIds.includes(c.id));
  const unverified = to === 'contacts' && chosen.some((c) => !c.verified);

  if (secret) {
    // Shown once and kept nowhere: no close button, no Escape, no click outside; only the
    // explicit "passed on" button closes it, so a stressed hand cannot lose it by accident.
    return (
      <Modal
        opened={opened}
        onClose={() => undefined}
        title={t('send.passphraseTitle')}
        size="lg"
        closeOnClickOutside={false}
        closeOnEscape={false}
        withCloseButton={false}
      >
        <Stack gap="md" data-testid="passphrase-dialog">
          <Text>{t('send.passphraseText')}</Text>
          <Code fz={26} fw={700} p="md" ta="center" block data-testid="one-time-passphrase">
            {secret.passphrase}
          </Code>
          <List size="sm" spacing={4}>
            <List.Item>{t('send.passphraseFile', { file: secret.file })}</List.Item>
            <List.Item>{t('send.passphraseRead')}</List.Item>
            <List.Item>{t('send.passphraseLater')}</List.Item>
          </List>
          <Group justify="space-between">
            <CopyToClipboardButton
              text={secret.passphrase}
              label={t('send.passphraseCopy')}
              copiedLabel={t('send.passphraseCopied')}
            />
            <Button onClick={close}>{t('send.passphraseDone')}</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal opened={opened} onClose={close} title={t('send.title')} size="xl">
      <Stack gap="md" data-testid="send-dialog">
        {ownExpiredOn && (
          <Alert color="red" title={t('card.expiredTitle')} data-testid="send-own-expired">
            {t('send.ownExpired', { date: cardDate(ownExpiredOn) })}
          </Alert>
        )}
        <Radio.Group label={t('send.kind')} value={kind} onChange={(v) => setKind(v as PackageKind)}>
          <Stack gap={6} mt={6}>
            {PACKAGE_KINDS.map((k) => (
              <Radio key={k} value={k} label={t(`send.kinds.${k}`)} description={t(`send.kindHelp.${k}`)} />
            ))}
          </Stack>
        </Radio.Group>

        <Stack gap={6}>
          <Text fw={500} size="sm">
            {t('send.to')}
          </Text>
          {kind !== 'bijwerken' ? (
            <Radio.Group value={to} onChange={(v) => setTo(v as 'contacts' | 'passphrase')}>
              {/* The address book right under its own option: beside each other the two options
                  wrapped, and the list read as belonging to "Eenmalige wachtwoordzin". */}
              <Stack gap={6}>
                <Radio value="contacts" label={t('send.toContacts')} />
                {to === 'contacts' && <Box ml={30}>{contactList}</Box>}
                <Radio value="passphrase" label={t('send.toPassphrase')} />
              </Stack>
            </Radio.Group>
          ) : (
            contactList
          )}
          {unverified && <Alert color="orange">{t('send.unverifiedWarning')}</Alert>}
        </Stack>

        {kind !== 'overdracht' ? (
          <Stack gap={6}>
            <Checkbox.Group
              label={t('send.sections')}
              value={sections}
              onChange={(v) => setSections(v as PackageSection[])}
            >
              <Group gap="md" mt={6}>
                {PACKAGE_SECTIONS.map((s) => (
                  <Checkbox key={s} value={s} label={PACKAGE_SECTION_LABELS[s]} />
                ))}
              </Group>
            </Checkbox.Group>
            <Checkbox
              label={t('send.thirdParties')}
              checked={thirdParties}
              onChange={(e) => setThirdParties(e.currentTarget.checked)}
            />
          </Stack>
        ) : (
          <Checkbox
            label={t('send.coOwner')}
            checked={coOwner}
            onChange={(e) => setCoOwner(e.currentTarget.checked)}
          />
        )}

        {preview && (
          <Stack gap={6} data-testid="send-preview" p="sm" bg="gray.0" style={{ borderRadius: 8 }}>
            <Title order={3} fz="h5">
              {t('send.preview')}
            </Title>
            {preview.since && (
              <Text size="sm">{t('send.since', { when: formatDateTimeNl(preview.since) })}</Text>
            )}
            <List size="sm" spacing={2}>
              {preview.sections.map((s) => (
                <List.Item key={s.section}>
                  {s.label}: {t('send.count', { count: s.count })}
                </List.Item>
              ))}
            </List>
            {preview.omitted.length > 0 && (
              <>
                <Text size="sm" fw={600}>
                  {t('send.omitted')}
                </Text>
                <List size="sm" spacing={2} data-testid="send-omitted">
                  {preview.omitted.map((o) => (
                    <List.Item key={o}>{o}</List.Item>
                  ))}
                </List>
              </>
            )}
            {preview.afterwards && (
              <Text size="sm" fw={600}>
                {preview.afterwards}
              </Text>
            )}
          </Stack>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={() => void submit()} disabled={!ready || !preview} loading={busy}>
            {t('send.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
