import type { ReactNode } from 'react';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/nl';

/** Date pickers in Dutch (month names, Monday first), bundled locally like everything else. */
export function DatesNl({ children }: { children: ReactNode }) {
  return <DatesProvider settings={{ locale: 'nl', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
