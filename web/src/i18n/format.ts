// Dates and times as the canteen reads them, through Intl in APP_TIMEZONE (the IntlProvider carries the zone).
import type { IntlShape } from 'react-intl';

/** A business date (YYYY-MM-DD) in words: "Rabu, 2 Desember 2026". */
export function formatTanggal(intl: IntlShape, tanggal: string, withWeekday = true): string {
  return intl.formatDate(new Date(`${tanggal}T12:00:00Z`), {
    timeZone: 'UTC',
    ...(withWeekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** An instant's wall-clock time in APP_TIMEZONE: "13.05" (id) or "13:05" (en). */
export function formatJam(intl: IntlShape, instant: string | Date): string {
  return intl.formatTime(instant, { hour: '2-digit', minute: '2-digit', hour12: false });
}

/** An instant with its date: "2 Des 2026 13.05". */
export function formatWaktu(intl: IntlShape, instant: string | Date): string {
  return intl.formatDate(instant, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}
