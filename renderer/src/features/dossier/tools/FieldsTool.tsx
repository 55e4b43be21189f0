import { CLEAR_BUTTON } from '../parts/clearButton';
import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { DateTimeField } from '../parts/DateTimeField';
import { dataString } from '../logic';
import { isoToPicker, pickerToIso } from '../../../ui/datetime';
import type { ToolProps } from './types';

export interface ToolField {
  key: string;
  label: string;
  kind: 'text' | 'textarea' | 'datetime' | 'date';
  description?: string;
  placeholder?: string;
}

/** A small record of named fields inside the step's data (who, when, what was agreed). */
export function FieldsTool({
  fields,
  data,
  setData,
  readOnly,
}: Pick<ToolProps, 'data' | 'setData' | 'readOnly'> & { fields: ToolField[] }) {
  const short = fields.filter((f) => f.kind !== 'textarea');
  const long = fields.filter((f) => f.kind === 'textarea');
  return (
    <Stack gap="sm">
      {short.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {short.map((f) => {
            const value = dataString(data, f.key);
            if (f.kind === 'datetime') {
              return (
                <DateTimeField
                  key={f.key}
                  label={f.label}
                  description={f.description}
                  value={isoToPicker(value)}
                  onChange={(v) => setData({ [f.key]: pickerToIso(v) ?? '' })}
                  clearable
                  disabled={readOnly}
                  valueFormat="D MMMM YYYY HH:mm"
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
                  onChange={(v) => setData({ [f.key]: v ?? '' })}
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
                onChange={(e) => setData({ [f.key]: e.currentTarget.value })}
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
          value={dataString(data, f.key)}
          onChange={(e) => setData({ [f.key]: e.currentTarget.value })}
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
