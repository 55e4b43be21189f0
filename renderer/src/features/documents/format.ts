const TZ = 'Europe/Amsterdam';

/** "28 nov. 2026, 14:05" in the app's locale. */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: TZ }).format(new Date(iso));
}
