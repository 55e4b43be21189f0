import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { HelpTitle } from '../features/help/HelpTitle';
import type { HelpSectionId } from '../features/help/sections';
import { errorMessage } from './notify';

/** A school-level screen's title with its "Hulp" link, the intro below it, and actions on the right. */
export function ScreenHeader({
  title,
  intro,
  help,
  actions,
}: {
  title: string;
  intro: ReactNode;
  help: HelpSectionId;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Stack gap={2}>
        <HelpTitle section={help}>
          <Title order={1}>{title}</Title>
        </HelpTitle>
        <Text c="dimmed">{intro}</Text>
      </Stack>
      {actions && (
        <Group gap="sm" wrap="nowrap">
          {actions}
        </Group>
      )}
    </Group>
  );
}

/**
 * Data a screen loads from the core when it mounts, with `reload` after a change. A failure
 * keeps the last data and gives the (Dutch, translated) message.
 */
export function useScreenData<T>(load: () => Promise<T>) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The loader is fixed per screen: the callback is made once.
  const reload = useCallback(async () => {
    try {
      setData(await load());
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload };
}

/** What a screen shows before its data is there: the error, else a labelled loader. */
export function ScreenPending({ error, label }: { error: string | null; label: string }) {
  if (error) return <Alert color="red">{error}</Alert>;
  return <Loader aria-label={label} />;
}
