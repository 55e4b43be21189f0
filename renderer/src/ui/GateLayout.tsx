import { Box, Center, Group, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark';

/**
 * The frame of every screen shown before the vault is open (start, first run, lock):
 * one calm card in the middle, the brand above it, a language switch in the corner.
 */
export function GateLayout({
  screen,
  children,
  corner,
  width = 540,
}: {
  screen: string;
  children: ReactNode;
  corner?: ReactNode;
  width?: number;
}) {
  return (
    <Box
      component="main"
      data-screen={screen}
      mih="100%"
      py="xl"
      px="md"
      style={{ background: 'linear-gradient(180deg, var(--mantine-color-vangnet-0) 0%, var(--mantine-color-gray-0) 60%)' }}
    >
      <Group justify="flex-end" h={32}>
        {corner}
      </Group>
      <Center>
        <Stack w="100%" maw={width} gap="lg">
          <Center>
            <BrandMark size="lg" />
          </Center>
          <Paper p="xl" shadow="sm">
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
