/**
 * Which roles are in play for a class, and how many students share each. The player's side's roles
 * come first in the order of the scenario's roles (a scenario lists its key roles first: the
 * President, then his Secretaries of State and Defense...). With two teams, the roles of the sides
 * the response model can play join them, interleaved so that each team's key roles are filled
 * before anyone's minor ones. Every student has a role, no role in play is empty, and the shares
 * differ by at most one.
 */
import type { Scenario } from '../schema/scenario';

export type Teams = 'one' | 'two';

export interface RoleSeat {
  role: string;
  name: string;
  office: string;
  side: string;
  /** How many students share the role. */
  students: number;
}

export interface Seating {
  classSize: number;
  /** 'two' only when the scenario has another side a second team can play. */
  teams: Teams;
  /** The sides in play: the player's side first. */
  sides: string[];
  /** The roles in play, key roles first. */
  seats: RoleSeat[];
  /** Roles of the sides in play that no student takes at this class size, in priority order. */
  reserve: string[];
}

export const CLASS_SIZE = { min: 6, max: 35 } as const;

/** The sides a class plays: the player's side, and with two teams the model-playable others. */
export function teamSides(scenario: Scenario, teams: Teams): string[] {
  const player = scenario.meta.playerSide;
  if (teams === 'one') return [player];
  return [player, ...scenario.sides.filter((s) => s.modelPlayable && s.id !== player).map((s) => s.id)];
}

export function defaultRoles(scenario: Scenario, classSize: number, options: { teams?: Teams } = {}): Seating {
  if (!Number.isInteger(classSize) || classSize < 1) {
    throw new RangeError(`a class has a whole number of students, at least 1 (got ${classSize})`);
  }
  const sides = teamSides(scenario, options.teams ?? 'one');
  // Each role's rank within its side, as a fraction of the side's size, so that a side with 4 roles
  // fills its second role about when a side with 14 fills its fourth; ties go to the player's side.
  const ranked = sides.flatMap((side, sideOrder) => {
    const roles = scenario.roles.filter((r) => r.side === side);
    return roles.map((role, rank) => ({ role, key: rank / roles.length, sideOrder, rank }));
  });
  ranked.sort((a, b) => a.key - b.key || a.sideOrder - b.sideOrder || a.rank - b.rank);
  const inPlay = ranked.slice(0, Math.min(classSize, ranked.length));
  const base = inPlay.length > 0 ? Math.floor(classSize / inPlay.length) : 0;
  const extra = inPlay.length > 0 ? classSize % inPlay.length : 0;
  return {
    classSize,
    teams: sides.length > 1 ? 'two' : 'one',
    sides,
    // The first roles in priority order take the students left over.
    seats: inPlay.map(({ role }, i) => ({
      role: role.id,
      name: role.name,
      office: role.office,
      side: role.side,
      students: base + (i < extra ? 1 : 0),
    })),
    reserve: ranked.slice(inPlay.length).map(({ role }) => role.id),
  };
}
