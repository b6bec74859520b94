import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import {
  CLASS_SIZE,
  defaultRoles,
  parseNames,
  rosterOf,
  seatingProblem,
  type Teams,
} from '../../src/engine/classroom/defaultRoles';
import type { Scenario } from '../../src/engine/schema/scenario';
import { loadFixture } from '../engine/helpers';

function blackSaturday(): Scenario {
  const loaded = loadScenarioFolder('scenarios/black-saturday');
  if (!loaded.ok) throw new Error('Black Saturday does not load');
  return loaded.value.scenario;
}

const scenario = blackSaturday();
const rolesOf = (side: string) => scenario.roles.filter((r) => r.side === side).map((r) => r.id);
const SIZES = Array.from({ length: CLASS_SIZE.max - CLASS_SIZE.min + 1 }, (_, i) => CLASS_SIZE.min + i);

describe('defaultRoles for every class size from 6 to 35', () => {
  it('covers the sizes 6..35', () => {
    expect(SIZES[0]).toBe(6);
    expect(SIZES.at(-1)).toBe(35);
  });

  for (const teams of ['one', 'two'] as Teams[]) {
    for (const size of SIZES) {
      it(`${size} students, ${teams} team${teams === 'one' ? '' : 's'}`, () => {
        const seating = defaultRoles(scenario, size, { teams });
        const shares = seating.seats.map((s) => s.students);
        // Every student has a role.
        expect(shares.reduce((a, b) => a + b, 0)).toBe(size);
        // No role in play is empty, and the shares differ by at most one.
        expect(Math.min(...shares)).toBeGreaterThanOrEqual(1);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
        // Each role once; only roles of the sides in play; the rest in reserve.
        const inPlay = seating.seats.map((s) => s.role);
        expect(new Set(inPlay).size).toBe(inPlay.length);
        const allowed = teams === 'one' ? ['us'] : ['us', 'ussr'];
        // Havana has no decisions but a voice: its roles can be seated after every team's roles.
        expect(seating.sides).toEqual([...allowed, 'cuba']);
        const candidates = [...allowed, 'cuba'].flatMap(rolesOf);
        expect(seating.seats.every((s) => s.voice === (s.side === 'cuba'))).toBe(true);
        // Voice seats come after every team seat.
        const voices = seating.seats.map((s) => s.voice);
        expect(voices).toEqual([...voices].sort((a, b) => Number(a) - Number(b)));
        expect(inPlay.length).toBe(Math.min(size, candidates.length));
        expect([...inPlay, ...seating.reserve].sort()).toEqual([...candidates].sort());
        // Key roles first: each side's roles in play are the first of its roles in roles.yaml order.
        for (const side of [...allowed, 'cuba']) {
          const mine = seating.seats.filter((s) => s.side === side).map((s) => s.role);
          expect(mine).toEqual(rolesOf(side).slice(0, mine.length));
        }
        // The extra students go to the key roles: the shares never grow down the priority order.
        for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeLessThanOrEqual(shares[i - 1]);
        expect(seating.seats[0]).toMatchObject({ role: 'jfk', name: 'John F. Kennedy', side: 'us' });
        if (teams === 'two') expect(inPlay).toContain('khrushchev');
      });
    }
  }

  it('puts the ExComm’s key roles first: the President, Rusk, McNamara, Robert Kennedy, Bundy', () => {
    expect(
      defaultRoles(scenario, 6)
        .seats.map((s) => s.role)
        .slice(0, 5),
    ).toEqual(['jfk', 'rusk', 'mcnamara', 'rfk', 'bundy']);
  });

  it('shares a large class: 35 students on the 14 ExComm roles and Castro, 2 or 3 each', () => {
    const seating = defaultRoles(scenario, 35);
    expect(seating.seats.map((s) => s.role)).toEqual([...rolesOf('us'), 'castro']);
    expect(seating.seats.filter((s) => s.students === 3).map((s) => s.role)).toEqual(rolesOf('us').slice(0, 5));
    expect(seating.reserve).toEqual([]);
  });

  it('seats Havana only once every ExComm role is taken: Castro speaks but does not vote', () => {
    expect(defaultRoles(scenario, 14).seats.map((s) => s.role)).not.toContain('castro');
    const fifteen = defaultRoles(scenario, 15);
    expect(fifteen.seats.at(-1)).toMatchObject({ role: 'castro', side: 'cuba', voice: true, students: 1 });
    expect(fifteen.teams).toBe('one');
    // The facilitator may bring Castro in for a small class instead of a minor ExComm role.
    const small = defaultRoles(scenario, 6, { inPlay: ['jfk', 'rusk', 'mcnamara', 'rfk', 'bundy', 'castro'] });
    expect(small.seats.map((s) => s.role)).toEqual(['jfk', 'rusk', 'mcnamara', 'rfk', 'bundy', 'castro']);
  });

  it('does not let a voice stand in for a team: Castro alone is refused', () => {
    expect(seatingProblem(scenario, 6, { inPlay: ['castro'] })).toBe(
      'No role of United States — the ExComm is in play: that team needs at least one.',
    );
  });

  it('gives a second team its own key roles early: 6 students make 4 Americans and 2 Soviets', () => {
    const seating = defaultRoles(scenario, 6, { teams: 'two' });
    expect(seating.seats.map((s) => s.role)).toEqual(['jfk', 'khrushchev', 'rusk', 'mcnamara', 'rfk', 'gromyko']);
  });

  it('plays one team when the scenario has no side a second team could take', () => {
    const mini = loadFixture('mini');
    const solo = { ...mini, sides: mini.sides.map((s) => ({ ...s, modelPlayable: undefined })) };
    const seating = defaultRoles(solo, 6, { teams: 'two' });
    expect(seating.teams).toBe('one');
    expect(seating.sides).toEqual([mini.meta.playerSide]);
    // More students than roles: they share.
    expect(seating.seats.reduce((a, s) => a + s.students, 0)).toBe(6);
  });

  it('refuses a class that is not a whole number of students', () => {
    expect(() => defaultRoles(scenario, 0)).toThrow(RangeError);
    expect(() => defaultRoles(scenario, 7.5)).toThrow(RangeError);
  });
});

