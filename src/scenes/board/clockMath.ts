/**
 * The wall clock's geometry. Scenario minutes count from 1970-01-01 00:00 on the scenario's own
 * clock (see src/engine/time.ts), so 1962 is negative; these helpers only ever look at the time of
 * day. Angles are degrees clockwise from twelve o'clock. Pure: tested in Node.
 */

const MINUTES_PER_DAY = 1440;
const MINUTES_PER_DIAL = 720;

export function minuteOfDay(minutes: number): number {
  return ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** Where the hands point at a time of day (or at any number of minutes past a midnight). */
export function handAngles(minutes: number): { hour: number; minute: number } {
  const m = ((minutes % MINUTES_PER_DIAL) + MINUTES_PER_DIAL) % MINUTES_PER_DIAL;
  return { hour: m / 2, minute: (m % 60) * 6 };
}

/** "14:05" → minutes past midnight, or null if the text is not a time. */
export function parseClockText(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const mins = Number(match[2]);
  if (hours > 23 || mins > 59) return null;
  return hours * 60 + mins;
}

/**
 * How the hands should travel from one scenario time to the next: forward through the minutes
 * that passed (up to a full turn of the dial), or straight there when time went back (a loaded
 * game) or did not move. The hands end where `to` puts them either way.
 */
export function clockSweep(from: number, to: number): { spinMinutes: number; instant: boolean } {
  const delta = Math.round(to - from);
  if (delta <= 0) return { spinMinutes: 0, instant: true };
  if (delta <= MINUTES_PER_DIAL) return { spinMinutes: delta, instant: false };
  const rest = delta % MINUTES_PER_DIAL;
  // A day or more later: one sweep round the dial still tells the eye that time passed.
  return { spinMinutes: rest === 0 ? MINUTES_PER_DIAL : rest, instant: false };
}

/** How long a sweep of `spinMinutes` takes on screen. */
export function sweepDuration(spinMinutes: number, msPerMinute: number, minMs: number, maxMs: number): number {
  return Math.min(maxMs, Math.max(minMs, spinMinutes * msPerMinute));
}

/** The date line under the clock, without the time (the clock already shows it). */
export function dateLine(long: string): string {
  return long.replace(/,?\s*\d{1,2}:\d{2}\s*$/, '').trim();
}
