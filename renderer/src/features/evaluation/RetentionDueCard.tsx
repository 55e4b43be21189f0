import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OverviewData } from '../../../../src/shared/api';

/** On the overview: closed dossiers whose retention period has passed (AVG), with a way to act. */
export function RetentionDueCard({ items }: { items: NonNullable<OverviewData['retentionDue']> }) {
  const { t } = useTranslation('evaluation');
  const navigate = useNavigate();
  if (items.length === 0) return null;
  return (
    <Card withBorder padding="md" data-testid="retention-due-card">
      <Group gap={6} mb="xs">
        <IconClockExclamation size={18} color="var(--mantine-color-orange-7)" aria-hidden />
        <Title order={2} size="h4">
          {t('retention.overviewTitle')}
        </Title>
      </Group>
      <Text size="sm">{t('retention.overviewText', { count: items.length })}</Text>
      <Text size="xs" c="dimmed" mb="xs">
        {items.map((i) => i.number).join(', ')}
      </Text>
      <Button size="xs" variant="default" onClick={() => navigate('/bewaartermijn')}>
        {t('retention.overviewLink')}
      </Button>
    </Card>
  );
}
