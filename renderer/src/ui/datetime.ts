/**
 * Dates and times in the UI: Mantine pickers speak local 'YYYY-MM-DD HH:mm:ss', the core speaks
 * ISO instants; shown in Dutch. Pure (tests/unit/renderer/view-logic.test.ts).
 */

const DATE_TIME_NL = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DATE_NL = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** Mantine date pickers speak 'YYYY-MM-DD HH:mm:ss' in local time; the core speaks ISO with offset. */
export function pickerToIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const d = new Date(value.includes('T') ? value : value.replace(' ', 'T'));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function isoToPicker(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:00`;
}

export function formatDateTimeNl(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : DATE_TIME_NL.format(d);
}

/**
 * A span of moments: one moment when both fall in the same minute ("wo 2 dec 2026, 07:53", not
 * the same time twice), the date once when they fall on the same day.
 */
export function formatTimeSpanNl(fromIso: string, toIso: string): string {
  const from = formatDateTimeNl(fromIso);
  const to = formatDateTimeNl(toIso);
  if (from === to) return from;
  const cut = (text: string) => {
    const i = text.lastIndexOf(', ');
    return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + 2)];
  };
  const [fromDay, fromTime] = cut(from);
  const [toDay, toTime] = cut(to);
  return fromDay === toDay && fromTime && toTime ? `${from} – ${toTime}` : `${from} – ${to}`;
}

export function formatDateNl(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : DATE_NL.format(d);
}

export function isOverdue(dueIso: string | null | undefined, now: Date): boolean {
  if (!dueIso) return false;
  const t = Date.parse(dueIso);
  return !Number.isNaN(t) && t < now.getTime();
}
