import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconDownload, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardExpired, type MyCard } from '../../../../src/shared/domain/exchange';
import { FingerprintBlock, cardDate } from './cardParts';
import { call } from '../../api/client';
import { CopyToClipboardButton } from '../../ui/CopyToClipboardButton';
import { notifyError, notifySuccess } from '../../ui/notify';

/** The own card, loaded once, and its renewal: the screen's top notice and the panel share it. */
export function useMyCard() {
  const { t } = useTranslation('exchange');
  const [card, setCard] = useState<MyCard | null>(null);
  useEffect(() => {
    call('exchange.myCard', {}).then(setCard, notifyError);
  }, []);
  const [renewing, setRenewing] = useState(false);
  const renew = async () => {
    setRenewing(true);
    try {
      const next = await call('exchange.renewCard', {});
      setCard(next);
      notifySuccess(t('card.renewed', { date: cardDate(next.card.validUntil) }));
    } catch (err) {
      notifyError(err);
    } finally {
      setRenewing(false);
    }
  };
  const expired = card ? cardExpired(card.card.validUntil, new Date().toISOString()) : false;
  return { card, renew, renewing, expired };
}

export type MyCardState = ReturnType<typeof useMyCard>;

/**
 * An expired own card blocks sending and others' imports: said at the top of the screen, with
 * the way out in the same box (at the panel it sat below the fold on a 768-pixel screen).
 */
export function ExpiredCardNotice({ state }: { state: MyCardState }) {
  const { t } = useTranslation('exchange');
  const { card, expired, renew, renewing } = state;
  if (!card || !expired) return null;
  return (
    <Alert color="red" title={t('card.expiredTitle')} data-testid="my-card-validity">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('card.expired', { date: cardDate(card.card.validUntil) })}</Text>
        <Button color="red" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => void renew()} loading={renewing}>
          {t('card.renew')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** "Mijn Vangnet-kaart": the fingerprint to read aloud, the text to paste, a file to save. */
export function MyCardPanel({ state }: { state: MyCardState }) {
  const { t } = useTranslation('exchange');
  const { card, expired, renew, renewing } = state;
  // Renewing makes sense in the card's last three months (or once it has expired).
  const renewable = card ? Date.parse(`${card.card.validUntil}T00:00:00Z`) - Date.now() < 92 * 86_400_000 : false;

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
            <FingerprintBlock label={t('card.fingerprint')} fingerprint={card.fingerprint} testId="my-fingerprint">
              <Text size="sm" c="dimmed">
                {t('card.fingerprintHint')}
              </Text>
            </FingerprintBlock>
            {expired ? (
              <Text size="sm" c="red.9" fw={600}>
                {t('card.expiredShort', { date: cardDate(card.card.validUntil) })}
              </Text>
            ) : (
              <Text size="sm" data-testid="my-card-validity">
                {t('card.validUntil', { date: cardDate(card.card.validUntil) })}
              </Text>
            )}
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
              {!expired && (
                <Button
                  variant={renewable ? 'filled' : 'default'}
                  leftSection={<IconRefresh size={16} aria-hidden />}
                  onClick={() => void renew()}
                  loading={renewing}
                >
                  {t('card.renew')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
