import { Button, Code, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyCard } from '../../../../src/shared/domain/exchange';
import { call } from '../../api/client';
import { CopyToClipboardButton } from '../../ui/CopyToClipboardButton';
import { notifyError, notifySuccess } from '../../ui/notify';

/** "Mijn Vangnet-kaart": the fingerprint to read aloud, the text to paste, a file to save. */
export function MyCardPanel() {
  const { t } = useTranslation('exchange');
  const [card, setCard] = useState<MyCard | null>(null);
  useEffect(() => {
    call('exchange.myCard', {}).then(setCard, notifyError);
  }, []);

  const save = async () => {
    try {
      const r = await call('exchange.saveMyCard', {});
      if (!r.cancelled) notifySuccess(t('card.saved', { file: r.file }));
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Paper component="section" p="lg" aria-labelledby="exchange-card" data-section="my-card">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="exchange-card">
          {t('card.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('card.description')}
        </Text>
        {card && (
          <>
            <Stack gap={2}>
              <Text fw={600} size="sm">
                {t('card.fingerprint')}
              </Text>
              <Code fz="xl" fw={700} px="md" py="xs" w="fit-content" data-testid="my-fingerprint">
                {card.fingerprint}
              </Code>
              <Text size="sm" c="dimmed">
                {t('card.fingerprintHint')}
              </Text>
            </Stack>
            <Textarea
              label={t('card.text')}
              value={card.text}
              readOnly
              autosize
              minRows={2}
              styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
              data-testid="my-card-text"
            />
            <Group gap="sm">
              <CopyToClipboardButton text={card.text} label={t('card.copy')} copiedLabel={t('card.copied')} />
              <Button
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => void save()}
              >
                {t('card.save')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
