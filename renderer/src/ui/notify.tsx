import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
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
    return err.key && i18n.exists(key) ? i18n.t(key, { ...err.params }) : err.message;
  }
  if (typeof err === 'string') return err;
  return i18n.t('common:errors.unexpected');
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
