// The clock and the business calendar: "now" is injectable, dates are in APP_TIMEZONE whatever the server's zone.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const calendarFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of `instant` in `timeZone`. */
export function calendarDate(instant: Date, timeZone: string): string {
  // One formatter per zone: making one costs about a millisecond of CPU (ICU), formatting with it microseconds.
  let format = calendarFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    calendarFormats.set(timeZone, format);
  }
  return format.format(instant);
}
