// When ordering for a shift on a business date closes (Shift.batasPesanMenit): tanggal + jamMulai − batas, read
// on the wall clock of APP_TIMEZONE. A shift starting at 23:00 starts on its own date, so it closes on that date.
import { wallClock, zonedInstant } from '../../common/clock';
import { Shift } from '../../entities';

const MINUTE_MS = 60_000;

/** The instant ordering closes for `shift` on `tanggal`; null when the shift has no cut-off. */
export function orderingClosesAt(
  shift: Pick<Shift, 'jamMulai' | 'batasPesanMenit'>,
  tanggal: string,
  timeZone: string,
): Date | null {
  if (shift.batasPesanMenit == null) return null;
  const start = zonedInstant(tanggal, shift.jamMulai, timeZone);
  return new Date(start.getTime() - shift.batasPesanMenit * MINUTE_MS);
}

/** Ordering is closed from the cut-off instant itself onwards. */
export function orderingClosed(closesAt: Date | null, now: Date): closesAt is Date {
  return closesAt !== null && now.getTime() >= closesAt.getTime();
}

/** The instant as people read it: wall clock in `timeZone`, then the ISO instant. */
export function describeInstant(instant: Date, timeZone: string): string {
  const clock = wallClock(instant, timeZone);
  const local = `${clock.year}-${clock.month}-${clock.day} ${clock.hour}:${clock.minute}`;
  return `${local} ${timeZone} (${instant.toISOString()})`;
}
