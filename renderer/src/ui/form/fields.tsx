import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Text, TextInput, Textarea, type TextInputProps, type TextareaProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "123 / 2000 tekens" under a text field, so the limit is known while typing, not only on save. */
function LengthCounter({ length, max }: { length: number; max: number }) {
  const { t } = useTranslation('common');
  const color = length > max ? 'red.8' : length > max * 0.9 ? 'orange.9' : 'dimmed';
  return (
    <Text size="xs" c={color} ta="right" mt={2} data-testid="length-counter" aria-live={length > max * 0.9 ? 'polite' : 'off'}>
      {t('form.length', { count: length, max })}
    </Text>
  );
}

/** The message for a text over its limit (the same words the core uses are fine too). */
export function useTooLong(value: string, max: number): string | null {
  const { t } = useTranslation('common');
  return value.length > max ? t('form.tooLong', { max, over: value.length - max }) : null;
}

/**
 * A text area that shows its limit while typing. No native maxLength: that silently cuts off
 * pasted text; an over-long text is shown as an error at the field instead.
 */
export function LimitedTextarea({ max, value, error, ...props }: Omit<TextareaProps, 'value' | 'maxLength'> & { max: number; value: string }) {
  const tooLong = useTooLong(value, max);
  return (
    <Textarea
      {...props}
      value={value}
      error={error || tooLong || undefined}
      inputContainer={(children: ReactNode) => (
        <>
          {children}
          <LengthCounter length={value.length} max={max} />
        </>
      )}
    />
  );
}

/** A one-line text field with the same live limit. */
export function LimitedTextInput({ max, value, error, ...props }: Omit<TextInputProps, 'value' | 'maxLength'> & { max: number; value: string }) {
  const tooLong = useTooLong(value, max);
  return (
    <TextInput
      {...props}
      value={value}
      error={error || tooLong || undefined}
      inputContainer={(children: ReactNode) => (
        <>
          {children}
          {value.length > max * 0.8 && <LengthCounter length={value.length} max={max} />}
        </>
      )}
    />
  );
}

/**
 * Whole numbers, never silently changed: "−5" is not turned into 0 and "twee" is not dropped.
 * What is typed stays on screen; an invalid value is reported at the field (and to the form
 * through `onProblem`, so it cannot be saved) until it is corrected.
 */
export function IntegerField({
  value,
  onChange,
  onProblem,
  min,
  max,
  error,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'min' | 'max'> & {
  value: number | null;
  onChange: (value: number | null) => void;
  onProblem?: (message: string | null) => void;
  min?: number;
  max?: number;
}) {
  const { t } = useTranslation('common');
  const [raw, setRaw] = useState(value === null ? '' : String(value));
  const [problem, setProblem] = useState<string | null>(null);
  const lastEmitted = useRef<number | null>(value);
  // A new value from outside (a restored draft, another record): show it.
  useEffect(() => {
    if (value !== lastEmitted.current) {
      lastEmitted.current = value;
      setRaw(value === null ? '' : String(value));
      setProblem(null);
      onProblem?.(null);
    }
  }, [value]);

  const interpret = (text: string): { value: number | null; problem: string | null } => {
    // Accept the minus sign as typed on any keyboard (U+2212 too) and spaces around the number.
    const s = text.trim().replace(/\u2212/g, '-');
    if (s === '') return { value: null, problem: null };
    if (!/^-?\d{1,12}$/.test(s)) return { value: null, problem: t('form.notANumber') };
    const n = Number(s);
    if (min !== undefined && n < min) return { value: null, problem: t('form.tooSmall', { min }) };
    if (max !== undefined && n > max) return { value: null, problem: t('form.tooLarge', { max }) };
    return { value: n, problem: null };
  };

  return (
    <TextInput
      {...props}
      inputMode="numeric"
      value={raw}
      error={problem || error || undefined}
      onChange={(e) => {
        const text = e.currentTarget.value;
        setRaw(text);
        const r = interpret(text);
        setProblem(r.problem);
        onProblem?.(r.problem);
        if (!r.problem) {
          lastEmitted.current = r.value;
          onChange(r.value);
        }
      }}
    />
  );
}
