import { DatesProvider, DateTimePicker, type DateTimePickerProps } from '@mantine/dates';
import 'dayjs/locale/nl';

/** Mantine's clear (×) buttons have no text; this gives them a Dutch accessible name. */
export const CLEAR_BUTTON = { 'aria-label': 'Wissen' } as const;

/**
 * The one date-and-time field of the app: a Dutch picker ("27 november 2026 14:30", Monday
 * first) everywhere, never the browser's native field (US format in some locales).
 * DateTimePicker renders a button; screen readers (and axe) need its name on the button
 * itself, so the visible label is repeated as aria-label. The calendar's controls get Dutch
 * names too, so keyboard and screen-reader users (and tests) can find them.
 */
export function DateTimeField(props: DateTimePickerProps) {
  const name = typeof props.label === 'string' ? props.label : undefined;
  return (
    <DatesProvider settings={{ locale: 'nl', firstDayOfWeek: 1 }}>
      <DateTimePicker
        aria-label={name}
        valueFormat="D MMMM YYYY HH:mm"
        clearButtonProps={CLEAR_BUTTON}
        nextLabel="Volgende maand"
        previousLabel="Vorige maand"
        submitButtonProps={{ 'aria-label': 'Datum en tijd kiezen' }}
        {...props}
      />
    </DatesProvider>
  );
}
