import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconShieldHalfFilled } from '@tabler/icons-react';

/** The Vangnet name with its shield: the same in the header and on the lock screens. */
export function BrandMark({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const large = size === 'lg';
  return (
    <Group gap="xs" wrap="nowrap">
      <ThemeIcon size={large ? 40 : 32} radius="md" variant="filled" aria-hidden>
        <IconShieldHalfFilled size={large ? 24 : 20} />
      </ThemeIcon>
      <Text fw={700} fz={large ? 26 : 20} c="vangnet.9" lh={1}>
        Vangnet
      </Text>
    </Group>
  );
}
