import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { phraseValues, type ErrorPhrase } from '../../../src/shared/errors';
import { ApiError } from '../api/client';
import i18n from '../i18n';

/**
 * Text for any failure: an ApiError's catalog sentence in the UI language (errors:<key> with
 * its parameters; the core's Dutch text when the error has no key), a given string as is, and
 * a calm generic sentence for anything else (never a stack trace or an English exception).
 */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) {
    const key = `errors:${err.key ?? ''}`;
    // Listed params (open work, held-back rows) are phrases: each is said in the UI language too.
    return err.key && i18n.exists(key) ? i18n.t(key, phraseValues(err.params, sayPhrase)) : err.message;
  }
  if (typeof err === 'string') return err;
  return i18n.t('common:errors.unexpected');
}

const sayPhrase = (key: string, values: Record<string, string | number>): string => i18n.t(`errors:${key}`, values);

/** A catalog phrase from the core (a letter warning, why a row is held back) in the UI language. */
export function phraseText(phrase: ErrorPhrase): string {
  return sayPhrase(phrase.key, phraseValues(phrase.params, sayPhrase));
}

export function notifySuccess(message: string, title?: string): void {
  notifications.show({
    color: 'teal',
    title,
    message,
    icon: <IconCheck size={18} aria-hidden />,
    autoClose: 6000,
  });
}

/** Errors stay longer: a stressed user must be able to read them. */
export function notifyError(err: unknown, title?: string): void {
  notifications.show({
    color: 'red',
    title: title ?? i18n.t('common:errors.title'),
    message: errorMessage(err),
    icon: <IconAlertTriangle size={18} aria-hidden />,
    autoClose: 12000,
  });
}
