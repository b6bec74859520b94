/**
 * The set-up of a new game as a view model, built from the scenario in use and what has been typed
 * so far: the modes the scenario allows, the limits of each field, the scenario's own words, and for
 * a class the roles with the students each gets. The set-up screen only draws it and reports what
 * is typed; the rules (limits, shares, what to fix) live here, where they run without a DOM.
 */
import {
  CLASS_SIZE,
  defaultRoles,
  parseNames,
  type Roster,
  rosterOf,
  seatingProblem,
  type Teams,
  voiceSides,
} from '../engine/classroom/defaultRoles';
import type { Scenario } from '../engine/schema/scenario';
import { describeScenarioTime, parseScenarioTime } from '../engine/time';
import { DEBATE_LIMITS, debateLimitsFor, defaultLesson, lessonOffers } from './lessonChoice';

export type SetupMode = 'solo' | 'classroom' | 'teams' | 'devices' | 'devices-teams';

/** Every student on their own device (the classroom server): the session is created on the server. */
export const onDevices = (mode: SetupMode) => mode === 'devices' || mode === 'devices-teams';

/** What the facilitator has entered for the class so far. */
export interface RosterDraft {
  classSize: number;
  /** The roles ticked, or null while the default for the size applies. */
  inPlay: string[] | null;
  /** Names typed per role, as typed. */
  names: Record<string, string>;
}

/** The form as filled in so far, so leaving for the packets (or reloading) and coming back loses nothing. */
export interface SetupDraft {
  mode: SetupMode;
  /** NaN while the field is empty. */
  seed: number;
  debateMinutes: number;
  roster: RosterDraft;
  /**
   * The lesson plan chosen (its id), or null for a scenario that declares none; absent in a draft kept
   * from before plans were offered (the set-up then starts from the default plan).
   */
  lesson?: string | null;
  /** On devices: the students holding the first role in play take its side's decisions themselves. */
  leadDecides?: boolean;
}

export const LIMITS = {
  seed: { min: 0, max: 2147483647 },
  /** The widest bounds; a lesson plan narrows the top to the longest debate it holds (lessonChoice.ts). */
  debateMinutes: DEBATE_LIMITS,
  classSize: CLASS_SIZE,
} as const;
/** One default for the set-up and the guide printed before a class was set up. */
export { DEFAULT_DEBATE_MINUTES } from '../engine/classroom/debateDefault';
/** One default class size for the set-up and the title's packets. */
export { DEFAULT_CLASS_SIZE } from '../engine/classroom/defaultRoles';

export interface SetupView {
  /** Who the player is and who answers, in the scenario's own names (text, never markup). */
  intro: string;
  modes: { mode: SetupMode; label: string }[];
  limits: typeof LIMITS;
}

/** The room's settings for a class game (the classroom session's configuration). */
export interface ClassSetup {
  debateMinutes: number;
  teams: boolean;
  classSize: number;
  roster: Roster;
}

export type SetupField = 'seed' | 'debate-minutes' | 'setup-class-size' | 'roster';
export type SetupCheck =
  | { ok: true; seed: number; lesson: string | null; classroom: ClassSetup | null }
  | { ok: false; message: string; field: SetupField };

const teamsOf = (mode: SetupMode): Teams => (mode === 'teams' || mode === 'devices-teams' ? 'two' : 'one');
const inRange = (n: number, limit: { min: number; max: number }) =>
  Number.isInteger(n) && n >= limit.min && n <= limit.max;

/** Can a second team play here: a side other than the player's that the model could play. */
export const canTwoTeams = (scenario: Scenario) =>
  scenario.sides.some((s) => s.modelPlayable && s.id !== scenario.meta.playerSide);

export function setupIntro(scenario: Scenario): string {
  const side = (id: string) => scenario.sides.find((s) => s.id === id)?.name ?? id;
  const others = scenario.sides.filter((s) => s.modelPlayable && s.id !== scenario.meta.playerSide);
  const start = describeScenarioTime(parseScenarioTime(scenario.meta.start));
  return [
    `${scenario.meta.title}. You sit as ${side(scenario.meta.playerSide)}, from ${start}.`,
    others.length
      ? ` ${others.map((s) => s.name).join(' and ')} ${others.length === 1 ? 'answers' : 'answer'} through a model of its interests, with chance, unless a second team plays it.`
      : '',
  ].join('');
}

/** `devices`: the page is served by the classroom server, so the on-device modes are offered. */
export function setupView(scenario: Scenario, options: { devices?: boolean } = {}): SetupView {
  const modes: SetupView['modes'] = [
    { mode: 'solo', label: 'Solo: you decide alone; the other side is played by the computer' },
    {
      mode: 'classroom',
      label: 'Classroom, one screen: a facilitator runs it, the room debates and votes on each decision',
    },
  ];
  if (canTwoTeams(scenario)) {
    modes.push({
      mode: 'teams',
      label: 'Classroom, two teams on one screen: each team has its own papers and decides for its side',
    });
  }
  if (options.devices) {
    modes.push({
      mode: 'devices',
      label:
        'Classroom, every student on a device: each holds a role, with their own papers and vote; the projector shows the room',
    });
    if (canTwoTeams(scenario))
      modes.push({
        mode: 'devices-teams',
        label: 'Two teams, every student on a device: each team sees only its own papers',
      });
  }
  return { intro: setupIntro(scenario), modes, limits: LIMITS };
}

