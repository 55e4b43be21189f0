import { Title } from '@mantine/core';

export function OverviewScreen() {
  return <Title order={1}>Overzicht</Title>;
}
