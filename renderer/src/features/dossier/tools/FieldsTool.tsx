import { CLEAR_BUTTON } from '../../../ui/form/DateTimeField';
import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { ToolKind } from '../../../../../src/shared/protocol';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { isoToPicker, pickerToIso } from '../../../ui/datetime';
import type { ToolProps, ToolRecordFields } from './types';

/** Keys of a record whose value is text (or a time/date, stored as text or null). */
type TextKey<K extends ToolKind> = {
  [F in keyof ToolRecordFields<K>]: ToolRecordFields<K>[F] extends string | null ? F : never;
}[keyof ToolRecordFields<K>] &
  string;

export interface ToolField<K extends ToolKind> {
  key: TextKey<K>;
  label: string;
  kind: 'text' | 'textarea' | 'datetime' | 'date';
  description?: string;
  placeholder?: string;
  /** For a past-tense moment ("contact gehad op"): the picker offers nothing after now. */
  past?: boolean;
}

/** A small record of named fields inside the step's typed record (who, when, what was agreed). */
export function FieldsTool<K extends ToolKind>({
  fields,
  data,
  setData,
  readOnly,
}: Pick<ToolProps<K>, 'data' | 'setData' | 'readOnly'> & { fields: Array<ToolField<NoInfer<K>>> }) {
  const short = fields.filter((f) => f.kind !== 'textarea');
  const long = fields.filter((f) => f.kind === 'textarea');
  const valueOf = (key: TextKey<K>): string => {
    const v = (data as Record<string, unknown>)[key];
    return typeof v === 'string' ? v : '';
  };
  const set = (key: TextKey<K>, value: string | null) =>
    setData({ [key]: value } as unknown as Partial<ToolRecordFields<K>>);
  return (
    <Stack gap="sm">
      {short.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {short.map((f) => {
            const value = valueOf(f.key);
            if (f.kind === 'datetime') {
              return (
                <DateTimeField
                  key={f.key}
                  label={f.label}
                  description={f.description}
                  value={isoToPicker(value)}
                  onChange={(v) => set(f.key, pickerToIso(v))}
                  clearable
                  disabled={readOnly}
                  valueFormat="D MMMM YYYY HH:mm"
                  {...(f.past ? { maxDate: new Date() } : {})}
                />
              );
            }
            if (f.kind === 'date') {
              return (
                <DateInput
                  clearButtonProps={CLEAR_BUTTON}
                  key={f.key}
                  label={f.label}
                  description={f.description}
                  value={value || null}
                  onChange={(v) => set(f.key, v || null)}
                  clearable
                  disabled={readOnly}
                  valueFormat="D MMMM YYYY"
                />
              );
            }
            return (
              <TextInput
                key={f.key}
                label={f.label}
                description={f.description}
                placeholder={f.placeholder}
                value={value}
                onChange={(e) => set(f.key, e.currentTarget.value)}
                maxLength={200}
                disabled={readOnly}
              />
            );
          })}
        </SimpleGrid>
      )}
      {long.map((f) => (
        <Textarea
          key={f.key}
          label={f.label}
          description={f.description}
          placeholder={f.placeholder}
          value={valueOf(f.key)}
          onChange={(e) => set(f.key, e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={10}
          maxLength={10000}
          disabled={readOnly}
        />
      ))}
    </Stack>
  );
}
