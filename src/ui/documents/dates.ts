import { MONTHS } from '../../engine/time';
/**
 * Dates as the papers of 1962 wrote them. Scenario times are "YYYY-MM-DD HH:MM" on the scenario's
 * main clock, which for Black Saturday is Washington (docs/scenario-format.md).
 */

export interface CivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

// Month names are the engine's, so the folder and the clock never spell a date two ways.
export { MONTHS };

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function parseTime(text: string): CivilTime | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const [, year, month, day, hour, minute] = m.map(Number);
  return { year, month, day, hour, minute };
}

const pad = (n: number) => String(n).padStart(2, '0');

function weekday(t: CivilTime): number {
  return new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay();
}

/** "October 27, 1962": the date line of an American memo or letter. */
export function longDate(text: string): string {
  const t = parseTime(text);
  return t ? `${MONTHS[t.month - 1]} ${t.day}, ${t.year}` : text;
}

/** "27 October 1962": the military and intelligence style. */
export function dayMonthYear(text: string): string {
  const t = parseTime(text);
  return t ? `${t.day} ${MONTHS[t.month - 1]} ${t.year}` : text;
}

/** "10:40 a.m." */
export function clock12(text: string): string {
  const t = parseTime(text);
  if (!t) return text;
  const suffix = t.hour < 12 ? 'a.m.' : 'p.m.';
  const h = t.hour % 12 === 0 ? 12 : t.hour % 12;
  return `${h}:${pad(t.minute)} ${suffix}`;
}

/** "Sat 27 Oct 1962, 07:00": compact, for the briefing folder. */
export function folderDate(text: string): string {
  const t = parseTime(text);
  if (!t) return text;
  return `${WEEKDAYS[weekday(t)].slice(0, 3)} ${t.day} ${MONTHS[t.month - 1].slice(0, 3)} ${t.year}, ${pad(t.hour)}:${pad(t.minute)}`;
}

/** "Saturday 27 October 1962, 07:00": the long reader's form, for screen readers and titles. */
export function readerDate(text: string): string {
  const t = parseTime(text);
  if (!t) return text;
  return `${WEEKDAYS[weekday(t)]} ${t.day} ${MONTHS[t.month - 1]} ${t.year}, ${pad(t.hour)}:${pad(t.minute)}`;
}

/** The day of the month of the last Sunday of a month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0)); // day 0 of the next month
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * Washington's offset from GMT in hours. In 1962–63 daylight time ran from 2 a.m. on the last
 * Sunday of April to 2 a.m. on the last Sunday of October (28 October 1962): -4 inside, -5 outside.
 */
export function washingtonOffsetHours(t: CivilTime): number {
  const stamp = (month: number, day: number, hour: number) => ((month * 32 + day) * 24 + hour) * 60;
  const now = stamp(t.month, t.day, t.hour) + t.minute;
  const start = stamp(4, lastSunday(t.year, 4), 2);
  const end = stamp(10, lastSunday(t.year, 10), 2);
  return now >= start && now < end ? -4 : -5;
}

/** "EDT" or "EST" for a Washington time. */
export function washingtonZone(text: string): string {
  const t = parseTime(text);
  return t && washingtonOffsetHours(t) === -4 ? 'EDT' : 'EST';
}

const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** The teletype date-time group in GMT ("Z"): "1962-10-27 22:00" Washington → "280200Z OCT 62". */
export function dateTimeGroup(text: string): string {
  const t = parseTime(text);
  if (!t) return text;
  const utc = new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour - washingtonOffsetHours(t), t.minute));
  return `${pad(utc.getUTCDate())}${pad(utc.getUTCHours())}${pad(utc.getUTCMinutes())}Z ${MON[utc.getUTCMonth()]} ${String(utc.getUTCFullYear()).slice(2)}`;
}

/** "27 OCT 62 1000 EDT": a monitoring report's time of broadcast, on the Washington clock. */
export function monitorTime(text: string): string {
  const t = parseTime(text);
  if (!t) return text;
  return `${t.day} ${MON[t.month - 1]} ${String(t.year).slice(2)} ${pad(t.hour)}${pad(t.minute)} ${washingtonZone(text)}`;
}
