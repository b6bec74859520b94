/**
 * Scenario clock arithmetic without `Date`: the engine must give the same answer in every time zone
 * and never read the machine's clock. Times are minutes since 1970-01-01 00:00 of the scenario's
 * own local clock (for Black Saturday, Washington time), so 1962 is a negative number; that is fine.
 */

const TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/** Days from 1970-01-01 to a civil date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month (1-12) of a year of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why a text is not a scenario time, or undefined when it is one. An impossible date such as
 * "1962-11-31" is refused here; otherwise the arithmetic below would quietly make it 1 December.
 */
export function scenarioTimeProblem(text: string): string | undefined {
  const m = TIME_PATTERN.exec(text);
  if (!m) return 'expected a time "YYYY-MM-DD HH:MM" such as "1962-10-27 10:00"';
  const [, y, mo, d, h, mi] = m.map(Number);
  if (mo < 1 || mo > 12) return `no such date "${text}": the month must be 01 to 12`;
  const days = daysInMonth(y, mo);
  if (d < 1 || d > days) return `no such date "${text}": ${MONTHS[mo - 1]} ${y} has ${days} days`;
  if (h > 23 || mi > 59) return `no such time "${text}": hours run 00 to 23 and minutes 00 to 59`;
  return undefined;
}

export function isScenarioTime(text: string): boolean {
  return scenarioTimeProblem(text) === undefined;
}

/** "1962-10-27 10:00" → minutes. Throws on a malformed time: the schema has already refused those. */
export function parseScenarioTime(text: string): number {
  const m = TIME_PATTERN.exec(text);
  if (!m) throw new Error(`not a scenario time: "${text}" (expected "YYYY-MM-DD HH:MM")`);
  const [, y, mo, d, h, mi] = m.map(Number);
  return daysFromCivil(y, mo, d) * 1440 + h * 60 + mi;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatScenarioTime(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  const { year, month, day } = civilFromDays(days);
  return `${year}-${pad(month)}-${pad(day)} ${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
/** Day 0 (1970-01-01) was a Thursday. */
export const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'] as const;

/** A scenario time taken apart: the one place minutes become a calendar date and a weekday. */
export interface CivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: (typeof WEEKDAYS)[number];
}

export function civilTime(minutes: number): CivilTime {
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  const { year, month, day } = civilFromDays(days);
  const weekday = WEEKDAYS[((days % 7) + 7) % 7];
  return { year, month, day, hour: Math.floor(rest / 60), minute: rest % 60, weekday };
}

/** "Saturday 27 October 1962": the day alone. */
export function describeScenarioDay(minutes: number): string {
  const t = civilTime(minutes);
  return `${t.weekday} ${t.day} ${MONTHS[t.month - 1]} ${t.year}`;
}

/** A reader's form: "Saturday 27 October 1962, 10:00". */
export function describeScenarioTime(minutes: number): string {
  const t = civilTime(minutes);
  return `${describeScenarioDay(minutes)}, ${pad(t.hour)}:${pad(t.minute)}`;
}

/** The compact form for lists of papers: "Sat 27 Oct 1962, 10:00". */
export function shortScenarioTime(minutes: number): string {
  const t = civilTime(minutes);
  return `${t.weekday.slice(0, 3)} ${t.day} ${MONTHS[t.month - 1].slice(0, 3)} ${t.year}, ${pad(t.hour)}:${pad(t.minute)}`;
}
