/**
 * The UI's one date module: every date and time a screen or paper shows is spelt here. A scenario
 * time is a wall-clock time on the scenario's main clock, given as "YYYY-MM-DD HH:MM" or as the
 * engine's minutes; the engine's clock (src/engine/time.ts) parses it and names its day, so the
 * folder, the packets and the clock never spell a date two ways. Only what needs the time zone
 * (a zone's name such as EDT, a GMT date-time group) asks `Intl.DateTimeFormat`, with the zone from
 * the scenario's `meta.timeZone`: its tables know each year's daylight-saving dates (in 1962,
 * Washington's daylight time ended on 28 October). Without a zone, papers print local time only.
 */
import {
  type CivilTime,
  civilTime,
  describeScenarioTime,
  isScenarioTime,
  MONTHS,
  parseScenarioTime,
  shortScenarioTime,
} from '../../engine/time';

// Month names are the engine's, so the folder and the clock never spell a date two ways.
export { MONTHS };

/** A scenario time as the view or a document gives it: "1962-10-27 10:00", or minutes. */
export type ScenarioTimeLike = string | number;

const pad = (n: number) => String(n).padStart(2, '0');

function minutesOf(time: ScenarioTimeLike): number | undefined {
  if (typeof time === 'number') return time;
  return isScenarioTime(time) ? parseScenarioTime(time) : undefined;
}

/** Formats a time, or gives back a text that is not a scenario time unchanged (never throws). */
function spell(time: ScenarioTimeLike, format: (t: CivilTime, minutes: number) => string): string {
  const minutes = minutesOf(time);
  return minutes === undefined ? String(time) : format(civilTime(minutes), minutes);
}

/** "October 27, 1962": the date line of an American memo or letter. */
export const longDate = (time: ScenarioTimeLike) => spell(time, (t) => `${MONTHS[t.month - 1]} ${t.day}, ${t.year}`);

/** "27 October 1962": the military and intelligence style. */
export const dayMonthYear = (time: ScenarioTimeLike) => spell(time, (t) => `${t.day} ${MONTHS[t.month - 1]} ${t.year}`);

/** "10:40 a.m." */
export const clock12 = (time: ScenarioTimeLike) =>
  spell(time, (t) => `${t.hour % 12 === 0 ? 12 : t.hour % 12}:${pad(t.minute)} ${t.hour < 12 ? 'a.m.' : 'p.m.'}`);

/** "Sat 27 Oct 1962, 07:00": compact, for the briefing folder and the facilitator's list. */
export const folderDate = (time: ScenarioTimeLike) => spell(time, (_, m) => shortScenarioTime(m));

/** "Saturday 27 October 1962, 07:00": the long reader's form, for screen readers and titles. */
export const readerDate = (time: ScenarioTimeLike) => spell(time, (_, m) => describeScenarioTime(m));

/** The value of a `<time datetime>`: "1962-10-27T07:00" (a local date-time, as the clock is). */
export const machineDate = (time: ScenarioTimeLike) =>
  spell(time, (t) => `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`);

/* Time zones -------------------------------------------------------------------------------- */

const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(timeZone: string, names: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${names}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      ...(names ? { timeZoneName: 'short' } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

const MS_PER_MINUTE = 60_000;

/** The wall-clock minutes in `timeZone` at an instant (minutes since 1970 UTC). */
function wallMinutesAt(instant: number, timeZone: string): number {
  const parts = formatFor(timeZone, false).formatToParts(new Date(instant * MS_PER_MINUTE));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) / MS_PER_MINUTE;
}

/**
 * The instant (minutes since 1970 UTC) of a wall-clock time in `timeZone`. The offset is read at a
 * first guess and again at the instant it gives, so a time just after a change of clocks lands right.
 */
function instantOf(wall: number, timeZone: string): number {
  const first = wall - (wallMinutesAt(wall, timeZone) - wall);
  return wall - (wallMinutesAt(first, timeZone) - first);
}

/** The zone's offset from GMT in minutes at a wall-clock time there: -240 for 10:00 on 27 October 1962 in Washington. */
export function offsetMinutes(time: ScenarioTimeLike, timeZone: string): number | undefined {
  const wall = minutesOf(time);
  return wall === undefined ? undefined : wall - instantOf(wall, timeZone);
}

const GENERIC_NAME = /^(GMT|UTC)([+-]|$)/;

/** The short name Intl gives a zone at an instant: "EDT", or "GMT-4" where it knows no name. */
function nameAt(instant: number, timeZone: string): string {
  const parts = formatFor(timeZone, true).formatToParts(new Date(instant * MS_PER_MINUTE));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** Midwinter and midsummer of 2000, as instants: where a zone's modern names are known. */
const REFERENCE_INSTANTS = [Date.UTC(2000, 0, 15, 12), Date.UTC(2000, 6, 15, 12)].map((ms) => ms / MS_PER_MINUTE);

/**
 * The zone's short name at that time, "EDT" or "EST" (or "GMT+3" where English has no name). The
 * names Intl knows start in 1970, so before then it says "GMT-4"; the same zone's name for the same
 * offset in 2000 is used instead (New York at -4 is EDT then as now).
 */
export function zoneName(time: ScenarioTimeLike, timeZone: string): string {
  const wall = minutesOf(time);
  if (wall === undefined) return '';
  const instant = instantOf(wall, timeZone);
  const name = nameAt(instant, timeZone);
  if (!GENERIC_NAME.test(name)) return name;
  const offset = wall - instant;
  for (const reference of REFERENCE_INSTANTS) {
    const known = nameAt(reference, timeZone);
    if (wallMinutesAt(reference, timeZone) - reference === offset && !GENERIC_NAME.test(known)) return known;
  }
  return name;
}

const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * The teletype date-time group. With the scenario's zone, in GMT ("Z"): "1962-10-27 22:00" in
 * Washington → "280200Z OCT 62". Without one, on the local clock ("J", the military's letter for it).
 */
export function dateTimeGroup(time: ScenarioTimeLike, timeZone?: string): string {
  const wall = minutesOf(time);
  if (wall === undefined) return String(time);
  const t = civilTime(timeZone ? instantOf(wall, timeZone) : wall);
  return `${pad(t.day)}${pad(t.hour)}${pad(t.minute)}${timeZone ? 'Z' : 'J'} ${MON[t.month - 1]} ${String(t.year).slice(2)}`;
}

/** "27 OCT 62 1000 EDT": a monitoring report's time of broadcast, on the scenario's clock. */
export function monitorTime(time: ScenarioTimeLike, timeZone?: string): string {
  return spell(time, (t) => {
    const zone = timeZone ? ` ${zoneName(time, timeZone)}` : '';
    return `${t.day} ${MON[t.month - 1]} ${String(t.year).slice(2)} ${pad(t.hour)}${pad(t.minute)}${zone}`;
  });
}

/** "27 October 1962 · 10:00 a.m. EDT": an intelligence summary's date and time. */
export function summaryTime(time: ScenarioTimeLike, timeZone?: string): string {
  const zone = timeZone ? ` ${zoneName(time, timeZone)}` : '';
  return `${dayMonthYear(time)} · ${clock12(time)}${zone}`;
}
