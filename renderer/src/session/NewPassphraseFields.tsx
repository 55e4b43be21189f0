import { PasswordInput, Stack } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassphraseStrength } from '../../../src/shared/api';
import { StrengthMeter } from './StrengthMeter';

export interface NewPassphraseValue {
  passphrase: string;
  repeat: string;
}

/** True when the pair may be submitted: strong enough per the core and typed the same twice. */
export function newPassphraseReady(value: NewPassphraseValue, strength: PassphraseStrength | null): boolean {
  return Boolean(strength?.ok) && value.passphrase.length > 0 && value.passphrase === value.repeat;
}

/** A new passphrase twice, with live strength feedback. */
export function NewPassphraseFields({
  value,
  onChange,
  strength,
  label,
  showErrors,
}: {
  value: NewPassphraseValue;
  onChange: (value: NewPassphraseValue) => void;
  /** From usePassphraseStrength(value.passphrase) in the parent, which also needs it to submit. */
  strength: PassphraseStrength | null;
  label?: string;
  /** Show "not the same" only after a submit attempt or once the repeat is complete. */
  showErrors: boolean;
}) {
  const { t } = useTranslation('session');
  const meterId = useId();

  const mismatch =
    value.repeat.length > 0 && value.repeat !== value.passphrase && (showErrors || value.repeat.length >= value.passphrase.length);
  return (
    <Stack gap="sm">
      <PasswordInput
        label={label ?? t('passphrase.new')}
        description={t('passphrase.newDescription')}
        value={value.passphrase}
        onChange={(e) => onChange({ ...value, passphrase: e.currentTarget.value })}
        aria-describedby={meterId}
        autoComplete="new-password"
        required
        error={showErrors && strength && !strength.ok ? t('passphrase.tooWeak') : undefined}
      />
      <StrengthMeter strength={strength} id={meterId} />
      <PasswordInput
        label={t('passphrase.repeat')}
        value={value.repeat}
        onChange={(e) => onChange({ ...value, repeat: e.currentTarget.value })}
        autoComplete="new-password"
        required
        error={mismatch ? t('passphrase.mismatch') : showErrors && !value.repeat ? t('passphrase.repeatMissing') : undefined}
      />
    </Stack>
  );
}
