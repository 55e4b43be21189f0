import { Code, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDateNl } from '../../ui/datetime';

/** A card's last valid day (YYYY-MM-DD) in Dutch, read at midday so no time zone moves it. */
export const cardDate = (validUntil: string): string => formatDateNl(`${validUntil}T12:00:00.000Z`);

/** The fingerprint to read aloud on the phone: large, with what to do with it underneath. */
export function FingerprintBlock({
  label,
  fingerprint,
  testId,
  children,
}: {
  label: string;
  fingerprint: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Stack gap={2}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Code fz="xl" fw={700} px="md" py="xs" w="fit-content" data-testid={testId}>
        {fingerprint}
      </Code>
      {children}
    </Stack>
  );
}
