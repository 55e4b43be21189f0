import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPackageImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { notifyError } from '../../ui/notify';
import { HelpTitle } from '../help/HelpTitle';
import { AddressBook } from './AddressBook';
import { ImportModal } from './ImportModal';
import { ExpiredCardNotice, MyCardPanel, useMyCard } from './MyCardPanel';

/** "Overdragen en delen": my card, the address book, and opening a package that came in. */
export function ExchangeScreen() {
  const { t } = useTranslation('exchange');
  const myCard = useMyCard();
  const [pending, setPending] = useState<{ token: string; needsPassphrase: boolean } | null>(null);

  const open = async () => {
    try {
      const r = await call('exchange.chooseImport', {});
      if (!r.cancelled) setPending({ token: r.token, needsPassphrase: r.needsPassphrase });
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="lg" maw={900} data-screen="exchange">
      <div>
        <HelpTitle section="een-dossier-overdragen-of-delen">
          <Title order={1}>{t('title')}</Title>
        </HelpTitle>
        <Text c="dimmed">{t('intro')}</Text>
      </div>
      <ExpiredCardNotice state={myCard} />
      <Paper component="section" p="lg" aria-labelledby="exchange-receive" data-section="receive">
        <Stack gap="sm" align="flex-start">
          <Title order={2} fz="h4" id="exchange-receive">
            {t('receive.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('receive.description')}
          </Text>
          <Button leftSection={<IconPackageImport size={16} aria-hidden />} onClick={() => void open()}>
            {t('receive.open')}
          </Button>
        </Stack>
      </Paper>
      <MyCardPanel state={myCard} />
      <AddressBook />
      <ImportModal
        token={pending?.token ?? null}
        needsPassphrase={pending?.needsPassphrase ?? false}
        onClose={() => setPending(null)}
      />
    </Stack>
  );
}
