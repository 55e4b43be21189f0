import { Title } from '@mantine/core';

export function IntakeScreen() {
  return <Title order={1}>Nieuwe casus</Title>;
}
