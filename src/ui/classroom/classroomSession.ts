/**
 * A classroom session on one screen, beside the game session: the facilitator's set-up (debate
 * length, one or two teams, the class and who holds which role), the clocks, and the facilitator's
 * commands. The set-up is kept beside the save, so a reload continues the session as one; it stays
 * in this browser (students' names never leave it).
 */
import type { Roster } from '../../engine/classroom/defaultRoles';
import type { StepResult } from '../../engine/game';
import type { GameSession } from '../../session/session';
import type { KeyValueStore } from '../../session/storage';
import { type FacilitatorHandlers, type FacilitatorState, facilitatorState } from '../facilitator/panel';

export interface ClassroomConfig {
  debateMinutes: number;
  /** Two teams on one screen: every side is played by people. */
  teams: boolean;
  /** 0 when the session was set up before the class size was asked for. */
  classSize: number;
  /** The roles in play, students per role and their names; empty when not set up. */
  roster: Roster;
}

const CLASSROOM_KEY = 'eyes-only:classroom';

const isRoster = (v: unknown): v is Roster =>
  Array.isArray(v) &&
  v.every(
    (seat) =>
      typeof seat?.role === 'string' &&
      Number.isInteger(seat.students) &&
      Array.isArray(seat.names) &&
      seat.names.every((n: unknown) => typeof n === 'string'),
  );

/** A set-up as read back from storage or a game file: null unless it has at least its debate minutes. */
export function classroomConfigOf(saved: unknown): ClassroomConfig | null {
  const s = saved as Partial<Record<keyof ClassroomConfig, unknown>> | null;
  if (typeof s?.debateMinutes !== 'number') return null;
  return {
    debateMinutes: s.debateMinutes,
    teams: s.teams === true,
    classSize: Number.isInteger(s.classSize) ? (s.classSize as number) : 0,
    roster: isRoster(s.roster) ? s.roster : [],
  };
}

/** The saved set-up, or null (none, or unreadable: then the game continues as a solo one). */
export function loadClassroomConfig(store: KeyValueStore): ClassroomConfig | null {
  try {
    return classroomConfigOf(JSON.parse(store.get(CLASSROOM_KEY) ?? 'null'));
  } catch {
    return null;
  }
}

export function saveClassroomConfig(store: KeyValueStore, config: ClassroomConfig | null): void {
  if (config) store.set(CLASSROOM_KEY, JSON.stringify(config));
  else store.remove(CLASSROOM_KEY);
}

export class Classroom {
  readonly facilitator: FacilitatorState;
  private readonly names: Map<string, string[]>;

  /** `onTimeUp`: the room hears that a debate's time has run out. */
  constructor(
    readonly config: ClassroomConfig,
    onTimeUp?: () => void,
  ) {
    this.facilitator = facilitatorState(config.debateMinutes, onTimeUp);
    this.names = new Map(config.roster.map((seat) => [seat.role, seat.names]));
  }

  /** The students holding a role, as typed at set-up (none when no names were given). */
  namesFor(role: string): string[] {
    return this.names.get(role) ?? [];
  }

  /** Whether a role is in play in this class (every role is, when no roster was set up). */
  holds(role: string): boolean {
    return this.config.roster.length === 0 || this.names.has(role);
  }

  /** Stops the clocks' ticking; the session is over or replaced. */
  dispose(): void {
    if (this.facilitator.tick) clearInterval(this.facilitator.tick);
    this.facilitator.tick = null;
  }
}

/** The facilitator's controls, each an engine command (so they are saved, replayed and reviewed). */
export function facilitatorHandlers(session: () => GameSession): FacilitatorHandlers {
  const reason = (r: StepResult) => (r.ok ? null : r.errors.join('; '));
  return {
    decide: (option, vote) => reason(session().send({ type: 'player.choose', side: session().side, option, vote })),
    mark: (note) => reason(session().send({ type: 'facilitator.mark', note })),
    release: (document) => reason(session().send({ type: 'facilitator.release', document })),
    hold: (document) => reason(session().send({ type: 'facilitator.hold', document })),
    undo: () => (session().undo() ? null : 'There is no decision to undo yet.'),
    view: () => session().facilitatorView(),
  };
}
