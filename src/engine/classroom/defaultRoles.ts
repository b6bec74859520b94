/**
 * Which roles are in play for a class, and how many students share each. The player's side's roles
 * come first in the order of the scenario's roles (a scenario lists its key roles first: the
 * President, then his Secretaries of State and Defense...). With two teams, the roles of the sides
 * the response model can play join them, interleaved so that each team's key roles are filled
 * before anyone's minor ones. The roles of "voice" sides (a side with no decisions, such as Havana
 * in Black Saturday) come after every team's roles: they speak in the debate but do not vote. Every
 * student has a role, no role in play is empty, and the shares differ by at most one.
 */
import type { Scenario } from '../schema/scenario';

export type Teams = 'one' | 'two';

export interface RoleSeat {
  role: string;
  name: string;
  office: string;
  side: string;
  /** A role of a voice side: it speaks in the debate and holds its papers, but does not vote. */
  voice: boolean;
  /** How many students share the role. */
  students: number;
}

export interface Seating {
  classSize: number;
  /** 'two' only when the scenario has another side a second team can play. */
  teams: Teams;
  /** The sides in play: the player's side first, then the other team's, then the voice sides. */
  sides: string[];
  /** The roles in play, key roles first. */
  seats: RoleSeat[];
  /** Roles of the sides in play that no student takes at this class size, in priority order. */
  reserve: string[];
}

export const CLASS_SIZE = { min: 6, max: 35 } as const;
/**
 * The class size a set-up and the title's packets start from, before a teacher types their own: one
 * number everywhere, so the packets printed before a session match the session set up afterwards.
 */
export const DEFAULT_CLASS_SIZE = 24;

/** The sides a class plays: the player's side, and with two teams the model-playable others. */
export function teamSides(scenario: Scenario, teams: Teams): string[] {
  const player = scenario.meta.playerSide;
  if (teams === 'one') return [player];
  return [player, ...scenario.sides.filter((s) => s.modelPlayable && s.id !== player).map((s) => s.id)];
}

/** The sides a class may seat without a team of their own: they speak but do not decide. */
export function voiceSides(scenario: Scenario, teams: Teams): string[] {
  const playing = new Set(teamSides(scenario, teams));
  return scenario.sides.filter((s) => s.voice && !playing.has(s.id)).map((s) => s.id);
}

/** Every side whose roles can take a seat in the class: the teams' sides, then the voice sides. */
export function seatedSides(scenario: Scenario, teams: Teams): string[] {
  return [...teamSides(scenario, teams), ...voiceSides(scenario, teams)];
}

export interface SeatingOptions {
  teams?: Teams;
  /**
   * The roles the facilitator put in play (any order); the rest of the sides' roles are left out.
   * Omitted: the default for the class size.
   */
  inPlay?: readonly string[];
}

export function defaultRoles(scenario: Scenario, classSize: number, options: SeatingOptions = {}): Seating {
  if (!Number.isInteger(classSize) || classSize < 1) {
    throw new RangeError(`a class has a whole number of students, at least 1 (got ${classSize})`);
  }
  const teams = options.teams ?? 'one';
  const sides = seatedSides(scenario, teams);
  const voices = new Set(voiceSides(scenario, teams));
  const chosen = options.inPlay ? new Set(options.inPlay) : null;
  // Each role's rank within its side, as a fraction of the side's size, so that a side with 4 roles
  // fills its second role about when a side with 14 fills its fourth; ties go to the player's side.
  // A voice side's roles rank after every team role (key 1 and up): a small class decides first.
  const ranked = sides.flatMap((side, sideOrder) => {
    // Ranks come from the whole side, so leaving out a role does not promote the ones after it.
    const roles = scenario.roles.filter((r) => r.side === side);
    const after = voices.has(side) ? 1 : 0;
    return roles.map((role, rank) => ({ role, key: after + rank / roles.length, sideOrder, rank }));
  });
  ranked.sort((a, b) => a.key - b.key || a.sideOrder - b.sideOrder || a.rank - b.rank);
  const candidates = chosen ? ranked.filter(({ role }) => chosen.has(role.id)) : ranked;
  const inPlay = candidates.slice(0, Math.min(classSize, candidates.length));
  const base = inPlay.length > 0 ? Math.floor(classSize / inPlay.length) : 0;
  const extra = inPlay.length > 0 ? classSize % inPlay.length : 0;
  return {
    classSize,
    teams: sides.length - voices.size > 1 ? 'two' : 'one',
    sides,
    // The first roles in priority order take the students left over.
    seats: inPlay.map(({ role }, i) => ({
      role: role.id,
      name: role.name,
      office: role.office,
      side: role.side,
      voice: voices.has(role.side),
      students: base + (i < extra ? 1 : 0),
    })),
    reserve: ranked.filter((r) => !inPlay.includes(r)).map(({ role }) => role.id),
  };
}

/** Who sits where: the roles in play, how many students share each, and their names if given. */
export type Roster = { role: string; students: number; names: string[] }[];

/** Names typed for a role ("Ana, Ben" or one per line), trimmed, empty ones dropped. */
export function parseNames(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name !== '');
}

export function rosterOf(seating: Seating, names: Readonly<Record<string, string>> = {}): Roster {
  return seating.seats.map((s) => ({ role: s.role, students: s.students, names: parseNames(names[s.role] ?? '') }));
}

/** Why a seating cannot be used as it stands, in words for the facilitator; null when it can. */
export function seatingProblem(scenario: Scenario, classSize: number, options: SeatingOptions): string | null {
  const chosen = options.inPlay;
  if (!chosen) return null;
  const teams = options.teams ?? 'one';
  const sides = teamSides(scenario, teams);
  const seated = seatedSides(scenario, teams);
  const roles = scenario.roles.filter((r) => seated.includes(r.side) && chosen.includes(r.id));
  if (roles.length === 0) return 'Put at least one role in play.';
  if (roles.length > classSize) {
    return `${roles.length} roles are in play for ${classSize} students: leave ${roles.length - classSize} out, or add students.`;
  }
  for (const side of sides) {
    if (!roles.some((r) => r.side === side)) {
      const name = scenario.sides.find((x) => x.id === side)?.name ?? side;
      return `No role of ${name} is in play: that team needs at least one.`;
    }
  }
  return null;
}
