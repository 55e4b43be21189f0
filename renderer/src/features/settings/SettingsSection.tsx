import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AppSettings } from '../../../../src/shared/api';

/** What a section that edits settings receives from the settings screen. */
export interface SettingsSectionProps {
  settings: AppSettings;
  onSaved: (settings: AppSettings) => void;
}

/** One titled card on the settings screen; the heading labels the region for screen readers. */
export function SettingsSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const headingId = `settings-${id}`;
  return (
    <Paper component="section" p="lg" aria-labelledby={headingId} data-section={id}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={headingId}>
          {title}
        </Title>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
