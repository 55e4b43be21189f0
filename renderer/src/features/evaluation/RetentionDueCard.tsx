import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OverviewData } from '../../../../src/shared/api';

/** On the overview: dossiers marked "te vernietigen" and closed dossiers past their retention (AVG). */
export function RetentionDueCard({ items }: { items: NonNullable<OverviewData['retentionDue']> }) {
  const { t } = useTranslation('evaluation');
  const navigate = useNavigate();
  if (items.length === 0) return null;
  // Marks come first: they are what the user must see (and may lift) before anything is erased.
  const marked = items.filter((i) => i.mark);
  const expired = items.filter((i) => !i.mark);
  return (
    <Card withBorder padding="md" data-testid="retention-due-card">
      <Group gap={6} mb="xs">
        <IconClockExclamation size={18} color="var(--mantine-color-orange-7)" aria-hidden />
        <Title order={2} size="h4">
          {t('retention.overviewTitle')}
        </Title>
      </Group>
      {marked.length > 0 && (
        <Text size="sm" c="red.8" fw={600} data-testid="retention-marked-overview">
          {t('retention.overviewMarked', { count: marked.length, numbers: marked.map((i) => i.number).join(', ') })}
        </Text>
      )}
      {expired.length > 0 && (
        <>
          <Text size="sm">{t('retention.overviewText', { count: expired.length })}</Text>
          <Text size="xs" c="dimmed" mb="xs">
            {expired.map((i) => i.number).join(', ')}
          </Text>
        </>
      )}
      <Button size="xs" variant="default" onClick={() => navigate('/bewaartermijn')}>
        {t('retention.overviewLink')}
      </Button>
    </Card>
  );
}