describe('a seating the facilitator changed', () => {
  it('shares the students among the roles put in play, key roles first, the rest left out', () => {
    const inPlay = ['bundy', 'jfk', 'rusk', 'mcnamara'];
    const seating = defaultRoles(scenario, 10, { inPlay });
    expect(seating.seats.map((s) => [s.role, s.students])).toEqual([
      ['jfk', 3],
      ['rusk', 3],
      ['mcnamara', 2],
      ['bundy', 2],
    ]);
    expect(seating.reserve).toContain('rfk');
    expect(seating.reserve).not.toContain('bundy');
    expect(seatingProblem(scenario, 10, { inPlay })).toBeNull();
  });

  it('names what is wrong with a seating that cannot work', () => {
    expect(seatingProblem(scenario, 10, { inPlay: [] })).toBe('Put at least one role in play.');
    expect(seatingProblem(scenario, 6, { inPlay: rolesOf('us').slice(0, 8) })).toBe(
      '8 roles are in play for 6 students: leave 2 out, or add students.',
    );
    expect(seatingProblem(scenario, 12, { teams: 'two', inPlay: ['jfk', 'rusk'] })).toBe(
      "No role of Soviet Union — Khrushchev's government is in play: that team needs at least one.",
    );
    // Roles of a side not in play do not count.
    expect(seatingProblem(scenario, 12, { inPlay: ['khrushchev'] })).toBe('Put at least one role in play.');
  });

  it('keeps the names typed for each role', () => {
    expect(parseNames(' Ana  Lopez, Ben;\nCleo ,, ')).toEqual(['Ana Lopez', 'Ben', 'Cleo']);
    const roster = rosterOf(defaultRoles(scenario, 5, { inPlay: ['rusk', 'jfk'] }), { jfk: 'Ana, Ben', rusk: '' });
    expect(roster).toEqual([
      { role: 'jfk', students: 3, names: ['Ana', 'Ben'] },
      { role: 'rusk', students: 2, names: [] },
    ]);
  });
});
