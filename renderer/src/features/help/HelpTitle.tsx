import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { HelpLink } from './HelpLink';
import type { HelpSectionId } from './sections';

/** A screen's title with its "Hulp" button right after it, on one line. */
export function HelpTitle({ section, children }: { section: HelpSectionId; children: ReactNode }) {
  return (
    <Group gap="sm" align="center" wrap="nowrap">
      {children}
      <HelpLink section={section} />
    </Group>
  );
}
