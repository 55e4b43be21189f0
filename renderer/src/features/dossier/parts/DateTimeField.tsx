import { DateTimePicker, type DateTimePickerProps } from '@mantine/dates';
import { CLEAR_BUTTON } from './clearButton';

/**
 * DateTimePicker renders a button; screen readers (and axe) need its name on the button
 * itself, so the visible label is repeated as aria-label.
 */
export function DateTimeField(props: DateTimePickerProps) {
  const name = typeof props.label === 'string' ? props.label : undefined;
  return (
    <DateTimePicker
      aria-label={name}
      valueFormat="D MMMM YYYY HH:mm"
      clearButtonProps={CLEAR_BUTTON}
      {...props}
    />
  );
}
