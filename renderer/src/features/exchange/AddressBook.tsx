import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconShieldCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_KIND_LABELS, cardExpired, type Contact } from '../../../../src/shared/domain/exchange';
import { cardDate } from './cardParts';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useDraftDialog } from '../../ui/form/useDraftDialog';
import { AddContactModal } from './AddContactModal';

const NO_RECORDS: readonly { id: string }[] = [];

/** Colleagues' and partner schools' cards, each verified (fingerprint compared) or not. */
export function AddressBook() {
  const { t } = useTranslation('exchange');
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  // Reopens by itself when the vault holds a half-filled card from before a lock.
  const add = useDraftDialog<{ id: string }>({ dossierId: null, kind: 'contact', records: NO_RECORDS });

  const load = useCallback(() => {
    call('exchange.listContacts', {}).then(setContacts, notifyError);
  }, []);
  useEffect(load, [load]);

  const setVerified = async (c: Contact, verified: boolean) => {
    try {
      await call('exchange.setVerified', { contactId: c.id, verified });
      load();
    } catch (err) {
      notifyError(err);
    }
  };
  const remove = async (c: Contact) => {
    if (!window.confirm(t('book.removeConfirm', { name: c.name }))) return;
    try {
      await call('exchange.removeContact', { contactId: c.id });
      notifySuccess(t('book.removed', { name: c.name }));
      load();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Paper component="section" p="lg" aria-labelledby="exchange-book" data-section="address-book">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h4" id="exchange-book">
            {t('book.title')}
          </Title>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={add.openNew}>
            {t('book.add')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('book.description')}
        </Text>
        {contacts && contacts.length === 0 && <Text>{t('book.empty')}</Text>}
        {contacts && contacts.length > 0 && (
          <Table verticalSpacing="xs" data-testid="contacts">
            <Table.Tbody>
              {contacts.map((c) => (
                <Table.Tr key={c.id} data-testid="contact-row">
                  <Table.Td>
                    <Text fw={600}>{c.name}</Text>
                    <Text size="sm" c="dimmed">
                      {[CONTACT_KIND_LABELS[c.kind], c.organisation].filter(Boolean).join(' · ')}
                    </Text>
                    {/* Under the name, at full width: in a narrow column of their own the
                        badges were cut off ("GEV…") beside the fingerprint. */}
                    <Group gap={6} mt={4} wrap="wrap">
                      {c.verified ? (
                        <Badge color="teal.9" leftSection={<IconShieldCheck size={14} aria-hidden />}>
                          {t('book.verified')}
                        </Badge>
                      ) : (
                        <Badge color="orange" variant="light">
                          {t('book.unverified')}
                        </Badge>
                      )}
                      {c.validUntil && cardExpired(c.validUntil, new Date().toISOString()) ? (
                        <Badge color="red.9" data-testid="contact-expired">
                          {t('book.expired', { date: cardDate(c.validUntil) })}
                        </Badge>
                      ) : (
                        <Text size="xs" c="gray.8">
                          {c.validUntil ? t('book.validUntil', { date: cardDate(c.validUntil) }) : t('book.validUnknown')}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text ff="monospace" size="sm">
                      {c.fingerprint}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => void setVerified(c, !c.verified)}>
                        {c.verified ? t('book.unverify') : t('book.verify')}
                      </Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => void remove(c)}>
                        {t('book.remove')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <AddContactModal opened={add.opened} onClose={add.close} onAdded={load} />
    </Paper>
  );
}
