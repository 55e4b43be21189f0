import { Title } from '@mantine/core';

export function DossierScreen() {
  return <Title order={1}>Dossier</Title>;
}
