/**
 * The UI's one date module: a scenario time is a wall-clock time in the scenario's zone
 * (`meta.timeZone`), and Intl's tables give the offset and the zone's name, across a change of clocks
 * and outside the United States; without a zone, papers keep local time.
 */
import { describe, expect, it } from 'vitest';
import { describeScenarioTime, parseScenarioTime, shortScenarioTime } from '../../src/engine/time';
import {
  clock12,
  dateTimeGroup,
  folderDate,
  longDate,
  machineDate,
  monitorTime,
  offsetMinutes,
  readerDate,
  summaryTime,
  zoneName,
} from '../../src/ui/documents/dates';

const WASHINGTON = 'America/New_York';

describe('Washington across the end of daylight time on 28 October 1962', () => {
  it('is EDT (GMT-4) on the 27th and EST (GMT-5) from 2 a.m. on the 28th', () => {
    expect(offsetMinutes('1962-10-27 10:00', WASHINGTON)).toBe(-240);
    expect(zoneName('1962-10-27 10:00', WASHINGTON)).toBe('EDT');
    expect(offsetMinutes('1962-10-28 09:00', WASHINGTON)).toBe(-300);
    expect(zoneName('1962-10-28 09:00', WASHINGTON)).toBe('EST');
  });

  it('gives the GMT date-time group of each side of the change', () => {
    // 22:00 EDT is 02:00 GMT on the 28th; 10:00 EST on the 28th is 15:00 GMT.
    expect(dateTimeGroup('1962-10-27 22:00', WASHINGTON)).toBe('280200Z OCT 62');
    expect(dateTimeGroup('1962-10-28 10:00', WASHINGTON)).toBe('281500Z OCT 62');
    // Daylight time began on the last Sunday of April 1962 (the 29th).
    expect(zoneName('1962-04-28 12:00', WASHINGTON)).toBe('EST');
    expect(zoneName('1962-04-29 12:00', WASHINGTON)).toBe('EDT');
  });

  it('prints a monitoring report’s and an intelligence summary’s time in the zone of the day', () => {
    expect(monitorTime('1962-10-27 10:00', WASHINGTON)).toBe('27 OCT 62 1000 EDT');
    expect(monitorTime('1962-10-28 09:00', WASHINGTON)).toBe('28 OCT 62 0900 EST');
    expect(summaryTime('1962-10-27 14:05', WASHINGTON)).toBe('27 October 1962 · 2:05 p.m. EDT');
  });
});

describe('a scenario outside the United States', () => {
  it('Tokyo (GMT+9, no daylight time): the group is the day before in GMT', () => {
    expect(offsetMinutes('2000-01-01 08:00', 'Asia/Tokyo')).toBe(540);
    expect(dateTimeGroup('2000-01-01 08:00', 'Asia/Tokyo')).toBe('312300Z DEC 99');
  });

  it('London in summer time is an hour ahead of GMT, in winter not', () => {
    expect(offsetMinutes('2000-07-01 12:00', 'Europe/London')).toBe(60);
    expect(dateTimeGroup('2000-07-01 12:00', 'Europe/London')).toBe('011100Z JUL 00');
    expect(dateTimeGroup('2000-01-01 12:00', 'Europe/London')).toBe('011200Z JAN 00');
    expect(zoneName('2000-01-01 12:00', 'Europe/London')).toBe('GMT');
  });
});

describe('without a time zone', () => {
  it('keeps the local clock: the group carries J (local time), reports carry no zone', () => {
    expect(dateTimeGroup('1962-10-27 22:00')).toBe('272200J OCT 62');
    expect(monitorTime('1962-10-27 10:00')).toBe('27 OCT 62 1000');
    expect(summaryTime('1962-10-27 10:00')).toBe('27 October 1962 · 10:00 a.m.');
  });
});

describe('the zone-free forms, from a scenario time or its minutes alike', () => {
  const minutes = parseScenarioTime('1962-10-27 07:00');
  it('spell the date the papers of the day did, and the same for text or minutes', () => {
    expect(longDate('1962-10-27 07:00')).toBe('October 27, 1962');
    expect(clock12('1962-10-27 00:05')).toBe('12:05 a.m.');
    expect(clock12('1962-10-27 12:40')).toBe('12:40 p.m.');
    expect(folderDate(minutes)).toBe('Sat 27 Oct 1962, 07:00');
    expect(folderDate('1962-10-27 07:00')).toBe(shortScenarioTime(minutes));
    expect(readerDate(minutes)).toBe('Saturday 27 October 1962, 07:00');
    expect(readerDate(minutes)).toBe(describeScenarioTime(minutes));
    expect(machineDate(minutes)).toBe('1962-10-27T07:00');
  });

  it('give back a text that is not a scenario time unchanged', () => {
    expect(longDate('sometime in October')).toBe('sometime in October');
    expect(dateTimeGroup('soon', WASHINGTON)).toBe('soon');
  });
});
