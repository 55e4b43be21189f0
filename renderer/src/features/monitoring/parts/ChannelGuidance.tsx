import { Alert, Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TAKEDOWN_GUIDANCE, type TakedownChannel } from '../../../../../src/shared/domain';
import { allowedExternalUrl } from '../../../../../src/shared/links';

/** Who may file, what is needed and where to go, for one takedown channel. */
export function ChannelGuidance({ channel }: { channel: TakedownChannel }) {
  const { t } = useTranslation('monitoring');
  const g = TAKEDOWN_GUIDANCE[channel];
  return (
    <Card withBorder padding="md" bg="gray.0" data-testid="channel-guidance">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('guidance.title', { channel: g.title })}
        </Title>
        {g.caution && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} p="xs">
            <Text size="sm">{g.caution}</Text>
          </Alert>
        )}
        <Text size="sm" fw={600}>
          {t('guidance.who')}
        </Text>
        <Text size="sm">{g.who}</Text>
        <Text size="sm" fw={600}>
          {t('guidance.needed')}
        </Text>
        <List size="sm" spacing={2}>
          {g.needed.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
        </List>
        <Text size="sm" fw={600}>
          {t('guidance.how')}
        </Text>
        <Text size="sm">{g.how}</Text>
        <Text size="sm" fw={600}>
          {t('guidance.links')}
        </Text>
        {g.links.map((link) => {
          const url = allowedExternalUrl(link.url);
          return (
            <Group key={link.url} gap={6}>
              <IconExternalLink size={14} aria-hidden />
              {url ? (
                <Anchor href={url} target="_blank" rel="noopener noreferrer" size="sm">
                  {link.label}
                </Anchor>
              ) : (
                <Text size="sm">{link.label}</Text>
              )}
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}
