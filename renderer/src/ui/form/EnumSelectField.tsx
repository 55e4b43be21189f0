import { NativeSelect, type NativeSelectProps } from '@mantine/core';

/**
 * A native select over one of the domain's enums (platform, tone, status, …): the values in
 * their order, each shown by its label, and a typed onChange — so a form does not repeat the
 * options mapping and the cast for every enum field.
 */
export function EnumSelectField<T extends string>({
  values,
  labels,
  value,
  onChange,
  ...props
}: Omit<NativeSelectProps, 'data' | 'value' | 'onChange'> & {
  values: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <NativeSelect
      {...props}
      data={values.map((v) => ({ value: v, label: labels[v] }))}
      value={value}
      onChange={(ev) => onChange(ev.currentTarget.value as T)}
    />
  );
}
