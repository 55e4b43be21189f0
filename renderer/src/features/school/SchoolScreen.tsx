import { Title } from '@mantine/core';

export function SchoolScreen() {
  return <Title order={1}>Schoolprofiel</Title>;
}