export interface RosterRow {
  role: string;
  name: string;
  office: string;
  /** A side that speaks but does not vote (the other side, played by the model, in a one-team class). */
  voice: boolean;
  inPlay: boolean;
  /** Students sharing the role; 0 when it is out of play or the class cannot be seated. */
  students: number;
  /** How many names are typed for it. */
  names: number;
}

export interface RosterView {
  rows: RosterRow[];
  /** "5 roles in play for 20 students; 3 roles left out.", or what to fix. */
  summary: string;
  problem: string | null;
  /** The facilitator picked the roles (so the form offers a way back to the default). */
  picked: boolean;
  /** Roles with more names typed than students in them, one sentence each (a warning: the game may still start). */
  crowded: string[];
}

/** The class's roles for the teams of `mode`: ticks, shares and the summary, from the draft. */
export function rosterView(scenario: Scenario, draft: RosterDraft, mode: SetupMode): RosterView {
  const teams = teamsOf(mode);
  const size = draft.classSize;
  const options = { teams, ...(draft.inPlay ? { inPlay: draft.inPlay } : {}) };
  const problem = !inRange(size, LIMITS.classSize)
    ? `A class has ${LIMITS.classSize.min} to ${LIMITS.classSize.max} students.`
    : seatingProblem(scenario, size, options);
  const seated = problem ? null : defaultRoles(scenario, size, options);
  const shares = new Map(seated?.seats.map((s) => [s.role, s.students]) ?? []);
  const ticked = new Set(draft.inPlay ?? seated?.seats.map((s) => s.role) ?? []);
  const sides = defaultRoles(scenario, 1, { teams }).sides;
  const voices = new Set(voiceSides(scenario, teams));
  const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
  const rows = scenario.roles
    .filter((role) => sides.includes(role.side))
    .map((role) => ({
      role: role.id,
      name: role.name,
      office: role.office,
      voice: voices.has(role.side),
      inPlay: ticked.has(role.id),
      students: shares.get(role.id) ?? 0,
      names: parseNames(draft.names[role.id] ?? '').length,
    }));
  return {
    rows,
    summary:
      problem ??
      (seated
        ? `${plural(seated.seats.length, 'role')} in play for ${plural(size, 'student')}; ${plural(seated.reserve.length, 'role')} left out.`
        : ''),
    problem,
    picked: draft.inPlay !== null,
    crowded: seated
      ? rows
          .filter((r) => r.inPlay && r.names > r.students)
          .map(
            (r) =>
              `${r.name}: ${plural(r.names, 'name')} for ${plural(r.students, 'place')}. Add students to the class, or move a name to another role.`,
          )
      : [],
  };
}

/** The draft's lesson plan if the scenario offers it, else the default plan (null: it declares none). */
export function lessonOf(scenario: Scenario, draft: SetupDraft): string | null {
  return lessonOffers(scenario).some((p) => p.id === draft.lesson) ? (draft.lesson as string) : defaultLesson(scenario);
}

/** The game to start from the draft, or the first thing to fix and the field where it is. */
export function checkSetup(scenario: Scenario, draft: SetupDraft): SetupCheck {
  const { seed, debateMinutes, mode } = draft;
  if (!inRange(seed, LIMITS.seed)) {
    return {
      ok: false,
      message: `The game number (seed) is a whole number from 0 to ${LIMITS.seed.max}.`,
      field: 'seed',
    };
  }
  const lesson = lessonOf(scenario, draft);
  if (mode === 'solo') return { ok: true, seed, lesson, classroom: null };
  // The plan's own limit applies once a plan is chosen on the form (a draft without one is judged by the widest).
  const limits = draft.lesson === undefined ? LIMITS.debateMinutes : debateLimitsFor(scenario, lesson, debateMinutes);
  if (!inRange(debateMinutes, limits)) {
    const { min, max } = LIMITS.debateMinutes;
    const plan = lessonOffers(scenario).find((p) => p.id === lesson);
    const message =
      plan && inRange(debateMinutes, LIMITS.debateMinutes)
        ? `“${plan.name}” holds debates of up to ${limits.max} minutes: choose ${limits.max} or fewer, or a longer lesson plan.`
        : `A debate lasts from ${min} to ${max} minutes.`;
    return { ok: false, message, field: 'debate-minutes' };
  }
  const roster = rosterView(scenario, draft.roster, mode);
  if (roster.problem) {
    const field = inRange(draft.roster.classSize, LIMITS.classSize) ? 'roster' : 'setup-class-size';
    return { ok: false, message: roster.problem, field };
  }
  const teams = teamsOf(mode);
  const inPlay = draft.roster.inPlay;
  const seated = defaultRoles(scenario, draft.roster.classSize, { teams, ...(inPlay ? { inPlay } : {}) });
  return {
    ok: true,
    seed,
    lesson,
    classroom: {
      debateMinutes,
      teams: teamsOf(mode) === 'two',
      classSize: draft.roster.classSize,
      roster: rosterOf(seated, draft.roster.names),
    },
  };
}

/** A change of teams brings the other team's roles in or out: the pick starts again from the default. */
export function withMode(draft: SetupDraft, mode: SetupMode): SetupDraft {
  const reset = teamsOf(mode) !== teamsOf(draft.mode);
  return { ...draft, mode, roster: reset ? { ...draft.roster, inPlay: null } : draft.roster };
}
