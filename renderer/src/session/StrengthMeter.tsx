import { List, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PassphraseStrength } from '../../../src/shared/api';

const COLORS = ['red', 'red', 'yellow', 'teal', 'green'] as const;

/** Bar + the core's own explanation; announced politely to screen readers as it changes. */
export function StrengthMeter({ strength, id }: { strength: PassphraseStrength | null; id: string }) {
  const { t } = useTranslation('session');
  const score = strength?.score ?? 0;
  const label = strength ? t(`strength.level${score}`) : t('strength.empty');
  return (
    <Stack gap={6} id={id} aria-live="polite" data-testid="passphrase-strength" data-score={strength ? score : ''}>
      <Progress
        value={strength ? ((score + 1) / 5) * 100 : 0}
        color={COLORS[score] ?? 'red'}
        size="sm"
        aria-label={t('strength.barLabel', { label })}
      />
      <Text size="sm" fw={strength ? 600 : 400} c={strength ? undefined : 'dimmed'}>
        {label}
      </Text>
      {strength && (
        <>
          <Text size="sm" c={strength.ok ? 'dimmed' : 'red.9'}>
            {strength.message}
          </Text>
          {strength.hints.length > 0 && (
            <List size="sm" c="dimmed" spacing={2}>
              {strength.hints.map((hint) => (
                <List.Item key={hint}>{hint}</List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </Stack>
  );
}
